import { normalize, subtract, total } from '../model/bag';
import { RESOURCES, type Bag, type ResourceId, type RoleId } from '../model/ids';
import type { GameState } from '../rules/types';
import type { OfferStats, PartnerInterests, PlayerStats } from './types';
import { seatsByRole, sumBags, transfers } from './walk';

// Per partner: what it gave and got, what it joined, what it met, what it showed, how it dealt.
// The log walked once for every partner at once (and its transfers once): the console's signals
// read these every second of every table (signals.ts), the debrief once.

/** What one walk over the log counts for a partner (cards given and received added up in place, put in order at the end). */
interface Tally {
  given: Bag;
  received: Bag;
  gifts: { given: number; received: number };
  trades: number;
  projectsJoined: string[];
  cardsOnTable: number;
  offers: OfferStats;
  holds: number;
}

const tally = (): Tally => ({
  given: {},
  received: {},
  gifts: { given: 0, received: 0 },
  trades: 0,
  projectsJoined: [],
  cardsOnTable: 0,
  offers: { made: 0, accepted: 0, declined: 0, countered: 0, mine: { accepted: 0, declined: 0, countered: 0, withdrawn: 0, expired: 0 } },
  holds: 0,
});

function tallies(s: GameState): Map<RoleId, Tally> {
  const out = new Map<RoleId, Tally>(s.config.roles.map((r) => [r, tally()]));
  for (const t of transfers(s)) {
    const a = out.get(t.from);
    const b = out.get(t.to);
    // Added up in place (a new bag per transfer was most of the walk's work).
    if (a) addTo(a.given, t.bag);
    if (b) addTo(b.received, t.bag);
    if (t.kind === 'gift') {
      if (a) a.gifts.given += 1;
      if (b) b.gifts.received += 1;
      // A trade is a transfer in each direction: counting the one a partner gave in counts it once.
    } else if (a) a.trades += 1;
  }
  for (const e of s.log) {
    switch (e.t) {
      case 'completed':
        for (const r of e.partners) out.get(r)?.projectsJoined.push(e.projectId);
        break;
      case 'disclose':
        if (out.has(e.role)) out.get(e.role)!.cardsOnTable += 1;
        break;
      case 'held':
        if ('role' in e.by && out.has(e.by.role)) out.get(e.by.role)!.holds += 1;
        break;
      case 'offer':
        if (out.has(e.offer.from)) out.get(e.offer.from)!.offers.made += 1;
        break;
      case 'offerClosed': {
        const from = out.get(e.from);
        if (from) from.offers.mine[e.outcome] += 1;
        const to = out.get(e.to);
        if (to && (e.outcome === 'accepted' || e.outcome === 'declined' || e.outcome === 'countered')) to.offers[e.outcome] += 1;
        break;
      }
      default:
        break;
    }
  }
  return out;
}

function addTo(into: Bag, bag: Bag): void {
  for (const r in bag) into[r as ResourceId] = (into[r as ResourceId] ?? 0) + bag[r as ResourceId]!;
}

export function playersOf(s: GameState, interests: PartnerInterests[]): PlayerStats[] {
  const counted = tallies(s);
  const seats = seatsByRole(s);
  return s.config.roles.map((role) => {
    const t = counted.get(role)!;
    // Kinds in order, no zeros: as add() makes a bag.
    const given = normalize(t.given);
    const received = normalize(t.received);
    const { gifts, trades, projectsJoined, cardsOnTable, offers, holds } = t;
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
