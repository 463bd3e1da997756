import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ColyseusSDK, type Room as SDKRoom } from '@colyseus/sdk';
import { EVENT_ROOM_NAME, type EventServerMessages, type EventSettings } from '../../shared/protocol/event';
import { PROTOCOL_VERSION } from '../../shared/protocol/messages';
import { ROLES } from '../../shared/model/ids';
import type { PlayerView } from '../../shared/view/types';

// `npm run bench:event -- --tables 10 [--moves 30] [--every 150] [--json]`
//
// A training day of N tables × 6 players against the production server (server/main.ts, in a
// child process, its own SQLite file), with the console's overview and the event's projector
// connected. Every table plays moves at once (a disclosure every `--every` ms per table, `--moves`
// per table); for each move: the time to its acknowledgement, and the time until the console's
// overview shows it. Prints the p50/p99 of both; `--json` prints one object:
// `{ tables, players, overviewP99Ms, moveP99Ms }`. Goals: overview ≤ 1 s, acknowledgement ≤ 100 ms.

const root = path.resolve(import.meta.dirname, '../..');
const argv = process.argv.slice(2);
const value = (name: string, fallback: number): number => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 && argv[i + 1] ? Number(argv[i + 1]) : fallback;
};
const TABLES = value('tables', 10);
const MOVES = value('moves', 30);
const EVERY_MS = value('every', 150);
const JSON_OUT = argv.includes('--json');
const SEATS = 6;

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
const until = async (cond: () => boolean, what: string, ms = 60_000): Promise<void> => {
  const t0 = Date.now();
  while (!cond()) {
    if (Date.now() - t0 > ms) throw new Error(`timed out: ${what}`);
    await sleep(5);
  }
};
const p = (xs: number[], q: number): number => {
  const s = xs.slice().sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)] : NaN;
};

async function startServer(): Promise<{ url: string; stop: () => void; dir: string }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kot-bench-event-'));
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: '0', HOST: '127.0.0.1', KOT_DB_PATH: path.join(dir, 'k.db'), CLIENT_DIR: path.join(dir, 'client'), LOG_LEVEL: 'warn', TRUST_PROXY: 'true' };
  for (const k of ['DATABASE_URL', 'REDIS_URL', 'PUBLIC_ADDRESS']) delete env[k];
  const proc = spawn(path.join(root, 'node_modules/.bin/node'), ['--import', 'tsx', 'server/main.ts'], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  const url = await new Promise<string>((resolve, reject) => {
    const seen = (c: Buffer): void => {
      out += c.toString();
      const m = /listening on (http:\/\/\S+)/.exec(out);
      if (m) resolve(m[1].replace(/[",]+$/, ''));
    };
    proc.stdout!.on('data', seen);
    proc.stderr!.on('data', seen);
    proc.once('exit', (code) => reject(new Error(`server exited (${code}):\n${out}`)));
  });
  return { url, dir, stop: () => proc.kill('SIGTERM') };
}

interface Seated {
  room: SDKRoom;
  view: PlayerView | null;
  acks: Map<string, () => void>;
}

async function main(): Promise<void> {
  const server = await startServer();
  let ip = 0;
  // Each client its own address (the server trusts X-Real-IP here), as phones on a venue's network would not be.
  const sdk = (): ColyseusSDK => new ColyseusSDK(server.url, { headers: { 'x-real-ip': `10.9.${Math.floor(++ip / 250)}.${ip % 250}` } });
  try {
    const settings: EventSettings = {
      rounds: 4,
      timers: { gebeurtenis: null, overleg: null, uitvoering: null, terugblik: null },
      roles: [...ROLES],
      seatsPerTable: SEATS,
      bots: null,
      leftover: 'share',
      anonymousReflections: false,
      secondGame: false,
      phasesTogether: true,
    };
    const fac = await sdk().create(EVENT_ROOM_NAME, { protocol: PROTOCOL_VERSION, event: true, settings });
    let overview: EventServerMessages['overview'] | null = null;
    let welcome: EventServerMessages['eventWelcome'] | null = null;
    const overviewWaiters: (() => void)[] = [];
    fac.onMessage('*', (type, msg) => {
      if (type === 'eventWelcome') welcome = msg as EventServerMessages['eventWelcome'];
      if (type === 'overview') {
        overview = msg as EventServerMessages['overview'];
        for (const w of overviewWaiters.slice()) w();
      }
    });
    await until(() => welcome !== null, 'welcome');
    const code = welcome!.code;
    const wall = await sdk().joinById(code, { protocol: PROTOCOL_VERSION, event: true, projectorKey: welcome!.projectorKey! });
    wall.onMessage('*', () => undefined);
    const people: { room: SDKRoom; placed: EventServerMessages['placed'] | null }[] = [];
    for (let i = 0; i < TABLES * SEATS; i++) {
      const room = await sdk().joinById(code, { protocol: PROTOCOL_VERSION, event: true, name: `Speler ${i + 1}` });
      const person = { room, placed: null as EventServerMessages['placed'] | null };
      room.onMessage('*', (type, msg) => type === 'placed' && (person.placed = msg as EventServerMessages['placed']));
      people.push(person);
    }
    const ask = (command: Record<string, unknown>): void => fac.send('host', { command });
    ask({ kind: 'start' });
    await until(() => people.every((x) => !!x.placed?.seatToken), 'seat tokens');
    const seated: Seated[] = await Promise.all(
      people.map(async (x) => {
        const room = await sdk().joinById(x.placed!.tableCode!, { protocol: PROTOCOL_VERSION, seatToken: x.placed!.seatToken! });
        const s: Seated = { room, view: null, acks: new Map() };
        room.onMessage('*', (type, msg: any) => {
          if (type === 'view') s.view = msg as PlayerView;
          if (type === 'viewDelta' || type === 'ack' || type === 'error') {
            const ref = type === 'viewDelta' ? msg.ack?.ref : msg.ref;
            if (ref) s.acks.get(ref)?.();
          }
        });
        return s;
      }),
    );
    await until(() => seated.every((s) => s.view !== null), 'views');
    ask({ kind: 'advance' });
    await until(() => !!overview && overview.tables.length === TABLES && overview.tables.every((t) => t.phase === 'overleg'), 'Overleg everywhere');
    const byTable = new Map<number, { s: Seated; role: string; interests: string[] }[]>();
    seated.forEach((s, i) => {
      const t = people[i].placed!.table!;
      byTable.set(t, [...(byTable.get(t) ?? []), { s, role: s.view!.role, interests: s.view!.interests.map((x) => x.id) }]);
    });
    const ackMs: number[] = [];
    const overviewMs: number[] = [];
    let refs = 0;
    await Promise.all(
      [...byTable.entries()].map(async ([table, seats]) => {
        const roles = seats.map((x) => x.role);
        const plan = seats.flatMap((x) => x.interests.flatMap((id) => roles.filter((r) => r !== x.role).map((to) => ({ x, id, to }))));
        for (let m = 0; m < Math.min(MOVES, plan.length); m++) {
          const { x, id, to } = plan[(m * 7) % plan.length];
          const before = overview!.tables[table].actions;
          const ref = `b${++refs}`;
          const t0 = performance.now();
          const acked = new Promise<void>((resolve) => x.s.acks.set(ref, resolve));
          const shown = new Promise<void>((resolve) => {
            const check = (): void => {
              if (overview!.tables[table].actions > before) {
                overviewWaiters.splice(overviewWaiters.indexOf(check), 1);
                resolve();
              }
            };
            overviewWaiters.push(check);
          });
          x.s.room.send('action', { action: { type: 'disclose', interestId: id, to }, ref });
          await acked.then(() => ackMs.push(performance.now() - t0));
          await shown.then(() => overviewMs.push(performance.now() - t0));
          await sleep(EVERY_MS);
        }
      }),
    );
    const result = { tables: TABLES, players: TABLES * SEATS, overviewP99Ms: Math.round(p(overviewMs, 0.99)), moveP99Ms: Math.round(p(ackMs, 0.99) * 10) / 10 };
    if (JSON_OUT) console.log(JSON.stringify(result));
    else {
      console.log(`event: ${TABLES} tables × ${SEATS} players, console and event projector connected, ${ackMs.length} moves`);
      console.log(`move → ack:       p50 ${p(ackMs, 0.5).toFixed(1)} ms, p99 ${p(ackMs, 0.99).toFixed(1)} ms (goal ≤ 100 ms)`);
      console.log(`move → overview:  p50 ${p(overviewMs, 0.5).toFixed(0)} ms, p99 ${p(overviewMs, 0.99).toFixed(0)} ms (goal ≤ 1000 ms)`);
    }
    for (const s of seated) void s.room.leave();
    for (const x of people) void x.room.leave();
    void wall.leave();
    void fac.leave();
  } finally {
    server.stop();
    await sleep(300);
    fs.rmSync(server.dir, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
