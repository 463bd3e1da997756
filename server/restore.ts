import { matchMaker } from '@colyseus/core';
import { ROOM_NAME } from '../shared/protocol/messages';
import { newSecret } from './codes';
import { log } from './log';
import { matchesHash } from './secrets';
import type { RoomContext } from './room/context';

// Rooms come back from the database with the same code, seats and state: at start-up (after a
// crash or a restart) and on demand when someone joins a room that was unloaded while idle. The
// room replays its record through the engine (Table.restore).

const inflight = new Map<string, Promise<boolean>>();

/**
 * Loads a stored room into this process; false when there is none (or it cannot replay). A
 * finished game loads too, so its players and facilitator can come back to the debrief.
 */
export function restoreRoom(ctx: RoomContext, code: string): Promise<boolean> {
  if (matchMaker.getLocalRoomById(code)) return Promise.resolve(true);
  const running = inflight.get(code);
  if (running) return running;
  const status = ctx.store.roomStatus(code);
  if (status !== 'lobby' && status !== 'playing' && status !== 'ended') return Promise.resolve(false);
  // A one-time ticket, so no client can ask for a restore through the create options.
  const ticket = newSecret();
  ctx.restoreTickets.set(ticket, code);
  const p = matchMaker
    .createRoom(ROOM_NAME, { restoreTicket: ticket })
    .then(() => true)
    .catch((e: unknown) => {
      log.error('room could not be restored', { code, error: String((e as Error)?.message ?? e) });
      return false;
    })
    .finally(() => {
      inflight.delete(code);
      ctx.restoreTickets.delete(ticket);
    });
  inflight.set(code, p);
  return p;
}

/**
 * May a join load this stored room? A lobby or a game in play: yes (an expired lobby is deleted
 * instead). A finished game is a record, not a live room: it loads only for one of its players or
 * its host (their debrief), checked against the stored hashes before anything is loaded.
 */
export function storedDoor(ctx: RoomContext, code: string, creds: { seatToken?: string; hostKey?: string }): 'load' | 'none' | 'ended' | 'bad_token' {
  const meta = ctx.store.roomMeta(code);
  if (!meta || meta.status === 'abandoned') return 'none';
  if (meta.status === 'lobby' && meta.updatedAt < Date.now() - ctx.lobbyExpiryMs) {
    ctx.store.deleteRoom(code);
    return 'none';
  }
  if (meta.status !== 'ended') return 'load';
  const { seatToken, hostKey } = creds;
  if ((hostKey !== undefined && matchesHash(hostKey, meta.hostKeyHash)) || (seatToken !== undefined && meta.tokenHashes.some((h) => matchesHash(seatToken, h)))) {
    return 'load';
  }
  return seatToken !== undefined || hostKey !== undefined ? 'bad_token' : 'ended';
}

/**
 * At start-up: every room that was active recently (older ones load when someone joins them).
 * Lobbies nobody was in for LOBBY_EXPIRY_MINUTES are deleted first, not reloaded.
 */
export async function restoreActiveRooms(ctx: RoomContext): Promise<number> {
  const purged = ctx.store.deleteStaleLobbies(Date.now() - ctx.lobbyExpiryMs);
  if (purged > 0) log.info('expired lobbies deleted', { count: purged });
  const since = Date.now() - ctx.config.idleRoomMinutes * 60_000;
  let n = 0;
  for (const code of ctx.store.activeRoomCodes(since)) if (await restoreRoom(ctx, code)) n++;
  return n;
}
