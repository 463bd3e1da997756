import { ErrorCode, ServerError } from '@colyseus/core';
import { joinErrorMessage, CLOSE_CODES, type JoinErrorCode } from '../../shared/protocol/errors';
import type { JoinOptions } from '../../shared/protocol/messages';
import { newSecret } from '../codes';
import { hashSecret, matchesHash } from '../secrets';
import { newMember, type Member } from './members';
import type { TableRoom } from './TableRoom';

// Who a joining connection is: the creator (gets the host key), a returning player (seat token),
// the facilitator (host key), a projector (spectator), or a newcomer taking a seat. Every check
// happens before anything changes, so a refused join leaves the room as it was.

export function joinFailure(code: JoinErrorCode, reason?: string): ServerError {
  const status = code === 'not_found' ? ErrorCode.MATCHMAKE_INVALID_ROOM_ID : code === 'bad_token' ? ErrorCode.AUTH_FAILED : ErrorCode.APPLICATION_ERROR;
  return new ServerError(status, joinErrorMessage(code, reason));
}

export function admit(room: TableRoom, sessionId: string, opts: JoinOptions, ip: string | undefined, joinUrl: string): Member {
  const { table, ctx } = room;
  const member = newMember(sessionId, ctx.flood, joinUrl, ip);
  const creatorKey = room.creatorHostKey;

  if (creatorKey !== null) {
    member.host = true;
    member.hostKey = creatorKey;
  } else if (opts.hostKey !== undefined) {
    if (!matchesHash(opts.hostKey, table.hostKeyHash)) {
      ctx.backoff.failed(ip);
      throw joinFailure('bad_token', 'hostKey');
    }
    member.host = true;
    member.hostKey = opts.hostKey;
  }

  if (opts.seatToken !== undefined) {
    const seat = table.seats.byToken(opts.seatToken);
    if (seat < 0) {
      ctx.backoff.failed(ip);
      throw joinFailure('bad_token', 'seatToken');
    }
    takeOver(room, seat);
    table.seats.bind(seat, sessionId);
    member.seatToken = opts.seatToken;
  } else if (opts.spectator || opts.name === undefined) {
    if (!opts.spectator && !member.host) throw joinFailure('bad_options', 'name: a player needs a name');
    member.spectator = true;
  } else {
    if (table.status === 'ended') throw joinFailure('game_started');
    const token = newSecret();
    const seat =
      table.status === 'lobby'
        ? table.seats.add(opts.name, hashSecret(token), sessionId)
        : table.seats.takeVacant(opts.name, hashSecret(token), sessionId);
    if (typeof seat !== 'number') throw joinFailure(table.status === 'lobby' ? 'room_full' : 'game_started');
    member.seatToken = token;
  }

  if (creatorKey !== null) room.creatorHostKey = null;
  if (!member.spectator) table.saveLobby();
  return member;
}

/** A seat's token came back on a new connection (a reload, a second tab): the old one gives way. */
function takeOver(room: TableRoom, seat: number): void {
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
