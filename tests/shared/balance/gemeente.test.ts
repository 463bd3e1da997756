import { describe, expect, it } from 'vitest';
import { roleWorth } from '../../../shared/bots/balance';

// The gemeente matters most (docs/RULES.en.md "Where the rules go beyond the first design, and why"):
// leaving it out of a Verbinder team costs more
// than leaving out any other role. The dilemma per role is in cards-*.test.ts. Fixed seeds;
// `npm run simulate -- --worth` has more games.

describe('the gemeente', () => {
  it.each([4, 6, 8])('costs a Verbinder team of %i more win rate when it is left out than any other role', (seats) => {
    const worth = roleWorth(seats, 30);
    const gemeente = worth.find((w) => w.role === 'gemeente')!.cost;
    for (const w of worth) if (w.role !== 'gemeente') expect(gemeente, w.role).toBeGreaterThan(w.cost);
    expect(gemeente).toBeGreaterThanOrEqual(0.3);
  });
});
