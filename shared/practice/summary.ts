import { z } from 'zod';
import { cardsOf } from '../content';
import { COACH_RULES, type CoachRuleId } from '../coach/types';
import { total } from '../model/bag';
import { ROLES, type RoleId } from '../model/ids';
import { replay } from '../rules/replay';
import type { GameRecord } from '../rules/types';

// What the device remembers of one solo game: a few numbers, small enough to keep dozens in
// localStorage, and enough to choose the next game and to draw the progress view. No names, no
// record: the player's history stays on the player's device.

export const FOCUSES = ['first', 'hold', 'disclose', 'finish', 'offers', 'team', 'harder', 'new-role'] as const;
export type Focus = (typeof FOCUSES)[number];

const count = z.number().int().min(0).max(1000);

export const SummarySchema = z
  .object({
    v: z.literal(1),
    /** When the game ended (ISO 8601). */
    at: z.string().min(10).max(40),
    role: z.enum(ROLES),
    seats: z.number().int().min(3).max(8),
    rounds: z.number().int().min(1).max(8),
    won: z.boolean(),
    onBoard: count,
    target: count,
    points: count,
    maxPoints: count,
    /** The player's interest cards, and how many of them were put on the table (to anyone). */
    interests: count,
    shown: count,
    /** Residents the player held, and residents who dropped out of the game. */
    holds: count,
    dropped: count,
    /** Completed projects the player was in; the player's cards left on unfinished ones. */
    projects: count,
    stranded: count,
    /** Offers the player made, and how many were taken. */
    offers: count,
    taken: count,
    /** The coach's themes: the rules that fired for this game. */
    themes: z.array(z.enum(COACH_RULES)).max(COACH_RULES.length),
    /** The practice this game was set up for, if it was chosen by `nextPractice`. */
    focus: z.enum(FOCUSES).nullable(),
  })
  .strict();

export type GameSummary = z.infer<typeof SummarySchema>;

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
