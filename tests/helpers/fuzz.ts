import { randomBytes } from 'node:crypto';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { pack } from 'msgpackr';
import WebSocket from 'ws';
import { replay, type Action, type GameState } from '../../shared/rules';
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
import { captureLog, playHonest, type HonestOptions, type HonestResult, type HonestTable } from './fuzz-honest';
import { attack, targetOf, type Aim, type AttackOptions, type AttackStats, type Target } from './fuzz-attack';

export * from './fuzz-honest';
export * from './fuzz-attack';
export { FRAME_KINDS, type FrameKind } from './fuzz-frames';

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
