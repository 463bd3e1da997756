import { ROLES, type Locale, type RoleId } from '../../../shared/model/ids';
import { parseSettings, type RoomInfo, type SeatInfo } from '../../../shared/protocol/room';
import { bagEntries, type BagEntry } from './bag';
import * as cards from './cards';
import { seatLabel } from './bots';
import { seatBot } from './bots';

// The lobby as the player reads it: who is here, which roles are free, what each brings.

export interface RoleChoiceVM {
  id: RoleId;
  name: string;
  mission: string;
  brings: BagEntry[];
  takenBy: string | null;
  mine: boolean;
}

export function allowedRoles(info: Pick<RoomInfo, 'settings'>): RoleId[] {
  const s = parseSettings(info);
  const roles = s?.roles?.filter((r): r is RoleId => (ROLES as readonly string[]).includes(r));
  return roles && roles.length > 0 ? roles : cards.allRoles().map((r) => r.id);
}

export function roleChoicesVM(info: RoomInfo, mySeat: number | null, locale: Locale): RoleChoiceVM[] {
  return allowedRoles(info).map((id) => {
    const holder = info.seats.find((s) => s.role === id);
    const card = cards.role(id);
    return {
      id,
      name: cards.roleName(id, locale),
      mission: cards.roleMission(id, locale),
      brings: bagEntries(card?.hand),
      takenBy: holder && holder.seat !== mySeat ? holder.name || '?' : null,
      mine: !!holder && holder.seat === mySeat,
    };
  });
}

export interface PlayerRowVM {
  seat: number;
  name: string;
  roleName: string | null;
  isMe: boolean;
  connected: boolean;
  away: boolean;
  bot: boolean;
}

export function playersVM(seats: SeatInfo[], mySeat: number | null, locale: Locale): PlayerRowVM[] {
  return [...seats]
    .sort((a, b) => a.seat - b.seat)
    .map((s) => ({
      seat: s.seat,
      name: seatLabel(s, locale),
      roleName: s.role ? cards.roleName(s.role, locale) : null,
      isMe: s.seat === mySeat,
      connected: s.connected,
      away: s.away,
      bot: seatBot(s) !== null,
    }));
}

/** Players with a role: the host can start when there are at least three. */
export const claimedCount = (seats: SeatInfo[]): number => seats.filter((s) => s.role !== '').length;

export function myRoleInLobby(info: RoomInfo, mySeat: number | null): RoleId | null {
  const s = info.seats.find((x) => x.seat === mySeat);
  return s && s.role ? s.role : null;
}
