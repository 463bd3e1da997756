import { cardsOf } from '../content';
import type { CoachRuleId } from '../coach/types';
import { total } from '../model/bag';
import { replay } from '../rules/replay';
import type { GameRecord } from '../rules/types';
import type { GameSummary } from './summary';
import { FOCUSES, type Focus } from './constants';

// What the device remembers of one solo game, made from its record. Kept apart from the schema
// (summary.ts) so the browser can make a summary without shipping zod.

export { FOCUSES, type Focus };

export interface SummaryOptions {
  seat?: number;
  /** When the game ended; the caller's clock (ISO 8601). */
  at: string;
  themes?: readonly CoachRuleId[];
  focus?: Focus | null;
}

export function summarize(record: GameRecord, opts: SummaryOptions): GameSummary {
  const seat = opts.seat ?? 0;
  const s = replay(record);
  const role = s.seats[seat];
  const ids = s.partners[role]!.interests;
  const offers = s.log.filter((e) => e.t === 'offer' && e.offer.from === role).map((e) => (e.t === 'offer' ? e.offer.id : ''));
  const taken = s.log.filter((e) => e.t === 'trade' && offers.includes(e.offerId)).length;
  const stranded = s.projects.table.reduce((n, id) => n + total(s.pledges[id]?.[role] ?? {}), 0);
  return {
    v: 1,
    at: opts.at,
    role,
    seats: s.seats.length,
    rounds: s.config.rounds,
    won: s.result?.won ?? false,
    onBoard: s.result?.onBoard ?? 0,
    target: s.result?.target ?? 0,
    points: s.result?.seatScores[seat] ?? 0,
    maxPoints: ids.reduce((n, id) => n + cardsOf(s).interestCard(id).points, 0),
    interests: ids.length,
    shown: ids.filter((id) => s.disclosures.some((d) => d.role === role && d.interestId === id)).length,
    holds: s.log.filter((e) => e.t === 'held' && 'role' in e.by && e.by.role === role).length,
    dropped: s.log.filter((e) => e.t === 'dropped').length,
    projects: s.projects.completed.filter((c) => total(c.contributions[role] ?? {}) > 0).length,
    stranded,
    offers: offers.length,
    taken,
    themes: [...(opts.themes ?? [])],
    focus: opts.focus ?? null,
  };
}
