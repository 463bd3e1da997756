import { COACH_RULES, type CoachRuleId } from '../coach/types';
import type { History } from './history';
import type { Focus } from './summary';

// The small progress view across solo games: each game's result and interest points, and the coach's
// themes over time — is a habit fading or coming back?

export interface ProgressPoint {
  at: string;
  won: boolean;
  onBoard: number;
  target: number;
  points: number;
  maxPoints: number;
  themes: CoachRuleId[];
  focus: Focus | null;
}

export type Trend = 'less' | 'same' | 'more';

export interface ThemeLine {
  theme: CoachRuleId;
  /** Per game, oldest first: 1 when the coach found the theme in that game. */
  byGame: number[];
  /** The last half of the games against the first half (two games at least). */
  trend: Trend;
}

export interface Progress {
  games: number;
  wins: number;
  /** Share of interest points reached, first half and last half of the games (0–1). */
  pointsShare: { first: number; last: number };
  byGame: ProgressPoint[];
  /** Only themes the coach found at least once. */
  themes: ThemeLine[];
}

const share = (list: { points: number; maxPoints: number }[]): number => {
  const max = list.reduce((n, g) => n + g.maxPoints, 0);
  return max === 0 ? 0 : Math.round((list.reduce((n, g) => n + g.points, 0) / max) * 100) / 100;
};

function halves<T>(list: T[]): [T[], T[]] {
  const mid = Math.floor(list.length / 2);
  return [list.slice(0, mid), list.slice(list.length - mid)];
}

function trendOf(series: number[]): Trend {
  const [first, last] = halves(series);
  if (first.length === 0) return 'same';
  const a = first.reduce((n, x) => n + x, 0);
  const b = last.reduce((n, x) => n + x, 0);
  return b < a ? 'less' : b > a ? 'more' : 'same';
}

export function progressOf(h: History): Progress {
  const games = h.games;
  const [first, last] = halves(games);
  const themes = COACH_RULES.map((theme) => ({ theme, byGame: games.map((g) => (g.themes.includes(theme) ? 1 : 0)) }))
    .filter((t) => t.byGame.some((x) => x > 0))
    .map((t) => ({ ...t, trend: trendOf(t.byGame) }));
  return {
    games: games.length,
    wins: games.filter((g) => g.won).length,
    pointsShare: { first: share(first.length > 0 ? first : games), last: share(last.length > 0 ? last : games) },
    byGame: games.map((g) => ({ at: g.at, won: g.won, onBoard: g.onBoard, target: g.target, points: g.points, maxPoints: g.maxPoints, themes: g.themes.slice(), focus: g.focus })),
    themes,
  };
}
