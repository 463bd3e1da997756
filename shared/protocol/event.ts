import { z } from 'zod';
import { RoleIdSchema } from '../content/schema';
import { PERSONALITIES } from '../bots/types';
import type { Signal } from '../debrief/signals';
import type { Where } from '../event/placement';
import type { PhaseId, RoleId } from '../model/ids';
import { EVENT_NOTE_MAX, EVENT_ROOM_NAME, EVENT_SAY_MAX, PROTOCOL_VERSION } from './constants';

export { EVENT_NOTE_MAX, EVENT_ROOM_NAME, EVENT_SAY_MAX };
import { PhaseTimersSchema, PlayerNameSchema } from './messages';

// A training day ("Ik begeleid een dag"): one event, one code, many tables. Every client→server
// message of the event room as zod schemas, and what the server sends back. The tables themselves
// are ordinary table rooms (messages.ts): a placed player joins theirs with the seat token the event
// hands out.


/** A short text from one person: trimmed, whitespace collapsed, 1–`max` characters, no control characters. */
const shortText = (max: number) =>
  z
    .string()
    .max(4000)
    .transform((s) => s.trim().replace(/\s+/g, ' '))
    .pipe(
      z
        .string()
        .min(1, { message: 'empty' })
        .max(max, { message: `at most ${max} characters` })
        .refine((s) => !/[\p{Cc}\p{Cf}]/u.test(s), { message: 'control characters' }),
    );

export const EventSettingsSchema = z
  .object({
    /** The day's title on the projector (optional). */
    title: z.string().max(80).optional(),
    rounds: z.number().int().min(1).max(8),
    timers: PhaseTimersSchema,
    /** The roles in play, in the order people take them (the Bibliotheek and the gemeente first anyway). */
    roles: z.array(RoleIdSchema).min(3),
    /** Most seats at one table (3–8). */
    seatsPerTable: z.number().int().min(3).max(8),
    /** Roles nobody plays are played by bots of this personality; null: no bots. */
    bots: z.enum(PERSONALITIES).nullable(),
    /** Without bots, people beyond the tables' seats share a role or observe. */
    leftover: z.enum(['share', 'observe']),
    anonymousReflections: z.boolean(),
    /** After the first game every table plays again with every interest on the table. */
    secondGame: z.boolean(),
    /** Phases run together for all tables (the default) or per table. */
    phasesTogether: z.boolean().default(true),
    /** The edition every table plays, by the code it is stored under (absent: the standard edition). */
    edition: z.string().regex(/^[A-Z2-9]{8}$/).optional(),
  })
  .strict();
export type EventSettings = z.infer<typeof EventSettingsSchema>;

/** Joining the event room: a participant by name, a returning one by token, the facilitator by key, or a projector. */
export const EventJoinSchema = z
  .object({
    protocol: z.literal(PROTOCOL_VERSION),
    /** Marks a join into an event (the server's matchmaking tells the two kinds of room apart by it). */
    event: z.literal(true),
    name: PlayerNameSchema.optional(),
    /** Kept in the browser: gives a participant their place back after a reload. */
    participantToken: z.string().min(10).max(64).optional(),
    /** The facilitator's credential (also the host key of every table of the event). */
    hostKey: z.string().min(10).max(64).optional(),
    /** The event's projector (lobby, wall, comparison): the read-only key the facilitator's welcome carries. */
    projectorKey: z.string().min(10).max(64).optional(),
    /** Only when creating: the day's settings. */
    settings: EventSettingsSchema.optional(),
    /** A proof of work, when the server asks for one (`proof_needed`), as for a table (shared/protocol/proof.ts). */
    proof: z.string().min(3).max(40).optional(),
  })
  .strict();
export type EventJoin = z.input<typeof EventJoinSchema>;

/** Which tables a facilitator's command is for: all of them (absent) or these (0-based). */
const tables = z.array(z.number().int().min(0).max(63)).max(64).optional();
const ref = z.string().max(32).optional();

export const EventCommandSchema = z.discriminatedUnion('kind', [
  /** Before the start: tables created and their games started; players get their seat tokens. */
  z.object({ kind: z.literal('start') }).strict(),
  z.object({ kind: z.literal('advance'), tables }).strict(),
  z.object({ kind: z.literal('pause'), tables }).strict(),
  z.object({ kind: z.literal('resume'), tables }).strict(),
  z.object({ kind: z.literal('extend'), seconds: z.number().int().min(10).max(600), tables }).strict(),
  z.object({ kind: z.literal('end'), tables }).strict(),
  /** After the first game: every table plays again with the cards on the table. */
  z.object({ kind: z.literal('secondGame') }).strict(),
  /** Phases together for all tables, or per table. */
  z.object({ kind: z.literal('phasesTogether'), together: z.boolean() }).strict(),
  /** Before the start: someone to another table (the next number: a new one) and role; `share`: together with the role's one player. */
  z.object({ kind: z.literal('move'), person: z.string().min(1).max(32), table: z.number().int().min(0).max(63), role: RoleIdSchema.optional(), share: z.boolean().optional() }).strict(),
  /** What the event's projector shows: the wall (null), one table, or the comparison. */
  z.object({ kind: z.literal('focus'), table: z.union([z.number().int().min(0).max(63), z.literal('compare')]).nullable() }).strict(),
]);
export type EventCommand = z.infer<typeof EventCommandSchema>;


export const EventClientMessages = {
  host: z.object({ command: EventCommandSchema, ref }).strict(),
  /** A short message from the facilitator to every screen of the event. */
  say: z.object({ text: shortText(EVENT_SAY_MAX), ref }).strict(),
  /** An observer's (or the facilitator's) note for the debrief. */
  note: z.object({ text: shortText(EVENT_NOTE_MAX), ref }).strict(),
} as const;
export type EventClientMessageType = keyof typeof EventClientMessages;

/** One table as the console's overview shows it. Only what the table's projector may show, plus the signals. */
export interface TableOverview {
  index: number;
  code: string;
  /** 1 for the first game, 2 for the second (cards on the table). */
  game: 1 | 2;
  status: 'lobby' | 'playing' | 'ended';
  round: number;
  phase: PhaseId | null;
  phaseEndsAt: number;
  paused: boolean;
  onBoard: number;
  target: number;
  projects: number;
  /** Moves recorded at the table so far (the overview sees a table move). */
  actions: number;
  seats: { role: RoleId | ''; name: string; connected: boolean; bot: boolean }[];
  /** Who worked with whom so far (trades, gifts, projects together): public, as on the table's projector. */
  links: { a: RoleId; b: RoleId; weight: number }[];
  /** The table's live signals ("Om te benoemen"), for the facilitator only. */
  signals: Signal[];
  /** Server time of this summary. */
  at: number;
}

export type EventWhere = Where;

export interface EventServerMessages {
  eventWelcome: {
    code: string;
    host: boolean;
    participantToken: string | null;
    hostKey: string | null;
    /** For the facilitator only: the event projector's read-only key. */
    projectorKey: string | null;
    joinUrl: string;
    serverTime: number;
  };
  /** To a participant: where they are, and for a seat, the table room and seat token to join it with. */
  placed: { where: Where; table: number | null; tableCode: string | null; seatToken: string | null; shared: boolean; message: { nl: string; en: string } };
  /** To the facilitator (and the event's projector without signals): the day as it stands. */
  overview: {
    status: 'lobby' | 'playing' | 'ended';
    game: 1 | 2;
    phasesTogether: boolean;
    /** The day plays a second game with the cards on the table (its settings). */
    secondGame: boolean;
    /** The day's title for the projector, when the facilitator gave one. */
    title: string | null;
    focus: number | 'compare' | null;
    people: { id: string; name: string; where: Where; connected: boolean }[];
    tables: TableOverview[];
  };
  /** The facilitator's short message, to every screen of the event (tables included). */
  eventSay: { text: string; at: number };
  ack: { ref?: string };
  error: { code: string; params: Record<string, string | number>; ref?: string };
}
