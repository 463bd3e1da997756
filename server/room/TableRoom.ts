import { CloseCode, Room, type AuthContext, type Client } from '@colyseus/core';
import type { z } from 'zod';
import { JoinOptionsSchema, type ServerMessages } from '../../shared/protocol/messages';
import { CLOSE_CODES } from '../../shared/protocol/errors';
import { defaultRoomSettings } from '../../shared/protocol/settings';
import { newRoomCode, newSecret } from '../codes';
import { shareableOrigin } from '../lan';
import { log } from '../log';
import { hashSecret } from '../secrets';
import type { BotDriver } from './botDriver';
import { createBotDriver } from './bots';
import { handleMessage, MESSAGE_TYPES } from './commands';
import { roomContext, type RoomContext } from './context';
import { admit, joinFailure } from './join';
import { joinUrlFor, originFrom, type Member } from './members';
import { RoomState, writeRoomInfo } from './schema';
import { Table } from './table';

// The Colyseus room: a thin adapter. It maps connections to seats, parses messages (commands.ts),
// lets Table and the engine decide, and sends each connection only its own view.

const CREATOR_TIMEOUT_MS = 60_000;
/** A finished game nobody looks at any more is unloaded sooner (it loads again on join). */
const ENDED_IDLE_MS = 10 * 60_000;

export class TableRoom extends Room<{ state: RoomState }> {
  ctx!: RoomContext;
  table!: Table;
  readonly members = new Map<string, Member>();
  /** The creator's host key, until the creator's connection arrives. */
  creatorHostKey: string | null = null;
  /** Paces the bot seats' moves (bots.ts). */
  bots: BotDriver | null = null;
  private idleTimer: { clear(): void } | null = null;

  override onCreate(options: unknown): void {
    this.ctx = roomContext();
    const deps = { store: this.ctx.store, scheduler: this.clock, now: () => Date.now(), onTimeUp: () => this.onTimeUp() };
    const ticket = (options as { restoreTicket?: unknown } | null)?.restoreTicket;
    const restoring = typeof ticket === 'string' ? this.ctx.restoreTickets.get(ticket) : undefined;
    if (restoring) {
      this.ctx.restoreTickets.delete(ticket as string);
      const stored = this.ctx.store.loadRoom(restoring);
      if (!stored) throw new Error(`room ${restoring} is not in the database`);
      this.table = Table.restore(stored, deps);
      // Players get the usual grace period to come back before their seats show as away.
      this.clock.setTimeout(() => {
        if (this.table.seats.markUnclaimedAway()) this.sync();
      }, this.ctx.config.reconnectGraceSeconds * 1000);
      log.info('room restored', { code: restoring, status: this.table.status, seats: this.table.seats.length });
    } else {
      const opts = parseOptions(options);
      const code = newRoomCode((c) => this.ctx.store.hasRoom(c));
      const settings = opts.settings ?? defaultRoomSettings(!opts.name && !opts.spectator);
      this.creatorHostKey = newSecret();
      this.table = Table.create(code, settings, hashSecret(this.creatorHostKey), deps);
      this.clock.setTimeout(() => this.abandonIfCreatorMissing(), CREATOR_TIMEOUT_MS);
      log.info('room created', { code });
    }
    this.roomId = this.table.code;
    this.autoDispose = false;
    this.state = new RoomState();
    this.bots = createBotDriver(this);
    for (const type of MESSAGE_TYPES) this.onMessage(type, (client, message) => this.receive(client, type, message));
    this.onMessage('*', (client, type, message) => this.receive(client, String(type), message));
    this.sync();
    this.scheduleIdleUnload();
  }

  override onAuth(_client: Client, options: unknown, context: AuthContext): { ip: string | undefined; origin: string } {
    const ip = context.ip;
    const wait = this.ctx.backoff.waitMs(ip);
    if (wait > 0) throw joinFailure('too_many_attempts', String(Math.ceil(wait / 1000)));
    if (this.ctx.shuttingDown) throw joinFailure('shutting_down');
    parseOptions(options);
    const { publicUrl, host } = this.ctx.config;
    const origin = originFrom(context.headers, publicUrl);
    return { ip, origin: publicUrl ? origin : shareableOrigin(origin, host) };
  }

  override onJoin(client: Client, options: unknown, auth: { ip: string | undefined; origin: string }): void {
    const member = admit(this, client.sessionId, JoinOptionsSchema.parse(options), auth.ip, joinUrlFor(auth.origin, this.table.code));
    this.members.set(client.sessionId, member);
    this.clearIdleUnload();
    this.welcome(client, member);
    const seat = this.table.seats.bySession(client.sessionId);
    const view = this.table.viewFor(seat >= 0 ? seat : null);
    if (view) this.sendTo(client, 'view', view);
    this.sync();
  }

  override onDrop(client: Client): void {
    const member = this.members.get(client.sessionId);
    if (!member || member.closing || this.ctx.shuttingDown) return; // onLeave follows at once
    member.connected = false;
    const seat = this.table.seats.bySession(client.sessionId);
    if (seat >= 0) this.table.seats.dropped(seat);
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
    if (seat >= 0) this.table.seats.bind(seat, client.sessionId);
    this.clearIdleUnload();
    this.welcome(client, member);
    const view = this.table.viewFor(seat >= 0 ? seat : null);
    if (view) this.sendTo(client, 'view', view);
    this.sync();
  }

  override onLeave(client: Client, code?: number): void {
    const member = this.members.get(client.sessionId);
    if (!member) return;
    this.members.delete(client.sessionId);
    const seat = this.table.seats.bySession(client.sessionId);
    if (seat >= 0 && !this.ctx.shuttingDown) {
      if (this.table.status === 'lobby' && code === CloseCode.CONSENTED) {
        this.table.freeSeat(seat);
        this.welcomeSeats();
      } else {
        this.table.seats.unbind(seat, true);
        this.table.saveLobby();
      }
    }
    this.sync();
    this.scheduleIdleUnload();
  }

  override onBeforeShutdown(): void {
    this.bots?.stop();
    this.broadcast('notice', { kind: 'shutdown' } satisfies ServerMessages['notice']);
    this.table.saveTimer();
    this.disconnect(CLOSE_CODES.shutdown).catch(() => undefined);
  }

  override onDispose(): void {
    this.bots?.stop();
    this.table?.saveTimer();
    log.debug('room unloaded', { code: this.roomId });
  }

  override onUncaughtException(error: Error, method: string): void {
    // A refused join (bad token, full room…) is an answer to the client, not a server fault.
    if (method === 'onJoin' || method === 'onAuth') return log.debug('join refused', { code: this.roomId, why: error?.message });
    log.error('room error', { code: this.roomId, method, error: String(error?.stack ?? error) });
  }

  // ---- messages in ---------------------------------------------------------------------------

  private receive(client: Client, type: string, data: unknown): void {
    const member = this.members.get(client.sessionId);
    if (!member || member.closing) return;
    const verdict = member.guard.check();
    if (verdict === 'disconnect') {
      log.warn('flood: disconnecting', { code: this.roomId, session: client.sessionId });
      this.kick(client, member, 'throttled', CLOSE_CODES.flooded);
      return;
    }
    if (verdict === 'throttled') {
      if (member.guard.shouldReply()) this.sendTo(client, 'error', { code: 'throttled', params: {} });
      return;
    }
    handleMessage(this, client, member, type, data);
  }

  /** The phase clock ran out: the server advances as the host. */
  private onTimeUp(): void {
    const out = this.table.advance();
    if (out.ok) this.afterChange(true);
    else log.warn('timer advance refused', { code: this.roomId, error: out.error.code });
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
    });
  }

  /** Seat numbers moved (a lobby seat was given up): everyone seated hears their new number. */
  welcomeSeats(): void {
    for (const client of this.clients) {
      const member = this.members.get(client.sessionId);
      if (member && !member.spectator) this.welcome(client, member);
    }
  }

  /** After every accepted change: the public info, and when the game moved, every connection's own view. */
  afterChange(game: boolean): void {
    this.sync();
    if (!game) return;
    let projector: ReturnType<Table['viewFor']> | undefined;
    for (const client of this.clients) {
      const seat = this.table.seats.bySession(client.sessionId);
      const member = this.members.get(client.sessionId);
      if (!member) continue;
      if (seat >= 0) this.sendTo(client, 'view', this.table.viewFor(seat)!);
      else this.sendTo(client, 'view', (projector ??= this.table.viewFor(null))!);
    }
    if (this.table.status === 'ended') this.scheduleIdleUnload();
  }

  sync(): void {
    let hostConnected = false;
    let spectators = 0;
    for (const m of this.members.values()) {
      if (!m.connected) continue;
      if (m.host) hostConnected = true;
      if (m.spectator) spectators++;
    }
    writeRoomInfo(this.state, this.table.info({ hostConnected, spectators }));
    this.bots?.sync();
  }

  /** Closes a connection on purpose: no grace period. */
  kick(client: Client, member: Member, notice: ServerMessages['notice']['kind'], closeCode: number): void {
    member.closing = true;
    this.sendTo(client, 'notice', { kind: notice });
    client.leave(closeCode);
  }

  // ---- lifetime ------------------------------------------------------------------------------

  private abandonIfCreatorMissing(): void {
    if (this.creatorHostKey === null || this.members.size > 0) return;
    this.ctx.store.setStatus(this.table.code, 'abandoned');
    log.info('room abandoned: creator never connected', { code: this.roomId });
    this.disconnect().catch(() => undefined);
  }

  /** A room nobody is connected to is unloaded; it stays in the database and loads again on join. */
  private scheduleIdleUnload(): void {
    if (this.clients.length > 0 || this.members.size > 0) return;
    this.clearIdleUnload();
    const ms = this.table.status === 'ended' ? ENDED_IDLE_MS : this.ctx.config.idleRoomMinutes * 60_000;
    this.idleTimer = this.clock.setTimeout(() => {
      if (this.members.size === 0) this.disconnect().catch(() => undefined);
    }, ms);
  }

  private clearIdleUnload(): void {
    this.idleTimer?.clear();
    this.idleTimer = null;
  }
}

function parseOptions(options: unknown): z.output<typeof JoinOptionsSchema> {
  const parsed = JoinOptionsSchema.safeParse(options ?? {});
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw joinFailure('bad_options', `${issue.path.join('.') || 'options'}: ${issue.message}`.slice(0, 160));
}

