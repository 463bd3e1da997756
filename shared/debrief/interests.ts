import { cardsOf } from '../content';
import { interestMet } from '../rules/scoring';
import type { GameState } from '../rules/types';
import type { Disclosed, PartnerInterests } from './types';
import { seatsOf, walkLog } from './walk';

// Every partner's secret cards, revealed: met or not (as the game stands, i.e. at the end), and
// who put which card on the table, when and for whom.

export function interestsOf(s: GameState): PartnerInterests[] {
  const shown = new Map<string, Disclosed[]>();
  walkLog(s, (e, seats) => {
    if (e.t !== 'disclose') return;
    const key = `${e.role}/${e.interestId}`;
    const list = shown.get(key) ?? [];
    list.push({ round: e.round, phase: e.phase, seat: seats.indexOf(e.role), to: e.to });
    shown.set(key, list);
  });
  return s.config.roles.map((role) => ({
    role,
    seats: seatsOf(s, role),
    interests: s.partners[role]!.interests.map((id) => ({
      id,
      met: interestMet(s, role, id),
      points: cardsOf(s).interestCard(id).points,
      disclosures: shown.get(`${role}/${id}`) ?? [],
    })),
  }));
}
