import type { Locale, RoleId } from '../../../shared/model/ids';
import type { SeatInfo } from '../../../shared/protocol/room';
import type { TableView } from '../../../shared/view/types';
import * as cards from './cards';
import { seatLabel } from './bots';
import { translate } from '../i18n';

// The end screen: the team's result against its target, every seat's interest score, and every
// interest revealed with whether it was met and whether it had been put on the table.

export interface EndVM {
  won: boolean;
  onBoard: number;
  target: number;
  endedEarly: boolean;
  scores: { seat: number; name: string; role: RoleId; roleName: string; points: number; isMe: boolean }[];
  revealed: {
    role: RoleId;
    roleName: string;
    interests: { id: string; title: string; text: string; met: boolean; points: number; disclosed: boolean; iGuessed: boolean }[];
    /** My guess about this partner: how many of its interests I named, of how many guesses. */
    myGuess: { right: number; guessed: number } | null;
  }[];
}

export function endVM(view: TableView, seats: SeatInfo[], mySeat: number | null, locale: Locale): EndVM | null {
  const r = view.result;
  if (!r) return null;
  const disclosedIds = new Set(
    view.log.flatMap((e) => (e.t === 'disclose' ? [`${e.role}/${e.interestId}`] : [])),
  );
  return {
    won: r.won,
    onBoard: r.onBoard,
    target: r.target,
    endedEarly: r.endedEarly,
    scores: r.seatScores.map((points, seat) => {
      const role = view.seats[seat];
      // After a role swap the points are the partner's played at the end: say whom the seat played first.
      const swap = view.log.find((e) => e.t === 'swap');
      const first = swap && swap.t === 'swap' ? swap.roles[(seat - 1 + swap.roles.length) % swap.roles.length] : role;
      return {
        seat,
        name: seatLabel(seats.find((s) => s.seat === seat), locale),
        role,
        roleName: first === role ? cards.roleName(role, locale) : translate(locale, 'swapScoreRole', { role: cards.roleName(role, locale), first: cards.roleName(first, locale) }),
        points,
        isMe: seat === mySeat,
      };
    }),
    revealed: (Object.entries(r.interests) as [RoleId, { id: string; met: boolean; points: number }[]][]).map(([role, list]) => {
      const guess = mySeat !== null ? (view.reveal?.guesses[mySeat]?.[role] ?? null) : null;
      return {
        role,
        roleName: cards.roleName(role, locale),
        myGuess: guess ? { right: guess.filter((g) => list.some((i) => i.id === g)).length, guessed: guess.length } : null,
        interests: list.map((i) => ({
          id: i.id,
          title: cards.interestTitle(i.id, locale),
          text: cards.interestText(i.id, locale, view.seats.length),
          met: i.met,
          points: i.points,
          disclosed: disclosedIds.has(`${role}/${i.id}`),
          iGuessed: !!guess?.includes(i.id),
        })),
      };
    }),
  };
}
