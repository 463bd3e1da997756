import type { LogEntry } from '../rules/types';
import type { FieldChange, ViewCache } from './cache';
import type { Control, GameView, PlayerView } from './types';

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

export interface ViewDelta {
  /** The version of the view this applies to, counted per connection from its last full view (0). */
  from: number;
  to: number;
  /** Entries appended to the log, already filtered for this viewer. */
  log: LogEntry[];
  /**
   * When the log did not only grow (the end reveals the whole log; a role swap changes which
   * entries one sees): the new log, as runs of the previous one (`start, count`, two numbers) and
   * the entries it did not hold, whole, in order. `log` is empty then.
   */
  relog?: (number | LogEntry)[];
  /** Top-level fields that changed, with their new value. */
  set: Partial<ViewFields>;
  /**
   * List fields (the projects, the partners, the residents) of which only some items changed: the
   * positions and new items, flattened (`[i, item, j, item, …]`), not the whole list again.
   */
  items?: Partial<Record<keyof ViewFields, unknown[]>>;
  /**
   * A player's controls that changed (a need filled, a card spent): the controls new or answered
   * differently, and the keys of those gone — not the whole list again.
   */
  controls?: ControlsDelta;
}

export interface ControlsDelta {
  /** Controls that are new, or whose action changed, whole. */
  set: Control[];
  /** Controls whose action stayed and whose answer changed: key, new answer, key, answer, … */
  no?: (string | Control['no'])[];
  /** Keys of controls no longer shown. */
  del: string[];
}

/** What turns one seat's controls into the next, by key (both lists sorted by key: rules/options.ts). */
function controlsDelta(prev: readonly Control[], next: readonly Control[]): ControlsDelta {
  const d: ControlsDelta = { set: [], del: [] };
  let i = 0;
  let j = 0;
  while (i < prev.length || j < next.length) {
    const a = prev[i];
    const b = next[j];
    if (b === undefined || (a !== undefined && a.key < b.key)) {
      d.del.push(a.key);
      i++;
    } else if (a === undefined || b.key < a.key) {
      d.set.push(b);
      j++;
    } else {
      if (a !== b && !sameValue(a, b)) {
        // Most changes are answers only (a card spent, a need filled): the answer, not the control.
        if (sameValue(a.action, b.action)) (d.no ??= []).push(b.key, b.no);
        else d.set.push(b);
      }
      i++;
      j++;
    }
  }
  return d;
}

function applyControlsDelta(list: readonly Control[], d: ControlsDelta): Control[] {
  const byKey = new Map(list.map((c) => [c.key, c]));
  for (const k of d.del) byKey.delete(k);
  for (const c of d.set) byKey.set(c.key, c);
  for (let i = 0; i < (d.no?.length ?? 0); i += 2) {
    const c = byKey.get(d.no![i] as string);
    if (c) byKey.set(c.key, withAnswer(c, d.no![i + 1] as Control['no']));
  }
  return [...byKey.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** The control with another answer, its fields in the order the engine builds them. */
function withAnswer(c: Control, no: Control['no']): Control {
  return { key: c.key, action: c.action, no };
}

/** Structural equality of JSON-like values (what views are made of). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameValue(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  for (const k of ka) {
    if (!Object.hasOwn(b, k) || !sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k])) return false;
  }
  return true;
}

const SAME: FieldChange = { kind: 'same' };
const WHOLE: FieldChange = { kind: 'whole' };

/**
 * After a change the viewers of a room compare the same pair of public values one after another
 * (views are never changed once built and views of one state share their public values: index.ts),
 * so the pair last compared per field is remembered (in the caller's ViewCache): each public field is
 * compared once, not once per viewer, and its changed items are the same array for every viewer
 * (packed once: server/room/views.ts).
 */
function fieldChange(key: string, a: unknown, b: unknown, lastCompared: ViewCache['lastCompared'] | null): FieldChange {
  if (a === b) return SAME;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return WHOLE;
  if (!lastCompared) return compare(a, b);
  const last = lastCompared.get(key);
  if (last && last.a === a && last.b === b) return last.change;
  const change = compare(a, b);
  if (last) {
    last.a = a;
    last.b = b;
    last.change = change;
  } else lastCompared.set(key, { a, b, change });
  return change;
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
 * What turns `prev` into `next`: null only when they are views of different kinds (send the full view then).
 * The log's shared prefix is compared by reference first (views share the engine's entries), so
 * this costs what the change costs. An empty delta (`log` and `set` both empty) means no change.
 */
export function viewDelta(prev: GameView, next: GameView, from = 0, cache?: ViewCache): ViewDelta | null {
  if (prev.kind !== next.kind) return null;
  let grown = next.log.length >= prev.log.length;
  for (let i = prev.log.length - 1; grown && i >= 0; i--) if (prev.log[i] !== next.log[i] && !sameValue(prev.log[i], next.log[i])) grown = false;
  const set: Record<string, unknown> = {};
  let items: Record<string, unknown[]> | undefined;
  let controls: ControlsDelta | undefined;
  for (const key of Object.keys(next) as (keyof GameView)[]) {
    if (key === 'log') continue;
    if ((key as string) === 'controls' && prev.kind === 'player' && next.kind === 'player') {
      if (prev.controls === next.controls) continue;
      const c = controlsDelta(prev.controls, next.controls);
      if (c.set.length > 0 || c.del.length > 0 || c.no) controls = c;
      continue;
    }
    const change = fieldChange(key, prev[key], next[key], cache?.lastCompared ?? null);
    if (change.kind === 'same') continue;
    if (change.kind === 'items') (items ??= {})[key] = change.items;
    else set[key] = next[key];
  }
  // A field a view may lack (none today) would be missed by the loop above: keep views total.
  for (const key of Object.keys(prev)) if (!Object.hasOwn(next, key)) return null;
  const d: ViewDelta = { from, to: from + 1, log: grown ? next.log.slice(prev.log.length) : [], set: set as Partial<ViewFields> };
  if (!grown) d.relog = relog(prev.log, next.log);
  if (items) d.items = items as ViewDelta['items'];
  if (controls) d.controls = controls;
  return d;
}

/**
 * `next` as runs of `prev` and new entries. Views share the engine's entries (index.ts; the room's
 * offer ids translate each entry once: server/room/offers.ts), so an entry both logs hold is the
 * same object: matched by reference, in order; anything else travels whole.
 */
function relog(prev: readonly LogEntry[], next: readonly LogEntry[]): (number | LogEntry)[] {
  const at = new Map<LogEntry, number>();
  prev.forEach((e, i) => at.set(e, i));
  const out: (number | LogEntry)[] = [];
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

function applyRelog(prev: readonly LogEntry[], relog: readonly (number | LogEntry)[]): LogEntry[] {
  const out: LogEntry[] = [];
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
  return !d.relog && d.log.length === 0 && Object.keys(d.set).length === 0 && !d.items && !d.controls;
}

/** The view after `delta`; `view` itself is left as it was. */
export function applyViewDelta<V extends GameView>(view: V, delta: ViewDelta): V {
  const log = delta.relog ? applyRelog(view.log, delta.relog) : delta.log.length > 0 ? view.log.concat(delta.log) : view.log;
  const next = { ...view, ...delta.set, log } as V;
  for (const [key, items] of Object.entries(delta.items ?? {}) as [keyof V, unknown[]][]) {
    const list = (view[key] as unknown[]).slice();
    for (let i = 0; i < items.length; i += 2) list[items[i] as number] = items[i + 1];
    next[key] = list as V[keyof V];
  }
  if (delta.controls && next.kind === 'player') next.controls = applyControlsDelta(next.controls, delta.controls);
  return next;
}
