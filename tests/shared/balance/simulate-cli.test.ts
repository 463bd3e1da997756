import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { standardEdition } from '../../../shared/edition/standard';
import { ROLES } from '../../../shared/model/ids';

// `npm run simulate -- --json` prints one JSON object for scripts (the shape the balance issue
// names), here with a handful of games so that it runs in seconds.

describe('npm run simulate -- --json', () => {
  it('prints make-ups, the dilemma per role and the card table as one object', () => {
    const out = execFileSync(
      process.execPath,
      ['--import', 'tsx', 'tests/bench/simulate.ts', '--seats', '4', '--games', '3', '--dilemma-games', '2', '--cards', '--json'],
      { encoding: 'utf8' },
    );
    const r = JSON.parse(out);
    // The standard make-ups, then the other ways of playing: narrow, swapper, waiting one and two rounds.
    expect(r.makeups.map((m: { team: string[] }) => m.team[m.team.length - 1])).toEqual(['verbinder', 'eigenbelang', 'eigenbelang', 'verbinder', 'voorzichtig', 'narrow', 'swapper', 'wait1', 'wait2']);
    for (const m of r.makeups) {
      expect(m).toMatchObject({ seats: 4, games: 3 });
      expect(m.team).toHaveLength(4);
      for (const k of ['winRate', 'targetAfterRound1Rate']) {
        expect(m[k]).toBeGreaterThanOrEqual(0);
        expect(m[k]).toBeLessThanOrEqual(1);
      }
      expect(m.interestPerPlayer).toBeGreaterThanOrEqual(0);
      expect(m.gamesPerSecond).toBeGreaterThan(0);
    }
    expect(r.dilemma.map((d: { role: string }) => d.role)).toEqual([...ROLES]);
    for (const d of r.dilemma) expect(Object.keys(d).sort()).toEqual(['loneDefector', 'role', 'seats', 'verbinder']);
    expect(r.cards.length).toBeGreaterThan(0);
    for (const c of r.cards) for (const k of ['verbinder', 'eigenbelang', 'idle']) expect(c[k]).toBeGreaterThanOrEqual(0);
  });
});

describe('npm run simulate -- --edition FILE', () => {
  const run = (...extra: string[]) => {
    const out = execFileSync(process.execPath, ['--import', 'tsx', 'tests/bench/simulate.ts', '--seats', '4', '--games', '4', '--dilemma-games', '2', '--json', ...extra], { encoding: 'utf8' });
    const r = JSON.parse(out);
    for (const m of r.makeups) delete m.gamesPerSecond;
    return r;
  };
  const dir = mkdtempSync(join(tmpdir(), 'kot-sim-edition-'));

  it('the standard edition as a file gives exactly the figures without it; a changed edition its own', () => {
    const std = join(dir, 'standaard.json');
    writeFileSync(std, JSON.stringify(standardEdition()));
    const plain = run();
    expect(run('--edition', std)).toEqual(plain);
    // No partner receives a yearly budget: the figures change.
    const e = standardEdition();
    for (const r of e.content.roles) r.income = { ...r.income, budget: 0 };
    const poor = join(dir, 'arm.json');
    writeFileSync(poor, JSON.stringify(e));
    expect(run('--edition', poor).makeups).not.toEqual(plain.makeups);
  });
});
