import { randomBytes } from 'node:crypto';
import WebSocket from 'ws';
import { nextFloat, nextInt, seedState, type Rng } from '../../shared/rng';
import type { RoleId } from '../../shared/model/ids';
import { ColyseusSDK } from '@colyseus/sdk';
import { bytesContain, FOUR_ROLES, Player } from '../server/helpers';
import { freshWho, type HonestTable } from './fuzz-honest';
import { FRAME_KINDS, hostileFrame, P, SDK_KINDS, str, type FrameKind } from './fuzz-frames';
import { ROOM_CODE_ALPHABET } from '../../shared/protocol/codes';
import { DEFAULT_FLOOD_LIMITS } from '../../server/ratelimit';

// The hostile side of the fuzz run (tests/helpers/fuzz.ts): the attack that sends bad frames
// (fuzz-frames.ts) at the honest tables through many connections.


const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));


export interface Flooder {
  kind: 'seat' | 'watcher' | 'raw-ws';
  frames: number;
  throttled: boolean;
  closed: number | null;
}

export interface AttackStats {
  frames: number;
  byKind: Record<FrameKind, number>;
  connections: number;
  reconnects: number;
  joinRefusals: Record<string, number>;
  guessedJoins: number;
  noReservationSockets: number;
  flooders: Flooder[];
  /** Interest ids (and 'guess' for a guess entry) hostile connections saw in views before the end, by room. */
  seen: Record<string, string[]>;
}

/** Whether a flooding connection was answered: throttled, or closed by the server. */
export function floodAnswered(f: Flooder): boolean {
  return f.throttled || f.closed !== null;
}

export interface AttackOptions {
  /** Hostile frames to send in all. */
  frames: number;
  seed: number;
  /** Frames one connection sends before it is reconnected (it is usually closed well before). */
  framesPerConnection: number;
  /** Watcher flooders per honest table (each join a new address and device). */
  watchersPerTable: number;
  /** Raw `ws` attackers. */
  rawSockets: number;
  /** Honest tables (one hostile seat agent and its watchers each). */
  lanes: number;
  progress?: (s: AttackStats) => void;
}

/**
 * Runs the attack on the honest tables (`tables()`: the live ones) until `frames` were sent. Every
 * hostile connection is recorded as a flooder once it sent more than a seat's budget allows.
 */
export interface Target {
  code: string;
  seatToken: string;
  hostileRole: RoleId;
  playing: boolean;
}

/** Where the attack is aimed: the server (by address only) and its live tables. */
export interface Aim {
  url: string;
  processId: string;
  targets(): Target[];
}

export function targetOf(t: HonestTable): Target {
  return { code: t.code, seatToken: t.hostile.welcome!.seatToken!, hostileRole: t.hostileRole, playing: t.host.info().status === 'playing' };
}

export async function attack(aim: Aim, opts: AttackOptions): Promise<AttackStats> {
  const sdkFor = (ip: string, device: string): ColyseusSDK => new ColyseusSDK(aim.url, { headers: { 'x-real-ip': ip, cookie: `kot_device=${device}` } });
  const tables = aim.targets;
  const stats: AttackStats = {
    frames: 0,
    byKind: Object.fromEntries(FRAME_KINDS.map((k) => [k, 0])) as Record<FrameKind, number>,
    connections: 0,
    reconnects: 0,
    joinRefusals: {},
    guessedJoins: 0,
    noReservationSockets: 0,
    flooders: [],
    seen: {},
  };
  const done = (): boolean => stats.frames >= opts.frames;
  const refusal = (e: unknown): void => {
    const code = String((e as Error)?.message ?? e).split(':')[0].slice(0, 40);
    stats.joinRefusals[code] = (stats.joinRefusals[code] ?? 0) + 1;
  };
  const floodLimit = 20;
  /**
   * A connection the attack itself stopped (the run reached its frame count mid-flood) before it
   * sent what the server lets a connection send before it must answer (its burst, then its strikes)
   * is no flooder the server missed: it is not counted.
   */
  const cutShort = (f: Flooder): boolean => done() && !floodAnswered(f) && f.frames <= DEFAULT_FLOOD_LIMITS.burst + DEFAULT_FLOOD_LIMITS.maxStrikes;
  const count = (kind: FrameKind): void => {
    stats.frames++;
    stats.byKind[kind]++;
  };

  /** Frames from one SDK connection until it is closed or has sent its share. */
  const blast = async (p: Player, rng: Rng, t: Target, kind: Flooder['kind'], kinds: FrameKind[]): Promise<void> => {
    p.room.reconnection.enabled = false;
    stats.connections++;
    const f: Flooder = { kind, frames: 0, throttled: false, closed: null };
    const others = FOUR_ROLES.filter((r) => r !== t.hostileRole);
    for (let i = 0; i < opts.framesPerConnection && p.left === null && !done(); i++) {
      const k = kinds[nextInt(rng, kinds.length)];
      const fr = hostileFrame(rng, k, p.view?.phase, others);
      try {
        if (fr.raw) p.room.connection.send(fr.raw);
        else p.room.send(fr.type!, fr.msg as never);
      } catch {
        break;
      }
      count(k);
      f.frames++;
      if (i % 40 === 39) await sleep(1);
    }
    // The server's answer: throttled, or closed (4429).
    await p.until(() => p.left !== null, 'closed', 1500).catch(() => undefined);
    f.throttled = p.messages.some((m) => m.type === 'error' && (m.msg as { code: string }).code === 'throttled');
    f.closed = p.left;
    if (f.frames > floodLimit && !cutShort(f)) stats.flooders.push(f);
    if (p.left === null) await p.leave().catch(() => undefined);
  };

  /** The hostile seat of a table: floods, is disconnected, comes back with its seat token (a reconnect storm). */
  const seatAgent = async (lane: number): Promise<void> => {
    const rng: Rng = { state: seedState(opts.seed + 17 * lane) };
    let current = '';
    let p: Player | null = null;
    while (!done()) {
      const t = tables()[lane];
      if (!t || !t.playing) {
        await sleep(20);
        continue;
      }
      if (t.code !== current) {
        current = t.code;
        p = null;
      }
      if (!p || p.left !== null) {
        const w = freshWho();
        try {
          // The seat's token from a new address and device: takes the seat over (a reconnect storm).
          p = await Player.join(sdkFor(w.ip, w.device), t.code, { seatToken: t.seatToken });
          seen(t.code, p);
          stats.reconnects++;
        } catch (e) {
          refusal(e);
          await sleep(50);
          continue;
        }
      }
      await blast(p, rng, t, 'seat', SDK_KINDS);
    }
  };

  /** Watchers that flood: each join a new address and device (so a new budget), up to the room's limit. */
  const watcherAgent = async (lane: number, n: number): Promise<void> => {
    const rng: Rng = { state: seedState(opts.seed + 31 * lane + n) };
    while (!done()) {
      const t = tables()[lane];
      if (!t || !t.playing) {
        await sleep(20);
        continue;
      }
      const w = freshWho();
      let p: Player;
      try {
        p = await Player.join(sdkFor(w.ip, w.device), t.code, { spectator: true });
      } catch (e) {
        refusal(e);
        await sleep(50);
        continue;
      }
      seen(t.code, p);
      await blast(p, rng, t, 'watcher', SDK_KINDS);
    }
  };

  /** Raw `ws` sockets: frames the SDK never sends (text, oversized, before the handshake), and sockets without a reservation. */
  const rawAgent = async (n: number): Promise<void> => {
    const rng: Rng = { state: seedState(opts.seed + 101 * n) };
    const wsBase = aim.url.replace(/^http/, 'ws');
    while (!done()) {
      const live = tables().filter((t) => t && t.playing);
      if (live.length === 0) {
        await sleep(20);
        continue;
      }
      const t = live[nextInt(rng, live.length)];
      // Now and then a socket without a reservation (a guessed session id, a made-up room).
      if (nextFloat(rng) < 0.15) {
        stats.noReservationSockets++;
        const target = nextFloat(rng) < 0.5 ? `${wsBase}/${aim.processId}/${t.code}?sessionId=${randomBytes(6).toString('base64url')}` : `${wsBase}/x/ZZZZZZ?sessionId=x`;
        await new Promise<void>((resolve) => {
          const ws = new WebSocket(target);
          ws.on('open', () => {
            for (let i = 0; i < 10; i++) ws.send(randomBytes(16));
          });
          ws.on('error', () => undefined);
          ws.on('close', () => resolve());
          setTimeout(() => (ws.terminate(), resolve()), 1000);
        });
        continue;
      }
      const w = freshWho();
      let seat: { sessionId: string; roomId: string; processId: string };
      try {
        const res = await fetch(`${aim.url}/matchmake/joinById/${t.code}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-real-ip': w.ip, cookie: `kot_device=${w.device}` },
          body: JSON.stringify({ protocol: 2, spectator: true }),
        });
        const body = (await res.json()) as { sessionId?: string; roomId: string; processId: string; error?: string };
        if (!body.sessionId) throw new Error(String(body.error ?? res.status));
        seat = body as typeof seat;
      } catch (e) {
        refusal(e);
        await sleep(50);
        continue;
      }
      stats.connections++;
      const f: Flooder = { kind: 'raw-ws', frames: 0, throttled: false, closed: null };
      await new Promise<void>((resolve) => {
        const ws = new WebSocket(`${wsBase}/${seat.processId}/${seat.roomId}?sessionId=${seat.sessionId}`);
        const send = (data: Buffer | Uint8Array | string, kind: FrameKind): boolean => {
          if (ws.readyState !== WebSocket.OPEN || done()) return false;
          ws.send(data);
          count(kind);
          f.frames++;
          return true;
        };
        let joined = false;
        ws.on('open', () => {
          for (let i = 0; i < 5; i++) send(randomBytes(1 + nextInt(rng, 40)), 'before-handshake');
        });
        ws.on('message', async (data: Buffer) => {
          if (bytesContain(new Uint8Array(data), 'throttled')) f.throttled = true;
          if (joined || data[0] !== P.JOIN_ROOM) return;
          joined = true;
          ws.send(new Uint8Array([P.JOIN_ROOM]));
          for (let i = 0; i < opts.framesPerConnection && ws.readyState === WebSocket.OPEN && !done(); i++) {
            const r = nextFloat(rng);
            if (r < 0.3) send(`{"type":"action","action":{"type":"gift"}} ${i}`, 'text-frame');
            else if (r < 0.33) send(Buffer.concat([Buffer.from([P.ROOM_DATA, ...str('setName')]), randomBytes(70 * 1024)]), 'oversized');
            else {
              const k = (['random-bytes', 'truncated-msgpack', 'bad-protocol-code', 'bad-request', 'ping', 'deep-nesting'] as FrameKind[])[nextInt(rng, 6)];
              send(hostileFrame(rng, k, undefined, FOUR_ROLES).raw!, k);
            }
            if (i % 40 === 39) await sleep(1);
          }
          setTimeout(() => ws.close(), 300);
        });
        ws.on('error', () => undefined);
        ws.on('close', (code) => {
          f.closed = code === 1000 || code === 1005 ? f.closed : code;
          resolve();
        });
        setTimeout(() => (ws.terminate(), resolve()), 5000);
      });
      if (f.frames > floodLimit && !cutShort(f)) stats.flooders.push(f);
    }
  };

  /** Join and reconnection guesses (HTTP only): codes, seat tokens, host keys, reconnection tokens. */
  const guesser = async (): Promise<void> => {
    const rng: Rng = { state: seedState(opts.seed + 7) };
    const w = freshWho(203);
    const sdk = sdkFor(w.ip, w.device);
    while (!done()) {
      const code = Array.from({ length: 6 }, () => ROOM_CODE_ALPHABET[nextInt(rng, ROOM_CODE_ALPHABET.length)]).join('');
      const live = tables().filter(Boolean);
      const real = live.length ? live[nextInt(rng, live.length)].code : code;
      const r = nextFloat(rng);
      const attempt =
        r < 0.3
          ? sdk.joinById(code, { protocol: 2, name: 'Eve' })
          : r < 0.6
            ? sdk.joinById(real, { protocol: 2, seatToken: randomBytes(16).toString('base64url') })
            : r < 0.8
              ? sdk.joinById(real, { protocol: 2, hostKey: randomBytes(16).toString('base64url') })
              : sdk.reconnect(`${real}:${randomBytes(8).toString('base64url')}`);
      stats.guessedJoins++;
      await attempt.then(
        (room) => room.leave(),
        (e: unknown) => refusal(e),
      );
      await sleep(100);
    }
  };

  // What hostile connections saw before the end, by room: interest ids, and whether a guess showed.
  const seenIds = new Map<string, Set<string>>();
  const seen = (code: string, p: Player): void => {
    const ids = seenIds.get(code) ?? new Set<string>();
    seenIds.set(code, ids);
    seenBy.push({ code, p, ids });
  };
  const seenBy: { code: string; p: Player; ids: Set<string> }[] = [];
  const reporter = (async () => {
    while (!done()) {
      await sleep(1000);
      opts.progress?.(stats);
    }
  })();
  const agents: Promise<void>[] = [];
  for (let lane = 0; lane < opts.lanes; lane++) {
    agents.push(seatAgent(lane));
    for (let n = 0; n < opts.watchersPerTable; n++) agents.push(watcherAgent(lane, n));
  }
  for (let n = 0; n < opts.rawSockets; n++) agents.push(rawAgent(n));
  agents.push(guesser());
  await Promise.all(agents);
  await reporter;
  for (const { code, p, ids } of seenBy) {
    for (const v of p.views) {
      if (v.status === 'ended') continue;
      const json = JSON.stringify(v);
      for (const id of json.match(/"i-[^"]+"/g) ?? []) ids.add(id.slice(1, -1));
      if (json.includes('"t":"guess"')) ids.add('guess');
    }
    await p.leave().catch(() => undefined);
  }
  stats.seen = Object.fromEntries([...seenIds].map(([code, ids]) => [code, [...ids]]));
  return stats;
}
