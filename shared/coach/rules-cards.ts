import { covers, total } from '../model/bag';
import type { Bag } from '../model/ids';
import { RESOURCES } from '../model/ids';
import type { Action } from '../rules/types';
import { allowed, cardsOf, clamp, mine, roleAt, type CoachContext } from './context';
import type { CoachRule, Found } from './rule';

// Rules about the player's cards: pledges that stayed on unfinished projects, pledges taken back,
// offers nobody could take, offers the player turned down.

function at(c: CoachContext, i: number): Pick<Found, 'round' | 'phase'> {
  return { round: c.states[i].round, phase: c.states[i].phase };
}

const completedRound = (c: CoachContext, projectId: string): number | null =>
  c.end.projects.completed.find((p) => p.id === projectId)?.round ?? null;

export const strandedPledge: CoachRule = {
  id: 'stranded-pledge',
  find(c) {
    const role = c.end.seats[c.seat];
    const out: Found[] = [];
    for (const [projectId, byRole] of Object.entries(c.end.pledges)) {
      const left = total(byRole[role] ?? {});
      if (left === 0 || completedRound(c, projectId) !== null) continue;
      const first = mine(c, 'pledge').find((p) => p.action.projectId === projectId);
      if (!first) continue;
      out.push({
        rule: 'stranded-pledge',
        at: first.i,
        mode: 'replace',
        instead: null,
        ...at(c, first.i),
        strength: clamp(0.4 + 0.15 * left),
        figures: { project: projectId, cards: left, round: c.states[first.i].round },
        texts: {
          choice: { nl: 'In ronde {round} legde je kaarten op {project}.', en: 'In round {round} you pledged cards to {project}.' },
          next: {
            nl: `Dat project werd nooit afgemaakt. Er ${left === 1 ? 'bleef 1 kaart' : 'bleven {cards} kaarten'} van jou op liggen tot het einde.`,
            en: `That project was never finished. ${left === 1 ? '1 of your cards' : '{cards} of your cards'} stayed on it until the end.`,
          },
          instead: {
            nl: 'Hou die kaarten in je hand voor een project dat wel af kan komen.',
            en: 'Keep those cards for a project that can be finished.',
          },
        },
      });
    }
    return out;
  },
};

export const withdrawnPledge: CoachRule = {
  id: 'withdrawn-pledge',
  find(c) {
    return mine(c, 'unpledge').map(({ i, action }) => {
      const done = completedRound(c, action.projectId);
      return {
        rule: 'withdrawn-pledge' as const,
        at: i,
        mode: 'replace' as const,
        instead: null,
        ...at(c, i),
        strength: done === null ? 0.6 : 0.3,
        figures: { project: action.projectId, cards: total(action.resources), round: c.states[i].round, done },
        texts: {
          choice: {
            nl: `In ronde {round} haalde je ${total(action.resources) === 1 ? '1 kaart' : '{cards} kaarten'} terug van {project}.`,
            en: `In round {round} you took ${total(action.resources) === 1 ? '1 card' : '{cards} cards'} back from {project}.`,
          },
          next:
            done === null
              ? { nl: 'Het project werd daarna niet meer afgemaakt.', en: 'The project was not finished after that.' }
              : { nl: 'Het project werd toch afgemaakt, in ronde {done}.', en: 'The project was finished anyway, in round {done}.' },
          instead: { nl: 'Laat je kaarten liggen: een belofte aan de tafel.', en: 'Leave your cards on it: a promise to the table.' },
        },
      };
    });
  },
};

/** The part of `ask` that `hand` holds. */
function within(ask: Bag, hand: Bag): Bag {
  const out: Bag = {};
  for (const r of RESOURCES) {
    const n = Math.min(ask[r] ?? 0, hand[r] ?? 0);
    if (n > 0) out[r] = n;
  }
  return out;
}

export const unanswerableOffer: CoachRule = {
  id: 'unanswerable-offer',
  find(c) {
    const out: Found[] = [];
    for (const { i, action } of mine(c, 'proposeTrade')) {
      const before = c.states[i];
      const theirs = before.partners[action.to]!.hand;
      if (covers(theirs, action.get)) continue;
      const offerId = `o${before.nextOfferId}`;
      const taken = c.end.log.some((e) => e.t === 'trade' && e.offerId === offerId);
      if (taken) continue;
      const role = roleAt(c, i);
      const other = before.seats.find((r) => r !== role && r !== action.to && covers(before.partners[r]!.hand, action.get));
      const trimmed = within(action.get, theirs);
      let instead: Action | null = null;
      if (other) instead = { ...action, to: other };
      else if (total(trimmed) > 0) instead = { ...action, get: trimmed };
      if (instead && !allowed(c, i, instead)) instead = null;
      out.push({
        rule: 'unanswerable-offer',
        at: i,
        mode: 'replace',
        instead,
        ...at(c, i),
        strength: 0.55,
        figures: { round: before.round, to: action.to, asked: cardsOf(action.get), other: other ?? null, trimmed: cardsOf(trimmed) },
        texts: {
          choice: { nl: 'In ronde {round} vroeg je {to} om {asked}. Dat had {to} niet.', en: 'In round {round} you asked {to} for {asked}. {to} did not have it.' },
          next: { nl: 'Niemand kon dat aanbod aannemen.', en: 'Nobody could accept that offer.' },
          instead: other
            ? { nl: 'Vraag het aan een partner die het wel heeft: {other}.', en: 'Ask a partner who has it: {other}.' }
            : total(trimmed) > 0
              ? { nl: 'Vraag alleen wat {to} wel heeft: {trimmed}.', en: 'Ask only for what {to} has: {trimmed}.' }
              : { nl: 'Kijk eerst wat je partner heeft, en doe dan pas een aanbod.', en: 'First look at what your partner has, then make an offer.' },
        },
      });
    }
    return out;
  },
};

export const declinedOffer: CoachRule = {
  id: 'declined-offer',
  find(c) {
    const out: Found[] = [];
    for (const { i, action } of mine(c, 'declineTrade')) {
      const accept: Action = { type: 'acceptTrade', offerId: action.offerId };
      if (!allowed(c, i, accept)) continue;
      const offer = c.states[i].offers.find((o) => o.id === action.offerId)!;
      out.push({
        rule: 'declined-offer',
        at: i,
        mode: 'replace',
        instead: accept,
        ...at(c, i),
        strength: clamp(0.35 + 0.1 * total(offer.give)),
        figures: { round: c.states[i].round, from: offer.from, gives: cardsOf(offer.give), asks: cardsOf(offer.get) },
        texts: {
          choice: {
            nl: 'In ronde {round} bood {from} je {gives} aan, voor {asks}. Je zei nee.',
            en: 'In round {round} {from} offered you {gives} for {asks}. You said no.',
          },
          next: { nl: 'De ruil ging niet door.', en: 'The trade did not happen.' },
          instead: { nl: 'Neem het aanbod aan.', en: 'Accept the offer.' },
        },
      });
    }
    return out;
  },
};
