import type { Client } from '@colyseus/core';
import type { z } from 'zod';
import { ClientMessages, type ClientMessageType, type HostCommand, type RoomSettings } from '../../shared/protocol/messages';
import { newSecret } from '../codes';
import { log } from '../log';
import { hashSecret } from '../secrets';
import type { Member } from './members';
import { freeSeat, inviteSeat, newProjectorKey, openDoor, removeMember } from './removals';
import type { RoleId } from '../../shared/model/ids';
import type { Action } from '../../shared/rules/types';
import type { Outcome } from './table';
import type { RoomPort } from './port';

// Every client→server message: parsed with its zod schema (a bad shape is answered, never
// disconnected), then handed to the Table. The seat always comes from the session. The room runs
// one message at a time (RoomPort.serial); the ack goes out after the change is committed.

export const MESSAGE_TYPES = Object.keys(ClientMessages) as ClientMessageType[];

type Parsed = { [K in ClientMessageType]: { type: K; msg: z.output<(typeof ClientMessages)[K]> } }[ClientMessageType];

/** The first problem zod found, short enough to show: "action.give.budget: Too big…". */
export function zodReason(error: z.ZodError): string {
  const issue = error.issues[0];
  const where = issue.path.map(String).join('.') || 'message';
  return `${where}: ${issue.message}`.slice(0, 160);
}

function refOf(data: unknown): string | undefined {
  const ref = (data as { ref?: unknown } | null)?.ref;
  return typeof ref === 'string' && ref.length <= 32 ? ref : undefined;
}

/**
 * A message's outcome, answered: an accepted change goes out with its acknowledgement (the room's
 * frames), a refusal as an error. (Module functions, not closures made per message: under tsx each
 * named closure is named anew as it is made: 0.6 % of a busy server's time here.)
 */
function reply(room: RoomPort, client: Client, recorded: number, arrived: number, out: Outcome, ref: string | undefined): void {
  if (!out.ok) {
    room.sendTo(client, 'error', { ...out.error, ...(ref === undefined ? {} : { ref }) });
    return;
  }
  const ack = ref === undefined ? {} : { ref };
  // A move: an action the engine accepted into the record (not the start, not lobby changes),
  // timed until its acknowledgement goes out (a phase change's waits for its frames: later.ts).
  const moved = room.table.recorded > recorded;
  const sent = moved ? () => room.ctx.metrics.moveAcked((performance.now() - arrived) / 1000) : undefined;
  if (!room.afterChange(out.game, { client, ack, sent }, out.moveOnly)) {
    room.sendTo(client, 'ack', ack);
    sent?.();
  }
}

function refuse(room: RoomPort, client: Client, code: string, params: Record<string, string | number>, ref: string | undefined): void {
  room.sendTo(client, 'error', { code, params, ...(ref === undefined ? {} : { ref }) });
}

export async function handleMessage(room: RoomPort, client: Client, member: Member, type: string, data: unknown, arrived = performance.now()): Promise<void> {
  const recorded = room.table.recorded;
  if (!Object.hasOwn(ClientMessages, type)) {
    return refuse(room, client, 'bad_message', { reason: `unknown message type "${type.slice(0, 40)}"` }, refOf(data));
  }
  const schema = ClientMessages[type as ClientMessageType];
  const parsed = schema.safeParse(data);
  if (!parsed.success) return refuse(room, client, 'bad_message', { reason: zodReason(parsed.error) }, refOf(data));
  const { type: t, msg } = { type, msg: parsed.data } as Parsed;
  const seat = room.table.seats.bySession(client.sessionId);
  // Messages of a seat's own, from a connection without one.
  if (seat < 0 && t !== 'host' && !(t === 'claimRole' && member.name !== null)) return refuse(room, client, 'not_a_seat', {}, msg.ref);

  try {
    let out: Outcome;
    switch (t) {
      case 'claimRole':
        out = seat < 0 ? await sitDown(room, client, member, msg.role) : await room.table.claimRole(seat, msg.role);
        break;
      case 'releaseRole':
        out = await releaseSeat(room, member, seat);
        break;
      case 'setName':
        out = await room.table.rename(seat, msg.name);
        break;
      case 'action':
        if (room.table.seats.get(seat)!.bot) return refuse(room, client, 'bot_plays_seat', { seat }, msg.ref);
        out = await act(room, seat, msg.action);
        break;
      case 'takeBackSeat':
        // The seat comes from the session: only its own player (its token) can take it back.
        out = await room.table.humanSeat(seat);
        break;
      case 'reflect':
        out = await reflect(room, seat, msg.questionId, msg.text);
        break;
      case 'host':
        if (!member.host) return refuse(room, client, 'not_host', {}, msg.ref);
        out = await hostCommand(room, client, member, msg.command);
        break;
    }
    reply(room, client, recorded, arrived, out, msg.ref);
  } catch (e) {
    // The store refused to write, or a bug: nothing was committed, so nothing changed.
    log.error('message failed', { code: room.roomId, type: t, error: String((e as Error)?.stack ?? e) });
    refuse(room, client, 'server_error', {}, msg.ref);
  }
}

function hostCommand(room: RoomPort, client: Client, member: Member, command: HostCommand): Outcome | Promise<Outcome> {
  const { table } = room;
  switch (command.kind) {
    case 'configure':
      return table.configure(command.settings);
    case 'start':
      return startWith(room, command.settings);
    case 'advance':
      return table.advance();
    case 'end':
      return table.end();
    case 'pause':
      return table.pause();
    case 'resume':
      return table.resume();
    case 'extend':
      return table.extend(command.seconds);
    case 'freeSeat':
      return freeSeat(room, command.seat);
    case 'inviteSeat':
      return inviteSeat(room, client, member, command.seat);
    case 'openDoor':
      return openDoor(room);
    case 'newProjectorKey':
      return newProjectorKey(room);
    case 'botSeat':
      return table.botSeat(command.seat, command.personality);
    case 'humanSeat':
      return table.humanSeat(command.seat);
    case 'removeMember':
      return removeMember(room, command.id);
    case 'show':
      return table.show(command.screen);
    case 'wallLocale':
      return table.wallLocale(command.locale);
    case 'hideReflection':
      return changeReflections(room, () => room.reflections.hide(command.id));
  }
}

/** The settings on the console's screen, then the start, in one step: nothing can come between. */
async function startWith(room: RoomPort, settings: RoomSettings | undefined): Promise<Outcome> {
  if (settings) {
    const out = await room.table.configure(settings);
    if (!out.ok) return out;
  }
  return room.table.start();
}

/** A seat's answer to a debrief question: only once the game is over. */
function reflect(room: RoomPort, seat: number, questionId: string, text: string): Promise<Outcome> | Outcome {
  const status = room.table.status;
  if (status !== 'ended') return { ok: false, error: { code: status === 'lobby' ? 'game_not_started' : 'game_not_over', params: {} } };
  return changeReflections(room, () => room.reflections.add(seat, room.table.seats.get(seat)!.name, questionId, text));
}

/** A change to the reflections, then everyone's list (before the ack). */
async function changeReflections(room: RoomPort, change: () => Promise<Outcome>): Promise<Outcome> {
  const out = await change();
  if (out.ok) room.sendReflections();
  return out;
}

/** A seat's move, with offer ids translated at the boundary (offers.ts). */
async function act(room: RoomPort, seat: number, sent: Action): Promise<Outcome> {
  const action = room.offerIds.in(sent, room.table.game, room.table.game?.seats[seat]);
  const out = await room.table.act(seat, action);
  return out.ok ? out : { ok: false, error: { code: out.error.code, params: room.offerIds.params(out.error.params, sent) } };
}

/** Lobby: giving up one's role gives up the seat; the player stays, without a seat, and may claim again. */
async function releaseSeat(room: RoomPort, member: Member, seat: number): Promise<Outcome> {
  const name = room.table.seats.get(seat)!.name;
  const out = await room.table.releaseRole(seat);
  if (!out.ok) return out;
  member.name = name;
  member.seatToken = null;
  room.welcomeSeats();
  return out;
}

/** A player who gave up their seat claims a role: a new seat (and seat token) with that role. */
async function sitDown(room: RoomPort, client: Client, member: Member, role: RoleId): Promise<Outcome> {
  const token = newSecret();
  const out = await room.table.seatAndClaim(member.name!, hashSecret(token), client.sessionId, role);
  if (!out.ok) return out;
  member.name = null;
  member.seatToken = token;
  room.welcome(client, member);
  return out;
}
