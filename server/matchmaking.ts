import { matchMaker } from '@colyseus/core';
import { JoinOptionsSchema } from '../shared/protocol/messages';
import { isRoomCode, normalizeRoomCode } from '../shared/protocol/codes';
import { zodReason } from './room/commands';
import type { RoomContext } from './room/context';
import { joinFailure } from './room/join';
import { restoreRoom } from './restore';

// Guards on Colyseus's HTTP matchmaking (POST /matchmake/<method>/<room>), the one door into a
// room. Only `create`, `joinById` and `reconnect` exist: nobody lands in a room without its code.
// joinById accepts the code in any case (and with spaces or a dash): it is normalised here, on
// the server, so every client gets it right. Unknown codes count as failed joins for the address,
// and a room that is in the database but not loaded (idle, or after a restart) is loaded first.

type Invoke = typeof matchMaker.controller.invokeMethod;
const ORIGINAL = Symbol.for('kaarten.invokeMethod');

export function installMatchmakingGuards(ctx: RoomContext): void {
  const controller = matchMaker.controller as typeof matchMaker.controller & { [ORIGINAL]?: Invoke };
  const original: Invoke = (controller[ORIGINAL] ??= controller.invokeMethod);
  controller.exposedMethods = ['create', 'joinById', 'reconnect'];

  controller.invokeMethod = async function (method, roomName, clientOptions = {}, authOptions) {
    const ip = authOptions?.ip;
    if (ctx.shuttingDown) throw joinFailure('shutting_down');
    if (method === 'create' || method === 'joinById') {
      const wait = ctx.backoff.waitMs(ip);
      if (wait > 0) throw joinFailure('too_many_attempts', String(Math.ceil(wait / 1000)));
      const parsed = JoinOptionsSchema.safeParse(clientOptions);
      if (!parsed.success) throw joinFailure('bad_options', zodReason(parsed.error));
    }
    if (method === 'joinById' || method === 'reconnect') {
      const code = normalizeRoomCode(String(roomName));
      const known = isRoomCode(code) && (matchMaker.getLocalRoomById(code) !== undefined || (await restoreRoom(ctx, code)));
      if (!known) {
        ctx.backoff.failed(ip);
        throw joinFailure('not_found');
      }
      roomName = code;
    }
    return original.call(this, method, roomName, clientOptions, authOptions);
  };
}
