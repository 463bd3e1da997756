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

/** Connections one credential may hold at once: the console's tabs and devices, the projector's screens. */
export const MAX_HOST_CONNECTIONS = 6;
export const MAX_PROJECTOR_CONNECTIONS = 4;

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
    if (!isProjectorKey(opts.projectorKey, table.code, table.hostKeyHash, table.doors.projectorEpoch)) {
      ctx.doors.failed(who);
      throw joinFailure('bad_token', 'projectorKey');
    }
    makeRoom(room, (m) => m.projector, MAX_PROJECTOR_CONNECTIONS, 'projectors');
    member.projector = true;
    member.spectator = true;
  } else if (opts.seatToken !== undefined && table.seats.byToken(opts.seatToken) < 0 && table.seats.byShareToken(opts.seatToken) >= 0) {
    // A shared seat's second phone: it controls the seat beside the first (a training day).
    const previous = table.seats.mirror(table.seats.byShareToken(opts.seatToken), sessionId);
    if (previous) replace(room, previous);
    member.seatToken = opts.seatToken;
  } else if (opts.seatToken !== undefined) {
    const seat = table.seats.byToken(opts.seatToken);
    if (seat < 0) {
      ctx.doors.failed(who);
      throw joinFailure('bad_token', 'seatToken');
    }
    // An invited guest names their seat as they take it.
    const invited = table.seats.get(seat)!.name === '';
    if (invited && opts.name === undefined) throw joinFailure('bad_options', 'name: a player needs a name');
    if (invited && table.seats.nameTaken(opts.name!, seat)) throw joinFailure('name_taken');
    takeOver(room, seat);
    table.seats.bind(seat, sessionId);
    if (invited) table.seats.rename(seat, opts.name!);
    member.seatToken = opts.seatToken;
  } else if (opts.spectator || opts.name === undefined) {
    if (!opts.spectator && !member.host) throw joinFailure('bad_options', 'name: a player needs a name');
    if (!member.host) {
      keepOut(room, who);
      if (watcherCount(room) >= spectatorLimit(room)) throw joinFailure('room_full', 'spectators');
    } else if (creatorKey === null) makeRoom(room, (m) => m.host && table.seats.bySession(m.sessionId) < 0, MAX_HOST_CONNECTIONS, 'hosts');
    member.spectator = true;
  } else {
    if (table.status === 'ended') throw joinFailure('game_over');
    // During a game a seat is taken only with a token: a player's own, or the host's invitation.
    if (table.status !== 'lobby') throw joinFailure('game_started');
    keepOut(room, who);
    if (table.seats.nameTaken(opts.name)) throw joinFailure('name_taken');
    const token = newSecret();
    const seat = table.seats.add(opts.name, hashSecret(token), sessionId);
    if (typeof seat !== 'number') throw joinFailure('room_full');
    member.seatToken = token;
  }

  // A seat's budget belongs to the seat: a reload or a reconnection does not refill it.
  if (member.seatToken !== null) member.guard = room.guards.for(`seat:${member.seatToken}`);
  if (creatorKey !== null) {
    room.creatorHostKey = null;
    // A creator who plays: a tab with only the host key is then a player's tab (signals.ts).
    if (opts.name !== undefined) {
      table.doors.hostPlays = true;
      table.saveDoors().catch((e: unknown) => log.error('doors not saved', { code: table.code, error: String(e) }));
    }
  }
  // Committed before the welcome (RoomPort.onJoin waits for the room's writes).
  if (!member.spectator) table.saveLobby().catch((e: unknown) => log.error('seats not saved', { code: table.code, error: String(e) }));
  return member;
}

/** A join without credentials: not while the door is closed after a removal, never from a removed browser. */
function keepOut(room: RoomPort, who: Who): void {
  if (room.table.doors.closed) throw joinFailure('room_full', 'closed');
  if (barredKeys(who).some((k) => room.barred.has(k))) throw joinFailure('room_full', 'removed');
}

/** What a removed member is kept out by: their browser at that address, and their device cookie anywhere. */
export function barredKeys(who: Who): string[] {
  return who.device ? [whoKey(who), `device|${who.device}`] : [whoKey(who)];
}

/**
 * A credential holds at most `max` connections: a new one first replaces a connection of it that
 * dropped (a reload in its grace period); when all are live, the join is refused.
 */
function makeRoom(room: RoomPort, holds: (m: Member) => boolean, max: number, reason: string): void {
  const held = [...room.members.values()].filter(holds);
  if (held.length < max) return;
  const gone = held.find((m) => !m.connected);
  if (!gone) throw joinFailure('room_full', reason);
  room.members.delete(gone.sessionId);
  gone.closing = true;
  gone.pending?.reject(false);
}

/** A seat's token came back on a new connection (a reload, a second tab): the old one gives way. */
function takeOver(room: RoomPort, seat: number): void {
  const previous = room.table.seats.get(seat)?.sessionId;
  if (previous) replace(room, previous);
}

function replace(room: RoomPort, previous: string): void {
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
