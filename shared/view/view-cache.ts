import { OptionsMemo, StateFacts, type SharedAct, type TableControl } from '../rules/options';
import { TableCache } from './cache';
import type { OwnControl, OwnPart, PublicPart } from './types';

// A room's (or a simulation's) view cache: the table's (cache.ts) and each seat's options and own
// part. The browser's replay of a game (client/src/model/replay.ts) builds projector views with the
// table's cache alone, so its download holds none of the options' code.

export class ViewCache extends TableCache {
  /** The shared actions last listed (parts.ts): the same array while the keys are the same. */
  lastActs: SharedAct[] | null = null;
  /** What the shared actions last listed read (parts.ts). */
  lastActsFrom: readonly unknown[] | null = null;
  /** Shared controls as a seat's own part carries them (their actions are in the public part). */
  private readonly ownOf = new WeakMap<TableControl, OwnControl>();
  /**
   * A control as a seat's own part carries it (parts.ts): a shared action left to the public part,
   * its key and answer here, the same object each time for the same control.
   */
  readonly ownControl = (c: TableControl): OwnControl => {
    if (!this.facts.isShared(c.key, c.action)) return c;
    let own = this.ownOf.get(c);
    if (!own) this.ownOf.set(c, (own = { key: c.key, no: c.no }));
    return own;
  };
  /** The last public part, with what of the state its seats, completed projects, modifiers and partners' row were built from (parts.ts). */
  lastPublic: { from: { config: unknown; seats: unknown; completed: unknown; modifiers: unknown; partners: unknown; shown: number }; part: PublicPart } | null = null;
  /** The own part last built for each seat (parts.ts: kept while nothing in it changed). */
  readonly ownParts = new Map<number, OwnPart>();
  /** What each partner's interests were last worked out from, and each seat's disclosure count then (parts.ts). */
  readonly interestsFrom = new Map<string, readonly unknown[]>();
  readonly shownFrom = new Map<number, { config: unknown; count: number }>();
  /** Each seat's options, group by group (rules/options.ts), for its controls. */
  private readonly seats = new Map<number, OptionsMemo>();
  /** What the seats' options read alike per state, and the actions they share. */
  readonly facts = new StateFacts();

  optionsOf(seat: number): OptionsMemo {
    let memo = this.seats.get(seat);
    if (!memo) this.seats.set(seat, (memo = new OptionsMemo(this.facts)));
    return memo;
  }
}
