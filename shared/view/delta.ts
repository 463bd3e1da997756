import { sameValue } from '../model/same';
import type { LogEntry } from '../rules/types';
import type { GameView, LogOverlay, PlayerView, ViewPart } from './types';

// A view as the change since the view sent before it, so what a client receives after a move is
// the size of the move, not of the game so far: the log entries appended since, and the top-level
// fields whose value changed (whole, as they are in the view). A delta is built only from two views
// of the same viewer, so it holds nothing the viewer's own full view would not.
//
// The log grows for one viewer while a game runs (an entry's visibility depends on the entry and the
// viewer's role only), but not when the viewer's role changes (a role swap) or at the end (the whole
// log is revealed): then the delta rebuilds the log from runs of the previous one and the entries it
// lacked (`relog`), so the end of a game is the size of what it reveals, not of the game.

export type ViewFields = Omit<PlayerView, 'log'>;

/** A view, or a part of one (parts.ts): what deltas are made between. */
export type Deltable = GameView | ViewPart;

/** The fields of views and parts that are keyed lists: sent as the keys that changed. */
const KEYED = ['controls', 'acts'] as const;
type Keyed = (typeof KEYED)[number];

export interface ViewDelta {
  /** The version of the view this applies to, counted per connection from its last full view (0). */
  from: number;
  to: number;
  /** Entries appended to the log (of a view or a part), already filtered for this viewer. */
  log: LogItem[];
  /**
   * When the log did not only grow (the end reveals the whole log; a role swap changes which
   * entries one sees): the new log, as runs of the previous one (`start, count`, two numbers) and
   * the entries it did not hold, whole, in order. `log` is empty then.
   */
  relog?: (number | LogItem)[];
  /** Top-level fields that changed, with their new value. */
  set: Partial<ViewFields> & Record<string, unknown>;
  /**
   * List fields (the projects, the partners, the residents) of which only some items changed: the
   * positions and new items, flattened (`[i, item, j, item, …]`), not the whole list again.
   */
  items?: Record<string, unknown[]>;
  /**
   * A player's controls (or the public part's shared actions) that changed: those new or answered
   * differently, and the keys of those gone — not the whole list again.
   */
  controls?: ControlsDelta;
  acts?: ControlsDelta;
}

/** What a log holds: a view's entries, or a seat's own part's entries placed among the public ones. */
type LogItem = LogEntry | LogOverlay;

/** An item of a keyed list: a control (with or without its action) or a shared action. */
interface KeyedItem {
  key: string;
  action?: unknown;
  no?: unknown;
}

export interface ControlsDelta {
  /** Items that are new, or whose action changed, whole. */
  set: KeyedItem[];
  /** Controls whose action stayed and whose answer changed: key, new answer, key, answer, … */
  no?: unknown[];
  /** Keys of items no longer listed. */
  del: string[];
  /**
   * A seat's controls that come back as they were when they went: key, new answer, key, answer, …
   * (0: the answer it went with). The reader kept each control it was told went away (reader.ts);
   * the room knows which it told each connection (dormant.ts).
   */
  back?: unknown[];
}

/**
 * What turns one keyed list into the next, by key, whatever the order of either (a seat's controls
 * come in the engine's order; a client keeps them sorted by key). Lists that hold the same keys in
 * the same places (most changes: an answer or two) are compared in one pass.
 */
function controlsDelta(prev: readonly KeyedItem[], next: readonly KeyedItem[]): ControlsDelta {
  const d: ControlsDelta = { set: [], del: [] };
  // Both lists come in one order (the engine lists options group by group): walk them side by
  // side, stepping over what was added or removed where the keys part, and match the rest by key.
  let i = 0;
  let j = 0;
  while (i < prev.length && j < next.length) {
    // (Most items are the very same control as before: the engine reuses what did not change.)
    if (prev[i] === next[j]) {
      i++;
      j++;
      continue;
    }
    if (prev[i].key === next[j].key) {
      changed(d, prev[i++], next[j++]);
      continue;
    }
    // Items gone here, or new here, or both (a group's controls come and go together: an offer's
    // three, a project's pledges): the nearest place where the keys meet again is looked for.
    const k = rejoin(prev, i, next, j);
    if (k < 0) break;
    const gone = i + (k >> 8);
    const added = j + (k & 0xff);
    while (i < gone) d.del.push(prev[i++].key);
    while (j < added) d.set.push(next[j++]);
  }
  // The rest of one list when the other ran out: all gone, or all new.
  if (j === next.length) {
    while (i < prev.length) d.del.push(prev[i++].key);
    return d;
  }
  if (i === prev.length) {
    while (j < next.length) d.set.push(next[j++]);
    return d;
  }
  const before = new Map<string, KeyedItem>();
  for (let k = i; k < prev.length; k++) before.set(prev[k].key, prev[k]);
  for (let k = j; k < next.length; k++) {
    const b = next[k];
    const a = before.get(b.key);
    if (a === undefined) d.set.push(b);
    else {
      before.delete(b.key);
      changed(d, a, b);
    }
  }
  for (const key of before.keys()) d.del.push(key);
  return d;
}

/** How far apart the places where the keys of two lists meet again are looked for. */
const REJOIN = 24;

/**
 * Where `prev` from `i` and `next` from `j` (whose keys part there) meet again: the fewest items
 * gone (g) and new (n) before `prev[i + g]` is `next[j + n]`, as g * 256 + n; -1 when not within
 * REJOIN items. (Either way the delta is right: an item taken for gone that comes later too is sent
 * as gone and then new, and the reader and applyControlsDelta take what is gone first.)
 */
function rejoin(prev: readonly KeyedItem[], i: number, next: readonly KeyedItem[], j: number): number {
  for (let far = 1; far <= REJOIN; far++) {
    for (let g = 0; g <= far; g++) {
      const n = far - g;
      if (i + g < prev.length && j + n < next.length && prev[i + g].key === next[j + n].key) return g * 256 + n;
    }
  }
  return -1;
}

/** Item `a` become `b`, in `d` (a function of its own, not a closure made on every call). */
function changed(d: ControlsDelta, a: KeyedItem, b: KeyedItem): void {
  if (a === b || sameValue(a, b)) return;
  // Most changes are answers only (a card spent, a need filled): the answer, not the control.
  if (sameValue(a.action, b.action)) (d.no ??= []).push(b.key, b.no);
  else d.set.push(b);
}

/** Where `key` is, or belongs, in a list sorted by key (a client's lists are: reader.ts). */
export function keyPlace(list: readonly { key: string }[], key: string): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].key < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The list after `d`, a list sorted by key (a client keeps its lists so: reader.ts) and sorted
 * after: each item changed found by its key, so a frame costs what it changes, not the list.
 */
function applyControlsDelta(list: readonly KeyedItem[], d: ControlsDelta): KeyedItem[] {
  const out = list.slice();
  for (const key of d.del) {
    const i = keyPlace(out, key);
    if (out[i]?.key === key) out.splice(i, 1);
  }
  for (const c of d.set) {
    const i = keyPlace(out, c.key);
    if (out[i]?.key === c.key) out[i] = c;
    else out.splice(i, 0, c);
  }
  const no = d.no ?? [];
  for (let k = 0; k < no.length; k += 2) {
    const i = keyPlace(out, no[k] as string);
    if (out[i]?.key === no[k]) out[i] = withAnswer(out[i], no[k + 1]);
  }
  return out;
}

/** The control with another answer, its fields in the order the engine builds them. */
export function withAnswer(c: KeyedItem, no: unknown): KeyedItem {
  return c.action === undefined ? { key: c.key, no } : { key: c.key, action: c.action, no };
}

/** How a field changed: not at all, in some items of a list (flattened position/item pairs), or whole. */
type FieldChange = { kind: 'same' } | { kind: 'items'; items: unknown[] } | { kind: 'whole' };
const SAME: FieldChange = { kind: 'same' };
const WHOLE: FieldChange = { kind: 'whole' };

function fieldChange(a: unknown, b: unknown): FieldChange {
  if (a === b) return SAME;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return WHOLE;
  return compare(a, b);
}

function compare(a: object, b: object): FieldChange {
  if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return sameValue(a, b) ? SAME : WHOLE;
  const items: unknown[] = [];
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i] && !sameValue(a[i], b[i])) items.push(i, b[i]);
  if (items.length === 0) return SAME;
  // More than half the list changed (a project carried out shifts the table): the list is shorter.
  return items.length > a.length ? WHOLE : { kind: 'items', items };
}

/**
 * What turns `prev` into `next` (two views, or two parts, of one viewer): null only when they are of
 * different kinds (send the whole thing then). The log's shared prefix is compared by reference
 * first (views share the engine's entries), so this costs what the change costs. An empty delta
 * (`isEmptyDelta`) means no change.
 */
export function viewDelta<V extends Deltable>(prev: V, next: V, from = 0): ViewDelta | null {
  if (prev.kind !== next.kind) return null;
  const a = prev as unknown as Record<string, unknown> & { log: readonly LogItem[] };
  const b = next as unknown as Record<string, unknown> & { log: readonly LogItem[] };
  let grown = b.log.length >= a.log.length;
  for (let i = a.log === b.log ? -1 : a.log.length - 1; grown && i >= 0; i--) if (a.log[i] !== b.log[i] && !sameValue(a.log[i], b.log[i])) grown = false;
  const set: Record<string, unknown> = {};
  let items: Record<string, unknown[]> | undefined;
  const keyed: Partial<Record<Keyed, ControlsDelta>> = {};
  // (for-in, not Object.keys: an array of keys for every view compared, seven per change.)
  for (const key in b) {
    if (key === 'log') continue;
    if ((KEYED as readonly string[]).includes(key) && Array.isArray(a[key]) && Array.isArray(b[key])) {
      if (a[key] === b[key]) continue;
      const c = controlsDelta(a[key] as KeyedItem[], b[key] as KeyedItem[]);
      if (c.set.length > 0 || c.del.length > 0 || c.no) keyed[key as Keyed] = c;
      continue;
    }
    const change = fieldChange(a[key], b[key]);
    if (change.kind === 'same') continue;
    if (change.kind === 'items') (items ??= {})[key] = change.items;
    else set[key] = b[key];
  }
  // A field a view may lack (none today) would be missed by the loop above: keep views total.
  for (const key in a) if (!Object.hasOwn(b, key)) return null;
  const d: ViewDelta = { from, to: from + 1, log: grown ? b.log.slice(a.log.length) : [], set: set as ViewDelta['set'] };
  if (!grown) d.relog = relog(a.log, b.log);
  if (items) d.items = items;
  for (const k of KEYED) if (keyed[k]) d[k] = keyed[k];
  return d;
}

/**
 * `next` as runs of `prev` and new entries. Views share the engine's entries (index.ts; the room's
 * offer ids translate each entry once: server/room/offers.ts), so an entry both logs hold is the
 * same object: matched by reference, in order; anything else travels whole.
 */
function relog(prev: readonly LogItem[], next: readonly LogItem[]): (number | LogItem)[] {
  const at = new Map<LogItem, number>();
  prev.forEach((e, i) => at.set(e, i));
  const out: (number | LogItem)[] = [];
  let last = -2;
  for (const e of next) {
    const i = at.get(e);
    if (i === undefined) {
      out.push(e);
      last = -2;
    } else if (i === last + 1 && typeof out[out.length - 1] === 'number') {
      (out[out.length - 1] as number) += 1;
      last = i;
    } else {
      out.push(i, 1);
      last = i;
    }
  }
  return out;
}

function applyRelog(prev: readonly LogItem[], relog: readonly (number | LogItem)[]): LogItem[] {
  const out: LogItem[] = [];
  for (let k = 0; k < relog.length; k++) {
    const x = relog[k];
    if (typeof x !== 'number') out.push(x);
    else {
      const count = relog[++k] as number;
      for (let i = x; i < x + count; i++) out.push(prev[i]);
    }
  }
  return out;
}

export function isEmptyDelta(d: ViewDelta): boolean {
  return !d.relog && d.log.length === 0 && !hasKeys(d.set) && !d.items && !d.controls && !d.acts;
}

/** Whether `o` has a key of its own (without making a list of them). */
function hasKeys(o: object): boolean {
  for (const k in o) if (Object.hasOwn(o, k)) return true;
  return false;
}

/** The view (or part) after `delta`; `view` itself is left as it was. */
export function applyViewDelta<V extends Deltable>(view: V, delta: ViewDelta): V {
  const v = view as unknown as Record<string, unknown> & { log: LogItem[] };
  const log = delta.relog ? applyRelog(v.log, delta.relog) : delta.log.length > 0 ? v.log.concat(delta.log) : v.log;
  const next: Record<string, unknown> = { ...v, ...delta.set, log };
  for (const [key, items] of Object.entries(delta.items ?? {})) {
    const list = (v[key] as unknown[]).slice();
    for (let i = 0; i < items.length; i += 2) list[items[i] as number] = items[i + 1];
    next[key] = list;
  }
  for (const k of KEYED) if (delta[k] && Array.isArray(next[k])) next[k] = applyControlsDelta(next[k] as KeyedItem[], delta[k]!);
  return next as unknown as V;
}
