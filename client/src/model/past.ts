import type { GameSummary } from '../../../shared/protocol/room';
import { loadHosted } from '../net/session';

// "Eerdere spellen": the host keys this browser kept (one per room it created), the games the server
// lists for them, (the replay is in model/replay.ts, loaded with a report). Pure, apart from reading the storage.

/** One game as GET /api/games lists it. */
export type PastGame = GameSummary;

type Keyed = Pick<Storage, 'length' | 'key' | 'getItem'>;

/**
 * Every stored host key: those of the rooms this browser created (`kot.hosted`, kept when a room's
 * session is forgotten) and of the sessions (`kot.room.<code>` → { code, seatToken, hostKey }).
 */
export function storedHostKeys(store: Keyed | null): string[] {
  const keys: string[] = Object.values(loadHosted(store)).reverse();
  try {
    for (let i = 0; store && i < store.length; i++) {
      const k = store.key(i);
      if (!k?.startsWith('kot.room.')) continue;
      const s = JSON.parse(store.getItem(k) ?? 'null') as { hostKey?: unknown } | null;
      if (typeof s?.hostKey === 'string' && s.hostKey) keys.push(s.hostKey);
    }
  } catch {
    /* storage blocked or a damaged entry: what was read so far */
  }
  return [...new Set(keys)].slice(0, 100);
}

/** The host key kept for one room, if this browser created it. */
export function hostKeyFor(store: Pick<Storage, 'getItem'> | null, code: string): string | null {
  const hosted = loadHosted(store)[code];
  if (hosted) return hosted;
  try {
    const s = JSON.parse(store?.getItem(`kot.room.${code}`) ?? 'null') as { hostKey?: unknown } | null;
    return typeof s?.hostKey === 'string' && s.hostKey ? s.hostKey : null;
  } catch {
    return null;
  }
}
