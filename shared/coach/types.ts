import type { Personality } from '../bots/types';
import type { PhaseId, Text } from '../model/ids';
import type { Action } from '../rules/types';

// The coach as plain data (JSON-safe), like the debrief: what a screen shows and a test checks.

/** Numbers and ids (roles, projects, residents, interests) a sentence is built from. */
export type CoachFigure = number | string | null | readonly (number | string)[];
export type CoachFigures = Record<string, CoachFigure>;

export const COACH_RULES = ['stranded-pledge', 'unanswerable-offer', 'hidden-interest', 'let-go', 'declined-offer', 'withdrawn-pledge'] as const;
export type CoachRuleId = (typeof COACH_RULES)[number];

/**
 * A moment the player chose, found by a rule in the record, and the choice to try instead.
 * `at` is the index in the record's actions: with `mode: 'replace'` the player's own action there
 * is replaced by `instead` (null: left out); with `mode: 'insert'` the player did nothing and
 * `instead` is put in before that index.
 */
export interface Candidate {
  rule: CoachRuleId;
  at: number;
  mode: 'replace' | 'insert';
  instead: Action | null;
  round: number;
  phase: PhaseId;
  /** 0–1: how clearly the record shows this moment mattered. */
  strength: number;
  figures: CoachFigures;
}

/** Averages over the replays: alternative minus what the same bots did after the real choice. */
export interface Effect {
  seeds: number[];
  onBoard: number;
  projects: number;
  points: number;
  /** Share of replays won, alternative minus real (−1 to 1). */
  wins: number;
  /** The means themselves, for a screen that wants to show both. */
  real: { onBoard: number; projects: number; points: number };
  other: { onBoard: number; projects: number; points: number };
  /** Seeds in which the other choice came out better, worse, or about the same: mixed when both of the first two. */
  split: { better: number; worse: number; same: number };
}

/** What the replays say of the other choice: it would likely have helped, hurt, or made little difference. */
export type Verdict = 'better' | 'worse' | 'same';

export interface CoachDecision extends Candidate {
  effect: Effect;
  verdict: Verdict;
  /** What the player did and what came of it; what to try instead; each with {figure} places. */
  texts: { choice: Text; next: Text; instead: Text };
}

export interface CoachOptions {
  /** The seat the player sat in (a solo game: 0). */
  seat?: number;
  /** The bots of the other seats, as the room had them (default: Voorzichtig). */
  bots?: Partial<Record<number, Personality>>;
  /** Who plays the player's seat on in the replays (default: Voorzichtig, a careful player). */
  self?: Personality;
  /** Seeds of the replays (default: 1–5). */
  seeds?: number[];
}

export interface Coach {
  seat: number;
  /** The 3–5 decisions that mattered most (fewer when the record shows fewer), biggest change first. */
  decisions: CoachDecision[];
  /** Every rule that fired, whether shown or not (the practice history keeps these). */
  themes: CoachRuleId[];
}
