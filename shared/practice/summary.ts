import { z } from 'zod';
import { COACH_RULES } from '../coach/types';
import { ROLES, type RoleId } from '../model/ids';
import { FOCUSES } from './constants';

// What the device remembers of one solo game: a few numbers, small enough to keep dozens in
// localStorage, and enough to choose the next game and to draw the progress view. No names, no
// record: the player's history stays on the player's device.

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

export { FOCUSES, type Focus } from './constants';
