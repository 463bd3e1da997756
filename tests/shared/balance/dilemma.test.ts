import { describe, expect, it } from 'vitest';
import { dilemma, roleWorth } from '../../../shared/bots/balance';
import { ROLES } from '../../../shared/model/ids';

// A real dilemma (GAME.md "Balance"): for every role, playing for your own interests alone at a
// cooperative table pays more than cooperating — while a whole table doing so scores less (see
// teams.test.ts). And the gemeente matters most. Fixed seeds; `npm run simulate` has more games.

describe('the dilemma at a table of 6', () => {
  it.each(ROLES)('%s scores more as a lone Eigen belang than as a Verbinder at the same tables', (role) => {
    const d = dilemma(6, role, 60);
    expect(d.loneDefector, `${d.loneDefector.toFixed(2)} vs ${d.verbinder.toFixed(2)}`).toBeGreaterThan(d.verbinder);
  });
});

describe('the gemeente', () => {
  it('costs a Verbinder team more win rate when it is left out than any other role', () => {
    const worth = roleWorth(6, 30);
    const gemeente = worth.find((w) => w.role === 'gemeente')!.cost;
    for (const w of worth) if (w.role !== 'gemeente') expect(gemeente, w.role).toBeGreaterThan(w.cost);
    expect(gemeente).toBeGreaterThanOrEqual(0.3);
  });
});
