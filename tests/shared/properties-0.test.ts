import { describe, expect, it } from 'vitest';
import { checkRandomGame } from '../helpers/properties';

// 2,000 random games in all (two files so they run in parallel): seeds 0000–0999.
describe('random games, seeds 0000–0999', () => {
  it('keep every invariant at every step', () => {
    let steps = 0;
    let completed = 0;
    for (let seed = 0; seed < 1000; seed++) {
      const stats = checkRandomGame(seed);
      expect(stats.ended).toBe(true);
      steps += stats.steps;
      completed += stats.completed;
    }
    // The games must really be games: many steps, and projects do get completed.
    expect(steps).toBeGreaterThan(20_000);
    expect(completed).toBeGreaterThan(500);
  }, 600_000);
});
