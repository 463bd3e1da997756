// What a browser keeps to return to its seat after a reload or a lost connection: per room code,
// the seat token and (for the room's creator) the host key. Also the player's last name.

export interface Session {
  code: string;
  seatToken: string | null;
  hostKey: string | null;
}

type Store = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const key = (code: string) => `kot.room.${code}`;
const NAME_KEY = 'kot.name';
const LAST_KEY = 'kot.last';
/** Host keys of the rooms this browser created, kept after their sessions are forgotten ("Eerdere spellen"). */
export const HOSTED_KEY = 'kot.hosted';
const HOSTED_MAX = 100;

function read(store: Store | null, k: string): string | null {
  try {
    return store?.getItem(k) ?? null;
  } catch {
    return null;
  }
}

function write(store: Store | null, k: string, v: string | null): void {
  try {
    if (v === null) store?.removeItem(k);
    else store?.setItem(k, v);
  } catch {
    /* storage full or blocked: the session lasts for this page only */
  }
}

export function loadSession(store: Store | null, code: string): Session | null {
  const raw = read(store, key(code));
  if (!raw) return null;
  try {
    const s = JSON.parse(raw) as Partial<Session>;
    if (s.code !== code) return null;
    return { code, seatToken: s.seatToken ?? null, hostKey: s.hostKey ?? null };
  } catch {
    return null;
  }
}

/** Keeps what the server gave; a null from the server never wipes a stored token. */
export function saveSession(store: Store | null, next: Session): Session {
  const prev = loadSession(store, next.code);
  const merged: Session = {
    code: next.code,
    seatToken: next.seatToken ?? prev?.seatToken ?? null,
    hostKey: next.hostKey ?? prev?.hostKey ?? null,
  };
  write(store, key(next.code), JSON.stringify(merged));
  write(store, LAST_KEY, next.code);
  if (merged.hostKey) rememberHosted(store, next.code, merged.hostKey);
  return merged;
}

/** The rooms this browser created, newest last: { code: hostKey }. */
export function loadHosted(store: Pick<Storage, 'getItem'> | null): Record<string, string> {
  try {
    const v = JSON.parse(store?.getItem(HOSTED_KEY) ?? '{}') as unknown;
    if (!v || typeof v !== 'object' || Array.isArray(v)) return {};
    return Object.fromEntries(Object.entries(v).filter((e): e is [string, string] => typeof e[1] === 'string' && e[1] !== ''));
  } catch {
    return {};
  }
}

function rememberHosted(store: Store | null, code: string, hostKey: string): void {
  const hosted = loadHosted(store);
  if (hosted[code] === hostKey) return;
  delete hosted[code];
  const entries = [...Object.entries(hosted), [code, hostKey]].slice(-HOSTED_MAX);
  write(store, HOSTED_KEY, JSON.stringify(Object.fromEntries(entries)));
}

export function forgetSession(store: Store | null, code: string): void {
  write(store, key(code), null);
  if (read(store, LAST_KEY) === code) write(store, LAST_KEY, null);
}

export const lastCode = (store: Store | null): string | null => read(store, LAST_KEY);
export const loadName = (store: Store | null): string => read(store, NAME_KEY) ?? '';
export const saveName = (store: Store | null, name: string): void => write(store, NAME_KEY, name);
