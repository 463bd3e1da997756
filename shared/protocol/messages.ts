import { z } from 'zod';
import { BagSchema, RoleIdSchema } from '../content/schema';
import { LOCALES, PHASES } from '../model/ids';
import { PERSONALITIES } from '../bots/types';
import { PROJECTOR_SCREENS, PROTOCOL_VERSION } from './constants';
import { REFLECTION_MAX } from './reflections';

// Every client→server message, as zod schemas. The server parses each message with these before
// anything else; a message that does not parse is answered with an `error` reply and changes nothing.

export { PROTOCOL_VERSION, ROOM_NAME } from './constants';

const id = z.string().min(1).max(64);
/** A client's own reference for a message, echoed in the answer so the UI can show it near the control. */
const ref = z.string().max(32).optional();

/** Trimmed, 1–24 characters, no control characters. */
export const PlayerNameSchema = z
  .string()
  .max(200)
  .transform((s) => s.trim().replace(/\s+/g, ' '))
  .pipe(
    z
      .string()
      .min(1)
      .max(24)
      .refine((s) => !/[\p{Cc}\p{Cf}]/u.test(s), { message: 'control characters' }),
  );

/** A reflection: trimmed, whitespace collapsed, 1–280 characters, no control characters. */
export const ReflectionTextSchema = z
  .string()
  .max(4000)
  .transform((s) => s.trim().replace(/\s+/g, ' '))
  .pipe(
    z
      .string()
      .min(1, { message: 'empty answer' })
      .max(REFLECTION_MAX, { message: `at most ${REFLECTION_MAX} characters` })
      .refine((s) => !/[\p{Cc}\p{Cf}]/u.test(s), { message: 'control characters' }),
  );

export const PhaseTimersSchema = z
  .object(Object.fromEntries(PHASES.map((p) => [p, z.number().int().min(10).max(3600).nullable()])) as Record<
    (typeof PHASES)[number],
    z.ZodNullable<z.ZodNumber>
  >)
  .strict();

export const RoomSettingsSchema = z
  .object({
    rounds: z.number().int().min(1).max(8),
    /** Seconds per phase; null for a phase the facilitator (or the players) advance by hand. */
    timers: PhaseTimersSchema,
    roleSwap: z.boolean(),
    /** The roles players may claim. */
    roles: z.array(RoleIdSchema).min(3),
    anonymousReflections: z.boolean(),
    /**
     * Roles bots play: at the start every listed role no player claimed gets a bot seat (after the
     * players' seats). Defaults to none, so settings stored before bots existed still parse.
     */
    bots: z
      .array(z.object({ role: RoleIdSchema, personality: z.enum(PERSONALITIES) }).strict())
      .max(7)
      .default([]),
    /**
     * How many may watch without a seat (projectors, and players who gave up their seat); the
     * facilitator's own devices do not count. Absent: DEFAULT_MAX_SPECTATORS (settings.ts).
     */
    maxSpectators: z.number().int().min(0).max(50).optional(),
    /** Cards on the table: every interest is disclosed to everyone from the start (a training day's second game). */
    cardsOnTable: z.boolean().optional(),
    /**
     * The game seed of a solo practice chosen for a weak spot (its events): used only when one
     * player starts the game with bots in every other seat; any other room draws its own.
     */
    seed: z.number().int().min(1).max(2 ** 31 - 1).optional(),
    /** The edition whose cards the game plays, by the code it is stored under (absent: the standard edition). */
    edition: z.string().regex(/^[A-Z2-9]{8}$/).optional(),
  })
  .strict();
export type RoomSettings = z.infer<typeof RoomSettingsSchema>;

export const ActionSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('proposeTrade'), to: RoleIdSchema, give: BagSchema, get: BagSchema }).strict(),
  z.object({ type: z.literal('acceptTrade'), offerId: id }).strict(),
  z.object({ type: z.literal('declineTrade'), offerId: id }).strict(),
  z.object({ type: z.literal('counterTrade'), offerId: id, give: BagSchema, get: BagSchema }).strict(),
  z.object({ type: z.literal('withdrawTrade'), offerId: id }).strict(),
  z.object({ type: z.literal('gift'), to: RoleIdSchema, resources: BagSchema }).strict(),
  z.object({ type: z.literal('pledge'), projectId: id, resources: BagSchema }).strict(),
  z.object({ type: z.literal('unpledge'), projectId: id, resources: BagSchema }).strict(),
  z.object({ type: z.literal('disclose'), interestId: id, to: z.union([RoleIdSchema, z.literal('all')]) }).strict(),
  z.object({ type: z.literal('guess'), target: RoleIdSchema, interestIds: z.array(id).max(8) }).strict(),
  z.object({ type: z.literal('hold'), personaId: id, resource: z.enum(['bereik', 'vrijwilligers']) }).strict(),
  z.object({ type: z.literal('refer'), personaId: id, to: RoleIdSchema }).strict(),
  z.object({ type: z.literal('takeUp'), personaId: id, resource: z.enum(['bereik', 'vrijwilligers']) }).strict(),
]);
// The host's phase and end actions are sent as host commands, never as seat actions.

export const HostCommandSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('configure'), settings: RoomSettingsSchema }).strict(),
  /** Start; with `settings`, the game uses exactly these (what the console shows when Start is pressed). */
  z.object({ kind: z.literal('start'), settings: RoomSettingsSchema.optional() }).strict(),
  z.object({ kind: z.literal('advance') }).strict(),
  z.object({ kind: z.literal('pause') }).strict(),
  z.object({ kind: z.literal('resume') }).strict(),
  z.object({ kind: z.literal('extend'), seconds: z.number().int().min(10).max(600) }).strict(),
  z.object({ kind: z.literal('end') }).strict(),
  /** Remove a seat's player. In the lobby the seat goes and the door closes (openDoor); in a game it stays empty until `inviteSeat`. */
  z.object({ kind: z.literal('freeSeat'), seat: z.number().int().min(0).max(7) }).strict(),
  /** During a game: a fresh invitation (seat token) for an empty seat, sent to the host as `invite`; an earlier one stops working. */
  z.object({ kind: z.literal('inviteSeat'), seat: z.number().int().min(0).max(7) }).strict(),
  /** After a removal: joins by name and as a watcher are admitted again (the removed browsers stay out). */
  z.object({ kind: z.literal('openDoor') }).strict(),
  /** A new projector key: every screen on the old one is closed and the old link stops working. */
  z.object({ kind: z.literal('newProjectorKey') }).strict(),
  /** During a game: a bot of this personality plays the seat (its player absent or not) until handed back. */
  z.object({ kind: z.literal('botSeat'), seat: z.number().int().min(0).max(7), personality: z.enum(PERSONALITIES) }).strict(),
  /** The bot stops; the seat's player (its token) plays again. A seat without a player stays empty until `inviteSeat`. */
  z.object({ kind: z.literal('humanSeat'), seat: z.number().int().min(0).max(7) }).strict(),
  /** Disconnect a watcher (`RoomInfo.watchers[].id`): a projector, a device without a seat. It may not come back as a watcher. */
  z.object({ kind: z.literal('removeMember'), id: z.string().min(1).max(32) }).strict(),
  /** After the game: what the projector shows (the facilitator leads the debrief from the console). */
  z.object({ kind: z.literal('show'), screen: z.enum(PROJECTOR_SCREENS) }).strict(),
  /** The projector speaks the console's language (sent by the facilitator's device when it connects and on a switch). */
  z.object({ kind: z.literal('wallLocale'), locale: z.enum(LOCALES) }).strict(),
  /** After the game: hide a reflection (`reflections` item id) for everyone. */
  z.object({ kind: z.literal('hideReflection'), id: z.string().min(1).max(32) }).strict(),
]);
export type HostCommand = z.infer<typeof HostCommandSchema>;

/** Client → server, by Colyseus message type. */
export const ClientMessages = {
  claimRole: z.object({ role: RoleIdSchema, ref }).strict(),
  releaseRole: z.object({ ref }).strict(),
  setName: z.object({ name: PlayerNameSchema, ref }).strict(),
  action: z.object({ action: ActionSchema, ref }).strict(),
  host: z.object({ command: HostCommandSchema, ref }).strict(),
  /** The seat's own player takes it back from the bot that played it while they were away. */
  takeBackSeat: z.object({ ref }).strict(),
  /** After the game: a short answer to a debrief question (`samenwerking`, `lesson:<id>`). */
  reflect: z.object({ questionId: z.string().regex(/^[a-z0-9:_-]{1,64}$/, { message: 'unknown question' }), text: ReflectionTextSchema, ref }).strict(),
} as const;
export type ClientMessageType = keyof typeof ClientMessages;
export type ClientMessage<T extends ClientMessageType> = z.input<(typeof ClientMessages)[T]>;

/** Options a client passes when it creates or joins a room. */
export const JoinOptionsSchema = z
  .object({
    protocol: z.literal(PROTOCOL_VERSION),
    /** A player's name; absent for a projector or a facilitator who does not play. */
    name: PlayerNameSchema.optional(),
    /** Kept in the browser: gives a player their seat back after a reload or a lost connection. */
    seatToken: z.string().min(10).max(64).optional(),
    /** The facilitator credential the room's creator received. */
    hostKey: z.string().min(10).max(64).optional(),
    /** Join as a projector/spectator: sees only the projector view. */
    spectator: z.boolean().optional(),
    /** The read-only projector credential (from the facilitator's projector link): a projector the room always admits. */
    projectorKey: z.string().min(10).max(64).optional(),
    settings: RoomSettingsSchema.optional(),
    /** A proof of work for a join by code without credentials, when the server asks for one (`proof_needed`; shared/protocol/proof.ts). */
    proof: z.string().min(3).max(40).optional(),
  })
  .strict();
export type JoinOptions = z.input<typeof JoinOptionsSchema>;

/** Server → client messages, by Colyseus message type. */
export interface ServerMessages {
  /** After joining: what the browser must keep to come back. */
  welcome: {
    code: string;
    seatToken: string | null;
    hostKey: string | null;
    seat: number | null;
    serverTime: number;
    /** The link others join by (`<origin>/?room=CODE`); show it and its QR code. */
    joinUrl: string;
    /** This connection holds the facilitator credential. */
    host: boolean;
    /** This connection sees the projector view (a projector, or a facilitator who does not play). */
    spectator: boolean;
    /** For the facilitator only: the read-only credential of the projector link (`/?room=CODE&projector=1#key=…`). */
    projectorKey: string | null;
    /** This connection is the room's projector (joined with the projector credential). */
    projector: boolean;
  };
  /**
   * The game as this client may see it, in two parts (shared/view/parts.ts): the public part, the
   * same for every connection of the room, and the seat's own part (none for a projector). Sent on
   * joining or coming back, and when a change cannot be sent as a delta. Read with
   * shared/view/reader.ts, which puts the parts together into the view.
   */
  view: import('../view/reader').WholeView;
  /**
   * After a change that changed only the public part for this client: what changed in it since the
   * last one (shared/view/delta.ts). The same bytes go to every connection of the room. `from`
   * counts from the last whole view (0); a client whose own count differs has missed something and
   * must come back for a whole view.
   */
  pub: import('../view/delta').ViewDelta;
  /**
   * After a change that changed this seat's own part (or was its own message): what changed in the
   * public part (`p`, the same bytes as every other connection's) and in its own (`o`), each counted
   * as above; or its own part whole (`w`, its count starting again), when the seat plays another
   * role now. `ack`: the change is this client's own message, accepted (in place of a separate
   * `ack`: one frame, not two).
   */
  delta: import('../view/reader').PartsDelta;
  /** A message was accepted (when its acceptance did not travel with a `delta`). */
  ack: { ref?: string };
  /** A message was refused: a malformed message (code 'bad_message'), a lobby or host refusal, or the engine's code. */
  error: { code: string; params: Record<string, string | number>; ref?: string };
  /** The server is going away (shutdown) or this client is being removed. */
  notice: { kind: 'shutdown' | 'removed' | 'throttled' | 'replaced' };
  /**
   * A bot's move was accepted, and why it made it. Sent to everyone when the reason is public, else
   * only to the seat playing the role it concerns (never to the projector). `offerId`: the offer the
   * move answers or withdraws, or the new offer (proposeTrade, counterTrade).
   */
  botSaid: {
    seat: number;
    role: import('../model/ids').RoleId;
    action: import('../rules/types').ActionType;
    offerId?: string;
    reason: import('../bots/types').BotText;
    at: number;
  };
  /**
   * After the game: every reflection so far, after each change and on joining. Anonymous rooms
   * never carry an author; a hidden answer's text is '' for everyone.
   */
  /**
   * After the game: the answers as this connection may see them, in an order that tells nothing
   * (by id). `full`: the whole list (on joining); otherwise only the answers added or changed since.
   */
  reflections: { items: import('./reflections').ReflectionItem[]; full?: boolean };
  /** To the host, after `inviteSeat`: the seat's fresh token and the link that takes the seat. */
  invite: { seat: number; seatToken: string; url: string };
  /** During play, to the facilitator without a seat only: what is worth saying aloud (shared/debrief/signals.ts). */
  signals: { items: import('../debrief/signals').Signal[] };
}

