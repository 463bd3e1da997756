import { describe, expect, it } from 'vitest';
import { ROLES, type RoleId } from '../../../shared/model/ids';
import {
  capacity,
  everyone,
  movePerson,
  placeAll,
  placeLate,
  placementProblem,
  playersAt,
  tableSeats,
  whereIs,
  type Placement,
  type PlacementOptions,
} from '../../../shared/event/placement';

// Placement of a training day over every head count 1–80 and every table size 3–8, with and
// without bots, sharing or observing: the properties a facilitator counts on.

const people = (n: number, from = 0): string[] => Array.from({ length: n }, (_, i) => `p${from + i}`);
const SIX: RoleId[] = ['uwv', 'bibliotheek', 'roc', 'gemeente', 'welzijn', 'werkgever'];

function check(pl: Placement, names: string[], opts: PlacementOptions): void {
  expect(placementProblem(pl, opts)).toBeNull();
  // Nobody twice, nobody lost.
  expect(everyone(pl).sort()).toEqual([...names].sort());
  for (const t of pl.tables) {
    const seats = tableSeats(t, opts);
    expect(seats.length).toBeGreaterThanOrEqual(3);
    expect(seats.length).toBeLessThanOrEqual(Math.min(8, opts.seatsPerTable, opts.roles.length));
    expect(new Set(seats.map((s) => s.role)).size).toBe(seats.length);
    // The Bibliotheek and the gemeente are played by people wherever a table has two people.
    const solo = t.seats.filter((s) => s.people.length > 0).length;
    if (solo >= 2) {
      for (const core of ['bibliotheek', 'gemeente'] as const) {
        if (opts.roles.includes(core)) expect(t.seats.find((s) => s.role === core)?.people.length ?? 0).toBeGreaterThan(0);
      }
    }
    for (const s of t.seats) expect(s.people.length).toBeLessThanOrEqual(2);
  }
  // As even as the numbers allow: people per table (seated and observing) differ by at most one.
  const sizes = pl.tables.map((t) => playersAt(t) + t.observers.length);
  if (sizes.length) expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
}

describe('placement of a training day', () => {
  for (const bots of [true, false]) {
    for (const leftover of ['share', 'observe'] as const) {
      it(`holds for 1–80 people at tables of 3–8 seats (bots ${bots}, leftover ${leftover})`, () => {
        for (const roles of [[...ROLES], SIX]) {
          for (let seatsPerTable = 3; seatsPerTable <= 8; seatsPerTable++) {
            const opts: PlacementOptions = { seatsPerTable, roles, bots, leftover };
            for (let n = 1; n <= 80; n++) {
              const names = people(n);
              const pl = placeAll(names, opts);
              check(pl, names, opts);
              if (bots) expect(pl.tables.length).toBe(Math.ceil(n / capacity(opts)));
              else if (n < 3) expect(pl.waiting).toEqual(names);
              else expect(pl.waiting).toEqual([]);
            }
          }
        }
      });
    }
  }

  it('places 14 people at three tables of six with bots, core roles taken by people', () => {
    const opts: PlacementOptions = { seatsPerTable: 6, roles: [...ROLES], bots: true, leftover: 'share' };
    const pl = placeAll(people(14), opts);
    expect(pl.tables.map(playersAt)).toEqual([5, 5, 4]);
    expect(pl.tables.map((t) => t.seats.length)).toEqual([6, 6, 6]);
    expect(pl.tables[2].seats.slice(0, 2).map((s) => s.role)).toEqual(['bibliotheek', 'gemeente']);
    expect(whereIs(pl, 'p0')).toEqual({ table: 0, role: 'bibliotheek', shared: false });
    expect(whereIs(pl, 'p1')).toEqual({ table: 1, role: 'bibliotheek', shared: false });
  });

  it('without bots, one too many shares a role or observes', () => {
    const base = { seatsPerTable: 4, roles: [...ROLES], bots: false } as const;
    const shared = placeAll(people(5), { ...base, leftover: 'share' });
    expect(shared.tables.map((t) => t.seats.length)).toEqual([4]);
    expect(whereIs(shared, 'p4')).toEqual({ table: 0, role: 'roc', shared: true });
    expect(whereIs(shared, 'p3')).toEqual({ table: 0, role: 'roc', shared: true });
    const watched = placeAll(people(5), { ...base, leftover: 'observe' });
    expect(whereIs(watched, 'p4')).toEqual({ table: 0, observer: true });
  });

  it('a late arrival takes an open seat at the emptiest table, or waits; three who wait make a table', () => {
    const opts: PlacementOptions = { seatsPerTable: 4, roles: [...ROLES], bots: true, leftover: 'share' };
    let pl = placeAll(people(7), opts); // 4 + 3: one bot seat at table 2
    pl = placeLate(pl, 'late1', opts);
    expect(whereIs(pl, 'late1')).toMatchObject({ table: 1, shared: false });
    for (const p of ['late2', 'late3']) pl = placeLate(pl, p, opts);
    expect(pl.waiting).toEqual(['late2', 'late3']);
    expect(whereIs(pl, 'late2')).toEqual({ waiting: true });
    pl = placeLate(pl, 'late4', opts);
    expect(pl.waiting).toEqual([]);
    expect(pl.tables).toHaveLength(3);
    expect(pl.tables[2].seats.map((s) => s.people[0] ?? 'bot')).toEqual(['late2', 'late3', 'late4', 'bot']);
    check(pl, [...people(7), 'late1', 'late2', 'late3', 'late4'], opts);
    // Someone already placed is not placed again.
    expect(placeLate(pl, 'p0', opts)).toBe(pl);
  });

  it('the facilitator moves someone to another table and role: the holder changes places', () => {
    const opts: PlacementOptions = { seatsPerTable: 6, roles: [...ROLES], bots: true, leftover: 'share' };
    const pl = placeAll(people(10), opts);
    const moved = movePerson(pl, 'p0', 1, opts, 'gemeente');
    if (typeof moved === 'string') throw new Error(moved);
    expect(whereIs(moved, 'p0')).toEqual({ table: 1, role: 'gemeente', shared: false });
    expect(whereIs(moved, 'p3')).toEqual({ table: 0, role: 'bibliotheek', shared: false });
    check(moved, people(10), opts);
    // To an open seat (a bot's) without naming a role.
    const open = movePerson(pl, 'p2', 1, opts);
    if (typeof open === 'string') throw new Error(open);
    expect(playersAt(open.tables[1])).toBe(6);
    expect(movePerson(pl, 'nobody', 0, opts)).toBe('unknown_person');
    expect(movePerson(pl, 'p0', 5, opts)).toBe('unknown_table');
    expect(movePerson(pl, 'p0', 1, { ...opts, roles: ['bibliotheek', 'gemeente', 'uwv'] }, 'ggd')).toBe('role_not_offered');
    expect(movePerson(open, 'p4', 1, opts)).toBe('table_full');
  });

  it('shares a role on the facilitator\'s word: the mover joins the one person who holds it; the old seat goes to a bot', () => {
    const opts: PlacementOptions = { seatsPerTable: 6, roles: [...ROLES], bots: true, leftover: 'share' };
    const pl = placeAll(people(10), opts);
    const shared = movePerson(pl, 'p3', 0, opts, 'bibliotheek', true);
    if (typeof shared === 'string') throw new Error(shared);
    expect(whereIs(shared, 'p3')).toEqual({ table: 0, role: 'bibliotheek', shared: true });
    expect(whereIs(shared, 'p0')).toEqual({ table: 0, role: 'bibliotheek', shared: true });
    expect(playersAt(shared.tables[1])).toBe(4);
    expect(placementProblem(shared, opts)).toBeNull();
    // Only with one person there: not a seat a bot plays, not a seat already shared, not one's own.
    expect(movePerson(shared, 'p5', 0, opts, 'bibliotheek', true)).toBe('cannot_share');
    expect(movePerson(pl, 'p0', 0, opts, 'bibliotheek', true)).toBe('cannot_share');
    const botRole = pl.tables[1].seats.find((x) => x.people.length === 0)!.role;
    expect(movePerson(pl, 'p0', 1, opts, botRole, true)).toBe('cannot_share');
  });
});
