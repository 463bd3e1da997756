import type { GameState, LogEntry } from '../rules/types';
import type { LogOverlay, PartnerView, ProjectView, PublicPart, TableView } from './types';

// What building and comparing views remembers between changes, owned by whoever builds them (a
// room, a simulation): never a module's, so two rooms or two games in one process never share one.
// Everything in it is keyed by objects of the engine's states, which are never changed once made
// (the reducer copies what it changes: rules/clone.ts; the property tests run on frozen states).

/** What one viewer saw of a game's log so far: the entries filtered, and how much of the log that covers. */
export interface FilteredLog<T = LogEntry> {
  covered: number;
  /** The engine's entry at `covered - 1`: a log holding it there is this log grown (entries are never reused). */
  last: LogEntry | null;
  entries: T[];
}

export type PublicTable = Omit<TableView, 'partners' | 'log'>;


/** What building the table's views (the projector's, the public part) remembers: no seat's options (view-cache.ts). */
export class TableCache {
  /** A trade as those not in it see it, made once per entry: every view of it holds the same object. */
  readonly maskedTrades = new WeakMap<LogEntry, LogEntry>();
  /** Viewers' filtered logs by game (its first entry) and viewer. */
  readonly filteredLogs = new WeakMap<LogEntry, Map<string, FilteredLog>>();
  /** A project's view by game (its config) and project, with the pledges it was built from. */
  readonly projectViews = new WeakMap<GameState['config'], Map<string, { pledges: GameState['pledges'][string]; view: ProjectView }>>();
  /** What every viewer of a state sees alike, built once per state. */
  readonly publicTables = new WeakMap<GameState, PublicTable>();
  /** The partners as a viewer nothing was shown to in private sees them, once per state. */
  readonly publicPartners = new WeakMap<GameState, PartnerView[]>();
  /** What a seat sees of the log besides the public log, by game (its first entry) and viewer (log.ts). */
  readonly ownLogs = new WeakMap<LogEntry, Map<string, FilteredLog<LogOverlay> & { pub: number }>>();
  /** The public part of each state's views (parts.ts). */
  readonly publicParts = new WeakMap<GameState, PublicPart>();
}
