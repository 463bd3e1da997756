import type { RoleId, Text } from '../../model/ids';
import type { GameState } from '../../rules/types';
import { debriefOf } from '../index';
import type { Debrief, NetworkSnapshot, OnBoardPoint } from '../types';

// The debrief of a training day, across its tables, drawn from the records by rules like the
// single table's: every table's result and residents-on-board curve, its network, what the tables
// that kept most residents did differently (with the lesson each difference points to), the two
// games compared when the tables played again with the cards on the table, and everyone's
// reflections. Plain data in both languages; the screens draw it.

export interface EventTableGame {
  /** The table's number in the event (0-based) and its room code. */
  index: number;
  code: string;
  /** 1: the first game; 2: the second, with the cards on the table. */
  game: 1 | 2;
  state: GameState;
  /** The seat's player name ('' for a bot's seat: it shows as "Bot"). */
  names: string[];
}

export interface EventReflection {
  table: number;
  game: 1 | 2;
  questionId: string;
  text: string;
  /** Absent when the table answered anonymously. */
  author?: string;
}

export interface TableResult {
  index: number;
  code: string;
  game: 1 | 2;
  roles: RoleId[];
  names: string[];
  target: number;
  final: number;
  won: boolean;
  curve: OnBoardPoint[];
  projects: number;
  /** When interests went on the table: the round of the first disclosure to all (null: never). */
  firstOpenRound: number | null;
  /** Share (0–1) of the dealt interests put on the table for all by the end of round 2. */
  openEarly: number;
  /** Projects carried out with the gemeente among the partners. */
  gemeenteProjects: number;
  /** Residents held on to after being reached: a warm handover (a card or a follow-up project). */
  handovers: number;
  /** Pairs of partners who traded, gave or carried out a project together, of all pairs (0–1). */
  density: number;
  network: NetworkSnapshot;
  /** The single-table debrief's lessons for this table, strongest first. */
  lessons: string[];
}

export type Measure = 'openEarly' | 'gemeenteProjects' | 'handovers' | 'density';

export interface Difference {
  measure: Measure;
  lessonId: string;
  /** Mean over the tables that kept most residents, and over the others. */
  top: number;
  rest: number;
  /** The top tables did more of it (true) or less. */
  more: boolean;
  text: Text;
}

export interface GameComparison {
  index: number;
  first: number;
  second: number;
  target: number;
  /** Residents on board in the second game minus the first. */
  delta: number;
}

export interface EventDebrief {
  tables: TableResult[];
  /** Tables that kept most residents (first game): the upper half by residents on board. */
  topTables: number[];
  differences: Difference[];
  /** Per table, when a second game was played. */
  comparison: GameComparison[];
  /** Mean residents on board per game across tables. */
  means: { first: number; second: number | null };
  reflections: EventReflection[];
}

const MEASURES: { measure: Measure; lessonId: string; min: number; text: (top: string, rest: string, more: boolean) => Text }[] = [
  {
    measure: 'openEarly',
    lessonId: 'l-vertrouwen',
    min: 0.1,
    text: (t, r, more) => ({
      nl: `De tafels die de meeste inwoners hielden, legden hun belangen ${more ? 'eerder' : 'later'} op tafel: ${t} tegen ${r} van de belangen in de eerste twee rondes.`,
      en: `The tables that kept most residents put their interests on the table ${more ? 'earlier' : 'later'}: ${t} against ${r} of the interests in the first two rounds.`,
    }),
  },
  {
    measure: 'gemeenteProjects',
    lessonId: 'l-politiek',
    min: 0.5,
    text: (t, r, more) => ({
      nl: `Bij de tafels die de meeste inwoners hielden, deed de gemeente ${more ? 'vaker' : 'minder vaak'} mee aan projecten: ${t} tegen ${r} projecten per tafel.`,
      en: `At the tables that kept most residents, the municipality joined projects ${more ? 'more' : 'less'} often: ${t} against ${r} projects per table.`,
    }),
  },
  {
    measure: 'handovers',
    lessonId: 'l-hou-vast',
    min: 0.5,
    text: (t, r, more) => ({
      nl: `De tafels die de meeste inwoners hielden, zorgden ${more ? 'vaker' : 'minder vaak'} voor een warme overdracht: ${t} tegen ${r} inwoners vastgehouden per tafel.`,
      en: `The tables that kept most residents ${more ? 'more' : 'less'} often made a warm handover: ${t} against ${r} residents held per table.`,
    }),
  },
  {
    measure: 'density',
    lessonId: 'l-bouw-netwerk',
    min: 0.1,
    text: (t, r, more) => ({
      nl: `Aan de tafels die de meeste inwoners hielden, werkten ${more ? 'meer' : 'minder'} partners met elkaar samen: ${t} tegen ${r} van alle paren.`,
      en: `At the tables that kept most residents, ${more ? 'more' : 'fewer'} partners worked with each other: ${t} against ${r} of all pairs.`,
    }),
  },
];

export function tableResult(t: EventTableGame, d: Debrief = debriefOf(t.state)): TableResult {
  const s = t.state;
  const dealt = s.config.roles.reduce((n, r) => n + s.partners[r]!.interests.length, 0);
  const toAll = s.log.filter((e) => e.t === 'disclose' && e.to === 'all') as { round: number }[];
  const firstOpenRound = toAll.length ? Math.max(1, Math.min(...toAll.map((e) => e.round))) : null;
  const openKeys = new Set(s.log.flatMap((e) => (e.t === 'disclose' && e.to === 'all' && e.round <= 2 ? [`${e.role}/${e.interestId}`] : [])));
  const n = s.config.roles.length;
  return {
    index: t.index,
    code: t.code,
    game: t.game,
    roles: s.config.roles.slice(),
    names: t.names.slice(),
    target: d.personas.chart.target,
    final: d.personas.chart.final,
    won: d.won,
    curve: d.personas.chart.byRound,
    projects: s.projects.completed.length,
    firstOpenRound,
    openEarly: dealt ? openKeys.size / dealt : 0,
    gemeenteProjects: s.log.filter((e) => e.t === 'completed' && e.partners.includes('gemeente')).length,
    handovers: d.personas.journeys.filter((j) => j.heldBy !== null).length,
    density: n > 1 ? d.network.end.edges.filter((e) => e.weight > 0).length / ((n * (n - 1)) / 2) : 0,
    network: d.network.end,
    lessons: d.lessons.shown.map((f) => f.lessonId),
  };
}

const mean = (xs: number[]): number => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
/** Residents on board as a share of the target: tables of different sizes compare fairly. */
const score = (t: TableResult): number => (t.target ? t.final / t.target : 0);
const pct = (x: number): string => `${Math.round(x * 100)}%`;
const num = (x: number): string => (Math.round(x * 10) / 10).toString();

/** What the tables that kept most residents did differently: a measure shows when the two groups differ by at least its minimum. */
export function differencesOf(tables: TableResult[]): { top: number[]; differences: Difference[] } {
  if (tables.length < 2) return { top: tables.map((t) => t.index), differences: [] };
  const ranked = tables.slice().sort((a, b) => score(b) - score(a) || a.index - b.index);
  const cut = Math.floor(tables.length / 2);
  // Tables level with the last of the upper half are not "better": the cut moves up past ties.
  let k = cut;
  while (k > 0 && score(ranked[k - 1]) === score(ranked[cut])) k--;
  if (k === 0) return { top: [], differences: [] };
  const top = ranked.slice(0, k);
  const rest = ranked.slice(k);
  const differences: Difference[] = [];
  for (const m of MEASURES) {
    const a = mean(top.map((t) => t[m.measure]));
    const b = mean(rest.map((t) => t[m.measure]));
    if (Math.abs(a - b) < m.min) continue;
    const show = m.measure === 'openEarly' || m.measure === 'density' ? pct : num;
    differences.push({ measure: m.measure, lessonId: m.lessonId, top: a, rest: b, more: a > b, text: m.text(show(a), show(b), a > b) });
  }
  return { top: top.map((t) => t.index), differences };
}

export function eventDebrief(games: EventTableGame[], reflections: EventReflection[] = []): EventDebrief {
  const results = games.map((g) => tableResult(g)).sort((a, b) => a.game - b.game || a.index - b.index);
  const first = results.filter((t) => t.game === 1);
  const second = results.filter((t) => t.game === 2);
  const { top, differences } = differencesOf(first);
  const comparison = second.flatMap((b) => {
    const a = first.find((t) => t.index === b.index);
    return a ? [{ index: b.index, first: a.final, second: b.final, target: b.target, delta: b.final - a.final }] : [];
  });
  return {
    tables: results,
    topTables: top,
    differences,
    comparison,
    means: { first: mean(first.map((t) => t.final)), second: second.length ? mean(second.map((t) => t.final)) : null },
    reflections: reflections.slice().sort((a, b) => a.game - b.game || a.table - b.table),
  };
}
