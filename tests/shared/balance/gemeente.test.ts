import { describe, expect, it } from 'vitest';
import { roleWorth, type RoleWorth } from '../../../shared/bots/balance';

// The gemeente matters most, without deciding alone (docs/RULES.en.md "Balance"): leaving it out of a
// Verbinder team, or having it sit idle, costs more than any other role; yet such a table still
// wins now and then, because results make draagvlak too. And a lone defector costs the team at
// every size. Fixed seeds; `npm run simulate -- --worth` has more games.

const pct = (x: number) => `${Math.round(100 * x)}%`;

describe.each([4, 6, 8])('at a table of %i', (seats) => {
  const worth: RoleWorth[] = roleWorth(seats, 40);
  const gemeente = worth.find((w) => w.role === 'gemeente')!;
  const others = worth.filter((w) => w.role !== 'gemeente');

  it('leaving the gemeente out costs a Verbinder team more than leaving out any other role', () => {
    for (const w of others) expect(gemeente.cost, w.role).toBeGreaterThan(w.cost);
    expect(gemeente.cost).toBeGreaterThanOrEqual(0.3);
  });

  it('an idle gemeente hurts the table more than any other idle partner', () => {
    for (const w of others) expect(gemeente.idle, `${w.role} idle: ${pct(w.idle)}`).toBeLessThan(w.idle);
  });

  it('a table whose gemeente is idle or absent still wins sometimes (at least 1 game in 20)', () => {
    expect(gemeente.idle, pct(gemeente.idle)).toBeGreaterThanOrEqual(0.05);
    expect(gemeente.absent, pct(gemeente.absent)).toBeGreaterThanOrEqual(0.05);
  });

  it('a lone Eigen belang costs the team whichever role defects: on average over the roles, at least 8 points of win rate', () => {
    const cost = worth.reduce((n, w) => n + (w.withIt - w.defector), 0) / worth.length;
    expect(cost, pct(cost)).toBeGreaterThanOrEqual(0.08);
  });
});
