import { CloseCode, matchMaker, Room, type AuthContext, type Client } from '@colyseus/core';
import { JoinOptionsSchema, type ServerMessages } from '../../shared/protocol/messages';
import { CLOSE_CODES } from '../../shared/protocol/errors';
import { defaultRoomSettings } from '../../shared/protocol/settings';
import { generateRoomCode, newSecret } from '../codes';
import { whoFrom, whoKey, type Who } from '../doors';
import { shareableOrigin } from '../lan';
import { log } from '../log';
import { hashSecret, projectorKeyFor } from '../secrets';
import type { BotDriver } from './botDriver';
import { createBotDriver } from './bots';
import { handleMessage, MESSAGE_TYPES } from './commands';
import { roomContext, type RoomContext } from './context';
import { installFrameScreen } from './frames';
import { GuardBook } from './guards';
import type { RoomPort } from './port';
import { admit, joinFailure, parseOptions } from './join';
import { joinUrlFor, originFrom, type Member } from './members';
import { OfferIds } from './offers';
import { ReflectionBatches, Reflections } from './reflections';
import { receivesSignals, SignalFeed } from './signals';
import { RoomState, writeRoomInfo } from './schema';
import { Table } from './table';
import { linkEventTable, type EventLink } from './eventLink';
import { ChangeFrames } from './changes';
import { sendWholeView, type Ack, type PartsSource } from './views';
import type { GameView } from '../../shared/view/types';
import { loadEditionCards } from '../editions';

// The Colyseus room: a thin adapter. It maps connections to seats, parses messages (commands.ts),
// lets Table and the engine decide, and sends each connection only its own view. Everything that
// changes the table (messages, bots, the phase clock, joins and leaves) runs one at a time through
// `serial`, because a change waits for its commit before the next may look at the state.

const CREATOR_TIMEOUT_MS = 60_000;
/** A finished game nobody looks at any more is unloaded sooner (it loads again on join). */
const ENDED_IDLE_MS = 10 * 60_000;
/** How often the room's clock fires its timers (and sends a state patch, if sync has not already). */
const CLOCK_TICK_MS = 250;

export class TableRoom extends Room<{ state: RoomState }> implements RoomPort {
  ctx!: RoomContext;
  table!: Table;
  readonly members = new Map<string, Member>();
  /** The creator's host key, until the creator's connection arrives. */
  creatorHostKey: string | null = null;
  /** Paces the bot seats' moves (bots.ts). */
  bots: BotDriver | null = null;
  /** Message budgets by seat or watcher, kept across reconnections (frames.ts). */
  guards!: GuardBook;
  /** Watchers the host removed (address and device): they may not watch again. */
  readonly barred = new Set<string>();
  /** Offer ids as clients see them (offers.ts). */
  offerIds!: OfferIds;
  /** The parts of the views as they stand, with offer ids as clients see them. */
  private parts!: PartsSource;
  /** How a change's frames leave the room (changes.ts). */
  private changes!: ChangeFrames;
  /** The players' answers after the game (reflections.ts). */
  reflections!: Reflections;
  /** The facilitator's live signals (signals.ts). */
  signals!: SignalFeed;
  /** A training day's table: its summary to the event, the event's commands in (eventLink.ts). */
  private eventLink: EventLink | null = null;
  /** A facilitator without a seat has joined since the room loaded (so their absence is news). */
  private facilitated = false;
  private idleTimer: { clear(): void } | null = null;
  /** A restored lobby's last activity, so restarts do not keep an empty lobby alive. */
  private idleSince: number | null = null;
  /** The last change queued on this room (serial). */
  private queue: Promise<unknown> = Promise.resolve();

  /** Runs `fn` after every change queued before it; its failure does not stop the queue. */
  serial<T>(fn: () => T | Promise<T>): Promise<T> {
    const p = this.queue.then(fn);
    this.queue = p.catch(() => undefined);
    return p;
  }

  override async onCreate(options: unknown): Promise<void> {
    this.ctx = roomContext();
    this.guards = new GuardBook(this.ctx.flood);
    installFrameScreen(this);
    const deps = { store: this.ctx.store, scheduler: this.clock, now: () => Date.now(), onTimeUp: () => this.onTimeUp() };
    const ticket = (options as { restoreTicket?: unknown } | null)?.restoreTicket;
    const restoring = typeof ticket === 'string' ? this.ctx.restoreTickets.get(ticket) : undefined;
    if (restoring) {
      this.ctx.restoreTickets.delete(ticket as string);
      const stored = await this.ctx.store.loadRoom(restoring);
      if (!stored) throw new Error(`room ${restoring} is not in the database`);
      await loadEditionCards(this.ctx.store, stored.record?.config.edition);
      this.table = Table.restore(stored, deps);
      this.reflections = await Reflections.load(restoring, this.ctx.store);
      this.idleSince = stored.updatedAt;
      // Players get the usual grace period to come back before their seats show as away.
      this.clock.setTimeout(() => {
        if (this.table.seats.markUnclaimedAway()) this.sync();
      }, this.ctx.config.reconnectGraceSeconds * 1000);
      log.info('room restored', { code: restoring, status: this.table.status, seats: this.table.seats.length });
    } else {
      const opts = parseOptions(options);
      const settings = opts.settings ?? defaultRoomSettings(!opts.name && !opts.spectator);
      this.creatorHostKey = newSecret();
      // The code must be free in the database (claimed by the insert) and not live in any process.
      const free = async (c: string): Promise<boolean> => !(await matchMaker.getRoomById(c));
      this.table = await Table.create(generateRoomCode, settings, hashSecret(this.creatorHostKey), deps, free);
      const code = this.table.code;
      this.reflections = Reflections.empty(code, this.ctx.store);
      this.clock.setTimeout(() => this.abandonIfCreatorMissing(), CREATOR_TIMEOUT_MS);
      log.info('room created', { code });
    }
    this.roomId = this.table.code;
    this.offerIds = new OfferIds(`${this.table.code}:${this.table.hostKeyHash}`);
    this.parts = this.offerIds.parts({ pub: () => this.table.publicPart(), own: (seat) => this.table.ownPart(seat) });
    this.autoDispose = false;
    this.state = new RoomState();
    // The room info goes out as it changes (sync); the patch timer only drives the room's clock
    // (phase clock, bots, signals: none needs it finer), instead of checking for changes 20 times a second.
    this.patchRate = CLOCK_TICK_MS;
    this.bots = createBotDriver(this);
    this.signals = new SignalFeed(this);
    this.changes = new ChangeFrames(this, this.parts, () => {
      this.signals.changed();
      if (this.table.status === 'ended') this.scheduleIdleUnload();
    });
    this.eventLink = linkEventTable(this, this.presence);
    for (const type of MESSAGE_TYPES) this.onMessage(type, (client, message) => this.receive(client, type, message));
    this.onMessage('*', (client, type, message) => this.receive(client, String(type), message));
    this.sync();
    this.scheduleIdleUnload();
  }

  override onAuth(_client: Client, options: unknown, context: AuthContext): { who: Who; origin: string } {
    const who = whoFrom(context.ip, context.headers);
    const wait = this.ctx.doors.waitMs(who);
    if (wait > 0) throw joinFailure('too_many_attempts', String(Math.ceil(wait / 1000)));
    if (this.ctx.shuttingDown) throw joinFailure('shutting_down');
    parseOptions(options);
    const { publicUrl, host } = this.ctx.config;
    const origin = originFrom(context.headers, publicUrl);
    return { who, origin: publicUrl ? origin : shareableOrigin(origin, host) };
  }

  override async onJoin(client: Client, options: unknown, auth: { who: Who; origin: string }): Promise<void> {
    const member = await this.serial(async () => {
      const m = admit(this, client.sessionId, JoinOptionsSchema.parse(options), auth.who, joinUrlFor(auth.origin, this.table.code));
      await this.table.flush(); // the new seat (and its token) is stored before the welcome hands it out
      return m;
    });
    this.members.set(client.sessionId, member);
    this.clearIdleUnload();
    this.welcome(client, member);
    this.sendView(client, member);
    this.sendReflectionsTo(client);
    if (receivesSignals(this, member) && this.table.status === 'playing') this.signals.sendTo(client);
    this.sync();
  }

  override onDrop(client: Client): void {
    const member = this.members.get(client.sessionId);
    if (!member || member.closing || this.ctx.shuttingDown) return; // onLeave follows at once
    member.connected = false;
    const seat = this.table.seats.bySession(client.sessionId);
    if (seat >= 0 && !this.table.seats.isMirror(client.sessionId)) this.table.seats.dropped(seat); // a shared seat's second phone holds nothing
    this.ctx.metrics.disconnected.inc({ reason: 'dropped' });
    this.sync();
    const pending = this.allowReconnection(client, this.ctx.config.reconnectGraceSeconds);
    member.pending = pending;
    pending.catch(() => undefined);
  }

  override onReconnect(client: Client): void {
    const member = this.members.get(client.sessionId);
    if (!member) return;
    member.pending = null;
    member.connected = true;
    const seat = this.table.seats.bySession(client.sessionId);
    if (seat >= 0 && !this.table.seats.isMirror(client.sessionId)) this.table.seats.bind(seat, client.sessionId);
    this.clearIdleUnload();
    this.welcome(client, member);
    this.sendView(client, member);
    this.sendReflectionsTo(client);
    if (receivesSignals(this, member) && this.table.status === 'playing') this.signals.sendTo(client);
    this.sync();
  }

  override onLeave(client: Client, code?: number): Promise<void> | void {
    const member = this.members.get(client.sessionId);
    if (!member) return;
    this.members.delete(client.sessionId);
    return this.serial(async () => {
      // A shared seat's second phone leaves nothing behind but itself.
      const seat = this.table.seats.mirrors.delete(client.sessionId) ? -1 : this.table.seats.bySession(client.sessionId);
      if (seat >= 0 && !this.ctx.shuttingDown) {
        if (this.table.status === 'lobby' && code === CloseCode.CONSENTED) {
          await this.table.freeSeat(seat).catch((e: unknown) => log.error('seat not freed', { code: this.roomId, error: String(e) }));
          this.welcomeSeats();
        } else {
          this.table.seats.unbind(seat, true);
          await this.table.saveLobby().catch((e: unknown) => log.error('seats not saved', { code: this.roomId, error: String(e) }));
        }
      }
      this.sync();
      this.scheduleIdleUnload();
    });
  }

  override onBeforeShutdown(): void {
    this.bots?.stop();
    this.signals?.stop();
    this.broadcast('notice', { kind: 'shutdown' } satisfies ServerMessages['notice']);
    this.disconnect(CLOSE_CODES.shutdown).catch(() => undefined);
  }

  /** Unloaded (idle, or the server stops): the queued changes finish, the clock is saved, every write is committed. */
  override async onDispose(): Promise<void> {
    this.changes?.stop();
    this.bots?.stop();
    this.signals?.stop();
    this.eventLink?.stop();
    if (!this.table) return;
    await this.serial(() => undefined);
    await this.table.saveTimer().catch((e: unknown) => log.error('phase clock not saved', { code: this.roomId, error: String(e) }));
    await this.table.flush();
    log.debug('room unloaded', { code: this.roomId });
  }

  override onUncaughtException(error: Error, method: string): void {
    // A refused join (bad token, full room…) is an answer to the client, not a server fault.
    if (method === 'onJoin' || method === 'onAuth') return log.debug('join refused', { code: this.roomId, why: error?.message });
    log.error('room error', { code: this.roomId, method, error: String(error?.stack ?? error) });
  }

  // ---- messages in ---------------------------------------------------------------------------

  /** A message that passed the flood guard (every frame is counted in frames.ts). */
  private receive(client: Client, type: string, data: unknown): void {
    // When the frame reached the process, its wait for a busy event loop included (loop-wait.ts).
    const arrived = this.ctx.metrics.arrival();
    // Admitted on arrival, as before the queue: a flood closes the connection after its first
    // frames were heard, and those still count.
    const member = this.members.get(client.sessionId);
    if (!member || member.closing) return;
    void this.serial(() => handleMessage(this, client, member, type, data, arrived)).catch((e: unknown) => log.error('message failed', { code: this.roomId, error: String(e) }));
  }

  /** The phase clock ran out: the server advances as the host. */
  private onTimeUp(): void {
    void this.serial(async () => {
      const out = await this.table.advance();
      if (out.ok) this.afterChange(true);
      else log.warn('timer advance refused', { code: this.roomId, error: out.error.code });
    }).catch((e: unknown) => log.error('timer advance failed', { code: this.roomId, error: String(e) }));
  }

  // ---- messages out --------------------------------------------------------------------------

  sendTo<K extends keyof ServerMessages>(client: Client, type: K, message: ServerMessages[K]): void {
    client.send(type as string, message);
  }

  welcome(client: Client, member: Member): void {
    const seat = this.table.seats.bySession(client.sessionId);
    this.sendTo(client, 'welcome', {
      code: this.table.code,
      seatToken: member.seatToken,
      hostKey: member.hostKey,
      seat: seat >= 0 ? seat : null,
      serverTime: Date.now(),
      joinUrl: member.joinUrl,
      host: member.host,
      spectator: member.spectator,
      projectorKey: member.host ? projectorKeyFor(this.table.code, this.table.hostKeyHash, this.table.doors.projectorEpoch) : null,
      projector: member.projector,
    });
  }

  /** Seat numbers moved (a lobby seat was given up): everyone seated hears their new number. */
  welcomeSeats(): void {
    for (const client of this.clients) {
      const member = this.members.get(client.sessionId);
      if (member && !member.spectator) this.welcome(client, member);
    }
  }

  /**
   * After every accepted change: the public info, and when the game moved, what changed in every
   * connection's own view (views.ts): a move's frames now, a change of phase's from the server's
   * queue (changes.ts). True when the room sends the acknowledgement (and calls `ack.sent`).
   */
  afterChange(game: boolean, ack?: Ack, moveOnly = false): boolean {
    // A move within a phase changes nothing of the room's info; the bots still look at the table.
    if (moveOnly) this.bots?.sync();
    else this.sync();
    return game ? this.changes.changed(ack, moveOnly) : false;
  }

  /** The reflections as this connection may see them (after the game only): all of them, or a batch of changes. */
  private sendReflectionsTo(client: Client, ids?: Set<string>): void {
    if (this.table.status !== 'ended') return;
    const seat = this.table.seats.bySession(client.sessionId);
    const items = this.reflections.itemsFor(seat, this.table.settings.anonymousReflections, ids);
    this.sendTo(client, 'reflections', ids ? { items, full: false } : { items, full: true });
  }

  private reflectionBatches: ReflectionBatches | null = null;

  /** Changed reflections go out together, as a batch of only the changes (reflections.ts). */
  sendReflections(): void {
    this.reflectionBatches ??= new ReflectionBatches(this.clock, this.ctx.reflectionBatchMs, () => {
      const ids = this.reflections.takeChanged();
      if (ids.size === 0) return;
      for (const client of this.clients) if (this.members.has(client.sessionId)) this.sendReflectionsTo(client, ids);
    });
    this.reflectionBatches.changed(this.reflections.pending, this.table.settings.anonymousReflections);
  }

  /** The connection's whole view (joining, coming back); after changes it gets deltas. */
  private sendView(client: Client, member: Member): void {
    const seat = this.table.seats.bySession(client.sessionId);
    const pub = this.parts.pub();
    if (pub) sendWholeView(client, member, pub, seat >= 0 ? this.parts.own(seat) : null, this.ctx.packing);
  }

  sync(): void {
    let hostConnected = false;
    let facilitatorHere = false;
    let spectators = 0;
    const watchers = [];
    for (const m of this.members.values()) {
      if (this.table.seats.bySession(m.sessionId) < 0) watchers.push({ id: m.id, host: m.host, projector: m.projector, connected: m.connected });
      if (!m.connected) continue;
      if (m.host) hostConnected = true;
      if (m.host && this.table.seats.bySession(m.sessionId) < 0) facilitatorHere = this.facilitated = true;
      if (m.spectator) spectators++;
    }
    const facilitatorAway = this.facilitated && !facilitatorHere;
    // Patched at once when the room changed (a seat, the clock); a move changes nothing here.
    if (writeRoomInfo(this.state, this.table.info({ hostConnected, facilitatorAway, spectators, watchers }))) this.broadcastPatch();
    this.bots?.sync();
  }

  /** Closes a connection on purpose: no grace period. */
  kick(client: Client, member: Member, notice: ServerMessages['notice']['kind'], closeCode: number): void {
    member.closing = true;
    this.ctx.metrics.disconnected.inc({ reason: notice });
    this.sendTo(client, 'notice', { kind: notice });
    client.leave(closeCode);
  }

  // ---- lifetime ------------------------------------------------------------------------------

  private abandonIfCreatorMissing(): void {
    if (this.creatorHostKey === null || this.members.size > 0) return;
    void this.serial(async () => {
      await this.ctx.store.deleteRoom(this.table.code);
      log.info('room deleted: creator never connected', { code: this.roomId });
    })
      .catch((e: unknown) => log.error('room not deleted', { code: this.roomId, error: String(e) }))
      .finally(() => this.disconnect().catch(() => undefined));
  }

  /**
   * A room nobody is connected to is unloaded; a game stays in the database and loads again on
   * join. A lobby nobody is in expires: its row is deleted (counted from its last activity).
   */
  private scheduleIdleUnload(): void {
    if (this.clients.length > 0 || this.members.size > 0) return;
    this.clearIdleUnload();
    const lobby = this.table.status === 'lobby';
    const since = this.idleSince ?? Date.now();
    this.idleSince = null;
    const ms = lobby
      ? Math.max(0, since + this.ctx.lobbyExpiryMs - Date.now())
      : this.table.status === 'ended'
        ? ENDED_IDLE_MS
        : this.ctx.config.idleRoomMinutes * 60_000;
    this.idleTimer = this.clock.setTimeout(() => {
      if (this.members.size > 0) return;
      void this.serial(async () => {
        if (this.members.size > 0) return false;
        if (this.table.status === 'lobby' && !this.ctx.shuttingDown) {
          await this.ctx.store.deleteRoom(this.table.code);
          log.info('empty lobby expired', { code: this.roomId });
        }
        return true;
      }).then(
        (unload) => unload && this.disconnect().catch(() => undefined),
        (e: unknown) => log.error('idle room not unloaded', { code: this.roomId, error: String(e) }),
      );
    }, ms);
  }

  private clearIdleUnload(): void {
    this.idleTimer?.clear();
    this.idleTimer = null;
  }
}
