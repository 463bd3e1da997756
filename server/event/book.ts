import { createHmac } from 'node:crypto';
import { nanoid } from 'nanoid';
import { coreFirst, everyone, movePerson, placeAll, placeLate, tableSeats, whereIs, type MoveRefusal, type Placement, type PlacementOptions, type TablePlan, type Where } from '../../shared/event/placement';
import type { EventSettings } from '../../shared/protocol/event';
import type { RoomSettings } from '../../shared/protocol/messages';
import type { RoleId } from '../../shared/model/ids';
import { generateRoomCode, newSecret } from '../codes';
import { hashSecret, matchesHash } from '../secrets';
import type { RecordStore, StoredEventRow, StoredSeat } from '../store/types';

// One training day without sockets: who came, where they sit, which table rooms it made, the
// observers' notes. Stored whole as JSON (the `events` table) after every change.

export interface EventPerson {
  id: string;
  name: string;
  tokenHash: string;
  at: number;
}

export interface EventNote {
  id: string;
  at: number;
  /** A person's id, or 'host'. */
  by: string;
  table: number | null;
  text: string;
}

export interface EventData {
  settings: EventSettings;
  /** Derives each person's seat token per table room (so a returning phone gets the same one). */
  secret: string;
  people: EventPerson[];
  placement: Placement;
  /** The facilitator moved someone: arrivals no longer reshuffle the tables. */
  manual: boolean;
  status: 'lobby' | 'playing' | 'ended';
  game: 1 | 2;
  /** The table rooms of each game, by table number. */
  games: { game: 1 | 2; codes: string[] }[];
  focus: number | 'compare' | null;
  phasesTogether: boolean;
  notes: EventNote[];
  /** People who arrived during a game and took a bot's seat (the bot plays until they take it over). */
  lateSeats?: string[];
}

/** Most people at one event (ten full tables and some). */
export const MAX_PEOPLE = 120;
export const MAX_NOTES = 400;

const nameKey = (n: string): string => n.normalize('NFKC').trim().toLocaleLowerCase('nl');

export class EventBook {
  constructor(
    readonly code: string,
    readonly hostKeyHash: string,
    readonly createdAt: number,
    public data: EventData,
  ) {}

  static create(code: string, hostKeyHash: string, settings: EventSettings, now = Date.now()): EventBook {
    return new EventBook(code, hostKeyHash, now, {
      settings,
      secret: newSecret(),
      people: [],
      placement: { tables: [], waiting: [] },
      manual: false,
      status: 'lobby',
      game: 1,
      games: [],
      focus: null,
      phasesTogether: settings.phasesTogether,
      notes: [],
    });
  }

  /** A new event under a code no room or event has, claimed in the store. */
  static async claim(store: RecordStore, hostKeyHash: string, settings: EventSettings): Promise<EventBook> {
    for (let i = 0; i < 50; i++) {
      const b = EventBook.create(generateRoomCode(), hostKeyHash, settings);
      if (!(await store.hasRoom(b.code)) && (await store.saveEvent(b.toRow(), true))) return b;
    }
    throw new Error('could not find a free event code');
  }

  static fromRow(row: StoredEventRow): EventBook {
    return new EventBook(row.code, row.hostKeyHash, row.createdAt, JSON.parse(row.data) as EventData);
  }

  toRow(now = Date.now()): StoredEventRow {
    return { code: this.code, createdAt: this.createdAt, updatedAt: now, status: this.data.status, hostKeyHash: this.hostKeyHash, data: JSON.stringify(this.data) };
  }

  get options(): PlacementOptions {
    const s = this.data.settings;
    return { seatsPerTable: s.seatsPerTable, roles: s.roles, bots: s.bots !== null, leftover: s.leftover };
  }

  /** The table rooms of the game being played. */
  get codes(): string[] {
    return this.data.games.find((g) => g.game === this.data.game)?.codes ?? [];
  }

  person(id: string): EventPerson | undefined {
    return this.data.people.find((p) => p.id === id);
  }

  byToken(token: string): EventPerson | undefined {
    return this.data.people.find((p) => matchesHash(token, p.tokenHash));
  }

  where(id: string): Where {
    return whereIs(this.data.placement, id);
  }

  /** Someone new by name: placed at once (in the lobby every arrival evens the tables out, until the facilitator moves someone). */
  join(name: string, now = Date.now()): { person: EventPerson; token: string } | 'name_taken' | 'event_full' {
    if (this.data.people.some((p) => nameKey(p.name) === nameKey(name)) || nameKey(name) === 'bot') return 'name_taken';
    if (this.data.people.length >= MAX_PEOPLE) return 'event_full';
    const token = newSecret();
    const person = { id: nanoid(10), name, tokenHash: hashSecret(token), at: now };
    this.data.people.push(person);
    const d = this.data;
    if (d.status !== 'lobby') d.placement = { ...d.placement, waiting: [...d.placement.waiting, person.id] };
    else if (!d.manual) d.placement = placeAll(d.people.map((p) => p.id), this.options);
    else d.placement = placeLate(d.placement, person.id, this.options);
    return { person, token };
  }

  /**
   * During a game with bots: a late arrival takes a bot's seat at the table with the fewest people
   * (the bot plays on until they take it over); null when no table has one (they wait).
   */
  takeBotSeat(personId: string): { table: number; role: RoleId } | null {
    const d = this.data;
    if (d.status !== 'playing' || d.settings.bots === null) return null;
    const open = d.placement.tables
      .slice(0, this.codes.length)
      .map((t, table) => ({ t, table, people: t.seats.reduce((n, s) => n + s.people.length, 0) }))
      .filter(({ t }) => t.seats.some((s) => s.people.length === 0))
      .sort((a, b) => a.people - b.people || a.table - b.table)[0];
    if (!open) return null;
    const seat = open.t.seats.find((s) => s.people.length === 0)!;
    seat.people.push(personId);
    d.placement.waiting = d.placement.waiting.filter((p) => p !== personId);
    (d.lateSeats ??= []).push(personId);
    return { table: open.table, role: seat.role };
  }

  move(person: string, table: number, role?: RoleId, share = false): MoveRefusal | 'game_started' | null {
    if (this.data.status !== 'lobby') return 'game_started';
    const out = movePerson(this.data.placement, person, table, this.options, role, share);
    if (typeof out === 'string') return out;
    this.data.placement = out;
    this.data.manual = true;
    return null;
  }

  /** A person's seat token for one table room: the same every time it is asked for. */
  seatToken(personId: string, tableCode: string): string {
    return createHmac('sha256', this.data.secret).update(`${personId}:${tableCode}`).digest('base64url').slice(0, 32);
  }

  /** A table room's settings and seats for one table of the placement: people first, bots after. */
  tableRoom(t: TablePlan, code: string, game: 1 | 2): { settings: RoomSettings; seats: StoredSeat[] } {
    const s = this.data.settings;
    const plays = tableSeats(t, this.options);
    const people = plays.filter((seat) => seat.people.length > 0);
    // A shared role: one seat, both phones (the second holds the seat's share token).
    const seats = people.map((seat) => ({
      name: seat.people.map((id) => this.person(id)!.name).join(' & ').slice(0, 49),
      role: seat.role,
      tokenHash: hashSecret(this.seatToken(seat.people[0], code)),
      bot: '' as const,
      ...(seat.people[1] ? { shareHash: hashSecret(this.seatToken(seat.people[1], code)) } : {}),
    }));
    const bots = s.bots === null ? [] : plays.filter((seat) => seat.people.length === 0).map((seat) => ({ role: seat.role, personality: s.bots! }));
    const roles = coreFirst(plays.map((seat) => seat.role));
    const settings: RoomSettings = { rounds: s.rounds, timers: { ...s.timers }, roleSwap: false, roles, anonymousReflections: s.anonymousReflections, bots, maxSpectators: 10 };
    if (game === 2) settings.cardsOnTable = true;
    if (s.edition) settings.edition = s.edition;
    return { settings, seats };
  }

  /** Tables that play: at least one person with a seat. */
  playingTables(): TablePlan[] {
    return this.data.placement.tables.filter((t) => t.seats.some((s) => s.people.length > 0));
  }

  note(by: string, table: number | null, text: string, now = Date.now()): EventNote | 'too_many_notes' {
    if (this.data.notes.length >= MAX_NOTES) return 'too_many_notes';
    const n = { id: nanoid(10), at: now, by, table, text };
    this.data.notes.push(n);
    return n;
  }

  /** Everyone the placement knows, for checks. */
  placed(): string[] {
    return everyone(this.data.placement);
  }
}
