import type { Personality } from '../bots/types';
import type { Locale, RoleId } from '../model/ids';
import type { RoomSettings } from './messages';
import type { ProjectorScreen } from './constants';

export { PROJECTOR_SCREENS, type ProjectorScreen } from './constants';
import type { GameResult } from '../rules/types';

// The public part of a room, synced to every client (players, projector, facilitator) through the
// Colyseus schema state. The server's schema has exactly these fields; a client reads
// `room.state.toJSON()` as a RoomInfo. Nothing secret is ever in here: game secrets travel only in
// each client's own `view` message.

export interface SeatInfo {
  seat: number;
  name: string;
  /** The role claimed in the lobby (and played at the start); '' while none is claimed. */
  role: RoleId | '';
  connected: boolean;
  /** A seat whose grace period ran out: it stays the player's until the host frees it. */
  away: boolean;
  /** The personality of the bot playing this seat; '' for a seat a person plays. A bot seat counts as connected. */
  bot: Personality | '';
  /** A bot plays the seat of a person (who may take it back): the seat keeps the person's name. */
  standIn?: boolean;
}

/** A connection without a seat: a projector, a facilitator's device, a player who gave up their seat. */
export interface WatcherInfo {
  /** Opaque, for the host's `removeMember`. */
  id: string;
  /** Holds the facilitator credential. */
  host: boolean;
  /** The room's projector (joined with the projector credential). */
  projector?: boolean;
  connected: boolean;
}

export interface RoomInfo {
  code: string;
  status: 'lobby' | 'playing' | 'ended';
  seats: SeatInfo[];
  /** The room's settings as JSON (RoomSettings). */
  settings: string;
  /** Server time (ms since epoch) at which the current phase ends; 0 when untimed or paused. */
  phaseEndsAt: number;
  /** Milliseconds left in the phase while paused. */
  pausedRemainingMs: number;
  paused: boolean;
  hostConnected: boolean;
  /** After the game: the part of the debrief the projector shows (absent in older fixtures: 'result'). */
  projectorScreen?: ProjectorScreen;
  /** The projector's language: the facilitator's ('' or absent: the projector's own). */
  projectorLocale?: Locale | '';
  /** A facilitator without a seat has led this room and is not connected now (players are told). */
  facilitatorAway?: boolean;
  spectators: number;
  /** Everyone connected without a seat (always sent by the server; optional for older fixtures). */
  watchers?: WatcherInfo[];
  /** The facilitator removed someone: joins by name or as a watcher are refused until `openDoor`. */
  doorClosed?: boolean;
}

export function parseSettings(info: Pick<RoomInfo, 'settings'>): RoomSettings | null {
  try {
    const s = JSON.parse(info.settings) as RoomSettings;
    return { ...s, bots: s.bots ?? [] };
  } catch {
    return null;
  }
}

/** One game as `GET /api/games` lists it (for the admin token, or for a facilitator's host keys). */
export interface GameSummary {
  code: string;
  status: 'lobby' | 'playing' | 'ended' | 'abandoned';
  createdAt: number;
  startedAt: number | null;
  endedAt: number | null;
  roles: RoleId[];
  players: string[];
  actions: number;
  result: GameResult | null;
}
