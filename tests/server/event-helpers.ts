import type { ColyseusSDK, Room as SDKRoom } from '@colyseus/sdk';
import { PROTOCOL_VERSION } from '../../shared/protocol/messages';
import { EVENT_ROOM_NAME, type EventJoin, type EventServerMessages, type EventSettings } from '../../shared/protocol/event';
import { ROLES } from '../../shared/model/ids';
import { waitFor } from './helpers';

// A client of an event room that records what it hears and waits on conditions (no sleeps).

export function eventSettings(over: Partial<EventSettings> = {}): EventSettings {
  return {
    rounds: 2,
    timers: { gebeurtenis: null, overleg: null, uitvoering: null, terugblik: null },
    roles: [...ROLES],
    seatsPerTable: 6,
    bots: 'verbinder',
    leftover: 'share',
    anonymousReflections: true,
    secondGame: true,
    phasesTogether: true,
    ...over,
  };
}

type Msg = { [K in keyof EventServerMessages]: { type: K; msg: EventServerMessages[K] } }[keyof EventServerMessages];

export class EventClient {
  readonly messages: Msg[] = [];
  welcome: EventServerMessages['eventWelcome'] | null = null;
  placed: EventServerMessages['placed'] | null = null;
  overview: EventServerMessages['overview'] | null = null;
  private refs = 0;

  constructor(readonly room: SDKRoom) {
    room.onMessage('*', (type, msg) => {
      const m = { type, msg } as Msg;
      this.messages.push(m);
      if (m.type === 'eventWelcome') this.welcome = m.msg;
      if (m.type === 'placed') this.placed = m.msg;
      if (m.type === 'overview') this.overview = m.msg;
    });
  }

  static async create(sdk: ColyseusSDK, settings: EventSettings = eventSettings()): Promise<EventClient> {
    return EventClient.open(() => sdk.create(EVENT_ROOM_NAME, { protocol: PROTOCOL_VERSION, event: true, settings } satisfies EventJoin));
  }

  static async join(sdk: ColyseusSDK, code: string, opts: Omit<EventJoin, 'protocol' | 'event'>): Promise<EventClient> {
    return EventClient.open(() => sdk.joinById(code, { protocol: PROTOCOL_VERSION, event: true, ...opts } satisfies EventJoin));
  }

  private static async open(go: () => Promise<SDKRoom>): Promise<EventClient> {
    const c = new EventClient(await go());
    await waitFor(() => c.welcome !== null, 'event welcome');
    return c;
  }

  get code(): string {
    return this.welcome!.code;
  }

  /** Sends with a fresh ref; resolves with the ack, or the error's code. */
  async request(type: string, payload: Record<string, unknown>): Promise<'ok' | string> {
    const ref = `e${++this.refs}`;
    const seen = this.messages.length;
    this.room.send(type, { ...payload, ref });
    let out: 'ok' | string | null = null;
    await waitFor(() => {
      for (const m of this.messages.slice(seen)) {
        if (m.type === 'ack' && m.msg.ref === ref) out = 'ok';
        if (m.type === 'error' && m.msg.ref === ref) out = m.msg.code;
      }
      return out !== null;
    }, `answer to ${type}`, 20_000);
    return out!;
  }

  async host(command: Record<string, unknown>): Promise<void> {
    const r = await this.request('host', { command });
    if (r !== 'ok') throw new Error(`${String(command.kind)} refused: ${r}`);
  }

  until(cond: (c: EventClient) => boolean, what: string, timeoutMs = 10_000): Promise<void> {
    return waitFor(() => cond(this), what, timeoutMs);
  }

  leave(): Promise<unknown> {
    return this.room.leave(true);
  }
}
