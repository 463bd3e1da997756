import { describe, expect, it } from 'vitest';
import { agreement, debriefOf, renderFinding, toCsv } from '../../shared/debrief';
import { replay } from '../../shared/rules/replay';
import {
  chartSeries,
  edgeText,
  exportName,
  guessMatrix,
  interestLines,
  journeyLines,
  networkGraph,
  playerRows,
  recordJson,
  type DebriefPayload,
} from '../../client/src/model/debrief';
import { randomGame } from '../helpers/random-game';

// The end screen's debrief rows and series, from real (random, replayed) games.

const names = (seat: number) => `Speler ${seat + 1}`;
const games = [3, 11, 29, 57].map((seed) => randomGame(seed, { actionsPerPhase: 30 }));

describe('debrief view model', () => {
  it('charts personas per round against the target, ending with the final count', () => {
    for (const { state } of games) {
      const d = debriefOf(state);
      const s = chartSeries(d, 'nl');
      expect(s.labels).toHaveLength(d.personas.chart.byRound.length + 1);
      expect(s.labels.at(-1)).toBe('Einde');
      expect(s.onBoard.at(-1)).toBe(d.personas.chart.final);
      expect(s.target).toBe(d.personas.chart.target);
      expect(chartSeries(d, 'en').labels[0]).toMatch(/^Round \d/);
    }
  });

  it('gives the network as nodes for every role and weighted edges between them', () => {
    for (const { state } of games) {
      const d = debriefOf(state);
      const g = networkGraph(d, 'nl');
      expect(g.nodes.map((n) => n.id)).toEqual(d.roles);
      for (const e of g.edges) {
        expect(d.roles).toContain(e.source);
        expect(d.roles).toContain(e.target);
        expect(e.weight).toBeGreaterThan(0);
        expect(e.text).not.toMatch(/\{|\b0 /);
      }
    }
    expect(edgeText(2, 0, 1, 'nl')).toBe('2 ruilen · 1 gezamenlijk project');
    expect(edgeText(1, 1, 0, 'en')).toBe('1 trade · 1 gift');
  });

  it('has one player row per partner, a guess matrix, interests and journeys in both languages', () => {
    for (const { state } of games) {
      const d = debriefOf(state);
      const rows = playerRows(d, names, 'nl');
      expect(rows.map((r) => r.role)).toEqual(d.players.map((p) => p.role));
      for (const r of rows) expect(r.interests).toMatch(/^\d+\/\d+$/);
      const m = guessMatrix(d, names, (seat) => state.seats[seat], 'nl');
      expect(m.cells).toHaveLength(m.rows.length);
      for (const row of m.cells) expect(row).toHaveLength(d.roles.length);
      const hits = m.cells.flat().reduce((n, c) => n + (c?.hits ?? 0), 0);
      expect(hits).toBe(d.guesses.cells.reduce((n, c) => n + c.hits, 0));
      for (const locale of ['nl', 'en'] as const) {
        const lines = interestLines(d, names, locale, state.seats.length);
        expect(lines.flatMap((p) => p.interests).length).toBe(d.interests.flatMap((p) => p.interests).length);
        for (const l of lines.flatMap((p) => p.interests.flatMap((i) => i.disclosures))) expect(l).not.toMatch(/\{\w+\}/);
        for (const j of journeyLines(d, locale)) for (const s of j.steps) expect(s.text).not.toMatch(/\{\w+\}/);
        for (const f of d.lessons.shown) expect(renderFinding(f, locale)).not.toMatch(/\{\w+\}/);
      }
    }
  });

  it('exports a record that replays to the same result, a CSV per partner and a named file', () => {
    const { record, state } = games[0];
    const d = debriefOf(state);
    const payload: DebriefPayload = { code: 'ABC234', status: 'ended', createdAt: 0, endedAt: 1, record, result: state.result, debrief: d, agreement: agreement(state), next: null };
    const parsed = JSON.parse(recordJson(payload)) as { record: typeof record };
    expect(replay(parsed.record).result).toEqual(state.result);
    expect(toCsv(d.players).trim().split('\r\n')).toHaveLength(d.players.length + 1);
    expect(exportName('ABC234', 'spelers', 'csv')).toBe('kaarten-op-tafel-ABC234-spelers.csv');
    expect(exportName('ABC234', '', 'json')).toBe('kaarten-op-tafel-ABC234.json');
  });
});
