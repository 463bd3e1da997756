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
  /** The entries as the last view got them. */
  view?: T[];
}

export type PublicTable = Omit<TableView, 'partners' | 'log'>;

/**
 * A value for the last state asked about, and for no other: a room's viewers, seats and bots all ask
 * of one state in turn, then of the next. (Not a weak map of states: the garbage collector pays for
 * every entry of one, and a state is new after every change.) Asked of another state, it has nothing.
 */
export class LastState<T> {
  private state: GameState | null = null;
  private value: T | undefined;

  get(s: GameState): T | undefined {
    return s === this.state ? this.value : undefined;
  }

  set(s: GameState, value: T): void {
    this.state = s;
    this.value = value;
  }
}


/** What building the table's views (the projector's, the public part) remembers: no seat's options (view-cache.ts). */
export class TableCache {
  /** A trade as those not in it see it, made once per entry: every view of it holds the same object. */
  readonly maskedTrades = new WeakMap<LogEntry, LogEntry>();
  /** Viewers' filtered logs by game (its first entry) and viewer. */
  readonly filteredLogs = new WeakMap<LogEntry, Map<string, FilteredLog>>();
  /** A project's view by game (its config) and project, with the pledges it was built from. */
  readonly projectViews = new WeakMap<GameState['config'], Map<string, { pledges: GameState['pledges'][string]; view: ProjectView }>>();
  /**
   * The last public table built, with the residents, pledges and open projects it was built from: a
   * table built after it keeps its values where those are the same objects (the view deltas then
   * compare them in no time).
   */
  lastTable: {
    config: GameState['config'];
    personas: GameState['personas'];
    pledges: GameState['pledges'];
    table: GameState['projects']['table'];
    built: PublicTable;
  } | null = null;
  /** What every viewer of a state sees alike, built once per state (the last one). */
  readonly publicTables = new LastState<PublicTable>();
  /** The partners as a viewer nothing was shown to in private sees them, once per state (the last one). */
  readonly publicPartners = new LastState<PartnerView[]>();
  /** What a seat sees of the log besides the public log, by game (its first entry) and viewer (log.ts). */
  readonly ownLogs = new WeakMap<LogEntry, Map<string, FilteredLog<LogOverlay> & { pub: number }>>();
  /** The public part of the last state's views (parts.ts). */
  readonly publicParts = new LastState<PublicPart>();
}
