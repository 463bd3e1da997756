import { randomBytes } from 'node:crypto';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { pack } from 'msgpackr';
import WebSocket from 'ws';
import { legalActions, replay, type Action, type GameState } from '../../shared/rules';
import { nextFloat, nextInt, seedState, type Rng } from '../../shared/rng';
import { CLOSE_CODES } from '../../shared/protocol/errors';
import type { RoleId } from '../../shared/model/ids';
import type { LogEntry } from '../../shared/rules/types';
import { ColyseusSDK } from '@colyseus/sdk';
import { bytesContain, FOUR_ROLES, Player, settings, waitFor, type TestServer } from '../server/helpers';
import { pickAction } from './random-game';
import { secretIdsHiddenFrom } from './properties';

// The fuzz driver for "No door left open": honest tables play whole short games through legal
// moves (chosen with the engine from the server's state, sent from each seat's own SDK client)
// while hostile clients, each on its own simulated address and device, throw every kind of bad
// frame at the same rooms: malformed raw frames, valid-shaped nonsense, moves for others or at the
// wrong moment, guessed offer ids, floods and reconnect storms. Shared by tests/server/fuzz.test.ts
// and tests/bench/fuzz.ts.

const P = { JOIN_ROOM: 10, LEAVE_ROOM: 12, ROOM_DATA: 13, ROOM_DATA_BYTES: 17, PING: 18, ROOM_REQUEST: 21 } as const;
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
const str = (s: string): number[] => {
  const b = [...Buffer.from(s)];
  return b.length < 32 ? [0xa0 | b.length, ...b] : [0xd9, b.length, ...b];
};

// ---- the server's log ------------------------------------------------------------------------

export interface LogCapture {
  bytes: number;
  lines: number;
  sample: string[];
  stop(): void;
}

/** Counts (and swallows) everything written through console while it runs: the in-process server's log. */
export function captureLog(sampleLines = 20): LogCapture {
  const methods = ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const;
  const saved = methods.map((m) => console[m]);
  const cap: LogCapture = {
    bytes: 0,
    lines: 0,
    sample: [],
    stop: () => methods.forEach((m, i) => (console[m] = saved[i])),
  };
  for (const m of methods) {
    console[m] = (...args: unknown[]) => {
      const line = args.map((a) => (a instanceof Error ? String(a.stack) : String(a))).join(' ');
      cap.bytes += Buffer.byteLength(line) + 1;
      cap.lines++;
      if (cap.sample.length < sampleLines) cap.sample.push(line.slice(0, 200));
    };
  }
  return cap;
}

// ---- honest tables ---------------------------------------------------------------------------

export interface HonestTable {
  code: string;
  seats: Player[];
  host: Player;
  projector: Player;
  /** Seat 3: a hostile client holds it (its connection is handed to the attack). */
  hostile: Player;
  hostileRole: RoleId;
}

export interface GameCheck {
  code: string;
  ended: boolean;
  replayed: boolean;
  moves: number;
  refused: Record<string, number>;
  leaks: string[];
  problem?: string;
}

export interface HonestResult {
  latencies: number[];
  games: GameCheck[];
}

let ipCounter = 0;
/** A fresh simulated address and device (helpers.ts: X-Real-IP and the device cookie). */
export function freshWho(prefix = 198): { ip: string; device: string } {
  const n = ++ipCounter;
  return { ip: `${prefix}.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`, device: `fuzzdev-${randomBytes(9).toString('base64url')}` };
}

export async function openTable(srv: TestServer, rounds: number): Promise<HonestTable> {
  const sdk = (): ReturnType<TestServer['sdk']> => {
    const w = freshWho(10);
    return srv.sdk(w.ip, w.device);
  };
  const host = await Player.create(sdk(), { name: 'Host', settings: settings({ rounds }) });
  const seats = [host];
  for (let i = 1; i < 3; i++) seats.push(await Player.join(sdk(), host.code, { name: `Eerlijk ${i}` }));
  const hostile = await Player.join(sdk(), host.code, { name: 'Mallory' });
  for (let i = 0; i < 3; i++) await seats[i].ok('claimRole', { role: FOUR_ROLES[i] });
  await hostile.ok('claimRole', { role: FOUR_ROLES[3] });
  const projector = await Player.join(sdk(), host.code, { spectator: true });
  const views = [...seats, projector].map((p) => p.next('view'));
  await host.host({ kind: 'start' });
  await Promise.all(views);
  return { code: host.code, seats, host, projector, hostile, hostileRole: FOUR_ROLES[3] };
}

export interface HonestOptions {
  /** Moves each honest seat tries per phase. */
  movesPerPhase: number;
  /** Pause after each honest move (people do not type faster than the flood guard allows). */
  paceMs: number;
  seed: number;
}

/**
 * Plays one table's game to the end: every honest seat in turn picks a legal action (from the
 * server's state), sends it from its own client and times the reply; the host advances. Then checks
 * the record (it replays to the same state) and every frame the honest seats, the projector and
 * the hostile seat received.
 */
export async function playGame(srv: TestServer, t: HonestTable, opts: HonestOptions, latencies: number[]): Promise<GameCheck> {
  const check: GameCheck = { code: t.code, ended: false, replayed: false, moves: 0, refused: {}, leaks: [] };
  const room = srv.room(t.code);
  const rng: Rng = { state: seedState(opts.seed) };
  const game = (): GameState => room.table.game!;
  const timed = async (p: Player, type: string, payload: Record<string, unknown>): Promise<boolean> => {
    const started = performance.now();
    const r = await p.request(type, payload);
    latencies.push(performance.now() - started);
    if (r.type === 'error') {
      const code = (r.msg as { code: string }).code;
      check.refused[code] = (check.refused[code] ?? 0) + 1;
      return false;
    }
    return true;
  };
  let preEnd: GameState | null = null;
  let marks: number[] = [];
  const watchers = [...t.seats, t.projector, t.hostile];
  try {
    while (game().status === 'playing') {
      for (let turn = 0; turn < opts.movesPerPhase; turn++) {
        for (let seat = 0; seat < t.seats.length; seat++) {
          if (game().status !== 'playing') break;
          const action = pickAction(rng, legalActions(game(), seat)) as Action | null;
          if (!action) continue;
          if (await timed(t.seats[seat], 'action', { action })) check.moves++;
          await sleep(opts.paceMs);
        }
      }
      // Before each advance: what everyone has received so far certainly predates the end.
      preEnd = structuredClone(game());
      marks = watchers.map((p) => p.raw.length);
      const phase = `${game().round}:${game().phase}`;
      if (!(await timed(t.host, 'host', { command: { kind: 'advance' } }))) throw new Error('advance refused');
      await waitFor(() => `${game().round}:${game().phase}` !== phase || game().status !== 'playing', 'phase moved', 8000);
      await Promise.all(t.seats.map((p) => p.until(() => p.view?.status === game().status && p.view.phase === game().phase && p.view.round === game().round, 'view of the new phase')));
      await sleep(opts.paceMs);
    }
    check.ended = game().status === 'ended';
    await t.host.until(() => t.host.info().status === 'ended', 'room info ended');
    const stored = srv.sqlite.loadRoom(t.code);
    check.replayed = !!stored?.record && stored.status === 'ended' && JSON.stringify(replay(stored.record)) === JSON.stringify(game());
    if (preEnd) check.leaks = leaksIn(t, preEnd, watchers, marks);
  } catch (e) {
    check.problem = String((e as Error)?.message ?? e);
  }
  return check;
}

/** Secrets that reached someone not entitled to them (raw frames before the end, and decoded views). */
function leaksIn(t: HonestTable, s: GameState, watchers: Player[], marks: number[]): string[] {
  const leaks: string[] = [];
  const allInterests = s.config.roles.flatMap((r) => s.partners[r]!.interests);
  watchers.forEach((p, i) => {
    const seat = p === t.projector ? null : p === t.hostile ? 3 : t.seats.indexOf(p);
    const hidden = seat === null ? allInterests.filter((id) => !s.disclosures.some((d) => d.interestId === id && d.to === 'all')) : secretIdsHiddenFrom(s, seat);
    const who = seat === null ? 'projector' : `seat ${seat}`;
    const frames = p.raw.slice(0, marks[i]);
    for (const id of hidden) if (frames.some((b) => bytesContain(b, id))) leaks.push(`${id} reached ${who}`);
    const role = seat === null ? null : s.seats[seat];
    for (const m of p.messages) {
      if (m.type !== 'view') continue;
      const v = m.msg as { status: string; log: LogEntry[]; offers?: { from: RoleId; to: RoleId }[] };
      if (v.status === 'ended') continue;
      for (const o of v.offers ?? []) if (o.from !== role && o.to !== role) leaks.push(`offer ${o.from}→${o.to} reached ${who}`);
      for (const e of v.log) {
        if (e.t === 'guess' && e.seat !== seat) leaks.push(`a guess of seat ${e.seat} reached ${who}`);
        if (e.t === 'offer' && e.offer.from !== role && e.offer.to !== role) leaks.push(`an offer ${e.offer.from}→${e.offer.to} reached ${who}`);
      }
    }
    // The public room state carries names and seats only (watcher ids are random: compare exact ids).
    const infos = p.states.map((info) => JSON.stringify(info)).join('\n');
    for (const id of allInterests) if (infos.includes(`"${id}"`)) leaks.push(`interest ${id} in room info reached ${who}`);
  });
  return [...new Set(leaks)];
}

/** Honest tables play games (a new table when one ends) until `more()` says stop; at least one game each. */
export async function playHonest(srv: TestServer, tables: number, rounds: number, opts: HonestOptions, more: () => boolean, onTables?: (t: HonestTable[]) => void): Promise<HonestResult> {
  const latencies: number[] = [];
  const games: GameCheck[] = [];
  const live: HonestTable[] = [];
  const lane = async (lane: number): Promise<void> => {
    let n = 0;
    do {
      const t = await openTable(srv, rounds);
      live[lane] = t;
      onTables?.(live);
      games.push(await playGame(srv, t, { ...opts, seed: opts.seed + lane * 1000 + n++ }, latencies));
      for (const p of [...t.seats, t.projector]) await p.leave().catch(() => undefined);
    } while (more());
  };
  await Promise.all(Array.from({ length: tables }, (_, i) => lane(i)));
  return { latencies, games };
}

// ---- the attack ------------------------------------------------------------------------------

export const FRAME_KINDS = [
  'random-bytes',
  'truncated-msgpack',
  'bad-protocol-code',
  'bad-request',
  'ping',
  'wrong-types',
  'huge-string',
  'deep-nesting',
  'unknown-type',
  'other-seat',
  'wrong-moment',
  'guessed-offer',
  'not-host',
  'flood-setName',
  'text-frame',
  'oversized',
  'before-handshake',
] as const;
export type FrameKind = (typeof FRAME_KINDS)[number];

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

const GUESS_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

function hostileFrame(rng: Rng, kind: FrameKind, phase: string | undefined, otherRoles: RoleId[]): { raw?: Uint8Array; type?: string; msg?: unknown } {
  const pickRole = (): RoleId => otherRoles[nextInt(rng, otherRoles.length)];
  const guessId = (): string => `of_${randomBytes(12).toString('base64url')}`;
  switch (kind) {
    case 'random-bytes':
      return { raw: randomBytes(1 + nextInt(rng, 200)) };
    case 'truncated-msgpack': {
      const body = pack({ action: { type: 'gift', to: pickRole(), resources: { budget: 1 } }, ref: 'x' });
      return { raw: new Uint8Array([P.ROOM_DATA, ...str('action'), ...body.subarray(0, 1 + nextInt(rng, body.length - 1))]) };
    }
    case 'bad-protocol-code':
      return { raw: new Uint8Array([[0, 1, 9, 11, 14, 15, 19, 20, 22, 31, 200, 255][nextInt(rng, 12)], ...randomBytes(nextInt(rng, 16))]) };
    case 'bad-request':
      return { raw: new Uint8Array([P.ROOM_REQUEST, nextInt(rng, 128), ...str('nope'), 0xc1]) };
    case 'ping':
      return { raw: new Uint8Array([P.PING]) };
    case 'wrong-types': {
      const cases: [string, unknown][] = [
        ['action', 'hello'],
        ['action', null],
        ['action', { action: { type: 'gift', to: 42, resources: { budget: 'lots' } } }],
        ['claimRole', { role: 7 }],
        ['host', { command: 'advance' }],
        ['setName', { name: ['a'] }],
        ['action', { action: { type: 'pledge', projectId: {}, resources: [] } }],
        ['action', [1, 2, 3]],
        ['reflect', { questionId: 5, text: null }],
      ];
      const [type, msg] = cases[nextInt(rng, cases.length)];
      return { type, msg };
    }
    case 'huge-string':
      return nextFloat(rng) < 0.5
        ? { type: 'setName', msg: { name: 'x'.repeat(20_000 + nextInt(rng, 40_000)) } }
        : { type: 'action', msg: { action: { type: 'disclose', interestId: 'i'.repeat(50_000), to: 'all' }, ref: 'r'.repeat(5000) } };
    case 'deep-nesting': {
      // Nested arrays a few thousand deep: raw msgpack (0x91 = array of one), within 64 KiB.
      const depth = 1000 + nextInt(rng, 20_000);
      return { raw: new Uint8Array([P.ROOM_DATA, ...str('action'), ...new Array(depth).fill(0x91), 0xc0]) };
    }
    case 'unknown-type':
      return { type: ['teleport', '__proto__', 'constructor', 'x'.repeat(300), 'onAuth', 'hasOwnProperty'][nextInt(rng, 6)], msg: { to: 'moon' } };
    case 'other-seat': {
      const other = pickRole();
      const cases: unknown[] = [
        { action: { type: 'gift', to: other, resources: { budget: 1 } }, seat: 0 },
        { action: { type: 'guess', target: other, interestIds: [], seat: 1 } },
        { action: { type: 'disclose', interestId: `i-${other}-1`, to: 'all', as: other } },
        { action: { type: 'withdrawTrade', offerId: guessId() }, actor: 2 },
      ];
      return { type: 'action', msg: cases[nextInt(rng, cases.length)] };
    }
    case 'wrong-moment': {
      // Refused by the engine: the wrong phase, or references that cannot exist.
      const cases: unknown[] = [
        phase === 'overleg' ? { type: 'hold', personaId: 'pe-nobody', resource: 'bereik' } : { type: 'proposeTrade', to: pickRole(), give: { budget: 99 }, get: {} },
        { type: 'pledge', projectId: 'p-none', resources: { budget: 1 } },
        { type: 'unpledge', projectId: 'p-none' },
        { type: 'guess', target: pickRole(), interestIds: ['i-nope'] },
      ];
      return { type: 'action', msg: { action: cases[nextInt(rng, cases.length)], ref: 'w' } };
    }
    case 'guessed-offer': {
      const type = ['acceptTrade', 'declineTrade', 'withdrawTrade'][nextInt(rng, 3)];
      const offerId = nextFloat(rng) < 0.3 ? `o${nextInt(rng, 50)}` : guessId();
      return { type: 'action', msg: { action: { type, offerId } } };
    }
    case 'not-host': {
      const commands = [{ kind: 'advance' }, { kind: 'end' }, { kind: 'pause' }, { kind: 'freeSeat', seat: nextInt(rng, 4) }, { kind: 'botSeat', seat: 0, personality: 'x' }, { kind: 'removeMember', id: 'x' }];
      return { type: 'host', msg: { command: commands[nextInt(rng, commands.length)] } };
    }
    case 'flood-setName':
      return { type: 'setName', msg: { name: `Flood ${nextInt(rng, 1e6)}` } };
    default:
      return { raw: randomBytes(8) };
  }
}

const SDK_KINDS: FrameKind[] = [
  'random-bytes',
  'truncated-msgpack',
  'bad-protocol-code',
  'bad-request',
  'ping',
  'wrong-types',
  'huge-string',
  'deep-nesting',
  'unknown-type',
  'other-seat',
  'wrong-moment',
  'guessed-offer',
  'not-host',
  'flood-setName',
];

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
    if (f.frames > floodLimit) stats.flooders.push(f);
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
          body: JSON.stringify({ protocol: 1, spectator: true }),
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
      if (f.frames > floodLimit) stats.flooders.push(f);
    }
  };

  /** Join and reconnection guesses (HTTP only): codes, seat tokens, host keys, reconnection tokens. */
  const guesser = async (): Promise<void> => {
    const rng: Rng = { state: seedState(opts.seed + 7) };
    const w = freshWho(203);
    const sdk = sdkFor(w.ip, w.device);
    while (!done()) {
      const code = Array.from({ length: 6 }, () => GUESS_ALPHABET[nextInt(rng, GUESS_ALPHABET.length)]).join('');
      const live = tables().filter(Boolean);
      const real = live.length ? live[nextInt(rng, live.length)].code : code;
      const r = nextFloat(rng);
      const attempt =
        r < 0.3
          ? sdk.joinById(code, { protocol: 1, name: 'Eve' })
          : r < 0.6
            ? sdk.joinById(real, { protocol: 1, seatToken: randomBytes(16).toString('base64url') })
            : r < 0.8
              ? sdk.joinById(real, { protocol: 1, hostKey: randomBytes(16).toString('base64url') })
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
    for (const m of p.messages) {
      if (m.type !== 'view' || (m.msg as { status: string }).status === 'ended') continue;
      const json = JSON.stringify(m.msg);
      for (const id of json.match(/"i-[^"]+"/g) ?? []) ids.add(id.slice(1, -1));
      if (json.includes('"t":"guess"')) ids.add('guess');
    }
    await p.leave().catch(() => undefined);
  }
  stats.seen = Object.fromEntries([...seenIds].map(([code, ids]) => [code, [...ids]]));
  return stats;
}

// ---- the whole run ----------------------------------------------------------------------------

export interface FuzzOptions {
  frames: number;
  tables: number;
  rounds: number;
  seed: number;
  movesPerPhase: number;
  paceMs: number;
  framesPerConnection: number;
  watchersPerTable: number;
  rawSockets: number;
  /** Run the hostile clients on the server's own thread (default: a worker thread, as another machine would). */
  inProcess?: boolean;
  progress?: (s: AttackStats) => void;
}

export const DEFAULT_FUZZ: FuzzOptions = {
  frames: 10_000,
  tables: 2,
  rounds: 1,
  seed: 20261201,
  movesPerPhase: 2,
  paceMs: 60,
  framesPerConnection: 400,
  watchersPerTable: 2,
  rawSockets: 2,
};

export interface FuzzReport {
  baseline: HonestResult;
  attacked: HonestResult;
  attack: AttackStats;
  /** Secrets found in what hostile connections received. */
  hostileLeaks: string[];
  log: { bytes: number; lines: number; sample: string[] };
  rss: { before: number; after: number };
  healthy: boolean;
  ms: { baseline: number; attack: number };
}

export function percentile(xs: number[], p: number): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
}

export async function healthy(srv: TestServer): Promise<boolean> {
  try {
    const res = await fetch(`${srv.url}/healthz`);
    return res.ok;
  } catch {
    return false;
  }
}

/** Honest play alone (the baseline), then honest play under attack; the server's log captured throughout. */
export async function runFuzz(srv: TestServer, options: Partial<FuzzOptions> = {}): Promise<FuzzReport> {
  const o = { ...DEFAULT_FUZZ, ...options };
  const honest: HonestOptions = { movesPerPhase: o.movesPerPhase, paceMs: o.paceMs, seed: o.seed };
  const cap = captureLog();
  try {
    const rssBefore = process.memoryUsage().rss;
    let t0 = performance.now();
    const baseline = await playHonest(srv, o.tables, o.rounds, honest, () => false);
    const baselineMs = performance.now() - t0;

    t0 = performance.now();
    let live: HonestTable[] = [];
    let attackDone = false;
    const attacked = playHonest(srv, o.tables, o.rounds, honest, () => !attackDone, (t) => (live = t));
    await waitFor(() => live.filter(Boolean).length === o.tables, 'honest tables open', 20_000);
    const attackOpts = { lanes: o.tables, frames: o.frames, seed: o.seed, framesPerConnection: o.framesPerConnection, watchersPerTable: o.watchersPerTable, rawSockets: o.rawSockets };
    const aim: Aim = { url: srv.url, processId: srv.running.processId, targets: () => live.map((t) => t && targetOf(t)) };
    const stats = o.inProcess ? await attack(aim, { ...attackOpts, progress: o.progress }) : await attackFromWorker(aim, attackOpts, o.progress);
    attackDone = true;
    const attackedResult = await attacked;
    const attackMs = performance.now() - t0;

    // What the hostile connections saw before the end: no seat's secrets but the hostile seat's own.
    const hostileLeaks: string[] = [];
    for (const [code, ids] of Object.entries(stats.seen)) {
      const s = replay(srv.sqlite.loadRoom(code)!.record!);
      const role = s.config.roles[3];
      const own = new Set(s.partners[role]!.interests);
      const secret = new Set(s.config.roles.flatMap((r) => s.partners[r]!.interests).filter((id) => !own.has(id) && !s.disclosures.some((d) => d.interestId === id && (d.to === 'all' || d.to === role))));
      for (const id of ids) if (secret.has(id) || id === 'guess') hostileLeaks.push(`${id} reached a hostile connection in ${code}`);
    }
    const ok = await healthy(srv);
    return {
      baseline,
      attacked: attackedResult,
      attack: stats,
      hostileLeaks,
      log: { bytes: cap.bytes, lines: cap.lines, sample: cap.sample },
      rss: { before: rssBefore, after: process.memoryUsage().rss },
      healthy: ok,
      ms: { baseline: baselineMs, attack: attackMs },
    };
  } finally {
    cap.stop();
  }
}

export { CLOSE_CODES };

// ---- the attack from a worker thread -----------------------------------------------------------
// The hostile clients' own work (building frames, SDK decoding) would otherwise share the event
// loop with the server and the honest clients, and be counted as the server's slowness.

type ToWorker = { targets: Target[] };
type FromWorker = { progress: AttackStats } | { done: AttackStats } | { failed: string };

function attackFromWorker(aim: Aim, opts: Omit<AttackOptions, 'progress'>, progress?: (s: AttackStats) => void): Promise<AttackStats> {
  const worker = new Worker(new URL(import.meta.url), {
    execArgv: ['--import', 'tsx'],
    workerData: { kotFuzz: { url: aim.url, processId: aim.processId, opts } },
  });
  const push = (): void => worker.postMessage({ targets: aim.targets() } satisfies ToWorker);
  push();
  const timer = setInterval(push, 25);
  return new Promise<AttackStats>((resolve, reject) => {
    worker.on('message', (m: FromWorker) => {
      if ('progress' in m) progress?.(m.progress);
      else if ('done' in m) resolve(m.done);
      else reject(new Error(m.failed));
    });
    worker.on('error', reject);
    worker.on('exit', (code) => reject(new Error(`fuzz worker exited (${code})`)));
  }).finally(() => {
    clearInterval(timer);
    void worker.terminate();
  });
}

if (!isMainThread && (workerData as { kotFuzz?: unknown } | null)?.kotFuzz) {
  const { url, processId, opts } = (workerData as { kotFuzz: { url: string; processId: string; opts: AttackOptions } }).kotFuzz;
  let targets: Target[] = [];
  parentPort!.on('message', (m: ToWorker) => (targets = m.targets));
  // Quiet: the SDK's own console lines are the attacker's, not the server's log.
  for (const m of ['log', 'info', 'warn', 'error', 'debug'] as const) console[m] = () => undefined;
  attack({ url, processId, targets: () => targets }, { ...opts, progress: (s) => parentPort!.postMessage({ progress: s } satisfies FromWorker) }).then(
    (done) => {
      parentPort!.postMessage({ done } satisfies FromWorker);
      setTimeout(() => process.exit(0), 100);
    },
    (e: unknown) => parentPort!.postMessage({ failed: String((e as Error)?.stack ?? e) } satisfies FromWorker),
  );
}
