import type { RoleId } from '../model/ids';
import type { LogEntry } from '../rules/types';
import type { FilteredLog, TableCache } from './cache';
import type { LogOverlay } from './types';

// What each viewer sees of a game's log: the public log (the projector's: what every viewer sees),
// and for a seat what it sees differently from it (its own offers, its trades in full, what was
// shown to it, its guesses), placed by how many public entries come before each.

/**
 * A trade as those not in it see it, made once per entry: every view of it holds the same object,
 * so a view's log is the previous one's plus new entries, comparable by reference (delta.ts).
 */
function maskedTrade(e: Extract<LogEntry, { t: 'trade' }>, cache: TableCache): LogEntry {
  let m = cache.maskedTrades.get(e);
  if (!m) cache.maskedTrades.set(e, (m = { ...e, offerId: '', give: {}, get: {} }));
  return m;
}

/** Can this viewer (a role, or null for the projector) see this log entry, and in what form? */
export function visibleEntry(e: LogEntry, viewer: RoleId | null, seat: number | null, cache: TableCache): LogEntry | null {
  switch (e.t) {
    case 'offer':
      return e.offer.from === viewer || e.offer.to === viewer ? e : null;
    case 'offerClosed':
      return e.from === viewer || e.to === viewer ? e : null;
    case 'trade':
      // Everyone sees that two partners traded; only the two see what.
      return e.from === viewer || e.to === viewer ? e : maskedTrade(e, cache);
    case 'disclose':
      return e.to === 'all' || e.role === viewer || e.to === viewer ? e : null;
    case 'guess':
      return seat !== null && e.seat === seat ? e : null;
    default:
      return e;
  }
}

/**
 * A viewer's running log: what it made of the entries up to `covered`, built on from the last change.
 * The engine only appends entries, and never changes one, while a game runs (rules/phases.ts `log`,
 * rules/clone.ts), so after a change only the new entries are read (`add`), not the whole log once per
 * viewer. An earlier state of the game, or another branch of it (tests build those), starts afresh.
 */
function followLog<T, K extends FilteredLog<T>>(byGame: WeakMap<LogEntry, Map<string, K>>, log: readonly LogEntry[], key: string, fresh: () => K, add: (e: LogEntry, known: K) => void): T[] {
  if (log.length === 0) return [];
  let byViewer = byGame.get(log[0]);
  if (!byViewer) byGame.set(log[0], (byViewer = new Map()));
  let known = byViewer.get(key);
  if (!known || log.length < known.covered || (known.last !== null && log[known.covered - 1] !== known.last)) {
    byViewer.set(key, (known = fresh()));
  }
  for (let i = known.covered; i < log.length; i++) add(log[i], known);
  known.covered = log.length;
  known.last = log[log.length - 1];
  // Views are never changed once built (delta.ts): a copy when entries came, else the last one (entries are only appended).
  if (known.view?.length !== known.entries.length) known.view = known.entries.slice();
  return known.view;
}

/** What a viewer (a role, or null for the projector) sees of a game's log, filtered on from the last change. */
export function filteredLog(log: readonly LogEntry[], viewer: RoleId | null, seat: number | null, cache: TableCache): LogEntry[] {
  return followLog(cache.filteredLogs, log, `${seat}:${viewer}`, () => ({ covered: 0, last: null, entries: [] }), (entry, known) => {
    const e = visibleEntry(entry, viewer, seat, cache);
    if (e) known.entries.push(e);
  });
}

/**
 * What a seat sees of the log besides the public log (the projector's), in the log's order: each
 * entry hidden from the public placed before the public entry `at`, and each entry it sees in full
 * where the public sees it masked (a trade of its own) in place of public entry `at` (`swap`). With
 * the public log, this is exactly the seat's filtered log (parts.ts `composeView`). Built on from the
 * last change's, as the filtered logs are; the items are the same objects from change to change.
 */
export function ownLog(log: readonly LogEntry[], viewer: RoleId, seat: number, cache: TableCache): LogOverlay[] {
  return followLog(cache.ownLogs, log, `${seat}:${viewer}`, () => ({ covered: 0, last: null, entries: [], pub: 0 }), (e, known) => {
    const seen = visibleEntry(e, viewer, seat, cache);
    const pub = visibleEntry(e, null, null, cache);
    if (pub) {
      if (seen && seen !== pub) known.entries.push({ at: known.pub, e: seen, swap: true });
      known.pub++;
    } else if (seen) known.entries.push({ at: known.pub, e: seen });
  });
}
