import { describe, expect, it } from 'vitest';
import { projectCard } from '../../../shared/content';
import { agreement, debriefOf, PLAYER_COLUMNS, toCsv } from '../../../shared/debrief';
import { add } from '../../../shared/model/bag';
import { RESOURCES, type Bag } from '../../../shared/model/ids';
import { simulate, type SimPlayer } from '../../../shared/bots/simulate';
import { parseCsv } from './csv-parse';

// Whole games played by the bots: the debrief's totals must agree with the engine's own state.

const GAMES: [SimPlayer[], number][] = [
  [['verbinder', 'verbinder', 'eigenbelang', 'verbinder'], 1],
  [['verbinder', 'verbinder', 'eigenbelang', 'verbinder'], 2],
  [['eigenbelang', 'eigenbelang', 'eigenbelang', 'eigenbelang'], 3],
  [['verbinder', 'voorzichtig', 'verbinder', 'eigenbelang', 'verbinder', 'verbinder'], 4],
];

describe.each(GAMES)('a bot game %j seed %i', (players, seed) => {
  const game = simulate(players, seed);
  const s = game.state;
  const before = JSON.stringify(s);
  const d = debriefOf(s);

  it('leaves the state untouched and gives the same answer twice', () => {
    expect(JSON.stringify(s)).toBe(before);
    expect(debriefOf(s)).toEqual(d);
  });

  it('gives as much as it receives, and matches every partner’s own tally', () => {
    const sum = (pick: (b: (typeof d.players)[number]) => Bag) => d.players.reduce<Bag>((acc, p) => add(acc, pick(p)), {});
    expect(sum((p) => p.given)).toEqual(sum((p) => p.received));
    for (const r of RESOURCES) expect(d.players.reduce((n, p) => n + (p.balance[r] ?? 0), 0)).toBe(0);
    for (const p of d.players) {
      expect(p.given).toEqual(s.partners[p.role]!.gave);
      expect(p.received).toEqual(s.partners[p.role]!.received);
    }
    const trades = s.log.filter((e) => e.t === 'trade').length;
    // Every trade has two partners, and each counts it.
    expect(d.players.reduce((n, p) => n + p.trades, 0)).toBe(2 * trades);
    expect(d.network.end.edges.reduce((n, e) => n + e.trades, 0)).toBe(trades);
  });

  it('agrees with the result: interests, points, personas', () => {
    const result = s.result!;
    for (const p of d.players) expect(p.points).toBe(result.interests[p.role]!.reduce((n, i) => n + (i.met ? i.points : 0), 0));
    expect(s.seats.map((role) => d.players.find((p) => p.role === role)!.points)).toEqual(result.seatScores);
    expect(d.personas.chart.byRound.map((x) => x.onBoard)).toEqual(game.onBoardByRound);
    expect(d.personas.chart.final).toBe(result.onBoard);
    expect(d.won).toBe(result.won);
    expect(d.personas.journeys.filter((j) => j.status === 'dropped').length).toBe(Object.values(s.personas).filter((p) => p.status === 'dropped').length);
  });

  it('counts projects, joint work and cards on the table', () => {
    const done = s.projects.completed;
    expect(d.players.reduce((n, p) => n + p.projectsJoined.length, 0)).toBe(done.reduce((n, c) => n + Object.keys(c.contributions).length, 0));
    const pairs = done.reduce((n, c) => { const k = Object.keys(c.contributions).length; return n + (k * (k - 1)) / 2; }, 0);
    expect(d.network.end.edges.reduce((n, e) => n + e.projects, 0)).toBe(pairs);
    expect(d.network.byRound[d.network.byRound.length - 1]).toEqual(d.network.end);
    expect(d.players.reduce((n, p) => n + p.cardsOnTable, 0)).toBe(s.disclosures.length);
    const offers = s.log.filter((e) => e.t === 'offer').length;
    expect(d.players.reduce((n, p) => n + p.offers.made, 0)).toBe(offers);
    expect(d.players.reduce((n, p) => n + Object.values(p.offers.mine).reduce((a, b) => a + b, 0), 0)).toBe(offers);
    const hits = Object.entries(s.guesses).flatMap(([, byTarget]) => Object.entries(byTarget).flatMap(([t, ids]) => ids!.filter((id) => s.partners[t as 'uwv']!.interests.includes(id))));
    expect(d.guesses.totals.reduce((n, t) => n + t.hits, 0)).toBe(hits.length);
  });

  it('shows 3 to 5 lessons, one per lesson, strongest first', () => {
    const shown = d.lessons.shown;
    expect(shown.length).toBeGreaterThanOrEqual(3);
    expect(shown.length).toBeLessThanOrEqual(5);
    expect(new Set(shown.map((f) => f.lessonId)).size).toBe(shown.length);
    expect(shown.map((f) => f.strength)).toEqual(shown.map((f) => f.strength).sort((a, b) => b - a));
  });

  it('exports CSV and a draft agreement', () => {
    for (const [locale, sep] of [['nl', ';'], ['en', ',']] as const) {
      const rows = parseCsv(toCsv(d.players, { locale }), sep);
      expect(rows).toHaveLength(d.players.length + 1);
      for (const row of rows) expect(row).toHaveLength(PLAYER_COLUMNS.length);
    }
    const text = agreement(s);
    for (const c of s.projects.completed) expect(text).toContain(projectCard(c.id).name.nl);
  });
});
