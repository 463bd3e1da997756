import { matchMaker } from '@colyseus/core';
import { isRoomCode, normalizeRoomCode } from '../../shared/protocol/codes';
import { EVENT_ROOM_NAME, EventJoinSchema } from '../../shared/protocol/event';
import type { Who } from '../doors';
import { log } from '../log';
import { newSecret } from '../codes';
import { roomIsLive } from '../restore';
import { zodReason } from '../room/commands';
import type { RoomContext } from '../room/context';
import { joinFailure } from '../room/join';

// The doors into an event room (server/matchmaking.ts sends every join marked `event: true` here):
// creating is limited like creating a table; a join by code without credentials brings a proof of
// work when the address is busy, and is paced per event as a crowd walking in; an unknown code or
// a bad credential counts as a failure. An event stored but not loaded (a restart) loads first.

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export const isEventJoin = (options: unknown): boolean => (options as { event?: unknown } | null)?.event === true;

export async function invokeEvent<T>(ctx: RoomContext, who: Who, method: string, roomName: string, options: unknown, go: (name: string) => Promise<T>): Promise<T> {
  const parsed = EventJoinSchema.safeParse(options);
  if (!parsed.success) throw joinFailure('bad_options', zodReason(parsed.error));
  const opts = parsed.data;
  if (method === 'create') {
    if (roomName !== EVENT_ROOM_NAME || !opts.settings) throw joinFailure('bad_options', 'settings: an event is created with its settings');
    const busy = ctx.doors.create(who, opts.proof);
    if (typeof busy === 'string') throw joinFailure('proof_needed', busy);
    if (busy > 0) throw joinFailure('too_many_attempts', String(Math.ceil(busy / 1000)));
    return go(EVENT_ROOM_NAME);
  }
  if (method !== 'joinById') throw joinFailure('bad_options', 'method');
  if (opts.settings) throw joinFailure('bad_options', 'settings: only when creating');
  const code = normalizeRoomCode(roomName);
  const credential = opts.hostKey ?? opts.participantToken ?? opts.projectorKey;
  const credentials = credential !== undefined;
  if (!credentials) {
    const challenge = ctx.doors.proofNeeded(who, code, opts.proof);
    if (challenge !== null) throw joinFailure('proof_needed', challenge);
  }
  if (!isRoomCode(code) || !((await roomIsLive(ctx, code)) || (await loadEvent(ctx, code)))) {
    ctx.doors.failed(who);
    throw joinFailure('not_found');
  }
  const delay = credentials ? ctx.doors.credentialDelay(code, opts.projectorKey !== undefined ? 'projector' : 'host', credential!) : ctx.doors.watchDelay(code);
  if (delay < 0) throw joinFailure('too_many_attempts', '1');
  if (delay > 0) await sleep(delay);
  return go(code);
}

const loading = new Map<string, Promise<boolean>>();

/** A stored event back in this process (after a restart); false when there is none. */
function loadEvent(ctx: RoomContext, code: string): Promise<boolean> {
  const running = loading.get(code);
  if (running) return running;
  const p = (async () => {
    if (!(await ctx.store.loadEvent(code))) return false;
    const ticket = newSecret();
    ctx.restoreTickets.set(ticket, code);
    try {
      await matchMaker.createRoom(EVENT_ROOM_NAME, { restoreTicket: ticket });
      return true;
    } catch (e) {
      log.error('event could not be restored', { code, error: String((e as Error)?.message ?? e) });
      return false;
    } finally {
      ctx.restoreTickets.delete(ticket);
    }
  })().finally(() => loading.delete(code));
  loading.set(code, p);
  return p;
}
