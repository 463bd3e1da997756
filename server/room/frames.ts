import { ClientState, Protocol, type Client } from '@colyseus/core';
import { decode } from '@colyseus/schema';
import { unpack } from 'msgpackr';
import { CLOSE_CODES } from '../../shared/protocol/errors';
import { log } from '../log';
import type { RoomPort } from './port';

// Every frame a client sends passes here before Colyseus reads it (Room#_onMessage, where Colyseus
// receives a joined client's raw frames): pings, requests and frame types nobody uses draw from the
// same budget as messages, so no kind of frame floods the room. A frame Colyseus could not decode
// (it would log a stack trace per frame) is answered with one `bad_message` and logged once per
// client; further ones are dropped quietly (and still count toward the flood guard).

type RawHandler = (client: Client, buffer: Uint8Array | undefined) => void;

/** Makes the room screen every incoming frame (call once, in onCreate). */
export function installFrameScreen(room: RoomPort): void {
  const target = room as unknown as { _onMessage: RawHandler };
  const colyseus = target._onMessage;
  // Colyseus binds `this._onMessage` for each client when it joins: this instance's version wins.
  target._onMessage = function (this: unknown, client, buffer) {
    if (screenFrame(room, client, buffer)) colyseus.call(room, client, buffer);
  };
}

/** True when Colyseus may handle the frame. */
export function screenFrame(room: RoomPort, client: Client, buffer: Uint8Array | undefined): boolean {
  const member = room.members.get(client.sessionId);
  if (!member || member.closing) return false;
  // The handshake's answer (once per connection) is how the client gets the state: never dropped.
  if (buffer?.[0] === Protocol.JOIN_ROOM && client.state === ClientState.JOINING) return true;
  const guard = member.guard;
  const verdict = guard.check();
  if (verdict === 'disconnect') {
    log.warn('flood: disconnecting', { code: room.roomId, session: client.sessionId });
    room.kick(client, member, 'throttled', CLOSE_CODES.flooded);
    return false;
  }
  if (verdict === 'throttled') {
    room.ctx.metrics.throttled.inc();
    if (guard.shouldReply()) room.sendTo(client, 'error', { code: 'throttled', params: {} });
    return false;
  }
  const problem = frameProblem(buffer);
  if (problem === null) return true;
  if (guard.malformed++ === 0) {
    log.warn('malformed frame (further ones from this client are dropped quietly)', { code: room.roomId, session: client.sessionId, problem });
    room.sendTo(client, 'error', { code: 'bad_message', params: { reason: `malformed frame: ${problem}` } });
  }
  return false;
}

/** Why Colyseus could not read this frame, or null when it can. */
export function frameProblem(buffer: Uint8Array | undefined): string | null {
  if (!buffer || buffer.length === 0) return 'empty';
  const code = buffer[0] & 0x1f;
  switch (code) {
    case Protocol.PING:
    case Protocol.LEAVE_ROOM:
    case Protocol.JOIN_ROOM:
      return null;
    case Protocol.ROOM_DATA:
    case Protocol.ROOM_REQUEST:
    case Protocol.ROOM_DATA_BYTES: {
      const it = { offset: 1 };
      const bytes = buffer as Parameters<typeof decode.string>[0];
      try {
        if (code === Protocol.ROOM_REQUEST && !Number.isFinite(decode.number(bytes, it))) return 'request id';
        const type = decode.stringCheck(bytes, it) ? decode.string(bytes, it) : decode.number(bytes, it);
        if (type === undefined || (typeof type === 'number' && !Number.isFinite(type)) || it.offset > buffer.length) return 'type';
        if (code !== Protocol.ROOM_DATA_BYTES && buffer.length > it.offset) unpack(buffer.subarray(it.offset));
        return null;
      } catch {
        return 'payload';
      }
    }
    default:
      return `frame type ${code}`;
  }
}
