// The protocol constants the browser needs, from the zod-free shared module.
export { PROTOCOL_VERSION, ROOM_NAME } from '../../../shared/protocol/constants';
import type { Personality, BotText } from '../../../shared/bots/types';
import type { RoleId } from '../../../shared/model/ids';
import type { HostCommand, RoomSettings } from '../../../shared/protocol/messages';
import type { SeatInfo } from '../../../shared/protocol/room';
import type { Action } from '../../../shared/rules/types';

// The client's own mirror of the bots protocol (spec "Bots at the table and solo practice"), so the
// UI builds against the agreed shapes whether or not the shared schemas list them yet.

export type { Personality, BotText };

/** settings.bots: the roles bots play (in the lobby: those nobody has claimed at Start). */
export interface BotSetting {
  role: RoleId;
  personality: Personality;
}

export type ClientRoomSettings = Omit<RoomSettings, 'bots'> & { bots?: BotSetting[] };

/** A seat as synced; `bot` is a personality while a bot plays the seat, '' (or absent) for a person. */
export type ClientSeat = SeatInfo & { bot?: Personality | '' };

export type ClientHostCommand =
  | HostCommand
  | { kind: 'configure'; settings: ClientRoomSettings }
  | { kind: 'start'; settings?: ClientRoomSettings }
  | { kind: 'botSeat'; seat: number; personality: Personality }
  | { kind: 'humanSeat'; seat: number };

/** Server → client after a bot's move was accepted: the one sentence saying why. */
export interface BotSaid {
  seat: number;
  role: RoleId;
  action: Action['type'];
  offerId?: string;
  reason: BotText;
  at: number;
}

export function seatBot(seat: SeatInfo | undefined | null): Personality | null {
  const b = (seat as ClientSeat | undefined | null)?.bot;
  return b ? b : null;
}

export function settingsBots(settings: RoomSettings | ClientRoomSettings | null): BotSetting[] {
  const b = (settings as ClientRoomSettings | null)?.bots;
  return Array.isArray(b) ? b : [];
}
