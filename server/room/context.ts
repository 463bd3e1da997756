import type { ServerConfig } from '../config';
import type { Decide } from './botDriver';
import type { Doors } from '../doors';
import type { FloodLimits } from '../ratelimit';
import type { Metrics } from '../metrics';
import type { RecordStore } from '../store/types';
import type { LaterRounds } from './later';
import type { Packing } from './views';

// What every room needs from the server that hosts it. Colyseus runs one matchmaker per process,
// so one context per process: set by startServer before the first room is created.

export interface RoomContext {
  config: ServerConfig;
  store: RecordStore;
  metrics: Metrics;
  /** Several processes share rooms through Redis (REDIS_URL). */
  cluster: boolean;
  /** Failed-join backoff, room creation and join pacing (doors.ts). */
  doors: Doors;
  flood: FloodLimits;
  /** A lobby nobody is in is deleted after this long (LOBBY_EXPIRY_MINUTES). */
  lobbyExpiryMs: number;
  /** Room codes the server asked to reload from the database, by one-time ticket. */
  restoreTickets: Map<string, string>;
  /** Set once SIGTERM (or stop()) began: rooms tell their clients and keep their records. */
  shuttingDown: boolean;
  /** Replaces the bots' decisions (tests); default: shared/bots botDecide. */
  botDecide?: Decide;
  /** Reflections go out in batches this far apart (room/reflections.ts). */
  reflectionBatchMs: number;
  /** How rooms pack their views: keys and small values, packed once for all rooms (views.ts). */
  packing: Packing;
  /** The queue a phase change's frames wait in, behind players' moves (later.ts). */
  later: LaterRounds;
}

let current: RoomContext | null = null;

export function setRoomContext(ctx: RoomContext | null): void {
  current = ctx;
}

export function roomContext(): RoomContext {
  if (!current) throw new Error('room context not set: start the server with startServer()');
  return current;
}
