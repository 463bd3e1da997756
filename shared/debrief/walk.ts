import { addInto, normalize } from '../model/bag';
import type { Bag, RoleId } from '../model/ids';
import type { GameState, LogEntry } from '../rules/types';

// Reading the log in order. The log is the game's memory: every debrief figure comes from it (or
// from the final state, which the log produced), so a live, restored or replayed game agree.

/** Visit every log entry with the seats as they were when it was written (a role swap changes them). */
export function walkLog(s: GameState, visit: (e: LogEntry, seats: readonly RoleId[], index: number) => void): void {
  let seats: readonly RoleId[] = s.config.roles;
  s.log.forEach((e, i) => {
    if (e.t === 'swap') seats = e.roles;
    visit(e, seats, i);
  });
}

/** Every seat that played `role` at some point, ascending. */
export function seatsOf(s: GameState, role: RoleId): number[] {
  return seatsByRole(s).get(role) ?? [];
}

/** Every seat that played each role at some point, ascending: `seatsOf` for every role, in one walk. */
export function seatsByRole(s: GameState): Map<RoleId, number[]> {
  const out = new Map<RoleId, Set<number>>();
  noteSeats(out, s.config.roles);
  for (const e of s.log) if (e.t === 'swap') noteSeats(out, e.roles);
  return seatsSorted(out);
}

/** Notes who plays each role now (`seats`, by seat), into the seats each role was played from. */
export function noteSeats(out: Map<RoleId, Set<number>>, seats: readonly RoleId[]): void {
  seats.forEach((r, i) => {
    let set = out.get(r);
    if (!set) out.set(r, (set = new Set()));
    set.add(i);
  });
}

/** The seats noted for each role, ascending. */
export function seatsSorted(seats: ReadonlyMap<RoleId, ReadonlySet<number>>): Map<RoleId, number[]> {
  return new Map([...seats].map(([r, set]) => [r, [...set].sort((a, b) => a - b)]));
}

/** The highest round the log has reached. */
export function roundsPlayed(s: GameState): number {
  return s.log.reduce((m, e) => Math.max(m, e.round), 0);
}

/** Transfers between partners (trades count both directions) with who gave what to whom. */
export interface Transfer {
  round: number;
  from: RoleId;
  to: RoleId;
  bag: Bag;
  kind: 'trade' | 'gift';
}

export function transfers(s: GameState): Transfer[] {
  const out: Transfer[] = [];
  for (const e of s.log) transfersIn(e, out);
  return out;
}

/** The transfers one log entry makes (a gift one, a trade two), added to `out`. */
export function transfersIn(e: LogEntry, out: Transfer[]): void {
  if (e.t === 'gift') out.push({ round: e.round, from: e.from, to: e.to, bag: e.resources, kind: 'gift' });
  if (e.t === 'trade') {
    out.push({ round: e.round, from: e.from, to: e.to, bag: e.give, kind: 'trade' });
    out.push({ round: e.round, from: e.to, to: e.from, bag: e.get, kind: 'trade' });
  }
}

/** A project completed, with its partners. */
export interface Completion {
  projectId: string;
  round: number;
  partners: readonly RoleId[];
}

export function sumBags(bags: readonly Bag[]): Bag {
  // Added up in place, put in order once (a new bag per bag added was most of the work).
  const out: Bag = {};
  for (const b of bags) addInto(out, b);
  return normalize(out);
}
