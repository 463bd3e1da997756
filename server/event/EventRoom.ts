import { Room, type AuthContext, type Client } from '@colyseus/core';
import { EventClientMessages, EventJoinSchema, type EventCommand, type EventServerMessages, type TableOverview } from '../../shared/protocol/event';
import { newSecret } from '../codes';
import { whoFrom, type Who } from '../doors';
import { shareableOrigin } from '../lan';
import { log } from '../log';
import { roomContext, type RoomContext } from '../room/context';
import { joinFailure } from '../room/join';
import { originFrom } from '../room/members';
import { hashSecret, isProjectorKey, matchesHash, projectorKeyFor } from '../secrets';
import { EventBook } from './book';
import { TokenBucket } from '../ratelimit';
import { placedFor } from './placed';
import { tablesTopic } from '../room/eventLink';
import { commandTables, loadTables, seatLate, startTables } from './tables';
import { Overview } from './overview';
import { zodReason } from '../room/commands';
import { editionByCode } from '../editions';

// A training day's room: one code for everyone. Participants join by name and hear where they sit
// (`placed`); the facilitator (host key) moves people, starts all tables, runs phases for all or
// one, sends a short message to every screen, and gets the overview of every table. The tables are
// ordinary table rooms (tables.ts) that report through the server's presence (room/eventLink.ts), so the
// overview holds whichever process a table lives in. Every change is stored before it is answered.

interface EventMember {
  /** Messages this connection may send: a burst, then a few a second (more: `throttled`). */
  budget: TokenBucket;
  host: boolean;
  projector: boolean;
  personId: string | null;
  token: string | null;
  hostKey: string | null;
}

const OVERVIEW_EVERY_MS = 100;
const MESSAGE_BURST = 20;
const MESSAGES_PER_SECOND = 5;
const FIRST_SUMMARY_MS = 15_000;

export class EventRoom extends Room {
  ctx!: RoomContext;
  book!: EventBook;
  private creatorHostKey: string | null = null;
  private readonly members = new Map<string, EventMember>();
  private overview!: Overview;
  private overviewTimer: { clear(): void } | null = null;
  private idle: { clear(): void } | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  private joinUrl = '';
  private readonly onSummary = (s: TableOverview): void => this.summary(s);

  serial<T>(fn: () => T | Promise<T>): Promise<T> {
    const p = this.queue.then(fn);
    this.queue = p.catch(() => undefined);
    return p;
  }

  override async onCreate(options: unknown): Promise<void> {
    this.ctx = roomContext();
    const ticket = (options as { restoreTicket?: unknown } | null)?.restoreTicket;
    const restoring = typeof ticket === 'string' ? this.ctx.restoreTickets.get(ticket) : undefined;
    if (restoring) {
      this.ctx.restoreTickets.delete(ticket as string);
      const row = await this.ctx.store.loadEvent(restoring);
      if (!row) throw new Error(`event ${restoring} is not in the database`);
      this.book = EventBook.fromRow(row);
    } else {
      const opts = EventJoinSchema.parse(options);
      if (!opts.settings) throw joinFailure('bad_options', 'settings: an event needs its settings');
      // An edition that is not stored is refused now, not when the tables start.
      if (opts.settings.edition && !(await editionByCode(this.ctx.store, opts.settings.edition))) {
        throw joinFailure('bad_options', `settings.edition: no edition is stored under ${opts.settings.edition}`);
      }
      this.creatorHostKey = newSecret();
      this.book = await EventBook.claim(this.ctx.store, hashSecret(this.creatorHostKey), opts.settings);
    }
    this.roomId = this.book.code;
    this.overview = new Overview(this.book);
    this.autoDispose = false;
    await this.presence.subscribe(tablesTopic(this.book.code), this.onSummary);
    for (const type of Object.keys(EventClientMessages)) this.onMessage(type, (client, msg) => this.receive(client, type, msg));
    this.onMessage('*', (client, type) => this.sendError(client, 'bad_message', { reason: `unknown message type "${String(type).slice(0, 40)}"` }));
    // Tables that report: everyone listening again after a restart (link.ts answers `roll`).
    if (this.book.data.status !== 'lobby') {
      void loadTables(this.ctx, this.book.codes).then(() => commandTables(this.presence, this.book.code, { kind: 'roll' }));
    }
    log.info(restoring ? 'event restored' : 'event created', { code: this.book.code });
  }

  override onAuth(_client: Client, options: unknown, context: AuthContext): { who: Who; origin: string } {
    const who = whoFrom(context.ip, context.headers);
    if (this.ctx.shuttingDown) throw joinFailure('shutting_down');
    const parsed = EventJoinSchema.safeParse(options ?? {});
    if (!parsed.success) throw joinFailure('bad_options', zodReason(parsed.error));
    const { publicUrl, host } = this.ctx.config;
    const origin = originFrom(context.headers, publicUrl);
    return { who, origin: publicUrl ? origin : shareableOrigin(origin, host) };
  }

  override async onJoin(client: Client, options: unknown, auth: { who: Who; origin: string }): Promise<void> {
    const opts = EventJoinSchema.parse(options ?? {});
    this.joinUrl = `${auth.origin}/?event=${this.book.code}`;
    const member = await this.serial(async (): Promise<EventMember> => {
      const m: EventMember = { budget: new TokenBucket(MESSAGE_BURST, MESSAGES_PER_SECOND), host: false, projector: false, personId: null, token: null, hostKey: null };
      if (this.creatorHostKey !== null) {
        Object.assign(m, { host: true, hostKey: this.creatorHostKey });
        this.creatorHostKey = null;
      } else if (opts.hostKey !== undefined) {
        if (!matchesHash(opts.hostKey, this.book.hostKeyHash)) {
          this.ctx.doors.failed(auth.who);
          throw joinFailure('bad_token', 'hostKey');
        }
        Object.assign(m, { host: true, hostKey: opts.hostKey });
      } else if (opts.projectorKey !== undefined) {
        if (!isProjectorKey(opts.projectorKey, this.book.code, this.book.hostKeyHash)) {
          this.ctx.doors.failed(auth.who);
          throw joinFailure('bad_token', 'projectorKey');
        }
        m.projector = true;
      } else if (opts.participantToken !== undefined) {
        const p = this.book.byToken(opts.participantToken);
        if (!p) {
          this.ctx.doors.failed(auth.who);
          throw joinFailure('bad_token', 'participantToken');
        }
        Object.assign(m, { personId: p.id, token: opts.participantToken });
      } else if (opts.name !== undefined) {
        const out = this.book.join(opts.name);
        if (out === 'name_taken') throw joinFailure('name_taken');
        if (out === 'event_full') throw joinFailure('room_full');
        await this.save();
        if (await seatLate(this.ctx, this.presence, this.book, out.person.id, (c, n) => this.overview.seated(c, n, FIRST_SUMMARY_MS))) await this.save();
        Object.assign(m, { personId: out.person.id, token: out.token });
      } else throw joinFailure('bad_options', 'name: a participant needs a name');
      return m;
    });
    this.members.set(client.sessionId, member);
    this.idle?.clear();
    this.tell(client, 'eventWelcome', {
      code: this.book.code,
      host: member.host,
      participantToken: member.token,
      hostKey: member.host ? member.hostKey : null,
      projectorKey: member.host ? projectorKeyFor(this.book.code, this.book.hostKeyHash) : null,
      joinUrl: this.joinUrl,
      serverTime: Date.now(),
    });
    // A new arrival may even out the tables: everyone hears where they sit now.
    this.tellPlaced();
    this.overviewSoon(0);
  }

  override onLeave(client: Client): void {
    this.members.delete(client.sessionId);
    this.overviewSoon();
    // Nobody left: unloaded after a while (stored; the next join loads it again).
    if (this.members.size === 0) {
      this.idle?.clear();
      this.idle = this.clock.setTimeout(() => this.members.size === 0 && void this.disconnect().catch(() => undefined), this.ctx.config.idleRoomMinutes * 60_000);
    }
  }

  override async onDispose(): Promise<void> {
    this.overviewTimer?.clear();
    if (!this.book) return; // refused while being made (bad settings): nothing was set up
    await Promise.resolve(this.presence.unsubscribe(tablesTopic(this.book.code), this.onSummary));
    await this.serial(() => undefined);
  }

  // ---- messages ------------------------------------------------------------------------------

  private receive(client: Client, type: string, data: unknown): void {
    const member = this.members.get(client.sessionId);
    if (!member) return;
    if (!member.budget.take()) return this.sendError(client, 'throttled', {});
    const schema = EventClientMessages[type as keyof typeof EventClientMessages];
    const parsed = schema.safeParse(data);
    const ref = (data as { ref?: unknown } | null)?.ref;
    const refOut = typeof ref === 'string' && ref.length <= 32 ? ref : undefined;
    if (!parsed.success) return this.sendError(client, 'bad_message', { reason: zodReason(parsed.error) }, refOut);
    void this.serial(async () => {
      let problem: string | null;
      if (type === 'note') {
        const msg = parsed.data as { text: string };
        const by = member.host ? 'host' : member.personId;
        if (!by) problem = 'not_a_participant';
        else {
          const where = member.personId ? this.book.where(member.personId) : null;
          const out = this.book.note(by, where && 'table' in where ? where.table : null, msg.text);
          problem = typeof out === 'string' ? out : null;
        }
      } else if (!member.host) problem = 'not_host';
      else if (type === 'say') {
        const text = (parsed.data as { text: string }).text;
        const at = Date.now();
        for (const c of this.clients) this.tell(c, 'eventSay', { text, at });
        commandTables(this.presence, this.book.code, { kind: 'say', text, at });
        problem = null;
      } else problem = await this.command((parsed.data as { command: EventCommand }).command);
      if (problem) return this.sendError(client, problem, {}, refOut);
      await this.save();
      this.tell(client, 'ack', refOut === undefined ? {} : { ref: refOut });
      this.overviewSoon(0);
    }).catch((e: unknown) => {
      log.error('event message failed', { code: this.roomId, error: String((e as Error)?.stack ?? e) });
      this.sendError(client, 'server_error', {}, refOut);
    });
  }

  private async command(cmd: EventCommand): Promise<string | null> {
    const d = this.book.data;
    switch (cmd.kind) {
      case 'move': {
        const out = this.book.move(cmd.person, cmd.table, cmd.role, cmd.share);
        if (out) return out;
        this.tellPlaced();
        return null;
      }
      case 'start':
        if (d.status !== 'lobby') return 'game_started';
        if (this.book.playingTables().length === 0) return 'not_enough_players';
        return this.startGame(1);
      case 'secondGame':
        if (!d.settings.secondGame) return 'no_second_game';
        if (d.status === 'lobby') return 'game_not_started';
        if (d.game === 2) return 'game_started';
        // After the first game: every table has ended (a table the overview never heard of counts as not ended).
        if (!this.overview.allEnded()) return 'game_not_over';
        return this.startGame(2);
      case 'phasesTogether':
        d.phasesTogether = cmd.together;
        return null;
      case 'focus':
        d.focus = cmd.table;
        return null;
      default: {
        if (d.status === 'lobby') return 'game_not_started';
        // Per table, a command names its tables; together, none names all.
        if (!d.phasesTogether && !cmd.tables) return 'tables_needed';
        await loadTables(this.ctx, this.book.codes);
        commandTables(this.presence, this.book.code, { ...cmd, codes: this.book.codes });
        return null;
      }
    }
  }

  /** The tables of a game made, loaded and listening; then started, and everyone told their seat. */
  private async startGame(game: 1 | 2): Promise<null> {
    await startTables(this.ctx, this.presence, this.book, game, (codes) => this.overview.heard(codes, FIRST_SUMMARY_MS));
    this.tellPlaced();
    return null;
  }

  private summary(s: TableOverview): void {
    if (!this.overview.take(s)) return;
    this.overviewSoon();
    const d = this.book.data;
    // The day is over when the last game's tables have all ended (the first game, without a second).
    if (s.status === 'ended' && d.status !== 'ended' && this.overview.allEnded() && !(d.settings.secondGame && d.game === 1)) {
      d.status = 'ended';
      void this.serial(() => this.save());
    }
  }

  // ---- out -----------------------------------------------------------------------------------

  private tell<K extends keyof EventServerMessages>(client: Client, type: K, message: EventServerMessages[K]): void {
    client.send(type, message);
  }

  private sendError(client: Client, code: string, params: Record<string, string | number>, ref?: string): void {
    this.tell(client, 'error', { code, params, ...(ref === undefined ? {} : { ref }) });
  }

  private tellPlaced(): void {
    for (const c of this.clients) {
      const m = this.members.get(c.sessionId);
      if (m?.personId) this.tell(c, 'placed', placedFor(this.book, m.personId));
    }
  }

  /** The overview to the facilitator's screens, at most every 100 ms (a busy day sends one per beat). */
  private overviewSoon(delay = OVERVIEW_EVERY_MS): void {
    if (this.overviewTimer) return;
    this.overviewTimer = this.clock.setTimeout(() => {
      this.overviewTimer = null;
      this.sendOverview();
    }, delay);
  }

  private sendOverview(): void {
    const { full, wall } = this.overview.build(new Set([...this.members.values()].map((m) => m.personId)));
    for (const c of this.clients) {
      const m = this.members.get(c.sessionId);
      if (m?.host) this.tell(c, 'overview', full);
      else if (m?.projector) this.tell(c, 'overview', wall);
    }
  }

  private save(): Promise<boolean> {
    return this.ctx.store.saveEvent(this.book.toRow());
  }
}
