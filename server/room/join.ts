import { ErrorCode, ServerError } from '@colyseus/core';
import { joinErrorMessage, CLOSE_CODES, type JoinErrorCode } from '../../shared/protocol/errors';
import type { z } from 'zod';
import { JoinOptionsSchema, type JoinOptions } from '../../shared/protocol/messages';
import { DEFAULT_MAX_SPECTATORS } from '../../shared/protocol/settings';
import { newSecret } from '../codes';
import { whoKey, type Who } from '../doors';
import { log } from '../log';
import { hashSecret, isProjectorKey, matchesHash } from '../secrets';
import { newMember, type Member } from './members';
import type { RoomPort } from './port';

// Who a joining connection is: the creator (gets the host key), a returning player (seat token),
// the facilitator (host key), a projector (spectator), or a newcomer taking a seat. Every check
// happens before anything changes, so a refused join leaves the room as it was.

export function joinFailure(code: JoinErrorCode, reason?: string): ServerError {
  const status = code === 'not_found' ? ErrorCode.MATCHMAKE_INVALID_ROOM_ID : code === 'bad_token' ? ErrorCode.AUTH_FAILED : ErrorCode.APPLICATION_ERROR;
  return new ServerError(status, joinErrorMessage(code, reason));
}

/** Watchers the room admits (the facilitator's devices do not count). */
export function spectatorLimit(room: RoomPort): number {
  return room.table.settings.maxSpectators ?? DEFAULT_MAX_SPECTATORS;
}

/** Members without a seat, the host key or the projector key: watchers by code, and players who gave up their seat. */
export function watcherCount(room: RoomPort): number {
  let n = 0;
  for (const m of room.members.values()) if (!m.host && !m.projector && room.table.seats.bySession(m.sessionId) < 0) n++;
  return n;
}

export function admit(room: RoomPort, sessionId: string, opts: JoinOptions, who: Who, joinUrl: string): Member {
  const { table, ctx } = room;
  const member = newMember(sessionId, room.guards.for(`watch:${whoKey(who)}`), joinUrl, who);
  const creatorKey = room.creatorHostKey;

  if (creatorKey !== null) {
    member.host = true;
    member.hostKey = creatorKey;
  } else if (opts.hostKey !== undefined) {
    if (!matchesHash(opts.hostKey, table.hostKeyHash)) {
      ctx.doors.failed(who);
      throw joinFailure('bad_token', 'hostKey');
    }
    member.host = true;
    member.hostKey = opts.hostKey;
  }

  if (opts.projectorKey !== undefined) {
    if (member.host || opts.seatToken !== undefined || opts.name !== undefined) throw joinFailure('bad_options', 'projectorKey: a projector joins with nothing else');
    if (!isProjectorKey(opts.projectorKey, table.code, table.hostKeyHash)) {
      ctx.doors.failed(who);
      throw joinFailure('bad_token', 'projectorKey');
    }
    member.projector = true;
    member.spectator = true;
  } else if (opts.seatToken !== undefined) {
    const seat = table.seats.byToken(opts.seatToken);
    if (seat < 0) {
      ctx.doors.failed(who);
      throw joinFailure('bad_token', 'seatToken');
    }
    takeOver(room, seat);
    table.seats.bind(seat, sessionId);
    member.seatToken = opts.seatToken;
  } else if (opts.spectator || opts.name === undefined) {
    if (!opts.spectator && !member.host) throw joinFailure('bad_options', 'name: a player needs a name');
    if (!member.host) {
      if (room.barred.has(whoKey(who))) throw joinFailure('room_full', 'removed');
      if (watcherCount(room) >= spectatorLimit(room)) throw joinFailure('room_full', 'spectators');
    }
    member.spectator = true;
  } else {
    if (table.status === 'ended') throw joinFailure('game_over');
    const token = newSecret();
    const seat =
      table.status === 'lobby'
        ? table.seats.add(opts.name, hashSecret(token), sessionId)
        : table.seats.takeVacant(opts.name, hashSecret(token), sessionId);
    if (typeof seat !== 'number') throw joinFailure(table.status === 'lobby' ? 'room_full' : 'game_started');
    member.seatToken = token;
  }

  // A seat's budget belongs to the seat: a reload or a reconnection does not refill it.
  if (member.seatToken !== null) member.guard = room.guards.for(`seat:${member.seatToken}`);
  if (creatorKey !== null) room.creatorHostKey = null;
  // Committed before the welcome (RoomPort.onJoin waits for the room's writes).
  if (!member.spectator) table.saveLobby().catch((e: unknown) => log.error('seats not saved', { code: table.code, error: String(e) }));
  return member;
}

/** A seat's token came back on a new connection (a reload, a second tab): the old one gives way. */
function takeOver(room: RoomPort, seat: number): void {
  const previous = room.table.seats.get(seat)?.sessionId;
  if (!previous) return;
  const member = room.members.get(previous);
  if (!member) return;
  room.members.delete(previous);
  member.closing = true;
  if (member.pending) {
    member.pending.reject(false);
    return;
  }
  const client = room.clients.get(previous);
  if (client) room.kick(client, member, 'replaced', CLOSE_CODES.replaced);
}

/** The join options, or a `bad_options` refusal naming the field. */
export function parseOptions(options: unknown): z.output<typeof JoinOptionsSchema> {
  const parsed = JoinOptionsSchema.safeParse(options ?? {});
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw joinFailure('bad_options', `${issue.path.join('.') || 'options'}: ${issue.message}`.slice(0, 160));
}
