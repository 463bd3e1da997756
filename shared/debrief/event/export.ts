import { cardsFor, cardsOf, lessonCard } from '../../content';
import type { Locale, Text } from '../../model/ids';
import type { GameRecord } from '../../rules/types';
import { CSV_SEPARATOR, PLAYER_COLUMNS } from '../csv';
import { debriefOf } from '../index';
import type { EventDebrief, EventTableGame, TableResult } from './compare';

// One export for the whole training day: the report (NL and EN), a CSV with a row per table and
// one with a row per player (Dutch with semicolons, English with commas, BOM and CRLF, like the
// single table's CSV), and the JSON records of every table's games.

function cell(value: string | number, sep: string): string {
  const text = String(value);
  return text.includes(sep) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function csv(rows: (string | number)[][], locale: Locale): string {
  const sep = CSV_SEPARATOR[locale];
  return '\ufeff' + rows.map((r) => r.map((c) => cell(c, sep)).join(sep)).join('\r\n') + '\r\n';
}

const yes = (b: boolean, l: Locale): string => (l === 'nl' ? (b ? 'ja' : 'nee') : b ? 'yes' : 'no');
const share = (x: number): number => Math.round(x * 100);

type TableColumn = [Text, (t: TableResult, l: Locale) => string | number];

export const TABLE_COLUMNS: readonly TableColumn[] = [
  [{ nl: 'Tafel', en: 'Table' }, (t) => t.index + 1],
  [{ nl: 'Spel', en: 'Game' }, (t, l) => (t.game === 1 ? (l === 'nl' ? 'eerste' : 'first') : l === 'nl' ? 'kaarten op tafel' : 'cards on the table')],
  [{ nl: 'Code', en: 'Code' }, (t) => t.code],
  [{ nl: 'Plekken', en: 'Seats' }, (t) => t.roles.length],
  [{ nl: 'Inwoners in beeld', en: 'Residents on board' }, (t) => t.final],
  [{ nl: 'Doel', en: 'Target' }, (t) => t.target],
  [{ nl: 'Gehaald', en: 'Reached' }, (t, l) => yes(t.won, l)],
  [{ nl: 'Per ronde', en: 'By round' }, (t) => t.curve.map((p) => p.onBoard).join(' / ')],
  [{ nl: 'Projecten', en: 'Projects' }, (t) => t.projects],
  [{ nl: 'Eerste belang op tafel (ronde)', en: 'First interest on the table (round)' }, (t) => t.firstOpenRound ?? ''],
  [{ nl: 'Belangen op tafel in ronde 1-2 (%)', en: 'Interests on the table in rounds 1-2 (%)' }, (t) => share(t.openEarly)],
  [{ nl: 'Projecten met de gemeente', en: 'Projects with the municipality' }, (t) => t.gemeenteProjects],
  [{ nl: 'Warme overdrachten', en: 'Warm handovers' }, (t) => t.handovers],
  [{ nl: 'Samenwerkende paren (%)', en: 'Pairs working together (%)' }, (t) => share(t.density)],
];

export function tablesCsv(d: EventDebrief, locale: Locale): string {
  return csv([TABLE_COLUMNS.map(([h]) => h[locale]), ...d.tables.map((t) => TABLE_COLUMNS.map(([, v]) => v(t, locale)))], locale);
}

/** A row per player (per partner of every table and game): the single table's columns, after the table and game. */
export function playersCsv(games: EventTableGame[], locale: Locale): string {
  const head = [locale === 'nl' ? 'Tafel' : 'Table', locale === 'nl' ? 'Spel' : 'Game', ...PLAYER_COLUMNS.map(([h]) => h[locale])];
  const rows: (string | number)[][] = [head];
  for (const g of games.slice().sort((a, b) => a.game - b.game || a.index - b.index)) {
    const seatName = (seat: number): string => g.names[seat] || 'Bot';
    for (const p of debriefOf(g.state).players) rows.push([g.index + 1, g.game, ...PLAYER_COLUMNS.map(([, v]) => v(p, { locale, seatName, cards: cardsOf(g.state) }))]);
  }
  return csv(rows, locale);
}

/** The report's sentences, in both languages: results, differences with their lessons, the two games. Names from each table's own edition (`games`). */
export function eventReport(d: EventDebrief, games: readonly EventTableGame[] = []): { nl: string[]; en: string[] } {
  const out: { nl: string[]; en: string[] } = { nl: [], en: [] };
  const say = (t: Text): void => {
    out.nl.push(t.nl);
    out.en.push(t.en);
  };
  for (const t of d.tables.filter((x) => x.game === 1)) {
    const played = games.find((g) => g.index === t.index && g.game === t.game);
    const roleCard = (played ? cardsOf(played.state) : cardsFor(null)).roleCard;
    say({
      nl: `Tafel ${t.index + 1}: ${t.final} van de ${t.target} inwoners in beeld, ${t.projects} projecten (${t.roles.map((r) => roleCard(r).name.nl).join(', ')}).`,
      en: `Table ${t.index + 1}: ${t.final} of the ${t.target} residents on board, ${t.projects} projects (${t.roles.map((r) => roleCard(r).name.en).join(', ')}).`,
    });
  }
  for (const diff of d.differences) {
    const lesson = lessonCard(diff.lessonId);
    say({ nl: `${diff.text.nl} Les: ${lesson.heading.nl}.`, en: `${diff.text.en} Lesson: ${lesson.heading.en}.` });
  }
  for (const c of d.comparison) {
    say({
      nl: `Tafel ${c.index + 1} met de kaarten op tafel: ${c.second} inwoners in beeld (eerste spel ${c.first}).`,
      en: `Table ${c.index + 1} with the cards on the table: ${c.second} residents on board (first game ${c.first}).`,
    });
  }
  return out;
}

export interface EventExport {
  report: { nl: string[]; en: string[] };
  debrief: EventDebrief;
  csv: { tables: Record<Locale, string>; players: Record<Locale, string> };
  records: { table: number; game: 1 | 2; code: string; record: GameRecord }[];
}

export function eventExport(d: EventDebrief, games: EventTableGame[], records: EventExport['records']): EventExport {
  return {
    report: eventReport(d, games),
    debrief: d,
    csv: {
      tables: { nl: tablesCsv(d, 'nl'), en: tablesCsv(d, 'en') },
      players: { nl: playersCsv(games, 'nl'), en: playersCsv(games, 'en') },
    },
    records,
  };
}
