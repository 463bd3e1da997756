import { COACH_RULES, type CoachRuleId } from '../../../shared/coach/types';
import { ROLES } from '../../../shared/model/ids';
import { HISTORY_KEY, HISTORY_MAX } from '../../../shared/practice/constants';
import { FOCUSES, type Focus } from '../../../shared/practice/summarize';
import type { GameSummary } from '../../../shared/practice/summary';
import type { History } from '../../../shared/practice/history';

// The solo history as the browser keeps it (localStorage `kot.solo.history`, the same shape as
// shared/practice/history.ts writes), read and written without zod so the download stays small:
// a damaged entry is left out and counted, blocked storage reads as empty, nothing throws.

type Store = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export interface ReadHistory {
  history: History;
  skipped: number;
}

const COUNTS = ['onBoard', 'target', 'points', 'maxPoints', 'interests', 'shown', 'holds', 'dropped', 'projects', 'stranded', 'offers', 'taken'] as const;
const isInt = (x: unknown, min: number, max: number): boolean => Number.isInteger(x) && (x as number) >= min && (x as number) <= max;
const KEYS = new Set(['v', 'at', 'role', 'seats', 'rounds', 'won', 'themes', 'focus', ...COUNTS]);

/** The summary's shape, checked field by field (as SummarySchema does). */
export function isSummary(x: unknown): x is GameSummary {
  if (!x || typeof x !== 'object') return false;
  const g = x as Record<string, unknown>;
  if (Object.keys(g).some((k) => !KEYS.has(k))) return false;
  return (
    g.v === 1 &&
    typeof g.at === 'string' && g.at.length >= 10 && g.at.length <= 40 &&
    (ROLES as readonly unknown[]).includes(g.role) &&
    isInt(g.seats, 3, 8) && isInt(g.rounds, 1, 8) && typeof g.won === 'boolean' &&
    COUNTS.every((k) => isInt(g[k], 0, 1000)) &&
    Array.isArray(g.themes) && g.themes.length <= COACH_RULES.length && g.themes.every((t) => (COACH_RULES as readonly unknown[]).includes(t)) &&
    (g.focus === null || (FOCUSES as readonly unknown[]).includes(g.focus))
  );
}

export function readHistory(store: Pick<Storage, 'getItem'> | null): ReadHistory {
  const empty = (skipped: number): ReadHistory => ({ history: { v: 1, games: [] }, skipped });
  let data: unknown;
  try {
    const raw = store?.getItem(HISTORY_KEY);
    if (!raw) return empty(0);
    data = JSON.parse(raw);
  } catch {
    return empty(store ? 1 : 0);
  }
  const env = data as { v?: unknown; games?: unknown };
  if (!env || env.v !== 1 || !Array.isArray(env.games)) return empty(1);
  const games = env.games.filter(isSummary);
  return { history: { v: 1, games: games.slice(-HISTORY_MAX) }, skipped: env.games.length - games.length };
}

/** Add a finished game once (a game is known by when it ended and the role played). */
export function rememberGame(store: Store | null, game: GameSummary): boolean {
  const { history } = readHistory(store);
  if (history.games.some((g) => g.at === game.at && g.role === game.role)) return false;
  try {
    store?.setItem(HISTORY_KEY, JSON.stringify({ v: 1, games: [...history.games, game].slice(-HISTORY_MAX) }));
    return !!store;
  } catch {
    return false;
  }
}

/** The dictionary key of a coach theme ('let-go' → theme_letGo). */
export function themeKey(theme: CoachRuleId): `theme_${string}` {
  return `theme_${theme.replace(/-(\w)/g, (_, c: string) => c.toUpperCase())}`;
}
