import type { Personality } from '../../shared/bots/types';
import { MAX_SEATS, MIN_SEATS, type RoleId } from '../../shared/model/ids';
import type { SeatInfo } from '../../shared/protocol/room';
import { matchesHash } from '../secrets';
import type { StoredSeat } from '../store/types';

// Who sits where. A seat belongs to the player holding its token (kept only as a hash); the
// connection that currently speaks for it is `sessionId`. Seat numbers are array positions: in
// the lobby they close up when someone leaves, from the start they are the engine's seats.

export interface Seat {
  name: string;
  role: RoleId | '';
  /** Null once the host freed the seat during a game: the next newcomer takes it. */
  tokenHash: string | null;
  sessionId: string | null;
  connected: boolean;
  /** The grace period ran out (or the player left during the game): still theirs until freed. */
  away: boolean;
  /** The personality of the bot playing the seat; '' while a person plays it. */
  bot: Personality | '';
  /** A shared seat (a training day): the second person's token, as a hash; their phone controls the seat too. */
  shareHash: string | null;
}

/** A bot's name on the seat list; the client shows its personality next to it. */
export const BOT_NAME = 'Bot';

export type SeatRefusal = { code: 'role_taken' | 'role_not_offered' | 'room_full' | 'unknown_seat'; params?: Record<string, string | number> };

export class SeatTable {
  readonly seats: Seat[];

  constructor(stored: StoredSeat[] = []) {
    this.seats = stored.map((s) => ({
      name: s.name,
      role: s.role,
      tokenHash: s.tokenHash,
      sessionId: null,
      connected: false,
      away: false,
      bot: s.bot ?? '',
      shareHash: s.shareHash ?? null,
    }));
  }

  /** Second phones of shared seats, by connection: they act for the seat and see its view, but do not hold it. */
  readonly mirrors = new Map<string, number>();

  isMirror(sessionId: string): boolean {
    return this.mirrors.has(sessionId);
  }

  /** The seat whose share token this is, or -1. */
  byShareToken(token: string): number {
    return this.seats.findIndex((s) => matchesHash(token, s.shareHash));
  }

  /** A shared seat's second phone connects; the connection it replaces (a reload), if any. */
  mirror(seat: number, sessionId: string): string | null {
    let previous: string | null = null;
    for (const [id, at] of this.mirrors) if (at === seat) (previous = id), this.mirrors.delete(id);
    this.mirrors.set(sessionId, seat);
    return previous;
  }

  /** After a restart: seats nobody came back to within the grace period are away. */
  markUnclaimedAway(): boolean {
    let changed = false;
    for (const s of this.seats) {
      if (s.sessionId === null && s.tokenHash !== null && !s.away) {
        s.away = true;
        changed = true;
      }
    }
    return changed;
  }

  get length(): number {
    return this.seats.length;
  }

  get(seat: number): Seat | undefined {
    return this.seats[seat];
  }

  bySession(sessionId: string): number {
    const own = this.seats.findIndex((s) => s.sessionId === sessionId);
    return own >= 0 ? own : (this.mirrors.get(sessionId) ?? -1);
  }

  byToken(token: string): number {
    return this.seats.findIndex((s) => matchesHash(token, s.tokenHash));
  }

  /** A lobby newcomer takes the next seat. */
  add(name: string, tokenHash: string, sessionId: string): number | SeatRefusal {
    if (this.seats.length >= MAX_SEATS) return { code: 'room_full', params: { max: MAX_SEATS } };
    this.seats.push({ name, role: '', tokenHash, sessionId, connected: true, away: false, bot: '', shareHash: null });
    return this.seats.length - 1;
  }

  /**
   * During a game the host invites someone for an empty seat: a fresh token, whoever had it before
   * (a removed player, an earlier invitation) is out. A seat without a name is waiting for its guest.
   */
  invite(seat: number, tokenHash: string): SeatRefusal | { code: 'seat_taken' | 'bot_plays_seat' } | null {
    const s = this.seats[seat];
    if (!s) return { code: 'unknown_seat', params: { seat } };
    if (s.bot) return { code: 'bot_plays_seat' };
    if (s.tokenHash !== null && s.name !== '') return { code: 'seat_taken' };
    Object.assign(s, { name: '', tokenHash, sessionId: null, connected: false, away: false });
    return null;
  }

  /** A name (any case, spaces around it ignored) a bot or another seat already has. */
  nameTaken(name: string, except = -1): boolean {
    // Compatibility forms folded too (a full-width "Ｂｏｔ" is "Bot"); other scripts' look-alikes are not caught.
    const key = (n: string) => n.normalize('NFKC').trim().toLocaleLowerCase('nl');
    const wanted = key(name);
    if (wanted === key(BOT_NAME)) return true;
    return this.seats.some((s, i) => i !== except && s.name !== '' && key(s.name) === wanted);
  }

  bind(seat: number, sessionId: string): void {
    Object.assign(this.seats[seat], { sessionId, connected: true, away: false });
  }

  /** The connection dropped; the grace period runs. */
  dropped(seat: number): void {
    this.seats[seat].connected = false;
  }

  /** No connection speaks for the seat any more. */
  unbind(seat: number, away = true): void {
    Object.assign(this.seats[seat], { sessionId: null, connected: false, away });
  }

  claimRole(seat: number, role: RoleId, offered: readonly RoleId[]): SeatRefusal | null {
    if (!this.seats[seat]) return { code: 'unknown_seat', params: { seat } };
    if (!offered.includes(role)) return { code: 'role_not_offered', params: { role } };
    const holder = this.seats.findIndex((s) => s.role === role);
    if (holder >= 0 && holder !== seat) return { code: 'role_taken', params: { role, seat: holder } };
    this.seats[seat].role = role;
    return null;
  }

  releaseRole(seat: number): void {
    this.seats[seat].role = '';
  }

  /** Drops claims on roles no longer offered (after the host changed the settings). */
  keepOffered(offered: readonly RoleId[]): void {
    for (const s of this.seats) if (s.role && !offered.includes(s.role)) s.role = '';
  }

  rename(seat: number, name: string): void {
    this.seats[seat].name = name;
  }

  /** Lobby: the seat disappears and later seats move up one. */
  remove(seat: number): void {
    this.seats.splice(seat, 1);
    for (const [id, at] of this.mirrors) if (at === seat) this.mirrors.delete(id);
    else if (at > seat) this.mirrors.set(id, at - 1);
  }

  /** Game: the seat (and its role) stays, empty, until the host invites someone for it. */
  vacate(seat: number): void {
    Object.assign(this.seats[seat], { name: '', tokenHash: null, sessionId: null, connected: false, away: false, bot: '', shareHash: null });
    for (const [id, at] of this.mirrors) if (at === seat) this.mirrors.delete(id); // a shared seat's second phone lets go too
  }

  /** The roles bots take at the start: those listed that no player claimed (each once). */
  botsToAdd(bots: readonly { role: RoleId; personality: Personality }[]): { role: RoleId; personality: Personality }[] {
    const taken = new Set<string>(this.seats.map((s) => s.role));
    return bots.filter((b) => !taken.has(b.role) && (taken.add(b.role), true));
  }

  /** Why the game cannot start with these seats (and `bots` more), or null. */
  startProblem(bots = 0): { code: 'not_enough_players' | 'seat_without_role'; params: Record<string, number> } | null {
    const n = this.seats.length + bots;
    if (n < MIN_SEATS || n > MAX_SEATS) {
      return { code: 'not_enough_players', params: { seats: n, min: MIN_SEATS, max: MAX_SEATS } };
    }
    const missing = this.seats.findIndex((s) => !s.role);
    return missing >= 0 ? { code: 'seat_without_role', params: { seat: missing } } : null;
  }

  /** At the start: a seat for each bot, after the players' seats. */
  addBots(bots: readonly { role: RoleId; personality: Personality }[]): void {
    for (const b of bots) {
      this.seats.push({ name: BOT_NAME, role: b.role, tokenHash: null, sessionId: null, connected: false, away: false, bot: b.personality, shareHash: null });
    }
  }

  /** A bot of this personality plays the seat, or (with '') stops. A bot seat without a player is then free. */
  setBot(seat: number, personality: Personality | ''): void {
    const s = this.seats[seat];
    if (personality === '' && s.tokenHash === null) return this.vacate(seat);
    if (personality !== '' && s.tokenHash === null && !s.name) s.name = BOT_NAME; // a freed seat
    s.bot = personality;
  }

  /** Seats a bot plays now. */
  botSeats(): { seat: number; personality: Personality }[] {
    const out: { seat: number; personality: Personality }[] = [];
    this.seats.forEach((s, seat) => s.bot && out.push({ seat, personality: s.bot }));
    return out;
  }

  roles(): RoleId[] {
    return this.seats.map((s) => s.role as RoleId);
  }

  toStored(): StoredSeat[] {
    return this.seats.map((s) => ({ name: s.name, role: s.role, tokenHash: s.tokenHash, bot: s.bot, ...(s.shareHash ? { shareHash: s.shareHash } : {}) }));
  }

  /** A seat a bot plays shows as connected (and not away), whether or not its player is. */
  toInfo(): SeatInfo[] {
    return this.seats.map((s, seat) => ({
      seat,
      name: s.name,
      role: s.role,
      connected: s.connected || s.bot !== '',
      away: s.away && s.bot === '',
      bot: s.bot,
      standIn: s.bot !== '' && s.tokenHash !== null,
    }));
  }
}
