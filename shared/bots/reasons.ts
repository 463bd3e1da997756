import { cardsFor, type Cards } from '../content';
import type { ResourceId, RoleId } from '../model/ids';
import type { BotText } from './types';

// The one sentence a bot says about each choice, in plain Dutch (B1) and English. A reason may say
// what the bot needs, as a person at the table would; it never names a secret interest card.


type Fill = (nl: (x: 'nl') => string, en: (x: 'en') => string) => BotText;
const text: Fill = (nl, en) => ({ nl: nl('nl'), en: en('en') });

/** The sentences of each edition's cards, made once per cards (a bot decides many times a game). */
const made = new WeakMap<Cards, Reasons>();

/** The sentences, naming the cards of the game's edition (a renamed partner or project is named as renamed). */
export function reasonsFor(cards: Cards): Reasons {
  let reasons = made.get(cards);
  if (!reasons) made.set(cards, (reasons = sentences(cards)));
  return reasons;
}

export type Reasons = ReturnType<typeof sentences>;

function sentences(cards: Cards) {
  const res = (r: ResourceId): BotText => {
    const n = cards.content.resources.find((x) => x.id === r)!.name;
    return { nl: n.nl.toLowerCase(), en: n.en.toLowerCase() };
  };
  const proj = (id: string): BotText => cards.projectCard(id).name;
  const role = (id: RoleId): BotText => cards.roleCard(id).name;
  return {
    acceptHelps: (r: ResourceId): BotText =>
      text((l) => `Goed idee: met ${res(r)[l]} komen we samen verder.`, (l) => `Good idea: with ${res(r)[l]} we get further together.`),
    acceptFair: (): BotText => text(() => 'Dat is een eerlijke ruil, dus ik doe mee.', () => 'That is a fair trade, so I am in.'),
    acceptWant: (r: ResourceId): BotText =>
      text((l) => `Ja, ik kan ${res(r)[l]} goed gebruiken.`, (l) => `Yes, I can use ${res(r)[l]} well.`),
    declineNeed: (r: ResourceId): BotText =>
      text((l) => `Nee, ik heb mijn ${res(r)[l]} zelf nodig.`, (l) => `No, I need my ${res(r)[l]} myself.`),
    // "Never to anyone" would name a secret interest card; the answer says only no to this trade.
    declineNever: (r: ResourceId): BotText =>
      text((l) => `Nee, mijn ${res(r)[l]} ruil ik nu niet.`, (l) => `No, I am not trading my ${res(r)[l]} now.`),
    declineUnfair: (): BotText =>
      text(() => 'Nee, daar krijg ik te weinig voor terug.', () => 'No, I get too little in return.'),
    declineUnsure: (): BotText =>
      text(() => 'Liever niet: ik weet nog niet of ik dat kan missen.', () => 'Rather not: I do not know yet if I can spare that.'),
    counterMore: (): BotText =>
      text(() => 'Ik ruil wel, maar dan wil ik meer terug.', () => 'I will trade, but I want more in return.'),
    disclose: (): BotText =>
      text(() => 'Ik leg mijn kaarten op tafel: dan kunnen we elkaar helpen.', () => 'I put my cards on the table: then we can help each other.'),
    discloseNeed: (): BotText =>
      text(() => 'Ik laat zien wat ik tekort kom: misschien kan iemand helpen.', () => 'I show what I am short of: maybe someone can help.'),
    discloseOne: (to: RoleId): BotText =>
      text((l) => `${role(to)[l]} mag weten wat voor ons telt.`, (l) => `${role(to)[l]} may know what matters to us.`),
    hold: (): BotText =>
      text(() => 'Ik houd contact met deze inwoner, zodat ze niet afhaakt.', () => 'I stay in touch with this resident so they do not drop out.'),
    refer: (to: RoleId): BotText =>
      text((l) => `Ik verwijs deze inwoner door naar ${role(to)[l]}: daar kunnen ze verder.`, (l) => `I refer this resident to ${role(to)[l]}: they can help them further.`),
    takeUp: (from: RoleId): BotText =>
      text((l) => `Ik neem deze inwoner graag over van ${role(from)[l]}.`, (l) => `I am glad to take this resident over from ${role(from)[l]}.`),
    pledgeClose: (id: string, r: ResourceId): BotText =>
      text((l) => `Ik zet ${res(r)[l]} in: ${proj(id)[l]} is bijna rond.`, (l) => `I put in ${res(r)[l]}: ${proj(id)[l]} is nearly there.`),
    pledgeOwn: (id: string, r: ResourceId): BotText =>
      // Said to everyone: it names the project, never why (that would hint at a secret interest).
      text((l) => `Ik zet ${res(r)[l]} in voor ${proj(id)[l]}.`, (l) => `I put ${res(r)[l]} into ${proj(id)[l]}.`),
    askFor: (r: ResourceId): BotText =>
      text((l) => `Ik zoek ${res(r)[l]} voor een project op tafel.`, (l) => `I am looking for ${res(r)[l]} for a project on the table.`),
    askGain: (r: ResourceId): BotText =>
      text((l) => `Ik wil graag meer ${res(r)[l]}.`, (l) => `I would like more ${res(r)[l]}.`),
    gift: (r: ResourceId, to: RoleId): BotText =>
      text((l) => `${role(to)[l]} heeft ${res(r)[l]} nodig; ik geef het graag.`, (l) => `${role(to)[l]} needs ${res(r)[l]}; I am glad to give it.`),
    guess: (to: RoleId): BotText =>
      text((l) => `Ik denk dat ik weet wat voor ${role(to)[l]} telt.`, (l) => `I think I know what matters to ${role(to)[l]}.`),
    withdraw: (): BotText =>
      text(() => 'Ik trek mijn bod in: niemand gaat erop in.', () => 'I withdraw my offer: nobody takes it up.'),
  };
}

/** The sentences with the standard edition's names. */
export const say = reasonsFor(cardsFor(null));
