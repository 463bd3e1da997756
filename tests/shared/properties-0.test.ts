import { describe, expect, it } from 'vitest';
import { checkSeedRange } from '../helpers/properties';
import { randomGame } from '../helpers/random-game';
import type { LogEntry } from '../../shared/rules/types';

// 2,000 random games in all (two files so they run in parallel): seeds 0000–0999.
describe('random games, seeds 0000–0999', () => {
  it('keep every invariant at every step', () => {
    const { steps, completed, allEnded } = checkSeedRange(0, 1000);
    expect(allEnded).toBe(true);
    // The games must really be games: many steps, and projects do get completed.
    expect(steps).toBeGreaterThan(20_000);
    expect(completed).toBeGreaterThan(500);
  }, 600_000);
});

describe('states are frozen in the property tests', () => {
  it('a change in place to a state the reducer made throws', () => {
    const { state } = randomGame(3, { freeze: true });
    const role = state.seats[0];
    expect(() => {
      (state.partners[role]!.hand as Record<string, number>).budget = 99;
    }).toThrow(TypeError);
    expect(() => (state.log as LogEntry[]).push(state.log[0])).toThrow(TypeError);
  });
});
