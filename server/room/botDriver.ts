import type { BotChoice, BotInput, Personality } from '../../shared/bots/types';
import { allowedActions, closedIn, options } from '../../shared/rules';
import type { GameState } from '../../shared/rules/types';
import { playerView, ViewCache } from '../../shared/view';
import type { Scheduler } from './timer';

// Paces the bots of one room like people. Every bot seat has its own clock: it acts at most once
// per tick, ticks are `pace.min`–`pace.max` ms apart (jittered per bot), two bots never act within
// `gap` ms of each other, and an offer to a bot is answered `pace.min`–`pace.max` ms after it came.
// A bot decides from its own seat's view and legal moves only; its move goes through the table
// like a player's. Bots never hold anything up: the host or the phase clock advances as usual.

export type Decide = (input: BotInput) => BotChoice | null;

/** What the driver needs from the room. */
export interface BotTable {
  /** The game while it is being played (not in the lobby, not ended); null otherwise. */
  state(): GameState | null;
  /** Bots may move now: the game runs, is not paused, and someone is there to see it. */
  mayAct(): boolean;
  botSeats(): { seat: number; personality: Personality }[];
  /**
   * Applies the move like a player's; false when it was refused (the room logs why). A promise
   * when the move waits for its commit: the bot does not decide again until it settled.
   */
  play(seat: number, choice: BotChoice): boolean | Promise<boolean>;
}

export interface BotDriverDeps {
  scheduler: Scheduler;
  now: () => number;
  pace: { min: number; max: number };
  decide: Decide;
  /** [0, 1): only the jitter; decisions are seeded from the game. */
  random?: () => number;
  /** A decision that threw (a bug in a bot): the bot waits for the next change. */
  onError?: (seat: number, error: unknown) => void;
}

interface Slot {
  handle: { clear(): void } | null;
  /** When the scheduled tick fires (scheduler time). */
  at: number;
  /** Inside its own tick (its move is being applied). */
  running: boolean;
  /** The state on which the bot had nothing (more) to do: it waits until the state changes. */
  idleOn: GameState | null;
  /** Offers to this bot already seen, so a new one gets its answer on time. */
  known: Set<string>;
  /** Its last move is still being applied (committed). */
  pending?: boolean;
}

export class BotDriver {
  private readonly slots = new Map<number, Slot>();
  private lastActAt = Number.NEGATIVE_INFINITY;
  /** Minimum time between two bots' moves: 100 ms at the default pace (less for fast test paces). */
  readonly gap: number;
  private readonly random: () => number;
  /** What the bots' views remember between changes (this room's own). */
  private readonly views = new ViewCache();

  constructor(
    private readonly table: BotTable,
    private readonly deps: BotDriverDeps,
  ) {
    this.gap = Math.min(100, Math.floor(deps.pace.min / 2));
    this.random = deps.random ?? Math.random;
  }

  /** After every change of the room: start or stop bot clocks, and time answers to new offers. */
  sync(): void {
    const state = this.table.state();
    const bots = state ? this.table.botSeats() : [];
    for (const [seat, slot] of this.slots) {
      if (!bots.some((b) => b.seat === seat)) this.drop(seat, slot);
    }
    if (!state) return;
    const { min, max } = this.deps.pace;
    for (const { seat } of bots) {
      const incoming = new Set(state.offers.filter((o) => o.to === state.seats[seat]).map((o) => o.id));
      let slot = this.slots.get(seat);
      if (!slot) {
        slot = { handle: null, at: 0, running: false, idleOn: null, known: incoming };
        this.slots.set(seat, slot);
        this.schedule(seat, slot, min, max);
        continue;
      }
      const fresh = [...incoming].some((id) => !slot.known.has(id));
      slot.known = incoming;
      if (slot.running) continue;
      const due = slot.at - this.deps.now();
      // A new offer: the answer comes min–max after it (the next tick, unless that is too early).
      if (fresh && slot.handle && (due < min || due > max - this.gap)) this.schedule(seat, slot, min, Math.max(min, max - this.gap));
      else if (!slot.handle) this.schedule(seat, slot, min, max);
    }
  }

  stop(): void {
    for (const [seat, slot] of this.slots) this.drop(seat, slot);
  }

  /** Every bot had nothing (more) to do in the current state (for tests and logs). */
  get idle(): boolean {
    const state = this.table.state();
    return [...this.slots.values()].every((s) => s.idleOn === state);
  }

  /** Scheduled bot seats (for tests and logs). */
  get seats(): number[] {
    return [...this.slots.keys()];
  }

  private drop(seat: number, slot: Slot): void {
    slot.handle?.clear();
    slot.handle = null;
    this.slots.delete(seat);
  }

  private schedule(seat: number, slot: Slot, lo: number, hi: number): void {
    slot.handle?.clear();
    const now = this.deps.now();
    slot.at = this.pickTime(seat, now + lo, now + hi);
    this.arm(seat, slot, slot.at - now);
  }

  private arm(seat: number, slot: Slot, delay: number): void {
    slot.handle = this.deps.scheduler.setTimeout(() => this.tick(seat), Math.max(0, delay));
  }

  /** A moment in [from, to] at least `gap` away from every other bot's next tick, when there is one. */
  private pickTime(seat: number, from: number, to: number): number {
    const others = [...this.slots].filter(([s, o]) => s !== seat && o.handle).map(([, o]) => o.at);
    others.push(this.lastActAt);
    const free = (t: number): boolean => others.every((o) => Math.abs(t - o) >= this.gap);
    let t = from + Math.round(this.random() * (to - from));
    for (let i = 0; i < 12 && !free(t); i++) t = from + Math.round(this.random() * (to - from));
    return t;
  }

  private tick(seat: number): void {
    const slot = this.slots.get(seat);
    if (!slot) return;
    slot.handle = null;
    const state = this.table.state();
    const bot = state ? this.table.botSeats().find((b) => b.seat === seat) : undefined;
    if (!state || !bot) return this.drop(seat, slot);
    const { min, max } = this.deps.pace;
    if (!this.table.mayAct() || slot.pending) return this.schedule(seat, slot, min, max);
    const now = this.deps.now();
    const wait = this.lastActAt + this.gap - now;
    if (wait > 0) {
      // Another bot just moved (both fell due in the same tick): never a burst.
      slot.at = now + wait;
      return this.arm(seat, slot, wait);
    }
    if (slot.idleOn !== state) {
      slot.running = true;
      try {
        this.turn(seat, slot, state, bot.personality);
      } finally {
        slot.running = false;
      }
    }
    if (this.slots.get(seat) === slot && !slot.handle) this.schedule(seat, slot, min, max);
  }

  /** One decision on the seat's own view; the move is applied through the table. */
  private turn(seat: number, slot: Slot, state: GameState, personality: Personality): void {
    let choice: BotChoice | null;
    try {
      const memo = this.views.optionsOf(seat);
      choice = this.deps.decide({ view: playerView(state, seat, { moves: false, cache: this.views }), legal: allowedActions(options(state, seat, memo), memo), personality, seed: botSeed(state, seat) });
    } catch (e) {
      this.deps.onError?.(seat, e);
      choice = null;
    }
    // Outside Overleg the engine still takes some moves (a guess any time; holds and referrals in Terugblik).
    const allowed = !!choice && !closedIn(state.phase).includes(choice.action.type);
    if (!choice || !allowed) {
      slot.idleOn = state;
      return;
    }
    const played = this.table.play(seat, choice);
    if (typeof played !== 'boolean') {
      // Counted as a move now (the gap to other bots), settled when it is committed.
      this.lastActAt = this.deps.now();
      slot.pending = true;
      played
        .then((ok) => {
          if (!ok) slot.idleOn = state;
        }, () => (slot.idleOn = state))
        .finally(() => (slot.pending = false));
      return;
    }
    if (played) this.lastActAt = this.deps.now();
    else slot.idleOn = state; // refused (should not happen): wait for the state to change
  }
}

/** The seed of a bot's decision: the game's seed, the seat and how far the game is (the log's length). */
export function botSeed(state: GameState, seat: number): number {
  let h = 0x811c9dc5;
  for (const n of [state.seed, seat, state.log.length]) {
    h = Math.imul(h ^ (n & 0xffff), 0x01000193);
    h = Math.imul(h ^ (n >>> 16), 0x01000193);
  }
  return h >>> 0;
}
