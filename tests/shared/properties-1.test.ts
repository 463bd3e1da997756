import { describe, expect, it } from 'vitest';
import { checkSeedRange } from '../helpers/properties';

// 2,000 random games in all (two files so they run in parallel): seeds 1000–1999.
describe('random games, seeds 1000–1999', () => {
  it('keep every invariant at every step', () => {
    const { steps, completed, allEnded } = checkSeedRange(1000, 2000);
    expect(allEnded).toBe(true);
    // The games must really be games: many steps, and projects do get completed.
    expect(steps).toBeGreaterThan(20_000);
    expect(completed).toBeGreaterThan(500);
  }, 600_000);
});
