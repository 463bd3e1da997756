import type { Client, Room } from '@colyseus/sdk';
import { CLOSE_CODES, parseJoinError } from '../../../shared/protocol/errors';
import type { JoinOptions, ServerMessages } from '../../../shared/protocol/messages';
import { PROTOCOL_VERSION, ROOM_NAME, type ClientRoomSettings } from './protocol';
import type { RoomInfo } from '../../../shared/protocol/room';
import { forgetSession, loadSession, saveSession } from './session';
import { ViewReader } from '../../../shared/view/reader';
import { normalizeRoomCode } from '../../../shared/protocol/codes';
import { CREATE_PROOF, solveProof } from '../../../shared/protocol/proof';
import { sha256 } from '../../../shared/protocol/sha256';
import { mergeReflections } from '../../../shared/protocol/reflections';
import type { GameView } from '../../../shared/view/types';
import { editionGate, loadEditionByCode } from './edition';
import { showEdition } from '../model/cards';

// The room connection: create, join by code, come back to the same seat after a reload (stored seat
// token) or a lost connection (the SDK's reconnection first, then a fresh join with the seat token).
// The server sends the whole view once per connection, then deltas of its public part and of the
// seat's own part (shared/view/parts.ts, delta.ts); they are applied here (shared/view/reader.ts),
// so the handlers always get the whole view.

// Plain code, not crypto.subtle: a venue's page is often plain http, where that does not exist.
const hash = async (text: string): Promise<Uint8Array> => sha256(text);

export type NetStatus = 'connecting' | 'connected' | 'reconnecting' | 'closed';
export type Welcome = ServerMessages['welcome'];
export type ServerError = ServerMessages['error'];

export interface NetHandlers {
  welcome(w: Welcome): void;
  info(info: RoomInfo): void;
  view(v: GameView): void;
  ack(ref: string | undefined): void;
  error(e: ServerError): void;
  notice(kind: ServerMessages['notice']['kind']): void;
  status(s: NetStatus, reason?: string): void;
  botSaid(m: ServerMessages['botSaid']): void;
  /** After the game: the reflections as this connection may see them. */
  reflections?(items: ServerMessages['reflections']['items']): void;
  /** During play, for a facilitator without a seat: what is worth saying aloud. */
  signals?(items: ServerMessages['signals']['items']): void;
  /** To the host: a fresh invitation for an empty seat. */
  invite?(m: ServerMessages['invite']): void;
  /** A training day's table: the facilitator's message to every screen of the event. */
  eventSay?(m: { text: string; at: number }): void;
}

export class JoinFailure extends Error {
  constructor(
    readonly code: string,
    readonly reason: string,
  ) {
    super(code);
  }
}

type Store = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;
export type SendType = 'claimRole' | 'releaseRole' | 'setName' | 'action' | 'host' | 'takeBackSeat' | 'reflect';

const DEFINITIVE = new Set(['not_found', 'bad_token', 'bad_options', 'room_full', 'game_started', 'game_over']);
const delay = (ms: number) => new Promise((r) => setTimeout(r, ms));

export class Net {
  /** The Colyseus client, loaded after the start screen (it is not needed to draw it). */

  private readonly client: Promise<Client>;
  private room: Room | null = null;
  /** The edition code a lobby's names were fetched for. */
  private lobbyCode: string | null = null;
  private lastInfo: RoomInfo | null = null;
  private code: string | null = null;
  private name: string | undefined;
  private leaving = false;
  /** Set by `watch`: this connection is the room's projector and keeps no session. */
  private projectorKey: string | null = null;
  private watching = false;
  private rejoining = false;
  private refs = 0;

  /** The lobby of a room with an edition (settings.edition, a code) shows the edition's names before the game (which names it by hash). */
  private lobbyEdition(info: RoomInfo): void {
    this.lastInfo = info;
    this.on.info(info);
    const code = info.status === 'lobby' ? lobbyEditionCode(info.settings) : null;
    if (!code || code === this.lobbyCode) return;
    this.lobbyCode = code;
    void loadEditionByCode(this.endpoint, code).then((hash) => {
      // Drawn again with the room as it is now (it may have moved on while the edition came).
      if (hash && this.lobbyCode === code && this.lastInfo?.status === 'lobby') {
        showEdition(hash);
        this.on.info(this.lastInfo);
      }
    });
  }

  constructor(
    private readonly endpoint: string,
    private readonly store: Store | null,
    private readonly on: NetHandlers,
  ) {
    this.client = import('@colyseus/sdk').then((sdk) => new sdk.Client(endpoint));
  }

  get roomCode(): string | null {
    return this.code;
  }

  /** Create a room: with a name the creator plays (and hosts); without one they facilitate, seatless. */
  async create(name: string | undefined, settings?: ClientRoomSettings): Promise<void> {
    this.on.status('connecting');
    const options = { protocol: PROTOCOL_VERSION, ...(name ? { name } : {}), ...(settings ? { settings } : {}) } as JoinOptions;
    const room = await this.withProof(CREATE_PROOF, options, (o) => this.client.then((c) => c.create(ROOM_NAME, o)));
    this.name = name;
    this.attach(room);
  }

  /** Join by code; with a stored seat token this is a return to the same seat. */
  async join(code: string, name?: string): Promise<void> {
    this.on.status('connecting');
    this.name = name;
    const room = await this.joinWithSession(code, name);
    this.attach(room);
  }

  /** The projector: read-only, with the credential from the facilitator's projector link. */
  async watch(code: string, projectorKey: string | null): Promise<void> {
    this.on.status('connecting');
    this.projectorKey = projectorKey;
    this.watching = true;
    const room = await this.joinWithSession(code);
    this.attach(room);
  }

  private async joinWithSession(code: string, name?: string): Promise<Room> {
    if (this.watching) {
      const options: JoinOptions = { protocol: PROTOCOL_VERSION, ...(this.projectorKey ? { projectorKey: this.projectorKey } : { spectator: true }) };
      return this.joinById(code, options);
    }
    const session = loadSession(this.store, code);
    // The facilitator's key without a seat token: the console comes back, never a new seat.
    const seatless = !!session?.hostKey && !session.seatToken;
    const options: JoinOptions = {
      protocol: PROTOCOL_VERSION,
      ...(name && !seatless ? { name } : {}),
      ...(session?.seatToken ? { seatToken: session.seatToken } : {}),
      ...(session?.hostKey ? { hostKey: session.hostKey } : {}),
    };
    try {
      return await this.joinById(code, options);
    } catch (e) {
      // A freed seat's token no longer works: come in as a new player instead.
      if (e instanceof JoinFailure && e.code === 'bad_token' && (session?.seatToken || session?.hostKey)) {
        forgetSession(this.store, code);
        return this.joinById(code, { protocol: PROTOCOL_VERSION, ...(name ? { name } : {}) });
      }
      throw e;
    }
  }

  private joinById(code: string, options: JoinOptions): Promise<Room> {
    return this.withProof(normalizeRoomCode(code), options, (o) => this.client.then((c) => c.joinById(code, o)));
  }

  /** When the server asks for a proof of work (a busy network: many failures, many rooms), it is worked out here once. */
  private async withProof(bound: string, options: JoinOptions, open: (o: JoinOptions) => Promise<Room>): Promise<Room> {
    try {
      return await this.attempt(() => open(options));
    } catch (e) {
      if (!(e instanceof JoinFailure) || e.code !== 'proof_needed') throw e;
      const proof = await solveProof(bound, e.reason, hash);
      return this.attempt(() => open({ ...options, proof }));
    }
  }

  private async attempt(fn: () => Promise<Room>): Promise<Room> {
    try {
      return await fn();
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      const parsed = parseJoinError(message);
      const code = parsed.code !== 'unknown' ? parsed.code : /not found|invalid room/i.test(message) ? 'not_found' : 'unreachable';
      throw new JoinFailure(code, parsed.reason);
    }
  }

  private attach(room: Room): void {
    this.room = room;
    this.code = room.roomId;
    this.leaving = false;
    room.onMessage('welcome', (w: Welcome) => {
      this.code = w.code;
      if (!this.watching) saveSession(this.store, { code: w.code, seatToken: w.seatToken, hostKey: w.hostKey });
      this.on.welcome(w);
    });
    // This connection's view, from the parts and deltas the room sends.
    const reader = new ViewReader();
    // Each view once its edition's cards are here (net/edition.ts).
    const show = editionGate<GameView>(this.endpoint, (v) => this.on.view(v));
    // A delta that does not follow never comes on an ordered connection; if it does, come back for a whole view.
    const again = (): void => void room.leave(false).catch(() => undefined);
    room.onMessage('view', (v: ServerMessages['view']) => show(reader.whole(v)));
    room.onMessage('pub', (d: ServerMessages['pub']) => {
      const view = reader.public(d);
      if (!view) return again();
      show(view);
    });
    room.onMessage('delta', (d: ServerMessages['delta']) => {
      const view = reader.delta(d);
      if (!view) return again();
      show(view);
      // The change was this client's own message: its acceptance came with it.
      if (d.ack) this.on.ack(d.ack.ref);
    });
    room.onMessage('ack', (a: ServerMessages['ack']) => this.on.ack(a?.ref));
    room.onMessage('error', (e: ServerError) => this.on.error(e));
    room.onMessage('notice', (n: ServerMessages['notice']) => this.on.notice(n.kind));
    room.onMessage('botSaid', (m: ServerMessages['botSaid']) => this.on.botSaid(m));
    let reflections: ServerMessages['reflections']['items'] = [];
    room.onMessage('reflections', (m: ServerMessages['reflections']) => this.on.reflections?.((reflections = mergeReflections(reflections, m))));
    room.onMessage('invite', (m: ServerMessages['invite']) => this.on.invite?.(m));
    room.onMessage('signals', (m: ServerMessages['signals']) => this.on.signals?.(m.items));
    room.onMessage('eventSay', (m: { text: string; at: number }) => this.on.eventSay?.(m));
    room.onStateChange((state: { toJSON(): unknown }) => this.lobbyEdition(state.toJSON() as RoomInfo));
    room.onDrop(() => this.on.status('reconnecting'));
    room.onReconnect(() => this.on.status('connected'));
    room.onLeave((code: number) => this.left(room, code));
    this.on.status('connected');
  }

  private left(room: Room, code: number): void {
    if (room !== this.room) return;
    this.room = null;
    if (this.leaving) return this.on.status('closed');
    if (code === CLOSE_CODES.removed) {
      if (this.code) forgetSession(this.store, this.code);
      return this.on.status('closed', 'removed');
    }
    if (code === CLOSE_CODES.replaced) return this.on.status('closed', 'replaced');
    void this.rejoin();
  }

  /** The SDK gave up (or could not try): join again with the seat token until it works. */
  private async rejoin(): Promise<void> {
    if (this.rejoining || !this.code) return;
    this.rejoining = true;
    this.on.status('reconnecting');
    for (let attempt = 0; !this.leaving; attempt++) {
      await delay(Math.min(5000, 300 * 2 ** attempt));
      if (this.leaving) break;
      try {
        const room = await this.joinWithSession(this.code, this.name);
        this.rejoining = false;
        this.attach(room);
        return;
      } catch (e) {
        if (e instanceof JoinFailure && DEFINITIVE.has(e.code)) {
          this.rejoining = false;
          return this.on.status('closed', e.code);
        }
      }
    }
    this.rejoining = false;
  }

  /** Send a message; returns its ref so an `error` reply can be shown next to the control. */
  send(type: SendType, payload: Record<string, unknown>): string {
    const ref = `r${++this.refs}`;
    this.room?.send(type, { ...payload, ref });
    return ref;
  }

  get connected(): boolean {
    return this.room !== null;
  }

  /** Leave the room; `keepSeat` keeps the stored seat token so the player can come back later. */
  async leave(keepSeat = false): Promise<void> {
    this.leaving = true;
    const room = this.room;
    if (this.code && !keepSeat) forgetSession(this.store, this.code);
    this.room = null;
    this.code = null;
    this.lobbyCode = null;
    showEdition(null); // out of the game: the start screen and the next room begin with the standard cards
    if (room) await room.leave(true).catch(() => undefined);
  }
}

/** The edition code in a room's settings (JSON), if any. */
function lobbyEditionCode(settings: string): string | null {
  try {
    const code = (JSON.parse(settings) as { edition?: unknown }).edition;
    return typeof code === 'string' && code ? code : null;
  } catch {
    return null;
  }
}
