import type { Personality } from '../../shared/bots/types';
import type { RoleId } from '../../shared/model/ids';
import type { RoomSettings } from '../../shared/protocol/messages';
import type { GameRecord, GameResult } from '../../shared/rules/types';

export type RoomStatus = 'lobby' | 'playing' | 'ended' | 'abandoned';

/** A seat as stored: the player's secret token only as a hash. */
export interface StoredSeat {
  name: string;
  role: RoleId | '';
  tokenHash: string | null;
  /** The bot playing the seat ('' or absent: a person). Absent in rooms stored before bots existed. */
  bot?: Personality | '';
}

/** The phase clock: a deadline while running, the time left while paused; null when untimed. */
export interface TimerRecord {
  endsAt: number;
  paused: boolean;
  remainingMs: number;
}

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
}

export interface RoomMeta {
  status: RoomStatus;
  updatedAt: number;
  hostKeyHash: string;
  /** The seats' token hashes (seats freed during a game have none). */
  tokenHashes: string[];
}

export interface GameSummary {
  code: string;
  status: RoomStatus;
  createdAt: number;
  startedAt: number | null;
  endedAt: number | null;
  roles: RoleId[];
  players: string[];
  actions: number;
  result: GameResult | null;
}
