import { describe, expect, it } from 'vitest';
import { createGame, defaultConfig, replay } from '../../../shared/rules';
import { eventDebrief, tableResult, type EventTableGame } from '../../../shared/debrief/event/compare';
import { eventExport, playersCsv, tablesCsv } from '../../../shared/debrief/event/export';
import { randomGame } from '../../helpers/random-game';
import { coop, heldAll, idle } from './scenarios';
import { FOUR, finish } from './table';
import { parseCsv } from './csv-parse';

// The debrief across the tables of a training day, from recorded games: results and curves per
// table, what the tables that kept most residents did differently (with its lesson), the second
// game compared, the export.

const names = (n: number, t: number): string[] => Array.from({ length: n }, (_, i) => (i === n - 1 ? '' : `Speler ${t}.${i + 1}`));
const at = (index: number, state: EventTableGame['state'], game: 1 | 2 = 1): EventTableGame => ({ index, code: `T${index}G${game}`, game, state, names: names(state.config.roles.length, index + 1) });

describe('the debrief across tables', () => {
  it('ranks the tables and says what the ones that kept most residents did differently, with the lessons', () => {
    const tables = [at(0, idle()), at(1, coop()), at(2, heldAll()), at(3, idle())];
    const d = eventDebrief(tables);
    expect(d.tables.map((t) => t.index)).toEqual([0, 1, 2, 3]);
    const best = d.tables.reduce((a, b) => (b.final / b.target > a.final / a.target ? b : a));
    expect(d.topTables).toContain(best.index);
    expect(d.topTables).not.toContain(0);
    // The idle tables did nothing together; the top ones did: the network difference shows, with its lesson.
    const net = d.differences.find((x) => x.measure === 'density')!;
    expect(net).toMatchObject({ lessonId: 'l-bouw-netwerk', more: true });
    expect(net.top).toBeGreaterThan(net.rest);
    expect(net.text.nl).toMatch(/^Aan de tafels die de meeste inwoners hielden, werkten meer partners/);
    expect(net.text.en).toMatch(/more partners worked with each other/);
    // Every table's curve: one point per Uitvoering.
    for (const t of d.tables) expect(t.curve).toHaveLength(4);
    expect(d.tables[2].handovers).toBeGreaterThan(0);
  });

  it('shows nothing "different" when the tables did equally well', () => {
    const d = eventDebrief([at(0, idle()), at(1, idle())]);
    expect(d.topTables).toEqual([]);
    expect(d.differences).toEqual([]);
  });

  it('compares the two games per table when the second had the cards on the table', () => {
    const second = finish(createGame(defaultConfig(FOUR, { openInterests: true }), 42));
    const d = eventDebrief([at(0, idle()), at(0, second, 2)]);
    expect(d.comparison).toEqual([{ index: 0, first: d.tables[0].final, second: d.tables[1].final, target: d.tables[1].target, delta: d.tables[1].final - d.tables[0].final }]);
    expect(d.tables[1]).toMatchObject({ game: 2, firstOpenRound: 1, openEarly: 1 });
    expect(d.tables[0]).toMatchObject({ firstOpenRound: null, openEarly: 0 });
    expect(d.means.second).toBe(d.tables[1].final);
  });

  it('reads a recorded game the same as the game itself, and exports tables, players, report and records', () => {
    const recorded = [11, 12, 13].map((seed) => randomGame(seed, { seats: 4 + (seed % 3) }));
    const games = recorded.map((g, i) => at(i, replay(g.record)));
    expect(games.map((g) => tableResult(g))).toEqual(recorded.map((g, i) => tableResult(at(i, g.state))));
    const d = eventDebrief(games, [{ table: 1, game: 1, questionId: 'samenwerking', text: 'Eerder praten.' }]);
    const out = eventExport(d, games, recorded.map((g, i) => ({ table: i, game: 1, code: games[i].code, record: g.record })));
    // CSV: a row per table, and a row per player; NL with semicolons, EN with commas.
    const nl = parseCsv(tablesCsv(d, 'nl'), ';');
    expect(nl).toHaveLength(1 + 3);
    expect(nl[0].slice(0, 3)).toEqual(['Tafel', 'Spel', 'Code']);
    expect(nl[2][4]).toBe(String(d.tables[1].final));
    const en = parseCsv(out.csv.players.en, ',');
    const seats = games.reduce((n, g) => n + g.state.config.roles.length, 0);
    expect(en).toHaveLength(1 + seats);
    expect(en[0].slice(0, 3)).toEqual(['Table', 'Game', 'Partner']);
    expect(en.some((row) => row.includes('Bot'))).toBe(true);
    expect(playersCsv(games, 'nl').startsWith('\ufeffTafel;Spel;Partner')).toBe(true);
    // Report: the same sentences in both languages.
    expect(out.report.nl).toHaveLength(out.report.en.length);
    expect(out.report.nl[0]).toMatch(/^Tafel 1: \d+ van de \d+ inwoners in beeld/);
    // JSON: the records replay to the tables' games.
    const json = JSON.parse(JSON.stringify(out)) as typeof out;
    expect(json.records.map((r) => replay(r.record).personas)).toEqual(recorded.map((g) => g.state.personas));
    expect(json.debrief.reflections).toEqual([{ table: 1, game: 1, questionId: 'samenwerking', text: 'Eerder praten.' }]);
  });
});
