import type { Client } from '@colyseus/core';
import { CLOSE_CODES } from '../../shared/protocol/errors';
import { newSecret } from '../codes';
import { log } from '../log';
import { hashSecret } from '../secrets';
import { barredKeys } from './join';
import type { Member } from './members';
import type { RoomPort } from './port';
import type { Outcome } from './table';

// The facilitator's removals, and how they hold. A removed player or watcher is sent away and its
// browser kept out; since anyone can throw a cookie away, a removal also closes the door to joins
// without credentials (by name, as a watcher) until the facilitator opens it again. During a game
// a freed seat stays empty until the facilitator invites someone for it (a fresh seat token). A
// removed projector's key is revoked: the console gets a new one.

const refuse = (code: string, params: Record<string, string | number> = {}): Outcome => ({ ok: false, error: { code, params } });

/** Closes a member's connection (or its pending reconnection) on purpose. */
function sendAway(room: RoomPort, member: Member): void {
  room.members.delete(member.sessionId);
  member.closing = true;
  member.pending?.reject(false);
  const client = room.clients.get(member.sessionId);
  if (client) room.kick(client, member, 'removed', CLOSE_CODES.removed);
}

/** After a removal: the removed browser is kept out, and the door stays closed until `openDoor`. */
async function closeDoor(room: RoomPort, member: Member | null): Promise<void> {
  if (member) for (const key of barredKeys(member.who)) room.barred.add(key);
  if (room.table.doors.closed) return;
  room.table.doors.closed = true;
  await room.table.saveDoors();
}

/** The host sends a watcher away (a projector nobody asked for, a stranger); it may not watch this room again. */
export async function removeMember(room: RoomPort, id: string): Promise<Outcome> {
  const member = [...room.members.values()].find((m) => m.id === id && room.table.seats.bySession(m.sessionId) < 0);
  if (!member) return { ok: false, error: { code: 'unknown_seat', params: { member: id } } };
  sendAway(room, member);
  if (member.projector) await newProjectorKey(room);
  else if (!member.host) await closeDoor(room, member);
  return { ok: true, game: false };
}

/** The host removes a seat's player: in the lobby the seat goes, in a game it waits for an invitation. */
export async function freeSeat(room: RoomPort, seat: number): Promise<Outcome> {
  const holder = room.table.seats.get(seat)?.sessionId ?? null;
  const lobby = room.table.status === 'lobby';
  const out = await room.table.freeSeat(seat);
  if (!out.ok) return out;
  const member = holder === null ? null : (room.members.get(holder) ?? null);
  if (member) sendAway(room, member);
  if (lobby) {
    await closeDoor(room, member);
    room.welcomeSeats();
  }
  return out;
}

/** A fresh invitation for an empty seat during a game, to the host who asked (`client`). */
export async function inviteSeat(room: RoomPort, client: Client, member: Member, seat: number): Promise<Outcome> {
  const { table } = room;
  if (table.status !== 'playing') return refuse(table.status === 'lobby' ? 'game_not_started' : 'game_over');
  const token = newSecret();
  const no = table.seats.invite(seat, hashSecret(token));
  if (no) return refuse(no.code, 'params' in no && no.params ? no.params : { seat });
  await table.saveLobby();
  room.sendTo(client, 'invite', { seat, seatToken: token, url: `${member.joinUrl}#seat=${token}` });
  return { ok: true, game: false };
}

export async function openDoor(room: RoomPort): Promise<Outcome> {
  if (room.table.doors.closed) {
    room.table.doors.closed = false;
    await room.table.saveDoors();
  }
  return { ok: true, game: false };
}

/** A new projector key: every screen on the old one is closed, and the facilitator's devices get the new one. */
export async function newProjectorKey(room: RoomPort): Promise<Outcome> {
  room.table.doors.projectorEpoch += 1;
  await room.table.saveDoors();
  for (const m of [...room.members.values()]) if (m.projector) sendAway(room, m);
  for (const c of room.clients) {
    const m = room.members.get(c.sessionId);
    if (m?.host) room.welcome(c, m);
  }
  log.info('projector key renewed', { code: room.table.code });
  return { ok: true, game: false };
}
