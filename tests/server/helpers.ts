import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ColyseusTestServer } from '@colyseus/testing';
import { ColyseusSDK, MatchMakeError, Room as SDKRoom } from '@colyseus/sdk';
import { afterEach, expect } from 'vitest';
import { parseJoinError } from '../../shared/protocol/errors';
import { matchMaker } from '@colyseus/core';
import { startServer, type RunningServer, type StartOptions } from '../../server/app';
import { loadConfig } from '../../server/config';
import type { TableRoom } from '../../server/room/TableRoom';
import type { GameStore } from '../../server/store/GameStore';
import { PROTOCOL_VERSION, ROOM_NAME, type JoinOptions, type RoomSettings, type ServerMessages } from '../../shared/protocol/messages';
import { ROLES, type RoleId } from '../../shared/model/ids';
import type { RoomInfo } from '../../shared/protocol/room';
import { ViewReader } from '../../shared/view/reader';
import type { PlayerView, ProjectorView } from '../../shared/view/types';

// Test helpers for the server: an in-process server on a free port with its own database, and
// `Player`, an SDK client that records everything it receives (decoded messages, state
// snapshots and the raw bytes off the socket) and waits for conditions instead of sleeping.

// Every raw frame a client receives, before the SDK decodes it (messages and state patches).
const proto = SDKRoom.prototype as unknown as { onMessageCallback(e: MessageEvent): void };
const originalOnMessage = proto.onMessageCallback;
proto.onMessageCallback = function (this: { __raw?: Uint8Array[] }, event: MessageEvent) {
  this.__raw?.push(new Uint8Array(event.data as ArrayBuffer).slice());
  return originalOnMessage.call(this, event);
};

export interface TestServer {
  url: string;
  port: number;
  dir: string;
  dbPath: string;
  running: RunningServer;
  /** The in-process server's SQLite records, read synchronously (tests wait on them in `until`). */
  sqlite: GameStore;
  /** @colyseus/testing's view of the server: server-side rooms by id. */
  testing: ColyseusTestServer;
  /**
   * A new SDK client; `ip` sets X-Real-IP (the test server trusts it) to act as another address,
   * `device` the device cookie (server/doors.ts) to act as another browser behind that address.
   */
  sdk(ip?: string, device?: string): ColyseusSDK;
  room(code: string): TableRoom;
  stop(): Promise<void>;
}

export function tempDir(prefix = 'kot-server-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export async function startTestServer(env: Record<string, string> = {}, options: StartOptions = {}): Promise<TestServer> {
  const dir = env.__DIR ?? tempDir();
  const dbPath = path.join(dir, 'kaarten.db');
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    KOT_DB_PATH: dbPath,
    CLIENT_DIR: path.join(dir, 'client'),
    LOG_LEVEL: 'error',
    TRUST_PROXY: 'true',
    ...env,
  });
  const running = await startServer(config, options);
  const testing = new ColyseusTestServer(running.colyseus);
  testing.sdk = new ColyseusSDK(running.url);
  let counter = 0;
  return {
    url: running.url,
    port: running.port,
    dir,
    dbPath,
    running,
    sqlite: (running.store as unknown as { db: GameStore }).db,
    testing,
    // Each client its own address by default, so per-address limits in one test do not touch another.
    sdk: (ip = `10.0.${Math.floor(++counter / 250)}.${counter % 250}`, device?: string) =>
      new ColyseusSDK(running.url, { headers: { 'x-real-ip': ip, ...(device ? { cookie: `kot_device=${device}` } : {}) } }),
    room: (code) => matchMaker.getLocalRoomById(code) as unknown as TableRoom,
    stop: async () => {
      await running.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

type Msg<K extends keyof ServerMessages = keyof ServerMessages> = { type: K; msg: ServerMessages[K] };
/** What a test waits for: messages as they come, but 'view' is the view the client holds after each view message. */
type Seen = Omit<ServerMessages, 'view'> & { view: PlayerView | ProjectorView };
type Waiter = { type: string; pred: (m: any) => boolean; resolve: (m: any) => void };

export function joinOptions(extra: Partial<JoinOptions> = {}): JoinOptions {
  return { protocol: PROTOCOL_VERSION, ...extra };
}

export class Player {
  readonly messages: Msg[] = [];
  readonly states: RoomInfo[] = [];
  readonly raw: Uint8Array[];
  private waiters: Waiter[] = [];
  private refs = 0;
  welcome: ServerMessages['welcome'] | null = null;
  /** The view as the client sees it: the last whole view with every delta since applied. */
  view: PlayerView | ProjectorView | null = null;
  /** Every view the client held, in order: each whole view, and the view each delta made. */
  readonly views: (PlayerView | ProjectorView)[] = [];
  /** How many deltas `view` has had since its last whole view (of both parts). */
  viewVersion = 0;
  private readonly reader = new ViewReader();
  left: number | null = null;

  constructor(readonly room: SDKRoom, raw: Uint8Array[] = []) {
    this.raw = raw;
    (room as unknown as { __raw: Uint8Array[] }).__raw = raw;
    room.onMessage('*', (type, msg) => this.record(String(type) as keyof ServerMessages, msg as never));
    room.onStateChange((state) => this.states.push((state as { toJSON(): RoomInfo }).toJSON()));
    room.onLeave((code) => {
      this.left = code;
    });
  }

  static async create(sdk: ColyseusSDK, options: Partial<JoinOptions> = {}): Promise<Player> {
    return Player.connect(() => sdk.create(ROOM_NAME, joinOptions(options)));
  }

  static async join(sdk: ColyseusSDK, code: string, options: Partial<JoinOptions> = {}): Promise<Player> {
    return Player.connect(() => sdk.joinById(code, joinOptions(options)));
  }

  /** Joins and waits for the welcome (and the view, when a game is running). */
  private static async connect(open: () => Promise<SDKRoom>): Promise<Player> {
    const room = await open();
    const p = new Player(room);
    await p.until(() => p.welcome !== null && p.states.length > 0, 'welcome and state');
    return p;
  }

  private record<K extends keyof ServerMessages>(type: K, msg: ServerMessages[K]): void {
    this.messages.push({ type, msg } as Msg);
    if (type === 'welcome') this.welcome = msg as ServerMessages['welcome'];
    const isView = type === 'view' || type === 'pub' || type === 'delta';
    if (isView) {
      // As the client does (client/src/net/connection.ts): a waiter for a view sees the view the parts make.
      const view =
        type === 'view'
          ? this.reader.whole(msg as ServerMessages['view'])
          : type === 'pub'
            ? this.reader.public(msg as ServerMessages['pub'])
            : this.reader.delta(msg as ServerMessages['delta']);
      if (!view) throw new Error(`a ${type} that does not follow the parts held (${JSON.stringify(this.reader.versions)})`);
      this.view = view;
      this.viewVersion = this.reader.versions.pub + this.reader.versions.own;
      this.views.push(view);
    }
    const seen = isView ? 'view' : type;
    const value = isView ? this.view : msg;
    for (const w of [...this.waiters]) {
      if (w.type === seen && w.pred(value)) {
        this.waiters.splice(this.waiters.indexOf(w), 1);
        w.resolve(value);
      }
    }
    // An ack that travelled inside the delta is an ack like any other, after the view it came with.
    if (type === 'delta' && (msg as ServerMessages['delta']).ack) this.record('ack', (msg as ServerMessages['delta']).ack!);
  }

  /** The next message of `type` (matching `pred`) received from now on; 'view': the next view the client holds. */
  next<K extends keyof Seen>(type: K, pred: (m: Seen[K]) => boolean = () => true, timeoutMs = 8000): Promise<Seen[K]> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no '${type}' message within ${timeoutMs} ms`)), timeoutMs);
      this.waiters.push({ type, pred, resolve: (m) => (clearTimeout(timer), resolve(m)) });
    });
  }

  /** Sends a message with a fresh `ref` and resolves with the ack or error that answers it. */
  async request(type: string, payload: Record<string, unknown> = {}): Promise<Msg<'ack'> | Msg<'error'>> {
    const ref = `r${++this.refs}`;
    const ack = this.next('ack', (m) => m.ref === ref);
    const err = this.next('error', (m) => m.ref === ref);
    this.room.send(type, { ...payload, ref });
    return Promise.race([ack.then((msg) => ({ type: 'ack' as const, msg })), err.then((msg) => ({ type: 'error' as const, msg }))]);
  }

  async ok(type: string, payload: Record<string, unknown> = {}): Promise<void> {
    const r = await this.request(type, payload);
    if (r.type !== 'ack') throw new Error(`${type} refused: ${JSON.stringify(r.msg)}`);
  }

  async refused(type: string, payload: Record<string, unknown> = {}): Promise<ServerMessages['error']> {
    const r = await this.request(type, payload);
    if (r.type !== 'error') throw new Error(`${type} was accepted`);
    return r.msg as ServerMessages['error'];
  }

  host(command: Record<string, unknown>): Promise<void> {
    return this.ok('host', { command });
  }

  info(): RoomInfo {
    return (this.room.state as unknown as { toJSON(): RoomInfo }).toJSON();
  }

  /** Resolves once `cond` holds, re-checking on every message and patch. */
  until(cond: () => boolean, what = 'condition', timeoutMs = 8000): Promise<void> {
    return waitFor(cond, what, timeoutMs);
  }

  get playerView(): PlayerView {
    if (this.view?.kind !== 'player') throw new Error('no player view yet');
    return this.view;
  }

  get code(): string {
    return this.welcome!.code;
  }

  async leave(): Promise<void> {
    if (this.left === null) await this.room.leave(true);
  }
}

/** Polls `cond` every few milliseconds (no fixed sleeps): for conditions no single event signals. */
export function waitFor(cond: () => boolean, what = 'condition', timeoutMs = 8000): Promise<void> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const holds = (): boolean => {
      try {
        return cond();
      } catch {
        return false; // e.g. a seat not synced yet
      }
    };
    const tick = (): void => {
      if (holds()) return resolve();
      if (Date.now() - started > timeoutMs) return reject(new Error(`timed out waiting for ${what}`));
      setTimeout(tick, 5);
    };
    tick();
  });
}

/** Bytes contain an ASCII/UTF-8 string (for the secret-leak test). */
export function bytesContain(bytes: Uint8Array, text: string): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(Buffer.from(text, 'utf8'));
}

// ---- tables --------------------------------------------------------------------------------

export const UNTIMED: RoomSettings['timers'] = { gebeurtenis: null, overleg: null, uitvoering: null, terugblik: null };

export function settings(over: Partial<RoomSettings> = {}): RoomSettings {
  return { rounds: 2, timers: UNTIMED, roleSwap: false, roles: [...ROLES], anonymousReflections: false, bots: [], ...over };
}

export const FOUR_ROLES: RoleId[] = ['bibliotheek', 'gemeente', 'uwv', 'welzijn'];

/** A room whose creator plays seat 0 and holds the host key; everyone claims a role (and the host starts). */
export async function table(
  srv: Pick<TestServer, 'sdk'>,
  roles: RoleId[] = FOUR_ROLES,
  opts: { settings?: RoomSettings; start?: boolean } = {},
): Promise<{ code: string; players: Player[]; host: Player }> {
  const host = await Player.create(srv.sdk(), { name: 'Speler 1', settings: opts.settings ?? settings() });
  const players = [host];
  for (let i = 1; i < roles.length; i++) players.push(await Player.join(srv.sdk(), host.code, { name: `Speler ${i + 1}` }));
  for (let i = 0; i < roles.length; i++) await players[i].ok('claimRole', { role: roles[i] });
  if (opts.start !== false) {
    const views = players.map((p) => p.next('view'));
    await host.host({ kind: 'start' });
    await Promise.all(views);
  }
  return { code: host.code, players, host };
}

// ---- a server in its own process (for SIGKILL and SIGTERM) ------------------------------------

export interface ServerProcess {
  url: string;
  proc: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
  sdk(ip?: string): ColyseusSDK;
}

/** Runs server/main.ts under the project's Node (24) with a given database; resolves once it listens. */
export function spawnServer(dbPath: string, env: Record<string, string> = {}): Promise<ServerProcess> {
  const root = path.resolve(import.meta.dirname, '../..');
  const proc = spawn(path.join(root, 'node_modules/.bin/node'), ['--import', 'tsx', 'server/main.ts'], {
    cwd: root,
    env: {
      // A child server gets only the store and cluster settings its test gives it (not CI's).
      ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !['DATABASE_URL', 'REDIS_URL', 'PUBLIC_ADDRESS'].includes(k))),
      PORT: '0',
      HOST: '127.0.0.1',
      KOT_DB_PATH: dbPath,
      CLIENT_DIR: path.join(path.dirname(dbPath), 'client'),
      LOG_LEVEL: 'info',
      TRUST_PROXY: 'true',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const exited = new Promise<number | null>((resolve) => proc.once('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${out}`)), 20_000);
    const onData = (chunk: Buffer): void => {
      out += chunk.toString();
      const m = /listening on (http:\/\/[^\s]+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        const url = m[1];
        let n = 0;
        resolve({
          url,
          proc,
          output: () => out,
          exited,
          sdk: (ip = `10.1.0.${++n}`) => new ColyseusSDK(url, { headers: { 'x-real-ip': ip } }),
        });
      }
    };
    proc.stdout!.on('data', onData);
    proc.stderr!.on('data', (c: Buffer) => (out += c.toString()));
    exited.then((code) => reject(new Error(`server exited (${code}) before listening:\n${out}`)));
  });
}

/** One card the seat may hand over now: in its hand and not frozen by this round's event. */
export function oneCard(view: PlayerView): Record<string, number> {
  const hand = view.hand as Record<string, number>;
  const r = Object.keys(hand).find((k) => hand[k] > 0 && !view.modifiers.frozen.includes(k as never));
  if (!r) throw new Error('no card that may change hands');
  return { [r]: 1 };
}

/** The refusal a join or reconnect gets: its parsed code and reason (fails if it was not refused). */
export async function refusal(promise: Promise<unknown>): Promise<ReturnType<typeof parseJoinError>> {
  const e = await promise.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(MatchMakeError);
  return parseJoinError((e as Error).message);
}

/** Child server processes for one test file: `start(dbPath)`; any still running is killed after each test. */
export function childServers(env: Record<string, string> = {}): (dbPath: string) => Promise<ServerProcess> {
  const procs: ServerProcess[] = [];
  afterEach(async () => {
    for (const p of procs.splice(0)) {
      if (p.proc.exitCode === null && p.proc.signalCode === null) p.proc.kill('SIGKILL');
      await p.exited;
    }
  });
  return async (dbPath) => {
    const p = await spawnServer(dbPath, env);
    procs.push(p);
    return p;
  };
}
