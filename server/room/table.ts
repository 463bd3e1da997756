import { randomInt } from 'node:crypto';
import { applyAction, createGame, defaultConfig, replay } from '../../shared/rules';
import type { Action, Actor, GameConfig, GameState } from '../../shared/rules/types';
import { playerView, projectorView } from '../../shared/view';
import type { GameView } from '../../shared/view/types';
import type { Personality } from '../../shared/bots/types';
import type { RoleId } from '../../shared/model/ids';
import type { RoomSettings } from '../../shared/protocol/messages';
import type { RoomInfo, WatcherInfo } from '../../shared/protocol/room';
import type { GameStore } from '../store/GameStore';
import type { StoredRoom } from '../store/types';
import { SeatTable } from './seats';
import { PhaseTimer, type Scheduler } from './timer';

// One room's game, without sockets: the lobby, the engine state, the phase clock and the record.
// Every rule is the engine's: this class only decides who may ask (lobby, host) and keeps the
// record durable: an action is in the database before the state moves on.

export type Refusal = { code: string; params: Record<string, string | number> };
export type Outcome = { ok: true; game: boolean } | { ok: false; error: Refusal };
type Status = RoomInfo['status'];

const refuse = (code: string, params: Record<string, string | number> = {}): Outcome => ({ ok: false, error: { code, params } });
const OK_LOBBY: Outcome = { ok: true, game: false };
const OK_GAME: Outcome = { ok: true, game: true };

export interface TableDeps {
  store: GameStore;
  scheduler: Scheduler;
  now: () => number;
  /** Called when a phase's time is up; the room applies the advance and tells everyone. */
  onTimeUp: () => void;
}

export class Table {
  status: Status = 'lobby';
  game: GameState | null = null;
  readonly timer: PhaseTimer;
  private actionCount = 0;

  constructor(
    readonly code: string,
    public settings: RoomSettings,
    readonly hostKeyHash: string,
    readonly seats: SeatTable,
    private readonly deps: TableDeps,
  ) {
    this.timer = new PhaseTimer(deps.scheduler, deps.now, deps.onTimeUp);
  }

  /** A new room, recorded at once so its code is never handed out twice. */
  static create(code: string, settings: RoomSettings, hostKeyHash: string, deps: TableDeps): Table {
    deps.store.createRoom(code, settings, hostKeyHash, [], deps.now());
    return new Table(code, settings, hostKeyHash, new SeatTable(), deps);
  }

  /** A room from the database: the game is rebuilt by replaying its record through the engine. */
  static restore(stored: StoredRoom, deps: TableDeps): Table {
    const t = new Table(stored.code, stored.settings, stored.hostKeyHash, new SeatTable(stored.seats), deps);
    if (stored.record) {
      t.game = replay(stored.record);
      t.actionCount = stored.record.actions.length;
      t.status = t.game.status === 'ended' ? 'ended' : 'playing';
      if (t.status === 'playing') t.timer.restore(stored.timer);
    }
    return t;
  }

  // ---- lobby ---------------------------------------------------------------------------------

  claimRole(seat: number, role: RoleId): Outcome {
    if (this.status !== 'lobby') return refuse('game_started');
    const r = this.seats.claimRole(seat, role, this.settings.roles);
    if (r) return refuse(r.code, r.params);
    this.saveLobby();
    return OK_LOBBY;
  }

  /** In the lobby, giving up one's role gives up the seat (a seat without a role would block the start). */
  releaseRole(seat: number): Outcome {
    if (this.status !== 'lobby') return refuse('game_started');
    return this.freeSeat(seat);
  }

  /** A player without a seat (they gave it up) sits down again with a role, or nothing changes. */
  seatAndClaim(name: string, tokenHash: string, sessionId: string, role: RoleId): Outcome {
    if (this.status !== 'lobby') return refuse('game_started');
    const seat = this.seats.add(name, tokenHash, sessionId);
    if (typeof seat !== 'number') return refuse(seat.code, seat.params);
    const r = this.seats.claimRole(seat, role, this.settings.roles);
    if (r) {
      this.seats.remove(seat);
      return refuse(r.code, r.params);
    }
    this.saveLobby();
    return OK_LOBBY;
  }

  rename(seat: number, name: string): Outcome {
    this.seats.rename(seat, name);
    this.saveLobby();
    return OK_LOBBY;
  }

  configure(settings: RoomSettings): Outcome {
    if (this.status !== 'lobby') return refuse('game_started');
    this.settings = settings;
    this.seats.keepOffered(settings.roles);
    this.saveLobby();
    return OK_LOBBY;
  }

  start(): Outcome {
    if (this.status !== 'lobby') return refuse('game_started');
    // Bots take the listed roles no player claimed, in seats after the players'.
    const bots = this.seats.botsToAdd(this.settings.bots);
    const problem = this.seats.startProblem(bots.length);
    if (problem) return refuse(problem.code, problem.params);
    const players = this.seats.length;
    this.seats.addBots(bots);
    let game: GameState;
    try {
      const config = this.gameConfig(this.seats.roles());
      const seed = randomInt(1, 2 ** 31);
      game = createGame(config, seed);
      this.deps.store.startGame(this.code, config, seed, this.seats.toStored(), this.deps.now());
    } catch (e) {
      this.seats.seats.splice(players);
      throw e;
    }
    this.game = game;
    this.status = 'playing';
    this.actionCount = 0;
    this.timer.start(this.settings.timers[game.phase]);
    this.saveTimer();
    return OK_GAME;
  }

  private gameConfig(roles: RoleId[]): GameConfig {
    const { rounds, roleSwap } = this.settings;
    return defaultConfig(roles, { rounds, roleSwapAfterRound: roleSwap && rounds > 1 ? Math.min(2, rounds - 1) : null });
  }

  /** Lobby: a leaving player's seat disappears. Game: it stays, empty, for a newcomer. */
  freeSeat(seat: number): Outcome {
    if (!this.seats.get(seat)) return refuse('unknown_seat', { seat });
    if (this.status === 'lobby') this.seats.remove(seat);
    else this.seats.vacate(seat);
    this.saveLobby();
    return OK_LOBBY;
  }

  // ---- bots at the table ---------------------------------------------------------------------

  /** During a game a bot of this personality plays the seat, its player there or not. */
  botSeat(seat: number, personality: Personality): Outcome {
    if (this.status !== 'playing') return refuse(this.status === 'lobby' ? 'game_not_started' : 'game_over');
    if (!this.seats.get(seat)) return refuse('unknown_seat', { seat });
    this.seats.setBot(seat, personality);
    this.saveLobby();
    return OK_LOBBY;
  }

  /** The bot stops; the seat's player plays again (a seat without one is free for a newcomer). */
  humanSeat(seat: number): Outcome {
    if (this.status === 'lobby') return refuse('game_not_started');
    const s = this.seats.get(seat);
    if (!s) return refuse('unknown_seat', { seat });
    if (!s.bot) return refuse('not_a_bot_seat', { seat });
    this.seats.setBot(seat, '');
    this.saveLobby();
    return OK_LOBBY;
  }

  // ---- the game ------------------------------------------------------------------------------

  /** A seat's move. The seat comes from the session, so nobody can act for another role. */
  act(seat: number, action: Action): Outcome {
    if (this.status === 'lobby') return refuse('game_not_started');
    if (this.timer.isPaused && this.status === 'playing') return refuse('paused');
    return this.apply(seat, action);
  }

  /** The host's phase command (also the server's clock, when time is up). */
  advance(): Outcome {
    if (this.status === 'lobby') return refuse('game_not_started');
    return this.apply('host', { type: 'advancePhase' });
  }

  end(): Outcome {
    if (this.status === 'lobby') return refuse('game_not_started');
    return this.apply('host', { type: 'endGame' });
  }

  pause(): Outcome {
    if (this.status !== 'playing') return refuse(this.status === 'lobby' ? 'game_not_started' : 'game_over');
    if (!this.timer.pause()) return refuse('paused');
    this.saveTimer();
    return OK_LOBBY;
  }

  resume(): Outcome {
    if (this.status !== 'playing') return refuse(this.status === 'lobby' ? 'game_not_started' : 'game_over');
    if (!this.timer.resume()) return refuse('not_paused');
    this.saveTimer();
    return OK_LOBBY;
  }

  extend(seconds: number): Outcome {
    if (this.status !== 'playing') return refuse(this.status === 'lobby' ? 'game_not_started' : 'game_over');
    if (!this.timer.extend(seconds)) return refuse('untimed');
    this.saveTimer();
    return OK_LOBBY;
  }

  private apply(actor: Actor, action: Action): Outcome {
    const game = this.game!;
    const result = applyAction(game, actor, action);
    if (!result.ok) return refuse(result.error.code, result.error.params);
    const next = result.state;
    const ended = next.status === 'ended';
    // Durable first: if this throws, nothing changed and the sender hears 'server_error'.
    this.deps.store.appendAction(this.code, this.actionCount, actor, action, ended ? next.result : null, this.deps.now());
    this.actionCount++;
    this.game = next;
    if (ended) {
      this.status = 'ended';
      this.timer.stop();
      this.saveTimer();
    } else if (next.phase !== game.phase || next.round !== game.round) {
      this.timer.start(this.settings.timers[next.phase]);
      this.saveTimer();
    }
    return OK_GAME;
  }

  // ---- views and persistence -----------------------------------------------------------------

  /** What one connection may see: its seat's player view, or the projector view; null before the start. */
  viewFor(seat: number | null): GameView | null {
    if (!this.game) return null;
    return seat === null ? projectorView(this.game) : playerView(this.game, seat);
  }

  info(extra: { hostConnected: boolean; spectators: number; watchers?: WatcherInfo[] }): RoomInfo {
    return {
      code: this.code,
      status: this.status,
      seats: this.seats.toInfo(),
      settings: JSON.stringify(this.settings),
      ...this.timer.info(),
      ...extra,
    };
  }

  saveLobby(): void {
    if (this.status === 'lobby') this.deps.store.saveLobby(this.code, this.settings, this.seats.toStored(), this.deps.now());
    else this.deps.store.saveSeats(this.code, this.seats.toStored(), this.deps.now());
  }

  saveTimer(): void {
    this.deps.store.saveTimer(this.code, this.timer.snapshot());
  }
}
