import type { Personality } from '../bots/types';
import type { RoleId } from '../model/ids';
import type { GameRecord } from '../rules/types';
import { contextOf } from './context';
import { DEFAULT_SEEDS, measure, verdictOf, weight } from './measure';
import type { CoachRule, Found } from './rule';
import { declinedOffer, strandedPledge, unanswerableOffer, withdrawnPledge } from './rules-cards';
import { hiddenInterest, letGo } from './rules-people';
import type { Coach, CoachDecision, CoachOptions, CoachRuleId } from './types';

export * from './types';
export { renderCoach, coachLines } from './render';
export { playOn, recordGame, outcomeOf } from './play';

// The coach of a solo game: the rules find the moments in the record, each is measured by replays,
// and the 3–5 that changed most are shown.

export const COACH_RULE_SET: readonly CoachRule[] = [strandedPledge, unanswerableOffer, hiddenInterest, letGo, declinedOffer, withdrawnPledge];

/** Moments measured per rule (the strongest first) and decisions shown. */
export const PER_RULE = 2;
/** Fewer are shown only when the record shows fewer moments. */
export const SHOW_MIN = 3;
export const SHOW_MAX = 5;

/** Every moment each rule finds, strongest first (ties: earliest). */
export function candidatesOf(record: GameRecord, seat = 0): Found[] {
  const c = contextOf(record, seat);
  return COACH_RULE_SET.flatMap((r) => r.find(c)).sort((a, b) => b.strength - a.strength || a.at - b.at);
}

/**
 * The coach one measured moment at a time: yields after each (how many of how many), returns the
 * coach. A screen can step it between frames, or in a worker, and show progress; a big table takes
 * a few seconds in all.
 */
export function* coachSteps(record: GameRecord, opts: CoachOptions = {}): Generator<{ done: number; total: number }, Coach> {
  const seat = opts.seat ?? 0;
  const c = contextOf(record, seat);
  const players: Personality[] = c.end.seats.map((_, i) => (i === seat ? (opts.self ?? 'voorzichtig') : (opts.bots?.[i] ?? 'voorzichtig')));
  const seeds = opts.seeds ?? DEFAULT_SEEDS;
  const found = COACH_RULE_SET.map((r) => r.find(c).sort((a, b) => b.strength - a.strength || a.at - b.at));
  const themes = COACH_RULE_SET.filter((_, k) => found[k].length > 0).map((r) => r.id);
  const todo = found.flatMap((list) => list.slice(0, PER_RULE));
  const measured: CoachDecision[] = [];
  for (const [i, f] of todo.entries()) {
    const effect = measure(c, f, players, seeds);
    if (effect) measured.push({ ...f, effect, verdict: verdictOf(effect) });
    yield { done: i + 1, total: todo.length };
  }
  const score = (d: CoachDecision) => weight(d.effect) + 0.5 * d.strength;
  measured.sort((a, b) => score(b) - score(a) || a.at - b.at);
  // One decision per rule first, then second ones, so a single habit does not fill the list.
  const firsts = measured.filter((d, i) => measured.findIndex((x) => x.rule === d.rule) === i);
  const seconds = measured.filter((d) => !firsts.includes(d));
  return { seat, decisions: [...firsts, ...seconds].slice(0, SHOW_MAX), themes: themes as CoachRuleId[] };
}

/** The room's bots (role and personality, as in its settings) by seat, for `CoachOptions.bots`. */
export function botsBySeat(record: GameRecord, bots: readonly { role: RoleId; personality: Personality }[]): Partial<Record<number, Personality>> {
  const out: Partial<Record<number, Personality>> = {};
  for (const b of bots) {
    const seat = record.config.roles.indexOf(b.role);
    if (seat >= 0) out[seat] = b.personality;
  }
  return out;
}

export function coach(record: GameRecord, opts: CoachOptions = {}): Coach {
  const steps = coachSteps(record, opts);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}
