import type { Personality } from '../bots/types';
import { applyAction } from '../rules';
import type { GameState } from '../rules/types';
import type { CoachContext } from './context';
import { outcomeOf, playOn, reseeded, type Outcome } from './play';
import type { Candidate, Effect, Verdict } from './types';

// "What would another choice have done" measured, not guessed: from the moment of the decision, the
// game is played on twice per seed — once after the real choice, once after the other — by the same
// bots with the same dice, and the coach reports the average difference.

export const DEFAULT_SEEDS: readonly number[] = [1, 2, 3, 4, 5];

/** The two starting points: after what the player did, and after the other choice (null: refused). */
export function branches(c: CoachContext, d: Candidate): { real: GameState; other: GameState } | null {
  const before = c.states[d.at];
  const real = d.mode === 'replace' ? c.states[d.at + 1] : before;
  if (!d.instead) return { real, other: before };
  const r = applyAction(before, c.seat, d.instead);
  return r.ok ? { real, other: r.state } : null;
}

const round2 = (x: number): number => Math.round(x * 100) / 100;

function mean(list: Outcome[], key: 'onBoard' | 'projects' | 'points'): number {
  return list.reduce((n, o) => n + o[key], 0) / list.length;
}

export function measure(c: CoachContext, d: Candidate, players: readonly Personality[], seeds: readonly number[]): Effect | null {
  const from = branches(c, d);
  if (!from || seeds.length === 0) return null;
  const real: Outcome[] = [];
  const other: Outcome[] = [];
  for (const seed of seeds) {
    real.push(outcomeOf(playOn(reseeded(from.real, seed), players, seed).state, c.seat));
    other.push(outcomeOf(playOn(reseeded(from.other, seed), players, seed).state, c.seat));
  }
  const means = (list: Outcome[]) => ({ onBoard: round2(mean(list, 'onBoard')), projects: round2(mean(list, 'projects')), points: round2(mean(list, 'points')) });
  const wins = (list: Outcome[]) => list.filter((o) => o.won).length / list.length;
  // Seed by seed: was the other choice better, worse, or about the same (for the caution when mixed)?
  const split = { better: 0, worse: 0, same: 0 };
  for (const [i, o] of other.entries()) {
    const r = real[i];
    split[verdictOf({ onBoard: o.onBoard - r.onBoard, points: o.points - r.points, projects: o.projects - r.projects, wins: Number(o.won) - Number(r.won) })]++;
  }
  return {
    seeds: seeds.slice(),
    onBoard: round2(mean(other, 'onBoard') - mean(real, 'onBoard')),
    projects: round2(mean(other, 'projects') - mean(real, 'projects')),
    points: round2(mean(other, 'points') - mean(real, 'points')),
    wins: round2(wins(other) - wins(real)),
    real: means(real),
    other: means(other),
    split,
  };
}

/**
 * Residents count most, then the player's points. Under a quarter of a resident reads as no change:
 * a real change to the table sends the rest of the game elsewhere, and a few replays are a small sample.
 */
export function verdictOf(e: Pick<Effect, 'onBoard' | 'points' | 'projects' | 'wins'>): Verdict {
  const v = e.onBoard + 0.5 * e.points + 0.25 * e.projects + e.wins;
  return v > 0.25 ? 'better' : v < -0.25 ? 'worse' : 'same';
}

/** How much a measured change matters, for ordering: residents first, then the player's points. */
export function weight(e: Effect): number {
  return Math.abs(e.onBoard) + 0.5 * Math.abs(e.points) + 0.25 * Math.abs(e.projects) + Math.abs(e.wins);
}
