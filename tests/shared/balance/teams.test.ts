import { describe, expect, it } from 'vitest';
import { runMakeup, standardMakeups, type MakeupResult } from '../../../shared/bots/balance';
import { simulate, type SimPlayer } from '../../../shared/bots/simulate';

// The game must teach what the seeds say (docs/RULES.en.md "Balance"): measured with the bots on fixed
// seeds, so a content or rule change that breaks it fails here. `npm run simulate` prints the same
// figures over more games.

const GAMES = 100;
const all = (p: SimPlayer, n: number): SimPlayer[] => Array(n).fill(p);

describe.each([4, 6, 8])('a table of %i', (seats) => {
  const [verbinder, eigenbelang, half, one, , narrow, swapper, wait1, wait2] = standardMakeups(seats).map((t, i) =>
    runMakeup(t, i === 4 ? 1 : GAMES),
  );
  const idle = runMakeup(all('idle', seats), 30);
  const random = runMakeup(all('random', seats), 30);
  const show = (m: MakeupResult) => `${(100 * m.winRate).toFixed(0)}%`;

  it('Verbinders reach the target in at least 8 of 10 games, Eigen belang in at most 1 of 10', () => {
    expect(verbinder.winRate, show(verbinder)).toBeGreaterThanOrEqual(0.8);
    expect(eigenbelang.winRate, show(eigenbelang)).toBeLessThanOrEqual(0.1);
  });

  it('a mixed table lands in between, idle players never make it and random ones hardly', () => {
    expect(half.winRate).toBeGreaterThan(eigenbelang.winRate + 0.1);
    expect(half.winRate).toBeLessThan(verbinder.winRate - 0.1);
    expect(idle.winRate).toBe(0);
    // A random move now and then is a pledge or a hold: 1 game in 20 at the most.
    expect(random.winRate).toBeLessThanOrEqual(0.05);
  });

  it('needs a long breath: the target is rarely on board after round 1', () => {
    expect(verbinder.targetAfterRound1Rate).toBeLessThanOrEqual(0.2);
    const rounds = verbinder.onBoardByRound;
    for (let i = 1; i < rounds.length; i++) expect(rounds[i], `round ${i + 1}`).toBeGreaterThan(rounds[i - 1]);
  });

  it('Eigen belang tables score fewer interest points per player than Verbinder tables', () => {
    expect(eigenbelang.interestPerPlayer).toBeLessThan(verbinder.interestPerPlayer);
  });

  it('self-interested tables fail, however they play their cards: whole cards, only what pays at once, or swapping', () => {
    for (const m of [eigenbelang, narrow, swapper]) expect(m.winRate, `${m.team[0]}: ${show(m)}`).toBeLessThanOrEqual(0.25);
  });

  it('waiting does not pay: a table that sits out round 1 wins at least 20 points less and scores less per player', () => {
    expect(verbinder.winRate - wait1.winRate, `${show(verbinder)} vs ${show(wait1)}`).toBeGreaterThanOrEqual(0.2);
    expect(wait1.interestPerPlayer).toBeLessThan(verbinder.interestPerPlayer);
    expect(wait2.winRate).toBeLessThan(wait1.winRate);
  });

  it('a lone Eigen belang costs a Verbinder table at least 10 points of win rate', () => {
    expect(verbinder.winRate - one.winRate, `${show(verbinder)} vs ${show(one)}`).toBeGreaterThanOrEqual(0.1);
  });

  it('uses the draagvlak and cijfers: at least two thirds of what came into play is not left over', () => {
    expect(verbinder.leftover.draagvlak).toBeLessThanOrEqual(verbinder.entered.draagvlak / 3);
    expect(verbinder.leftover.cijfers).toBeLessThanOrEqual(verbinder.entered.cijfers / 3);
  });
});

describe('a table of 3', () => {
  it('still rewards working together, as far as three partners can', () => {
    const v = runMakeup(all('verbinder', 3), GAMES);
    const eb = runMakeup(all('eigenbelang', 3), GAMES);
    expect(v.winRate).toBeGreaterThanOrEqual(0.6);
    expect(eb.winRate).toBeLessThanOrEqual(0.1);
    expect(v.targetAfterRound1Rate).toBeLessThanOrEqual(0.2);
  });
});

describe('holding on', () => {
  const games = Array.from({ length: 60 }, (_, g) => simulate(all('verbinder', 6), 1000 + g));
  const held = (kind: 'project' | 'card') =>
    games.reduce((n, r) => n + r.state.log.filter((e) => e.t === 'held' && ('projectId' in e.by) === (kind === 'project')).length, 0) / games.length;

  it('follow-up projects are a real way to keep people on board, next to a card', () => {
    expect(held('project')).toBeGreaterThanOrEqual(1);
    expect(held('card')).toBeGreaterThanOrEqual(1);
  });

  it('people reached late can still drop out at the end when nobody holds them', () => {
    const lost = games.filter((r) => r.state.log.some((e) => e.t === 'dropped' && e.round === r.state.config.rounds && e.phase === 'terugblik'));
    expect(lost.length).toBeGreaterThan(0);
  });
});
