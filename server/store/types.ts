import type { Personality } from '../../shared/bots/types';
import type { Edition } from '../../shared/edition/format';
import type { RoleId } from '../../shared/model/ids';
import type { RoomSettings } from '../../shared/protocol/messages';
import type { Action, Actor, GameConfig, GameRecord, GameResult } from '../../shared/rules/types';

export type RoomStatus = 'lobby' | 'playing' | 'ended' | 'abandoned';

/** A seat as stored: the player's secret token only as a hash. */
export interface StoredSeat {
  name: string;
  role: RoleId | '';
  tokenHash: string | null;
  /** The bot playing the seat ('' or absent: a person). Absent in rooms stored before bots existed. */
  bot?: Personality | '';
  /** A shared seat's second token, as a hash (training days; absent: not shared). */
  shareHash?: string | null;
}

/** The phase clock: a deadline while running, the time left while paused; null when untimed. */
export interface TimerRecord {
  endsAt: number;
  paused: boolean;
  remainingMs: number;
}

/** A room's doors as stored (absent in rooms stored before they existed: the defaults). */
export interface StoredDoors {
  /** Generation of the projector key: a new key (the console's, or removing a projector) revokes the old one. */
  projectorEpoch: number;
  /** The creator plays a seat: a tab with only the host key is then a player's tab, not a console. */
  hostPlays: boolean;
  /** Joins without credentials are refused until the facilitator opens the door again (after a removal). */
  closed: boolean;
  /** A table of a training day: its event's code, its number there, and which game (absent: not an event's). */
  event?: { code: string; table: number; game: 1 | 2 };
}

export const DEFAULT_DOORS: StoredDoors = { projectorEpoch: 0, hostPlays: false, closed: false };

export interface StoredRoom {
  code: string;
  status: RoomStatus;
  createdAt: number;
  /** Last activity (seats, settings, an action). */
  updatedAt: number;
  startedAt: number | null;
  endedAt: number | null;
  settings: RoomSettings;
  hostKeyHash: string;
  seats: StoredSeat[];
  timer: TimerRecord | null;
  /** Present once the game started: replaying it gives the current state. */
  record: GameRecord | null;
  result: GameResult | null;
  doors: StoredDoors;
}

export interface RoomMeta {
  status: RoomStatus;
  updatedAt: number;
  hostKeyHash: string;
  /** The seats' token hashes (seats freed during a game have none). */
  tokenHashes: string[];
}

/** A player's answer to a debrief question, as stored: the author's seat and name, whatever the room shows. */
export interface StoredReflection {
  id: string;
  /** Order of arrival in the room (0, 1, …). */
  idx: number;
  at: number;
  seat: number;
  author: string;
  questionId: string;
  text: string;
  hidden: boolean;
}

import type { GameSummary } from '../../shared/protocol/room';
export type { GameSummary };

/**
 * The records store as the server uses it: embedded SQLite (store/sqlite.ts, the default) or
 * PostgreSQL (store/postgres.ts, with DATABASE_URL). Every write resolves once it is committed,
 * so the room acknowledges an action only after it is durable. Writes of one room are issued in
 * order (the room chains them); different rooms may write concurrently.
 */
export interface RecordStore {
  /** 'sqlite' or 'postgres' (logged at start-up and in /metrics). */
  readonly kind: string;
  /** Where the records live, for the log (a file, or the database host without credentials). */
  readonly where: string;
  hasRoom(code: string): Promise<boolean>;
  /** Inserts a new room; false (nothing written) when the code is already taken. */
  claimRoom(code: string, settings: RoomSettings, hostKeyHash: string, seats: StoredSeat[], now?: number): Promise<boolean>;
  saveLobby(code: string, settings: RoomSettings, seats: StoredSeat[], now?: number): Promise<void>;
  saveSeats(code: string, seats: StoredSeat[], now?: number): Promise<void>;
  saveDoors(code: string, doors: StoredDoors): Promise<void>;
  /** Throws when the room is not in the lobby. */
  startGame(code: string, config: GameConfig, seed: number, seats: StoredSeat[], now?: number): Promise<void>;
  /** One accepted action at its index in the record (a duplicate index throws); ends the game in the same commit. */
  appendAction(code: string, index: number, actor: Actor, action: Action, ended: GameResult | null, now?: number): Promise<void>;
  saveTimer(code: string, timer: TimerRecord | null): Promise<void>;
  setStatus(code: string, status: RoomStatus, now?: number): Promise<void>;
  loadRoom(code: string): Promise<StoredRoom | null>;
  gameRecord(code: string): Promise<GameRecord | null>;
  activeRoomCodes(since?: number): Promise<string[]>;
  roomStatus(code: string): Promise<RoomStatus | null>;
  roomMeta(code: string): Promise<RoomMeta | null>;
  deleteRoom(code: string): Promise<void>;
  deleteStaleLobbies(before: number): Promise<number>;
  listGames(status?: RoomStatus, limit?: number): Promise<GameSummary[]>;
  /** The games created with one of these host keys (by their hashes), newest first. */
  listGamesByHost(hostKeyHashes: string[], status?: RoomStatus, limit?: number): Promise<GameSummary[]>;
  addReflection(code: string, r: StoredReflection): Promise<void>;
  /** False when the room has no such reflection. */
  hideReflection(code: string, id: string): Promise<boolean>;
  /** A room's reflections in order of arrival. */
  loadReflections(code: string): Promise<StoredReflection[]>;
  /** A training day, written whole (insert or replace); `claim`: false when the code is taken. */
  saveEvent(e: StoredEventRow, claim?: boolean): Promise<boolean>;
  loadEvent(code: string): Promise<StoredEventRow | null>;
  /** The events created with one of these host keys, newest first. */
  eventsByHost(hostKeyHashes: string[], limit?: number): Promise<StoredEventRow[]>;
  /**
   * Stores a checked edition under `code`, unless the same edition (by hash) is stored already:
   * then nothing is written. Resolves to the code it is stored under.
   */
  saveEdition(code: string, edition: Edition, now?: number): Promise<string>;
  /** An edition by its code or by its hash; null when there is none. */
  loadEdition(by: { code: string } | { hash: string }): Promise<Edition | null>;
  close(): Promise<void>;
}

/** A training day as stored: the columns the server looks things up by, and the rest as JSON (server/event/book.ts). */
export interface StoredEventRow {
  code: string;
  createdAt: number;
  updatedAt: number;
  status: string;
  hostKeyHash: string;
  data: string;
}
