import { matchMaker } from '@colyseus/core';
import { ROOM_NAME } from '../shared/protocol/messages';
import { newSecret } from './codes';
import { log } from './log';
import { matchesHash } from './secrets';
import type { RoomContext } from './room/context';

// Rooms come back from the database with the same code, seats and state: at start-up (after a
// crash or a restart) and on demand when someone joins a room that was unloaded while idle. The
// room replays its record through the engine (Table.restore). With several processes (REDIS_URL)
// a room is loaded in one of them; a room whose process died is loaded again by the next join.

const inflight = new Map<string, Promise<boolean>>();
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Is the room loaded somewhere? In this process; with several processes (REDIS_URL), in another
 * one that answers. A listing left by a process that died is removed by Colyseus's health check
 * (then the room is not live, and the database has it).
 */
export async function roomIsLive(ctx: RoomContext, code: string): Promise<boolean> {
  if (matchMaker.getLocalRoomById(code)) return true;
  if (!ctx.cluster) return false;
  const listing = await matchMaker.getRoomById(code);
  if (!listing) return false;
  if (listing.processId === matchMaker.processId) return false; // being disposed here
  return matchMaker.healthCheckProcessId(listing.processId);
}

/**
 * Loads a stored room into this process; false when there is none (or it cannot replay). A
 * finished game loads too, so its players and facilitator can come back to the debrief. With
 * several processes, true also when another process has it (or loads it at the same moment: a
 * short lock in the shared presence lets one process load it, the others wait for its listing).
 */
export function restoreRoom(ctx: RoomContext, code: string): Promise<boolean> {
  if (matchMaker.getLocalRoomById(code)) return Promise.resolve(true);
  const running = inflight.get(code);
  if (running) return running;
  const p = (ctx.cluster ? loadOnce(ctx, code) : load(ctx, code)).finally(() => inflight.delete(code));
  inflight.set(code, p);
  return p;
}

async function load(ctx: RoomContext, code: string): Promise<boolean> {
  const status = await ctx.store.roomStatus(code);
  if (status !== 'lobby' && status !== 'playing' && status !== 'ended') return false;
  // A one-time ticket, so no client can ask for a restore through the create options.
  const ticket = newSecret();
  ctx.restoreTickets.set(ticket, code);
  try {
    await matchMaker.createRoom(ROOM_NAME, { restoreTicket: ticket });
    return true;
  } catch (e) {
    log.error('room could not be restored', { code, error: String((e as Error)?.message ?? e) });
    return false;
  } finally {
    ctx.restoreTickets.delete(ticket);
  }
}

async function loadOnce(ctx: RoomContext, code: string): Promise<boolean> {
  const key = `kot:restore:${code}`;
  for (let attempt = 0; attempt < 50; attempt++) {
    if (await roomIsLive(ctx, code)) return true;
    if ((await matchMaker.presence.hincrbyex(key, 'n', 1, 30)) === 1) {
      try {
        if (await roomIsLive(ctx, code)) return true;
        return await load(ctx, code);
      } finally {
        await matchMaker.presence.del(key);
      }
    }
    await sleep(100); // another process is loading it
  }
  return roomIsLive(ctx, code);
}

/**
 * May a join load this stored room? A lobby or a game in play: yes (an expired lobby is deleted
 * instead). A finished game is a record, not a live room: it loads only for one of its players or
 * its host (their debrief), checked against the stored hashes before anything is loaded.
 */
export async function storedDoor(ctx: RoomContext, code: string, creds: { seatToken?: string; hostKey?: string }): Promise<'load' | 'none' | 'ended' | 'bad_token'> {
  const meta = await ctx.store.roomMeta(code);
  if (!meta || meta.status === 'abandoned') return 'none';
  if (meta.status === 'lobby' && meta.updatedAt < Date.now() - ctx.lobbyExpiryMs) {
    await ctx.store.deleteRoom(code);
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
  const purged = await ctx.store.deleteStaleLobbies(Date.now() - ctx.lobbyExpiryMs);
  if (purged > 0) log.info('expired lobbies deleted', { count: purged });
  const since = Date.now() - ctx.config.idleRoomMinutes * 60_000;
  let n = 0;
  for (const code of await ctx.store.activeRoomCodes(since)) {
    // With several processes, a room another process has stays there (and is not counted).
    if (ctx.cluster && (await roomIsLive(ctx, code))) continue;
    if (await restoreRoom(ctx, code)) n++;
  }
  return n;
}
