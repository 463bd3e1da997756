// Codes the server uses besides the engine's own (shared/rules ErrorCode). The client translates
// every code; `params` carry the details (e.g. params.reason for 'bad_message').

/** Refusals sent as an `error` message; the connection stays open. */
export const ROOM_ERROR_CODES = [
  /** The message did not parse: params.reason says where and why. */
  'bad_message',
  /** Too many messages: this one was dropped. Keep flooding and the connection is closed. */
  'throttled',
  /** A host command from a client without the facilitator credential. */
  'not_host',
  /** An action from a client that has no seat (projector, facilitator). */
  'not_a_seat',
  'role_taken',
  'role_not_offered',
  'room_full',
  'game_started',
  'game_not_started',
  /** Start with an edition (settings.edition) that is not stored, or no longer passes the check: params.edition. */
  'unknown_edition',
  'game_over',
  /** Start needs 3–8 seated players, each with a role: params.seats, params.min, params.max. */
  'not_enough_players',
  'seat_without_role',
  /** freeSeat/botSeat/humanSeat on a seat that does not exist; removeMember on a watcher id that is gone (params.member). */
  'unknown_seat',
  /** humanSeat / takeBackSeat on a seat no bot plays. */
  'not_a_bot_seat',
  /** A player's move while a bot plays their seat: take the seat back first (takeBackSeat). */
  'bot_plays_seat',
  'paused',
  'not_paused',
  /** extend/pause on a phase without a timer. */
  'untimed',
  /** A reflection before the game ended. */
  'game_not_over',
  /** A reflection to a question this game does not ask. */
  'unknown_question',
  /** A seat (or the room) gave as many reflections as allowed: params.max. */
  'too_many_reflections',
  /** hideReflection with an id that is not a reflection of this room. */
  'unknown_reflection',
  /** setName (or a join by name) with a name a bot or another seat already has. */
  'name_taken',
  /** inviteSeat for a seat that still has its player. */
  'seat_taken',
  /** The server could not record the move; nothing changed. */
  'server_error',
] as const;
export type RoomErrorCode = (typeof ROOM_ERROR_CODES)[number];

/**
 * Why a join/create was refused. The SDK rejects `join`/`create` with an error whose `message`
 * is `code` or `code: reason`; read it with `parseJoinError`.
 */
export const JOIN_ERROR_CODES = [
  /** The join options did not parse (reason: where and why). */
  'bad_options',
  'not_found',
  'room_full',
  'game_started',
  /** A newcomer (or a stranger watching) at a game that has ended: only its own players and host come back in. */
  'game_over',
  /** The seatToken or hostKey is unknown (a freed seat's old token, a typo'd key). */
  'bad_token',
  /** Too many failed joins from this address: wait params.retryAfter seconds. */
  'too_many_attempts',
  /** Many failed joins from this address (or everywhere): join again with `proof` for this code (reason: the bits, shared/protocol/proof.ts). */
  'proof_needed',
  /** A name a bot or another seat of the room already has. */
  'name_taken',
  'shutting_down',
] as const;
export type JoinErrorCode = (typeof JOIN_ERROR_CODES)[number];

export function joinErrorMessage(code: JoinErrorCode, reason?: string): string {
  return reason ? `${code}: ${reason}` : code;
}

export function parseJoinError(message: string): { code: JoinErrorCode | 'unknown'; reason: string } {
  const i = message.indexOf(':');
  const head = (i < 0 ? message : message.slice(0, i)).trim();
  const reason = i < 0 ? '' : message.slice(i + 1).trim();
  const known = (JOIN_ERROR_CODES as readonly string[]).includes(head);
  return { code: known ? (head as JoinErrorCode) : 'unknown', reason: known ? reason : message };
}

/** WebSocket close codes the server uses (the SDK reports them in `room.onLeave(code)`). */
export const CLOSE_CODES = {
  /** Colyseus: the server is shutting down; come back with the stored seatToken. */
  shutdown: 4001,
  /** Disconnected for flooding; the seat is kept, rejoin with the seatToken. */
  flooded: 4429,
  /** The host freed this seat; the seatToken no longer works. */
  removed: 4403,
  /** The same seat was taken over by a newer connection (another tab or a reload). */
  replaced: 4409,
} as const;
