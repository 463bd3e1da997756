import { beforeAll, describe, expect, it } from 'vitest';
import { roleTables, type RoleTables } from '../../../shared/bots/balance';
import { CONTENT, interestCard } from '../../../shared/content';
import { ROLES } from '../../../shared/model/ids';

// The dilemma and the interest cards at one table size
// (docs/RULES.en.md "Where the rules go beyond the first design, and why"), measured on fixed
// seeds: every role in turn sits at Verbinder tables, played as a Verbinder, as a lone Eigen belang
// and by a lone idle player. `npm run simulate -- --cards` prints the same figures over more tables.

const pct = (x: number) => `${Math.round(100 * x)}%`;

/** `tables` per role for the dilemma and the band, `idleTables` for the idle player. */
export function describeRolesAt(seats: number, tables: number, idleTables: number): void {
  let results: RoleTables[] = [];
  let idle: RoleTables[] = [];
  let swap: RoleTables[] = [];
  const at = (role: string) => results.find((r) => r.dilemma.role === role)!;

  describe(`at a table of ${seats}`, () => {
    beforeAll(() => {
      results = ROLES.map((role) => roleTables(seats, role, tables, 1, ['verbinder', 'eigenbelang']));
      idle = ROLES.map((role) => roleTables(seats, role, idleTables, 1, ['idle']));
      swap = ROLES.map((role) => roleTables(seats, role, idleTables, 1, ['swapper']));
    }, 900_000);

    it('deals every role its cards at these tables', () => {
      expect(results.flatMap((r) => r.cards).length).toBe(CONTENT.interests.length);
      expect(idle.flatMap((r) => r.cards).length).toBe(CONTENT.interests.length);
    });

    it.each(ROLES)('%s scores more as a lone Eigen belang than as a Verbinder', (role) => {
      const d = at(role).dilemma;
      expect(d.loneDefector, `${d.loneDefector.toFixed(2)} vs ${d.verbinder.toFixed(2)}`).toBeGreaterThan(d.verbinder);
    });

    it('has no free and no impossible interest cards', () => {
      const wrong: string[] = [];
      for (const c of results.flatMap((r) => r.cards)) {
        const best = Math.max(c.verbinder, c.eigenbelang);
        if (best < 0.2 || best > 0.85) wrong.push(`${c.id}: ${pct(c.verbinder)} as Verbinder, ${pct(c.eigenbelang)} as Eigen belang`);
      }
      for (const c of idle.flatMap((r) => r.cards)) if (c.idle > 0.25) wrong.push(`${c.id}: ${pct(c.idle)} when idle`);
      expect(wrong).toEqual([]);
    });

    it('receiving means receiving: a holder who never shows a card and swaps one for one meets no "receive" card', () => {
      const received = swap.flatMap((r) => r.cards).filter((c) => interestCard(c.id).rule.kind === 'received');
      expect(received.length).toBeGreaterThan(0);
      for (const c of received) expect(c.swapper, `${c.id}: ${pct(c.swapper)} swapping`).toBeLessThanOrEqual(0.1);
    });
  });
}
