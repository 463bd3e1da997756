import type { Client, Room } from '@colyseus/sdk';
import { parseJoinError } from '../../../shared/protocol/errors';
import type { EventJoin, EventServerMessages } from '../../../shared/protocol/event';
import { EVENT_ROOM_NAME, PROTOCOL_VERSION } from '../../../shared/protocol/constants';
import { CREATE_PROOF, solveProof } from '../../../shared/protocol/proof';
import { sha256 } from '../../../shared/protocol/sha256';
import { normalizeRoomCode } from '../../../shared/protocol/codes';

// The event room's connection: create, join by name, come back with the stored credential after a
// reload or a lost connection (a laptop that slept), and every message the event room sends.

type Storage_ = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export interface EventCredentials {
  participantToken?: string;
  hostKey?: string;
}

const key = (code: string) => `kot.event.${code}`;
/** Which event a table's phone belongs to: `{ event, table }` (follow.ts). */
export const FOLLOW_KEY = 'kot.eventFollow';

export function loadCredentials(store: Storage_ | null, code: string): EventCredentials {
  try {
    return JSON.parse(store?.getItem(key(code)) ?? '{}') as EventCredentials;
  } catch {
    return {};
  }
}

export function saveCredentials(store: Storage_ | null, code: string, c: EventCredentials): void {
  try {
    store?.setItem(key(code), JSON.stringify({ ...loadCredentials(store, code), ...Object.fromEntries(Object.entries(c).filter(([, v]) => v)) }));
  } catch {
    /* storage blocked: the place lasts for this page only */
  }
}

export class JoinRefused extends Error {
  constructor(readonly code: string) {
    super(code);
  }
}

export interface EventHandlers {
  eventWelcome(m: EventServerMessages['eventWelcome']): void;
  placed?(m: EventServerMessages['placed']): void;
  overview?(m: EventServerMessages['overview']): void;
  eventSay?(m: EventServerMessages['eventSay']): void;
  ack?(m: EventServerMessages['ack']): void;
  error?(m: EventServerMessages['error']): void;
  status(s: 'connecting' | 'connected' | 'reconnecting' | 'closed'): void;
}

export class EventNet {
  private readonly client: Promise<Client>;
  private room: Room | null = null;
  private rejoin: (() => Partial<EventJoin>) | null = null;
  private code: string | null = null;
  private leaving = false;
  private refs = 0;

  constructor(endpoint: string, private readonly on: EventHandlers) {
    this.client = import('@colyseus/sdk').then((sdk) => new sdk.Client(endpoint));
  }

  async create(settings: EventJoin['settings']): Promise<void> {
    this.on.status('connecting');
    const c = await this.client;
    this.attach(await this.guard(CREATE_PROOF, (proof) => c.create(EVENT_ROOM_NAME, { protocol: PROTOCOL_VERSION, event: true, settings, ...proof } satisfies EventJoin)));
  }

  /** Joins the event; `again` gives the options to come back with after a lost connection. */
  async join(code: string, options: Partial<EventJoin>, again: () => Partial<EventJoin>): Promise<void> {
    this.on.status('connecting');
    this.code = code;
    this.rejoin = again;
    const c = await this.client;
    this.attach(await this.guard(normalizeRoomCode(code), (proof) => c.joinById(code, { protocol: PROTOCOL_VERSION, event: true, ...options, ...proof })));
  }

  send(type: 'host' | 'say' | 'note', payload: Record<string, unknown>): string {
    const ref = `v${++this.refs}`;
    this.room?.send(type, { ...payload, ref });
    return ref;
  }

  leave(): void {
    this.leaving = true;
    void this.room?.leave(true);
  }

  /** Opens the room; when the server asks for a proof of work (a busy network), it is worked out once. */
  private async guard(bound: string, go: (proof: { proof?: string }) => Promise<Room>): Promise<Room> {
    try {
      try {
        return await go({});
      } catch (e) {
        const refusal = parseJoinError(String((e as Error)?.message ?? e));
        if (refusal.code !== 'proof_needed') throw e;
        return await go({ proof: await solveProof(bound, refusal.reason, async (text: string) => sha256(text)) });
      }
    } catch (e) {
      this.on.status('closed');
      throw new JoinRefused(parseJoinError(String((e as Error)?.message ?? e)).code);
    }
  }

  private attach(room: Room): void {
    this.room = room;
    this.on.status('connected');
    room.onMessage('eventWelcome', (m: EventServerMessages['eventWelcome']) => {
      this.code = m.code;
      this.on.eventWelcome(m);
    });
    room.onMessage('placed', (m: EventServerMessages['placed']) => this.on.placed?.(m));
    room.onMessage('overview', (m: EventServerMessages['overview']) => this.on.overview?.(m));
    room.onMessage('eventSay', (m: EventServerMessages['eventSay']) => this.on.eventSay?.(m));
    room.onMessage('ack', (m: EventServerMessages['ack']) => this.on.ack?.(m));
    room.onMessage('error', (m: EventServerMessages['error']) => this.on.error?.(m));
    room.onLeave(() => {
      if (this.room !== room || this.leaving) return;
      this.room = null;
      void this.comeBack();
    });
  }

  /** The connection dropped (a laptop slept, the server restarted): try again with the credential, patiently. */
  private async comeBack(): Promise<void> {
    if (!this.code || !this.rejoin) return this.on.status('closed');
    this.on.status('reconnecting');
    for (let i = 0; i < 60 && !this.leaving; i++) {
      await new Promise((r) => setTimeout(r, Math.min(500 * 2 ** i, 5000)));
      try {
        const c = await this.client;
        this.attach(await c.joinById(this.code, { protocol: PROTOCOL_VERSION, event: true, ...this.rejoin() }));
        return;
      } catch (e) {
        const code = parseJoinError(String((e as Error)?.message ?? e)).code;
        if (code === 'bad_token' || code === 'not_found') break;
      }
    }
    this.on.status('closed');
  }
}
