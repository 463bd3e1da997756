import { normalize, subtract, total } from '../model/bag';
import { RESOURCES, type ResourceId } from '../model/ids';
import type { GameState } from '../rules/types';
import type { PartnerInterests, PlayerStats } from './types';
import { foldOf, type LogFold } from './fold';
import { seatsSorted, sumBags } from './walk';

// Per partner: what it gave and got, what it joined, what it met, what it showed, how it dealt.
// Counted from the log's fold (fold.ts): the console's signals read these every second of every
// table (signals.ts), the debrief once.

/** `fold`: the game's log read (fold.ts), when the caller has it. */
export function playersOf(s: GameState, interests: PartnerInterests[], fold: LogFold = foldOf(s)): PlayerStats[] {
  const counted = fold.tallies;
  const seats = seatsSorted(fold.seats);
  return s.config.roles.map((role) => {
    const t = counted.get(role)!;
    // Kinds in order, no zeros: as add() makes a bag.
    const given = normalize(t.given);
    const received = normalize(t.received);
    const { trades, cardsOnTable, holds } = t;
    // (Copies: the fold goes on counting in its own.)
    const gifts = { ...t.gifts };
    const projectsJoined = t.projectsJoined.slice();
    const offers = { ...t.offers, mine: { ...t.offers.mine } };
    const diff = subtract(received, given);
    const balance: Partial<Record<ResourceId, number>> = {};
    for (const r of RESOURCES) if (diff[r]) balance[r] = diff[r];
    const cards = interests.find((p) => p.role === role)!.interests;
    return {
      role,
      seats: seats.get(role) ?? [],
      given,
      received,
      balance,
      givenTotal: total(given),
      receivedTotal: total(received),
      gifts,
      trades,
      projectsJoined,
      contributed: sumBags(s.projects.completed.map((c) => c.contributions[role] ?? {})),
      interestsMet: cards.filter((i) => i.met).length,
      interestsHeld: cards.length,
      points: cards.reduce((n, i) => n + (i.met ? i.points : 0), 0),
      cardsOnTable,
      offers,
      holds,
    };
  });
}
