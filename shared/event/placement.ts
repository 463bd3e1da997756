import { MAX_SEATS, MIN_SEATS, type RoleId } from '../model/ids';

// Where everyone of a training day sits: pure, so the server, the console and the tests agree.
//
// - Tables hold 3–8 seats (never more than the event's seats per table, nor more than its roles in
//   play). As few tables as the seats allow, and the people spread over them as evenly as the
//   numbers allow (sizes differ by at most one).
// - People take the roles in the event's order, so the Bibliotheek and the gemeente (listed first,
//   `coreFirst`) have a person at every table with two people or more; bots play the rest.
// - Too few people for a table of three: with bots, bots fill it; without, the people left over
//   share a role (two phones, one seat) or watch as observers.
// - Before the start, a late arrival takes an open seat (the table with the fewest people) or
//   waits; three who wait make a new table. The facilitator may move anyone to another table or
//   role: whoever held that role changes places with them.

export type Leftover = 'share' | 'observe';

export interface PlacementOptions {
  /** Most seats at one table (3–8). */
  seatsPerTable: number;
  /** The roles in play, in the order people take them (see `coreFirst`). */
  roles: readonly RoleId[];
  /** Roles nobody plays are played by bots (so a table is full even with few people). */
  bots: boolean;
  /** Without bots, people who do not make a table of three: share a role, or observe. */
  leftover: Leftover;
}

export interface SeatPlan {
  role: RoleId;
  /** Nobody: a bot plays it. One: a player. Two: a shared role (both control the seat). */
  people: string[];
}

export interface TablePlan {
  seats: SeatPlan[];
  observers: string[];
}

export interface Placement {
  tables: TablePlan[];
  /** Late arrivals without an open seat, in order of arrival. */
  waiting: string[];
}

export type Where = { table: number; role: RoleId; shared: boolean } | { table: number; observer: true } | { waiting: true } | null;

/** The Bibliotheek and the gemeente first, then the other roles in their own order. */
export function coreFirst(roles: readonly RoleId[]): RoleId[] {
  const core: RoleId[] = (['bibliotheek', 'gemeente'] as RoleId[]).filter((r) => roles.includes(r));
  return [...core, ...roles.filter((r) => !core.includes(r))];
}

/** Seats one table may have: the event's seats per table, within 3–8 and the roles in play. */
export function capacity(opts: PlacementOptions): number {
  return Math.max(MIN_SEATS, Math.min(MAX_SEATS, opts.seatsPerTable, opts.roles.length));
}

function table(people: string[][], opts: PlacementOptions): TablePlan {
  const roles = coreFirst(opts.roles);
  const n = opts.bots ? Math.max(capacity(opts), people.length) : people.length;
  return { seats: roles.slice(0, n).map((role, i) => ({ role, people: people[i] ?? [] })), observers: [] };
}

/** Everyone placed at once, in order of arrival (spread round the tables, so arrivals mix). */
export function placeAll(people: readonly string[], opts: PlacementOptions): Placement {
  const unique = [...new Set(people)];
  const cap = capacity(opts);
  if (unique.length === 0) return { tables: [], waiting: [] };
  // Without bots, fewer than three people cannot make a table: they wait for more.
  if (!opts.bots && unique.length < MIN_SEATS) return { tables: [], waiting: unique };
  let count = Math.ceil(unique.length / cap);
  // Without bots a table needs three people; with bots, any table is filled up to its seats.
  if (!opts.bots) count = Math.max(1, Math.min(count, Math.floor(unique.length / MIN_SEATS)));
  const seated = Math.min(unique.length, count * cap);
  const groups: string[][][] = Array.from({ length: count }, () => []);
  unique.slice(0, seated).forEach((p, i) => groups[i % count].push([p]));
  const tables = groups.map((g) => table(g, opts));
  const rest = unique.slice(seated);
  // Without bots, people beyond the tables' seats share a role (the later roles first) or observe.
  rest.forEach((p, i) => {
    const t = tables[i % tables.length];
    if (opts.leftover === 'observe') t.observers.push(p);
    else t.seats[t.seats.length - 1 - (Math.floor(i / tables.length) % t.seats.length)].people.push(p);
  });
  return { tables, waiting: [] };
}

/** Where someone is. */
export function whereIs(pl: Placement, person: string): Where {
  for (let t = 0; t < pl.tables.length; t++) {
    const tab = pl.tables[t];
    for (const s of tab.seats) if (s.people.includes(person)) return { table: t, role: s.role, shared: s.people.length > 1 };
    if (tab.observers.includes(person)) return { table: t, observer: true };
  }
  return pl.waiting.includes(person) ? { waiting: true } : null;
}

/** Everyone placed, each once: seated, observing or waiting. */
export function everyone(pl: Placement): string[] {
  return [...pl.tables.flatMap((t) => [...t.seats.flatMap((s) => s.people), ...t.observers]), ...pl.waiting];
}

/** People at a table who play a seat (a shared seat counts each of its two). */
export const playersAt = (t: TablePlan): number => t.seats.reduce((n, s) => n + s.people.length, 0);

function clone(pl: Placement): Placement {
  return { tables: pl.tables.map((t) => ({ seats: t.seats.map((s) => ({ role: s.role, people: [...s.people] })), observers: [...t.observers] })), waiting: [...pl.waiting] };
}

/** An open seat at a table: a seat a bot would play, or a role in play the table does not use yet. */
function openSeat(t: TablePlan, opts: PlacementOptions): number {
  const free = t.seats.findIndex((s) => s.people.length === 0);
  if (free >= 0) return free;
  if (t.seats.length >= capacity(opts)) return -1;
  const used = new Set(t.seats.map((s) => s.role));
  const role = coreFirst(opts.roles).find((r) => !used.has(r));
  if (!role) return -1;
  t.seats.push({ role, people: [] });
  return t.seats.length - 1;
}

/** A late arrival before the start: the open seat at the table with the fewest people, or the waiting list. */
export function placeLate(pl: Placement, person: string, opts: PlacementOptions): Placement {
  if (whereIs(pl, person)) return pl;
  const out = clone(pl);
  const order = out.tables.map((t, i) => ({ t, i, n: playersAt(t) })).sort((a, b) => a.n - b.n || a.i - b.i);
  for (const { t } of order) {
    const seat = openSeat(t, opts);
    if (seat >= 0) {
      t.seats[seat].people.push(person);
      return out;
    }
  }
  out.waiting.push(person);
  // Three who wait make a table of their own (with bots for the rest of its seats).
  if (out.waiting.length >= MIN_SEATS) out.tables.push(table(out.waiting.splice(0).map((p) => [p]), opts));
  return out;
}

export type MoveRefusal = 'unknown_person' | 'unknown_table' | 'role_not_offered' | 'table_full' | 'cannot_share';

/**
 * The facilitator moves someone before the start: to a table, and a role there (or the first open
 * seat). Whoever held that role takes the mover's old place; a shared seat keeps its other player.
 * With `share`, the mover shares the role with the one person who holds it (two phones, one seat).
 */
export function movePerson(pl: Placement, person: string, to: number, opts: PlacementOptions, role?: RoleId, share = false): Placement | MoveRefusal {
  const from = whereIs(pl, person);
  if (!from) return 'unknown_person';
  if (to < 0 || to > pl.tables.length) return 'unknown_table';
  if (role && !opts.roles.includes(role)) return 'role_not_offered';
  const out = clone(pl);
  if (to === out.tables.length) out.tables.push({ seats: [], observers: [] }); // a new table
  const target = out.tables[to];
  // Take the person out of their old place, remembering it.
  let oldSeat: SeatPlan | null = null;
  if ('role' in from) {
    oldSeat = out.tables[from.table].seats.find((s) => s.role === from.role)!;
    oldSeat.people = oldSeat.people.filter((p) => p !== person);
  } else if ('observer' in from) {
    const t = out.tables[from.table];
    t.observers = t.observers.filter((p) => p !== person);
  } else out.waiting = out.waiting.filter((p) => p !== person);

  let seat = role ? target.seats.findIndex((s) => s.role === role) : openSeat(target, opts);
  if (role && seat < 0) {
    if (target.seats.length >= capacity(opts)) return 'table_full';
    target.seats.push({ role, people: [] });
    seat = target.seats.length - 1;
  }
  if (seat < 0) return 'table_full';
  const dest = target.seats[seat];
  if (share && (dest.people.length !== 1 || dest === oldSeat)) return 'cannot_share';
  // Whoever sat there alone takes the mover's old seat (or, without one, their old place).
  if (!share && dest.people.length === 1 && dest !== oldSeat) {
    const [other] = dest.people;
    dest.people = [];
    if (oldSeat) oldSeat.people.push(other);
    else if ('observer' in from) out.tables[from.table].observers.push(other);
    else out.waiting.push(other);
  }
  dest.people.push(person);
  return out;
}

/** Seats a table plays with (3–8): its people's seats, with bots for the rest when the event allows bots. */
export function tableSeats(t: TablePlan, opts: PlacementOptions): SeatPlan[] {
  return opts.bots ? t.seats : t.seats.filter((s) => s.people.length > 0);
}

/** Why a placement cannot start, or null: every table 3–8 seats, nobody twice. */
export function placementProblem(pl: Placement, opts: PlacementOptions): string | null {
  const all = everyone(pl);
  if (new Set(all).size !== all.length) return 'someone is placed twice';
  for (let i = 0; i < pl.tables.length; i++) {
    const n = tableSeats(pl.tables[i], opts).length;
    if (n > 0 && (n < MIN_SEATS || n > MAX_SEATS)) return `table ${i + 1} has ${n} seats`;
  }
  return null;
}
