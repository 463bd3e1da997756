// The protocol as the browser uses it: every type and constant is shared/protocol's own, re-exported
// under the names the screens know. Nothing is defined here.

export { PROTOCOL_VERSION, ROOM_NAME } from '../../../shared/protocol/constants';
export type { BotText, Personality } from '../../../shared/bots/types';
export type { HostCommand as ClientHostCommand, RoomSettings as ClientRoomSettings } from '../../../shared/protocol/messages';
export type { SeatInfo as ClientSeat } from '../../../shared/protocol/room';
export type { BotSetting } from '../../../shared/protocol/settings';
