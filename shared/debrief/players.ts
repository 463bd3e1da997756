import { subtract, total } from '../model/bag';
import { RESOURCES, type ResourceId, type RoleId } from '../model/ids';
import type { GameState, OfferOutcome } from '../rules/types';
import type { OfferStats, PartnerInterests, PlayerStats } from './types';
import { completions, seatsOf, sumBags, transfers } from './walk';

// Per partner: what it gave and got, what it joined, what it met, what it showed, how it dealt.

function offerStats(s: GameState, role: RoleId): OfferStats {
  const mine: Record<OfferOutcome, number> = { accepted: 0, declined: 0, countered: 0, withdrawn: 0, expired: 0 };
  const stats: OfferStats = { made: 0, accepted: 0, declined: 0, countered: 0, mine };
  for (const e of s.log) {
    if (e.t === 'offer' && e.offer.from === role) stats.made += 1;
    if (e.t !== 'offerClosed') continue;
    if (e.from === role) mine[e.outcome] += 1;
    if (e.to === role && (e.outcome === 'accepted' || e.outcome === 'declined' || e.outcome === 'countered')) stats[e.outcome] += 1;
  }
  return stats;
}

export function playersOf(s: GameState, interests: PartnerInterests[]): PlayerStats[] {
  const moved = transfers(s);
  const done = completions(s);
  return s.config.roles.map((role) => {
    const given = sumBags(moved.filter((t) => t.from === role).map((t) => t.bag));
    const received = sumBags(moved.filter((t) => t.to === role).map((t) => t.bag));
    const diff = subtract(received, given);
    const balance: Partial<Record<ResourceId, number>> = {};
    for (const r of RESOURCES) if (diff[r]) balance[r] = diff[r];
    const cards = interests.find((p) => p.role === role)!.interests;
    return {
      role,
      seats: seatsOf(s, role),
      given,
      received,
      balance,
      givenTotal: total(given),
      receivedTotal: total(received),
      gifts: {
        given: moved.filter((t) => t.kind === 'gift' && t.from === role).length,
        received: moved.filter((t) => t.kind === 'gift' && t.to === role).length,
      },
      // A trade appears in `moved` once per direction: counting one direction counts it once per partner.
      trades: moved.filter((t) => t.kind === 'trade' && t.from === role).length,
      projectsJoined: done.filter((c) => c.partners.includes(role)).map((c) => c.projectId),
      contributed: sumBags(s.projects.completed.map((c) => c.contributions[role] ?? {})),
      interestsMet: cards.filter((i) => i.met).length,
      interestsHeld: cards.length,
      points: cards.reduce((n, i) => n + (i.met ? i.points : 0), 0),
      cardsOnTable: s.log.filter((e) => e.t === 'disclose' && e.role === role).length,
      offers: offerStats(s, role),
      holds: s.log.filter((e) => e.t === 'held' && 'role' in e.by && e.by.role === role).length,
    };
  });
}
