import { matchMaker } from '@colyseus/core';
import { ROOM_NAME } from '../shared/protocol/messages';
import { newSecret } from './codes';
import { log } from './log';
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

/** At start-up: every room that was active recently. Older ones load when someone joins them. */
export async function restoreActiveRooms(ctx: RoomContext): Promise<number> {
  const since = Date.now() - ctx.config.idleRoomMinutes * 60_000;
  let n = 0;
  for (const code of ctx.store.activeRoomCodes(since)) if (await restoreRoom(ctx, code)) n++;
  return n;
}
