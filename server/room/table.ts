import { randomInt } from 'node:crypto';
import { applyAction, createGame, defaultConfig, replay } from '../../shared/rules';
import type { Action, Actor, GameConfig, GameState } from '../../shared/rules/types';
import { ownPart, publicPart, ViewCache } from '../../shared/view';
import type { OwnPart, PublicPart } from '../../shared/view/types';
import type { Personality } from '../../shared/bots/types';
import type { Locale, RoleId } from '../../shared/model/ids';
import type { RoomSettings } from '../../shared/protocol/messages';
import type { ProjectorScreen, RoomInfo, WatcherInfo } from '../../shared/protocol/room';
import { DEFAULT_DOORS, type RecordStore, type StoredDoors, type StoredRoom } from '../store/types';
import { log } from '../log';
import { SeatTable } from './seats';
import { PhaseTimer, type Scheduler } from './timer';
import { editionByCode } from '../editions';

// One room's game, without sockets: the lobby, the engine state, the phase clock and the record.
// Every rule is the engine's: this class only decides who may ask (lobby, host) and keeps the
// record durable: an action is in the database before the state moves on. Store writes are async
// (PostgreSQL) and chained, so one room's writes reach the database in order; the room runs its
// changes one at a time (TableRoom.serial), so each sees the state the previous one committed.

export type Refusal = { code: string; params: Record<string, string | number> };
/** `moveOnly`: a move within a phase, which changes the game and nothing of the room's synced info (RoomInfo). */
export type Outcome = { ok: true; game: boolean; moveOnly?: boolean } | { ok: false; error: Refusal };
type Status = RoomInfo['status'];

const refuse = (code: string, params: Record<string, string | number> = {}): Outcome => ({ ok: false, error: { code, params } });
const OK_LOBBY: Outcome = { ok: true, game: false };
const OK_GAME: Outcome = { ok: true, game: true };
const OK_MOVE: Outcome = { ok: true, game: true, moveOnly: true };

export interface TableDeps {
  store: RecordStore;
  scheduler: Scheduler;
  now: () => number;
  /** Called when a phase's time is up; the room applies the advance and tells everyone. */
  onTimeUp: () => void;
}

export class Table {
  status: Status = 'lobby';
  projectorScreen: ProjectorScreen = 'result';
  /** The language the facilitator's device uses: the projector follows it. */
  projectorLocale: Locale | '' = '';
  game: GameState | null = null;
  /** The room's doors (room/doors.ts): projector key generation, whether the host plays, a closed door. */
  doors: StoredDoors = { ...DEFAULT_DOORS };
  readonly timer: PhaseTimer;
  /** What this table's views remember between changes (never shared with another room). */
  readonly views = new ViewCache();
  private actionCount = 0;
  /** How many actions of the game are committed to the record. */
  get recorded(): number {
    return this.actionCount;
  }
  /** The last store write of this room: the next one starts after it. */
  private chain: Promise<unknown> = Promise.resolve();

  constructor(
    readonly code: string,
    public settings: RoomSettings,
    readonly hostKeyHash: string,
    readonly seats: SeatTable,
    private readonly deps: TableDeps,
  ) {
    this.timer = new PhaseTimer(deps.scheduler, deps.now, deps.onTimeUp);
  }

  /**
   * A new room with the first free code from `codes`, recorded at once: the insert claims the code
   * (the database refuses a code another room or process holds), so it is never handed out twice.
   */
  static async create(codes: () => string, settings: RoomSettings, hostKeyHash: string, deps: TableDeps, free: (code: string) => Promise<boolean> = async () => true): Promise<Table> {
    for (let i = 0; i < 50; i++) {
      const code = codes();
      if (!(await free(code))) continue;
      if (await deps.store.claimRoom(code, settings, hostKeyHash, [], deps.now())) return new Table(code, settings, hostKeyHash, new SeatTable(), deps);
    }
    throw new Error('could not find a free room code');
  }

  /** A room from the database: the game is rebuilt by replaying its record through the engine. */
  static restore(stored: StoredRoom, deps: TableDeps): Table {
    const t = new Table(stored.code, stored.settings, stored.hostKeyHash, new SeatTable(stored.seats), deps);
    t.doors = { ...stored.doors };
    if (stored.record) {
      t.game = replay(stored.record);
      t.actionCount = stored.record.actions.length;
      t.status = t.game.status === 'ended' ? 'ended' : 'playing';
      if (t.status === 'playing') t.timer.restore(stored.timer);
    }
    return t;
  }

  // ---- lobby ---------------------------------------------------------------------------------

  async claimRole(seat: number, role: RoleId): Promise<Outcome> {
    if (this.status !== 'lobby') return refuse('game_started');
    const r = this.seats.claimRole(seat, role, this.settings.roles);
    if (r) return refuse(r.code, r.params);
    await this.saveLobby();
    return OK_LOBBY;
  }

  /** In the lobby, giving up one's role gives up the seat (a seat without a role would block the start). */
  async releaseRole(seat: number): Promise<Outcome> {
    if (this.status !== 'lobby') return refuse('game_started');
    return this.freeSeat(seat);
  }

  /** A player without a seat (they gave it up) sits down again with a role, or nothing changes. */
  async seatAndClaim(name: string, tokenHash: string, sessionId: string, role: RoleId): Promise<Outcome> {
    if (this.status !== 'lobby') return refuse('game_started');
    const seat = this.seats.add(name, tokenHash, sessionId);
    if (typeof seat !== 'number') return refuse(seat.code, seat.params);
    const r = this.seats.claimRole(seat, role, this.settings.roles);
    if (r) {
      this.seats.remove(seat);
      return refuse(r.code, r.params);
    }
    await this.saveLobby();
    return OK_LOBBY;
  }

  /** Names are fixed once the game starts, and no seat takes a name a bot or another seat has. */
  async rename(seat: number, name: string): Promise<Outcome> {
    if (this.status !== 'lobby') return refuse('game_started');
    if (this.seats.nameTaken(name, seat)) return refuse('name_taken');
    this.seats.rename(seat, name);
    await this.saveLobby();
    return OK_LOBBY;
  }

  async configure(settings: RoomSettings): Promise<Outcome> {
    if (this.status !== 'lobby') return refuse('game_started');
    this.settings = settings;
    this.seats.keepOffered(settings.roles);
    await this.saveLobby();
    return OK_LOBBY;
  }

  async start(): Promise<Outcome> {
    if (this.status !== 'lobby') return refuse('game_started');
    // Bots take the listed roles no player claimed, in seats after the players'.
    const bots = this.seats.botsToAdd(this.settings.bots);
    const problem = this.seats.startProblem(bots.length);
    if (problem) return refuse(problem.code, problem.params);
    const players = this.seats.length;
    this.seats.addBots(bots);
    let edition: string | undefined;
    if (this.settings.edition) {
      const found = await editionByCode(this.deps.store, this.settings.edition);
      if (!found) {
        this.seats.seats.splice(players);
        return refuse('unknown_edition', { edition: this.settings.edition });
      }
      edition = found.hash;
    }
    let game: GameState;
    try {
      const config = this.gameConfig(this.seats.roles(), edition);
      // A solo practice may bring its seed (the events it practises); a table of people never does.
      const solo = players === 1 && bots.length > 0;
      const seed = solo && this.settings.seed !== undefined ? this.settings.seed : randomInt(1, 2 ** 31);
      game = createGame(config, seed);
      await this.write(() => this.deps.store.startGame(this.code, config, seed, this.seats.toStored(), this.deps.now()));
    } catch (e) {
      this.seats.seats.splice(players);
      throw e;
    }
    this.game = game;
    this.status = 'playing';
    this.actionCount = 0;
    this.timer.start(this.settings.timers[game.phase]);
    await this.saveTimer();
    return OK_GAME;
  }

  private gameConfig(roles: RoleId[], edition: string | undefined): GameConfig {
    const { rounds, roleSwap, cardsOnTable } = this.settings;
    const open = cardsOnTable ? { openInterests: true } : {}; // event: the second game, cards on the table
    const swap = roleSwap && rounds > 1 ? Math.min(2, rounds - 1) : null;
    return defaultConfig(roles, { rounds, roleSwapAfterRound: swap, ...open, ...(edition ? { edition } : {}) });
  }

  /** Lobby: a leaving player's seat disappears. Game: it stays, empty, until the host invites someone for it. */
  async freeSeat(seat: number): Promise<Outcome> {
    if (!this.seats.get(seat)) return refuse('unknown_seat', { seat });
    if (this.status === 'lobby') this.seats.remove(seat);
    else this.seats.vacate(seat);
    await this.saveLobby();
    return OK_LOBBY;
  }

  // ---- bots at the table ---------------------------------------------------------------------

  /** During a game a bot of this personality plays the seat, its player there or not. */
  async botSeat(seat: number, personality: Personality): Promise<Outcome> {
    if (this.status !== 'playing') return refuse(this.status === 'lobby' ? 'game_not_started' : 'game_over');
    if (!this.seats.get(seat)) return refuse('unknown_seat', { seat });
    this.seats.setBot(seat, personality);
    await this.saveLobby();
    return OK_LOBBY;
  }

  /** The bot stops; the seat's player plays again (a seat without one waits for an invitation). */
  async humanSeat(seat: number): Promise<Outcome> {
    if (this.status === 'lobby') return refuse('game_not_started');
    const s = this.seats.get(seat);
    if (!s) return refuse('unknown_seat', { seat });
    if (!s.bot) return refuse('not_a_bot_seat', { seat });
    this.seats.setBot(seat, '');
    await this.saveLobby();
    return OK_LOBBY;
  }

  // ---- the game ------------------------------------------------------------------------------

  /** A seat's move. The seat comes from the session, so nobody can act for another role. */
  async act(seat: number, action: Action): Promise<Outcome> {
    if (this.status === 'lobby') return refuse('game_not_started');
    if (this.timer.isPaused && this.status === 'playing') return refuse('paused');
    return this.apply(seat, action);
  }

  /** The host's phase command (also the server's clock, when time is up). */
  async advance(): Promise<Outcome> {
    if (this.status === 'lobby') return refuse('game_not_started');
    return this.apply('host', { type: 'advancePhase' });
  }

  async end(): Promise<Outcome> {
    if (this.status === 'lobby') return refuse('game_not_started');
    return this.apply('host', { type: 'endGame' });
  }

  async pause(): Promise<Outcome> {
    if (this.status !== 'playing') return refuse(this.status === 'lobby' ? 'game_not_started' : 'game_over');
    if (!this.timer.pause()) return refuse('paused');
    await this.saveTimer();
    return OK_LOBBY;
  }

  async resume(): Promise<Outcome> {
    if (this.status !== 'playing') return refuse(this.status === 'lobby' ? 'game_not_started' : 'game_over');
    if (!this.timer.resume()) return refuse('not_paused');
    await this.saveTimer();
    return OK_LOBBY;
  }

  async extend(seconds: number): Promise<Outcome> {
    if (this.status !== 'playing') return refuse(this.status === 'lobby' ? 'game_not_started' : 'game_over');
    if (!this.timer.extend(seconds)) return refuse('untimed');
    await this.saveTimer();
    return OK_LOBBY;
  }

  private async apply(actor: Actor, action: Action): Promise<Outcome> {
    const game = this.game!;
    const result = applyAction(game, actor, action);
    if (!result.ok) return refuse(result.error.code, result.error.params);
    const next = result.state;
    const ended = next.status === 'ended';
    // Durable first: if this throws, nothing changed and the sender hears 'server_error'.
    const index = this.actionCount;
    await this.write(() => this.deps.store.appendAction(this.code, index, actor, action, ended ? next.result : null, this.deps.now()));
    this.actionCount++;
    this.game = next;
    if (ended) {
      this.status = 'ended';
      this.timer.stop();
      this.saveClock();
    } else if (next.phase !== game.phase || next.round !== game.round) {
      this.timer.start(this.settings.timers[next.phase]);
      this.saveClock();
    } else return OK_MOVE;
    return OK_GAME;
  }

  // ---- views and persistence -----------------------------------------------------------------

  /** The public part of every connection's view (shared/view/parts.ts); null before the start. */
  publicPart(): PublicPart | null {
    return this.game && publicPart(this.game, this.views);
  }

  /** A seat's own part of its view; null before the start or for a seat the game does not have. */
  ownPart(seat: number): OwnPart | null {
    return this.game && seat >= 0 && seat < this.game.seats.length ? ownPart(this.game, seat, this.views) : null;
  }

  /** After the game, the part of the debrief on the projector (not stored: a reload starts at the result). */
  show(screen: ProjectorScreen): Outcome {
    if (this.status !== 'ended') return refuse(this.status === 'lobby' ? 'game_not_started' : 'game_not_over');
    this.projectorScreen = screen;
    return OK_LOBBY;
  }

  /** The facilitator's language, for the projector (any time: it changes nothing in the game). */
  wallLocale(locale: Locale): Outcome {
    this.projectorLocale = locale;
    return OK_LOBBY;
  }

  info(extra: { hostConnected: boolean; facilitatorAway?: boolean; spectators: number; watchers?: WatcherInfo[] }): RoomInfo {
    return {
      code: this.code,
      status: this.status,
      seats: this.seats.toInfo(),
      settings: JSON.stringify(this.settings),
      projectorScreen: this.projectorScreen,
      projectorLocale: this.projectorLocale,
      doorClosed: this.doors.closed,
      ...this.timer.info(),
      ...extra,
    };
  }

  /** Seats (and lobby settings) as they are now; resolves once committed. */
  saveLobby(): Promise<void> {
    const now = this.deps.now();
    const seats = this.seats.toStored();
    // A reload or a reconnection binds a seat to a new connection and changes nothing stored: no
    // write then (a reconnect storm would otherwise be a write storm), only the wait for the writes
    // before it, so a welcome still follows what was committed.
    const stored = JSON.stringify([this.status === 'lobby' ? this.settings : null, seats]);
    if (stored === this.lastStoredSeats) return this.write(() => Promise.resolve());
    const done = () => void (this.lastStoredSeats = stored);
    if (this.status === 'lobby') {
      const settings = this.settings;
      return this.write(() => this.deps.store.saveLobby(this.code, settings, seats, now).then(done));
    }
    return this.write(() => this.deps.store.saveSeats(this.code, seats, now).then(done));
  }

  /** What saveLobby last committed (seats and, in the lobby, settings). */
  private lastStoredSeats = '';

  saveDoors(): Promise<void> {
    const doors = { ...this.doors };
    return this.write(() => this.deps.store.saveDoors(this.code, doors));
  }

  saveTimer(): Promise<void> {
    const timer = this.timer.snapshot();
    return this.write(() => this.deps.store.saveTimer(this.code, timer));
  }

  /** The clock after an accepted action: the action is committed already, so a failure here is only logged. */
  private saveClock(): void {
    this.saveTimer().catch((e: unknown) => log.error('phase clock not saved', { code: this.code, error: String(e) }));
  }

  /** Resolves when every write asked for so far has finished (committed or failed). */
  flush(): Promise<void> {
    return this.chain.then(() => undefined);
  }

  /** Runs after the previous write of this room; a failed write does not block the next. */
  private write(fn: () => Promise<unknown>): Promise<void> {
    const p = this.chain.then(fn);
    this.chain = p.catch(() => undefined);
    return p.then(() => undefined);
  }
}
