import { botDecide } from '../../shared/bots';
import type { BotChoice } from '../../shared/bots/types';
import type { RoleId } from '../../shared/model/ids';
import type { ServerMessages } from '../../shared/protocol/messages';
import type { Action, GameState } from '../../shared/rules/types';
import { log } from '../log';
import { BotDriver, type Decide } from './botDriver';
import type { RoomPort } from './port';

// The room's side of the bots: a BotDriver on the room's clock whose moves go through the same
// Table.act path as a player's, followed by the views and the bot's reason (`botSaid`).

export function createBotDriver(room: RoomPort, decide: Decide = room.ctx.botDecide ?? botDecide): BotDriver {
  return new BotDriver(
    {
      state: () => (room.table.status === 'playing' ? room.table.game : null),
      mayAct: () =>
        room.table.status === 'playing' && !room.table.timer.isPaused && !room.ctx.shuttingDown && [...room.members.values()].some((m) => m.connected),
      botSeats: () => room.table.seats.botSeats(),
      play: (seat, choice) => playBot(room, seat, choice),
    },
    {
      scheduler: room.clock,
      now: () => Date.now(),
      pace: room.ctx.config.botPaceMs,
      decide,
      onError: (seat, error) => log.error('bot failed to decide', { code: room.roomId, seat, error: String((error as Error)?.stack ?? error) }),
    },
  );
}

/** A bot's move: applied and recorded like a player's, then everyone's view, then the reason. */
function playBot(room: RoomPort, seat: number, choice: BotChoice): Promise<boolean> {
  return room.serial(() => playNow(room, seat, choice));
}

async function playNow(room: RoomPort, seat: number, choice: BotChoice): Promise<boolean> {
  if (room.table.status !== 'playing' || !room.table.seats.get(seat)?.bot) return false;
  const before = room.table.game!;
  let out;
  try {
    out = await room.table.act(seat, choice.action);
  } catch (e) {
    log.error('bot move not recorded', { code: room.roomId, seat, error: String((e as Error)?.stack ?? e) });
    return false;
  }
  if (!out.ok) {
    log.warn('bot move refused', { code: room.roomId, seat, action: choice.action.type, error: out.error.code });
    return false;
  }
  room.ctx.metrics.moves.inc();
  room.afterChange(true, undefined, out.moveOnly);
  sendBotSaid(room, seat, choice, before, room.table.game!);
  return true;
}

/** The offer a move answers or withdraws, or the new offer it makes. */
function offerIdOf(action: Action, before: GameState, after: GameState, role: RoleId): string | undefined {
  switch (action.type) {
    case 'acceptTrade':
    case 'declineTrade':
    case 'withdrawTrade':
      return action.offerId;
    case 'proposeTrade':
    case 'counterTrade':
      for (const e of after.log.slice(before.log.length)) if (e.t === 'offer' && e.offer.from === role) return e.offer.id;
      return undefined;
    default:
      return undefined;
  }
}

/**
 * To everyone when the reason is public; else only to the seat playing the audience role (never the
 * projector). A bot plays its seat alone, so the reason of a move by a seat whose player is connected
 * reaches that player only when it is public or concerns their role, like anyone else.
 */
function sendBotSaid(room: RoomPort, seat: number, choice: BotChoice, before: GameState, after: GameState): void {
  // A guess is secret until the debrief (views show it to its own seat only): nobody hears of it.
  if (choice.action.type === 'guess') return;
  const role = after.seats[seat];
  const offerId = offerIdOf(choice.action, before, after, role);
  const msg: ServerMessages['botSaid'] = {
    seat,
    role,
    action: choice.action.type,
    ...(offerId === undefined ? {} : { offerId: room.offerIds.out(offerId) }),
    reason: choice.reason,
    at: Date.now(),
  };
  const audience = choice.audience === 'all' ? null : after.seats.indexOf(choice.audience);
  if (audience === -1) return;
  for (const client of room.clients) {
    if (!room.members.has(client.sessionId)) continue;
    if (audience === null || room.table.seats.bySession(client.sessionId) === audience) room.sendTo(client, 'botSaid', msg);
  }
}
