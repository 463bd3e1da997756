import { ErrorCode, matchMaker } from '@colyseus/core';
import { JoinOptionsSchema, type JoinOptions } from '../shared/protocol/messages';
import { isRoomCode, normalizeRoomCode } from '../shared/protocol/codes';
import { whoFrom, type Who } from './doors';
import { zodReason } from './room/commands';
import type { RoomContext } from './room/context';
import { joinFailure } from './room/join';
import { restoreRoom, roomIsLive, storedDoor } from './restore';
import { invokeEvent, isEventJoin } from './event/matchmaking';

// Guards on Colyseus's HTTP matchmaking (POST /matchmake/<method>/<room>), the one door into a
// room. Only `create`, `joinById` and `reconnect` exist: nobody lands in a room without its code.
// joinById accepts the code in any case (and with spaces or a dash): it is normalised here, on
// the server, so every client gets it right. Every method waits out its device's failed-join
// backoff (doors.ts); a join by code without credentials from a busy address brings a proof of
// work instead of waiting; unknown codes, and reconnections that fail, count as failures, and a failed
// reconnection looks the same whether the code or the token was wrong. Creating rooms is limited;
// joins without credentials are paced per address and room. A room that is in the database but
// not loaded (idle, or after a restart) is loaded first (a finished game only for its players).
// With several processes the room may live in another one: Colyseus reserves the seat there and
// the client connects to that process (its PUBLIC_ADDRESS).

type Invoke = typeof matchMaker.controller.invokeMethod;
const ORIGINAL = Symbol.for('kaarten.invokeMethod');

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
const seconds = (ms: number): string => String(Math.max(1, Math.ceil(ms / 1000)));

export function installMatchmakingGuards(ctx: RoomContext): void {
  const controller = matchMaker.controller as typeof matchMaker.controller & { [ORIGINAL]?: Invoke };
  const original: Invoke = (controller[ORIGINAL] ??= controller.invokeMethod);
  controller.exposedMethods = ['create', 'joinById', 'reconnect'];

  controller.invokeMethod = async function (method, roomName, clientOptions = {}, authOptions) {
    const who = whoFrom(authOptions?.ip, authOptions?.headers);
    if (ctx.shuttingDown) throw joinFailure('shutting_down');
    const wait = ctx.doors.waitMs(who);
    if (wait > 0) throw joinFailure('too_many_attempts', seconds(wait));
    if (method === 'reconnect') {
      const code = normalizeRoomCode(String(roomName));
      return reconnect(ctx, who, code, () => original.call(this, method, code, clientOptions, authOptions));
    }
    if (isEventJoin(clientOptions)) return invokeEvent(ctx, who, method, String(roomName), clientOptions, (name) => original.call(this, method, name, clientOptions, authOptions));
    const parsed = JoinOptionsSchema.safeParse(clientOptions);
    if (!parsed.success) throw joinFailure('bad_options', zodReason(parsed.error));
    if (method === 'create') {
      const busy = ctx.doors.create(who, parsed.data.proof);
      if (typeof busy === 'string') throw joinFailure('proof_needed', busy);
      if (busy > 0) throw joinFailure('too_many_attempts', seconds(busy));
    }
    if (method === 'joinById') roomName = await admitToRoom(ctx, who, String(roomName), parsed.data);
    return original.call(this, method, roomName, clientOptions, authOptions);
  };
}

/** The room's code once it is loaded, after the pacing of joins without credentials. */
async function admitToRoom(ctx: RoomContext, who: Who, name: string, opts: JoinOptions): Promise<string> {
  const code = normalizeRoomCode(name);
  // Asked before the code is looked up, so a proof is needed alike for a room that exists and one that does not.
  if (opts.seatToken === undefined && opts.hostKey === undefined && opts.projectorKey === undefined) {
    const challenge = ctx.doors.proofNeeded(who, code, opts.proof);
    if (challenge !== null) throw joinFailure('proof_needed', challenge);
  }
  let known = isRoomCode(code) && (await roomIsLive(ctx, code));
  if (!known && isRoomCode(code)) {
    const door = await storedDoor(ctx, code, opts);
    if (door === 'bad_token') {
      ctx.doors.failed(who);
      throw joinFailure('bad_token', opts.hostKey !== undefined ? 'hostKey' : 'seatToken');
    }
    if (door === 'ended') throw joinFailure('game_over');
    known = door === 'load' && (await restoreRoom(ctx, code));
  }
  if (!known) {
    ctx.doors.failed(who);
    throw joinFailure('not_found');
  }
  const paced = async (delay: number, intervalMs: number): Promise<void> => {
    if (delay < 0) throw joinFailure('too_many_attempts', seconds(intervalMs));
    if (delay > 0) await sleep(delay);
    if (ctx.shuttingDown) throw joinFailure('shutting_down');
  };
  const limits = ctx.doors.limits;
  if (opts.seatToken !== undefined) await paced(ctx.doors.seatDelay(code, opts.seatToken), limits.seatPace.intervalMs);
  else if (opts.hostKey !== undefined) await paced(ctx.doors.credentialDelay(code, 'host', opts.hostKey), limits.credentialPace.intervalMs);
  else if (opts.projectorKey !== undefined) await paced(ctx.doors.credentialDelay(code, 'projector', opts.projectorKey), limits.credentialPace.intervalMs);
  else {
    await paced(ctx.doors.joinDelay(who, code), limits.joinPace.intervalMs);
    if (opts.spectator || opts.name === undefined) await paced(ctx.doors.watchDelay(code), limits.watchPace.intervalMs);
  }
  return code;
}

/** Only a loaded room can be reconnected to (reconnection tokens live in memory, in its process). */
async function reconnect<T>(ctx: RoomContext, who: Who, code: string, go: () => Promise<T>): Promise<T> {
  if (!isRoomCode(code) || !(await roomIsLive(ctx, code))) {
    ctx.doors.failed(who);
    throw joinFailure('not_found');
  }
  try {
    return await go();
  } catch (e) {
    const code = (e as { code?: number }).code;
    if (code === ErrorCode.MATCHMAKE_INVALID_ROOM_ID || code === ErrorCode.MATCHMAKE_EXPIRED || code === ErrorCode.MATCHMAKE_UNHANDLED) {
      ctx.doors.failed(who);
      throw joinFailure('not_found');
    }
    throw e;
  }
}
