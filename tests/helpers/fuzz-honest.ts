import { allowed } from './allowed';
import { randomBytes } from 'node:crypto';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { pack } from 'msgpackr';
import WebSocket from 'ws';
import { replay, type Action, type GameState } from '../../shared/rules';
import { nextFloat, nextInt, seedState, type Rng } from '../../shared/rng';
import { CLOSE_CODES } from '../../shared/protocol/errors';
import type { RoleId } from '../../shared/model/ids';
import { ColyseusSDK } from '@colyseus/sdk';
import { bytesContain, FOUR_ROLES, Player, settings, waitFor, type TestServer } from '../server/helpers';
import { pickAction } from './random-game';
import { secretIdsHiddenFrom } from './properties';

// The honest side of the fuzz run (tests/helpers/fuzz.ts): the server's log captured, and tables
// that play whole short games through legal moves while recording move→ack times and checking
// that no secret reaches a seat or projector it is not for.


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
          const picked = pickAction(rng, allowed(game(), seat)) as Action | null;
          if (!picked) continue;
          // An offer by the id the seat's own view shows (the server accepts no engine ids).
          const action = 'offerId' in picked ? { ...picked, offerId: room.offerIds.out(picked.offerId) } : picked;
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
    for (const v of p.views) {
      if (v.status === 'ended') continue;
      for (const o of v.kind === 'player' ? v.offers : []) if (o.from !== role && o.to !== role) leaks.push(`offer ${o.from}→${o.to} reached ${who}`);
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
