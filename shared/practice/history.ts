import { z } from 'zod';
import { SummarySchema, type GameSummary } from './summary';

// The history of solo games as the browser keeps it (localStorage, one key). Reading is forgiving:
// a damaged or older entry is left out and counted, the rest is kept; nothing throws.

import { HISTORY_KEY, HISTORY_MAX } from './constants';

export { HISTORY_KEY, HISTORY_MAX };

export interface History {
  v: 1;
  games: GameSummary[];
}

export interface ReadHistory {
  history: History;
  /** Entries that could not be read and were left out (0 for a clean history). */
  skipped: number;
}

const Envelope = z.object({ v: z.literal(1), games: z.array(z.unknown()) });

export const emptyHistory = (): History => ({ v: 1, games: [] });

export function parseHistory(raw: string | null | undefined): ReadHistory {
  if (!raw) return { history: emptyHistory(), skipped: 0 };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { history: emptyHistory(), skipped: 1 };
  }
  const env = Envelope.safeParse(data);
  if (!env.success) return { history: emptyHistory(), skipped: 1 };
  const games: GameSummary[] = [];
  let skipped = 0;
  for (const g of env.data.games) {
    const r = SummarySchema.safeParse(g);
    if (r.success) games.push(r.data);
    else skipped++;
  }
  return { history: { v: 1, games: games.slice(-HISTORY_MAX) }, skipped };
}

export function addGame(h: History, game: GameSummary): History {
  return { v: 1, games: [...h.games, SummarySchema.parse(game)].slice(-HISTORY_MAX) };
}

export const serializeHistory = (h: History): string => JSON.stringify(h);

type Store = Pick<Storage, 'getItem' | 'setItem'>;

/** Read from a Storage (localStorage); blocked storage reads as an empty history. */
export function loadHistory(store: Store | null): ReadHistory {
  try {
    return parseHistory(store?.getItem(HISTORY_KEY));
  } catch {
    return { history: emptyHistory(), skipped: 0 };
  }
}

export function saveHistory(store: Store | null, h: History): boolean {
  try {
    store?.setItem(HISTORY_KEY, serializeHistory(h));
    return !!store;
  } catch {
    return false;
  }
}
