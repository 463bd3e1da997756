import type { Bag, Locale, RoleId } from '../../../shared/model/ids';
import type { SeatInfo } from '../../../shared/protocol/room';
import type { TableView } from '../../../shared/view/types';
import type { Personality } from '../../../shared/bots/types';
import { seatBot } from './bots';
import { bagTotal, sumBags } from './bag';
import * as cards from './cards';

// The solo debrief: per seat, what the player and each bot did with their cards. Read from the end
// view, where the whole log and every final hand are revealed.

export interface SeatComparison {
  seat: number;
  role: RoleId;
  roleName: string;
  name: string;
  bot: Personality | null;
  isMe: boolean;
  /** To partners, by gifts and by the giving side of trades. */
  gave: Bag;
  received: Bag;
  /** In hand at the end (null when the view has no final hands). */
  kept: Bag | null;
  disclosed: { interestId: string; title: string; to: 'all' | RoleId[] }[];
  projects: { id: string; name: string; completed: boolean }[];
  points: number;
  totals: { gave: number; received: number; kept: number };
}

function add(into: Partial<Record<RoleId, Bag[]>>, role: RoleId, bag: Bag): void {
  (into[role] ??= []).push(bag);
}

export function compareSeats(view: TableView, seats: SeatInfo[], mySeat: number | null, locale: Locale): SeatComparison[] | null {
  const result = view.result;
  if (!result) return null;
  const gave: Partial<Record<RoleId, Bag[]>> = {};
  const received: Partial<Record<RoleId, Bag[]>> = {};
  const disclosed: Partial<Record<RoleId, Map<string, 'all' | RoleId[]>>> = {};
  for (const e of view.log) {
    if (e.t === 'gift') {
      add(gave, e.from, e.resources);
      add(received, e.to, e.resources);
    } else if (e.t === 'trade') {
      add(gave, e.from, e.give);
      add(received, e.to, e.give);
      add(gave, e.to, e.get);
      add(received, e.from, e.get);
    } else if (e.t === 'disclose') {
      const m = (disclosed[e.role] ??= new Map());
      const prev = m.get(e.interestId);
      if (e.to === 'all' || prev === 'all') m.set(e.interestId, 'all');
      else m.set(e.interestId, [...(prev ?? []), e.to]);
    }
  }
  const completedWith = (role: RoleId) => view.completed.filter((c) => bagTotal(c.contributions[role]) > 0).map((c) => c.id);
  const openWith = (role: RoleId) => view.projects.filter((p) => bagTotal(p.pledged[role]) > 0).map((p) => p.id);

  const rows = view.seats.map((role, seat): SeatComparison => {
    const info = seats.find((s) => s.seat === seat);
    const done = completedWith(role);
    const open = openWith(role).filter((id) => !done.includes(id));
    const kept = view.reveal?.hands?.[role] ?? null;
    const g = sumBags(gave[role] ?? []);
    const r = sumBags(received[role] ?? []);
    return {
      seat,
      role,
      roleName: cards.roleName(role, locale),
      name: info?.name ?? '',
      bot: seatBot(info),
      isMe: seat === mySeat,
      gave: g,
      received: r,
      kept: kept ? { ...kept } : null,
      disclosed: [...(disclosed[role] ?? new Map<string, 'all' | RoleId[]>())].map(([interestId, to]) => ({
        interestId,
        title: cards.interestTitle(interestId, locale),
        to,
      })),
      projects: [
        ...done.map((id) => ({ id, name: cards.projectName(id, locale), completed: true })),
        ...open.map((id) => ({ id, name: cards.projectName(id, locale), completed: false })),
      ],
      points: result.seatScores[seat] ?? 0,
      totals: { gave: bagTotal(g), received: bagTotal(r), kept: bagTotal(kept ?? {}) },
    };
  });
  // Me first, then the others in seat order.
  return [...rows.filter((x) => x.isMe), ...rows.filter((x) => !x.isMe)];
}

/** True when the end screen should compare: at least one seat was played by a bot. */
export const hasBots = (seats: SeatInfo[]): boolean => seats.some((s) => seatBot(s) !== null);
