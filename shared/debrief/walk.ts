import { add } from '../model/bag';
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
  const note = (seats: readonly RoleId[]) =>
    seats.forEach((r, i) => {
      let set = out.get(r);
      if (!set) out.set(r, (set = new Set()));
      set.add(i);
    });
  note(s.config.roles);
  for (const e of s.log) if (e.t === 'swap') note(e.roles);
  return new Map([...out].map(([r, set]) => [r, [...set].sort((a, b) => a - b)]));
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
  for (const e of s.log) {
    if (e.t === 'gift') out.push({ round: e.round, from: e.from, to: e.to, bag: e.resources, kind: 'gift' });
    if (e.t === 'trade') {
      out.push({ round: e.round, from: e.from, to: e.to, bag: e.give, kind: 'trade' });
      out.push({ round: e.round, from: e.to, to: e.from, bag: e.get, kind: 'trade' });
    }
  }
  return out;
}

/** Completed projects with their partners, in the order they were completed. */
export function completions(s: GameState): { projectId: string; round: number; partners: readonly RoleId[] }[] {
  return s.log.flatMap((e) => (e.t === 'completed' ? [{ projectId: e.projectId, round: e.round, partners: e.partners }] : []));
}

export function sumBags(bags: readonly Bag[]): Bag {
  return bags.reduce<Bag>((acc, b) => add(acc, b), {});
}
