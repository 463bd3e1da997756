import { CARRY_OVER, defaultConfig, DROPOUT_CHANCE, HELD_PER_VIEW, PERSONAS_BY_SEATS, RESULTS_PER_SUPPORT, SIGHT_BY_SEATS, TARGET_BY_SEATS } from '../rules/config';
import type { Locale } from '../model/ids';

// The one-page rules sheet of the paper kit, in plain words (B1), with the numbers of the engine
// for the chosen table size. docs/RULES.md is the long version of the same rules.

export interface SheetSection {
  heading: string;
  lines: string[];
}

/** Die faces (of six) on which a resident drops out: the engine's chance, on a die. */
export function dropoutFaces(): number {
  return Math.round(DROPOUT_CHANCE * 6);
}

export function rulesSheet(lang: Locale, seats: number, rounds = defaultConfig([]).rounds): { title: string; sections: SheetSection[] } {
  const cfg = defaultConfig([]);
  const n = {
    seats,
    rounds,
    target: TARGET_BY_SEATS[seats],
    interests: cfg.interestsPerSeat,
    open: cfg.tableSize,
    faces: dropoutFaces(),
    facesList: Array.from({ length: dropoutFaces() }, (_, i) => i + 1).join(', '),
    deck: PERSONAS_BY_SEATS[seats],
    sight: SIGHT_BY_SEATS[seats],
    carry: CARRY_OVER,
    held: HELD_PER_VIEW,
    support: RESULTS_PER_SUPPORT[seats],
  };
  return lang === 'nl' ? nl(n) : en(n);
}

type N = {
  seats: number;
  rounds: number;
  target: number;
  interests: number;
  open: number;
  faces: number;
  facesList: string;
  deck: number;
  sight: number;
  carry: number;
  held: number;
  support: number;
};

function nl(n: N) {
  return {
    title: `Spelregels in het kort (${n.seats} partners)`,
    sections: [
      {
        heading: 'Het doel',
        lines: [
          `Samen houden jullie aan het eind minstens ${n.target} inwoners aan boord. Dan wint het team.`,
          'Ieder heeft ook eigen belangen (geheime kaarten). Elk belang dat uitkomt, geeft punten.',
        ],
      },
      {
        heading: 'Klaarzetten',
        lines: [
          `Kies ${n.seats} partners. Neem altijd de Bibliotheek en de gemeente. Ieder krijgt een partnerkaart en de middelen die erop staan.`,
          `Ieder pakt de belangenkaarten van de eigen partner. Haal kaarten weg over een partner die niet meespeelt. Schud en trek er ${n.interests}. Die zijn geheim.`,
          `Schud de projecten en leg er ${n.open} open neer. Schud de inwoners en leg er ${n.deck} als stapel klaar (de rest doet niet mee). Schud de gebeurtenissen en de lessen. Leg alle middelen als voorraad in het midden.`,
        ],
      },
      {
        heading: `Een ronde (${n.rounds} rondes)`,
        lines: [
          `1. Gebeurtenis. Vanaf ronde 2 begint een nieuw jaar. Wie meer dan ${n.carry} middelen in de hand heeft, legt de rest terug in de voorraad (eerst van de soort waar je het meest van hebt). ` +
            'Dan krijgt ieder de middelen bij "Elke ronde" op de partnerkaart, en vul de projecten aan tot er weer ' +
            `${n.open} open liggen. Draai dan een gebeurtenis om en doe wat erop staat.`,
          '2. Overleg. Ruil en geef middelen. Zet middelen in op projecten (leg ze op de kaart). Je mag inzet terugnemen, behalve van een project dat al klaar is. ' +
            'Laat een belang zien aan één partner of aan iedereen, als je wilt. Houd bereikte inwoners vast.',
          '3. Uitvoering. Een project is klaar als alles erop ligt wat nodig is, van minstens het aantal partners op de kaart. Het bereikt inwoners: ' +
            'neem van de stapel de bovenste inwoners uit een domein van het project, en anders de bovenste andere. Schrijf op wie wat inbracht. De middelen gaan terug naar de voorraad.',
          `In beeld: deze ronde zijn ${n.sight} inwoners in beeld, plus 1 voor elke ${n.held} vastgehouden inwoners, plus een bonus van de gebeurtenis. Samen bereiken de projecten er niet meer. ` +
            'Wie in beeld was en niet bereikt is, is gemist: leg die bovenste kaarten van de stapel weg.',
          `Resultaat geeft draagvlak: ${n.support === 1 ? 'elk project' : `elk ${n.support}e project`} dat inwoners bereikt, geeft 1 Draagvlak aan de partner die het meest inbracht (bij gelijk: wie eerst aan tafel zit).`,
          '4. Terugblik. Schrijf de stand op. Trek een les en bespreek de vraag. Je mag nog inwoners vasthouden.',
        ],
      },
      {
        heading: 'Inwoners vasthouden',
        lines: [
          'Leg bereikte inwoners open in het midden; schrijf in het logboek in welke ronde. Vastgehouden: draai de kaart een kwartslag. Afgehaakt: op de stapel "afgehaakt", de eerste onderop.',
          'Een bereikte inwoner kan afhaken. Houd hem vast in Overleg of Terugblik: betaal 1 Bereik of 1 Vrijwilligers aan de voorraad. Of verwijs hem door naar een partner van zijn domein (als je meedeed aan zijn project): die houdt hem vast als hij in dezelfde fase betaalt.',
          'Een project dat klaar is, houdt ook vast: alle bereikte inwoners in een domein van dat project (van andere projecten).',
          `Bij elke Uitvoering na die waarin een inwoner is bereikt, en nog één keer aan het eind: gooi de dobbelsteen voor elke inwoner die niemand vasthoudt. Bij ${n.facesList} haakt hij af.`,
        ],
      },
      {
        heading: 'Het einde',
        lines: [
          `Na ronde ${n.rounds}: gooi nog één keer voor wie niemand vasthoudt. Tel de inwoners aan boord (bereikt of vastgehouden). ${n.target} of meer: het team wint.`,
          'Ieder laat zijn belangen zien en telt de punten van de belangen die uitkwamen. De getallen op de belangenkaarten gelden voor deze tafel.',
          '"Ontvangen" telt alleen hulp: een gift, of wat een ruil je meer gaf dan je ervoor betaalde. Wat je zelf van dat middel weggaf, gaat eraf. Houd dat bij op het scoreblad.',
          'Raden: schrijf in elke fase op welke belangen een ander volgens jou heeft. Dat bespreek je pas in de nabespreking.',
        ],
      },
    ],
  };
}

function en(n: N) {
  return {
    title: `The rules in short (${n.seats} partners)`,
    sections: [
      {
        heading: 'The goal',
        lines: [
          `Together you keep at least ${n.target} residents on board at the end. Then the team wins.`,
          'Everyone also has interests of their own (secret cards). Each interest that comes true scores points.',
        ],
      },
      {
        heading: 'Set-up',
        lines: [
          `Choose ${n.seats} partners. Always include the library and the municipality. Each player gets a partner card and the resources on it.`,
          `Each player takes their partner's interest cards. Remove cards about a partner who does not play. Shuffle and draw ${n.interests}. They are secret.`,
          `Shuffle the projects and lay ${n.open} face up. Shuffle the residents and put ${n.deck} ready as a deck (the rest do not play). Shuffle the events and the lessons. Put all resources in the middle as the supply.`,
        ],
      },
      {
        heading: `A round (${n.rounds} rounds)`,
        lines: [
          `1. Event. From round 2 a new year begins. Whoever holds more than ${n.carry} resources puts the rest back in the supply (first of the kind they have most of). ` +
            'Then everyone receives the resources under "Every round" on their partner card, and refill the projects until ' +
            `${n.open} lie open. Then turn over an event and do what it says.`,
          '2. Talks. Trade and give resources. Pledge resources to projects (put them on the card). You may take a pledge back, but not from a project that is complete. ' +
            'Show an interest to one partner or to everyone, if you want. Hold reached residents.',
          '3. Execution. A project is done when everything it needs lies on it, from at least the number of partners on the card. It reaches residents: ' +
            "take the top residents of the deck in one of the project's domains, otherwise the top others. Write down who put in what. The resources go back to the supply.",
          `In view: this round ${n.sight} residents are in view, plus 1 for every ${n.held} held residents, plus an event's bonus. Together the projects reach no more than that. ` +
            'Whoever was in view and was not reached is missed: put those top cards of the deck away.',
          `Results make support: ${n.support === 1 ? 'every project' : `every ${n.support}nd project`} that reaches residents gives 1 Support to the partner who put in the most (on a tie: who sits first at the table).`,
          '4. Review. Write down the score. Draw a lesson and talk about its question. You may still hold residents.',
        ],
      },
      {
        heading: 'Holding residents',
        lines: [
          'Lay reached residents face up in the middle; write the round in the log. Held: turn the card a quarter. Dropped out: on the "dropped out" pile, the first at the bottom.',
          'A reached resident may drop out. Hold them in Talks or Review: pay 1 Access or 1 Volunteers to the supply. Or refer them to a partner of their domain (if you were in their project): that partner holds them by paying in the same phase.',
          "A completed project holds too: every reached resident in one of that project's domains (reached by other projects).",
          `At every Execution after the one that reached a resident, and once more at the end: roll the die for each resident nobody holds. On ${n.facesList} they drop out.`,
        ],
      },
      {
        heading: 'The end',
        lines: [
          `After round ${n.rounds}: roll once more for those nobody holds. Count the residents on board (reached or held). ${n.target} or more: the team wins.`,
          'Everyone shows their interests and counts the points of those that came true. The numbers on the interest cards are those for this table.',
          '"Receive" counts only help: a gift, or what a trade gave you beyond what you paid for it. What you gave away of that resource yourself is taken off. Keep track on the score sheet.',
          "Guessing: in any phase, write down which interests you think another partner has. You discuss it only in the debrief.",
        ],
      },
    ],
  };
}
