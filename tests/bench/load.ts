import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runLoad, type LoadOptions, type LoadResult } from './load-players';

// `npm run bench:load -- --clients 600,1200,2000 [--json] [--rounds 2] [--overleg 12] [--move-every 2] [--profile DIR]`
//
// For each client count: the production server (server/main.ts) in a child process, players
// driven from this process through the Colyseus SDK in rooms of a host and six players, one whole
// game per room; then a bare Colyseus room (load-bare.ts, another child process) with the same
// clients, the same schedule and the same bytes per change. The server's CPU and memory are read
// from /proc, so this process's own work (the players) is not counted. `--profile DIR` writes the
// game server's CPU profile (.cpuprofile, for Chrome's DevTools) there.

const root = path.resolve(import.meta.dirname, '../..');
const node = path.join(root, 'node_modules/.bin/node');
const PLAYERS_PER_ROOM = 6;

function args(): { clients: number[]; json: boolean; rounds: number; overlegMs: number; moveEveryMs: number; profile: string } {
  const a = process.argv.slice(2);
  const value = (name: string, fallback: string): string => {
    const i = a.indexOf(`--${name}`);
    return i >= 0 && a[i + 1] ? a[i + 1] : fallback;
  };
  return {
    clients: value('clients', '600').split(',').map(Number),
    json: a.includes('--json'),
    rounds: Number(value('rounds', '2')),
    overlegMs: Number(value('overleg', '12')) * 1000,
    moveEveryMs: Number(value('move-every', '2')) * 1000,
    profile: value('profile', ''),
  };
}

interface Child {
  proc: ChildProcess;
  url: string;
}

function start(script: string, env: Record<string, string>, flags: string[]): Promise<Child> {
  const proc = spawn(node, [...flags, '--import', 'tsx', script], { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  return new Promise((resolve, reject) => {
    const seen = (chunk: Buffer): void => {
      out += chunk.toString();
      const m = /listening on (http:\/\/\S+)/.exec(out);
      if (m) resolve({ proc, url: m[1] });
    };
    proc.stdout!.on('data', seen);
    proc.stderr!.on('data', (c: Buffer) => (out += c.toString()));
    proc.once('exit', (code) => reject(new Error(`${script} exited (${code}):\n${out}`)));
  });
}

async function stop(c: Child): Promise<void> {
  const exited = new Promise((r) => c.proc.once('exit', r));
  c.proc.kill('SIGTERM');
  await exited;
}

/** CPU time (ms) and resident memory (bytes) of a process, from /proc. */
function usage(pid: number): { cpuMs: number; rss: number } {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]);
  const rss = Number(fields[21]) * 4096;
  return { cpuMs: (ticks * 1000) / 100, rss };
}

export interface Figures {
  clients: number;
  rooms: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  cpuPerMoveMs: number;
  memPerRoomMiB: number;
  bytesPerPlayerPerGame: number;
}

const pct = (sorted: number[], p: number): number => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : NaN);
const round = (x: number, d = 2): number => Math.round(x * 10 ** d) / 10 ** d;

async function measure(kind: 'game' | 'bare', clients: number, o: Omit<LoadOptions, 'url' | 'mode' | 'onStart' | 'rooms'>, profile = ''): Promise<{ figures: Figures; result: LoadResult }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kot-load-'));
  const env = { PORT: '0', HOST: '127.0.0.1', KOT_DB_PATH: path.join(dir, 'kaarten.db'), CLIENT_DIR: path.join(dir, 'client'), LOG_LEVEL: 'warn', TRUST_PROXY: 'true' };
  const flags = profile && kind === 'game' ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(profile)}`] : [];
  const server = await start(kind === 'game' ? 'server/main.ts' : 'tests/bench/load-bare.ts', env, flags);
  const rooms = Math.ceil(clients / PLAYERS_PER_ROOM);
  try {
    const idle = usage(server.proc.pid!);
    let first = idle;
    let peakRss = 0;
    const sampler = setInterval(() => (peakRss = Math.max(peakRss, usage(server.proc.pid!).rss)), 500);
    const result = await runLoad({ ...o, url: server.url, mode: kind, rooms, onStart: () => (first = usage(server.proc.pid!)) });
    clearInterval(sampler);
    const last = usage(server.proc.pid!);
    const sorted = result.latenciesMs.slice().sort((a, b) => a - b);
    const bytes = result.playerBytes.reduce((a, b) => a + b, 0) / Math.max(1, result.playerBytes.length);
    return {
      result,
      figures: {
        clients,
        rooms,
        p50Ms: round(pct(sorted, 50)),
        p95Ms: round(pct(sorted, 95)),
        p99Ms: round(pct(sorted, 99)),
        cpuPerMoveMs: round((last.cpuMs - first.cpuMs) / Math.max(1, result.latenciesMs.length), 3),
        memPerRoomMiB: round((Math.max(peakRss, last.rss) - idle.rss) / rooms / 2 ** 20),
        bytesPerPlayerPerGame: Math.round(bytes),
      },
    };
  } finally {
    await stop(server);
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const a = args();
  const base = { rounds: a.rounds, overlegMs: a.overlegMs, moveEveryMs: a.moveEveryMs };
  const rows: (Figures & { bare: Figures; ratio: { p99: number; cpuPerMove: number; memPerRoom: number } })[] = [];
  for (const clients of a.clients) {
    const game = await measure('game', clients, { ...base, padBytes: 0 }, a.profile);
    // The bare room sends every client, per change, the bytes the game server sent per change.
    const pad = Math.round(game.result.allBytes / Math.max(1, game.result.changes) / (PLAYERS_PER_ROOM + 1));
    const bare = await measure('bare', clients, { ...base, padBytes: pad });
    const g = game.figures;
    const b = bare.figures;
    rows.push({ ...g, bare: b, ratio: { p99: round(g.p99Ms / b.p99Ms), cpuPerMove: round(g.cpuPerMoveMs / b.cpuPerMoveMs), memPerRoom: round(g.memPerRoomMiB / b.memPerRoomMiB) } });
    if (!a.json) {
      const r = game.result;
      console.log(
        `${clients} clients, ${g.rooms} rooms: ${r.moves} moves (${r.refused} refused, ${r.timedOut} unseen), a game of ${round(r.gameMs / 1000, 1)} s; bare room ${pad} B per client per change`,
      );
    }
  }
  const knee = (ms: number): number | null => rows.find((r) => r.p99Ms > ms)?.clients ?? null;
  if (a.json) {
    const out = rows.length === 1 ? rows[0] : { points: rows, p99Over50MsAt: knee(50), p99Over100MsAt: knee(100) };
    console.log(JSON.stringify(out));
    return;
  }
  const line = (name: string, f: (r: Figures) => string | number, ratio?: (r: (typeof rows)[number]) => number) =>
    console.log(`${name.padEnd(28)}${rows.map((r) => `${f(r)} / ${f(r.bare)}${ratio ? ` (${ratio(r)}×)` : ''}`.padEnd(30)).join('')}`);
  console.log(`\n${'server / bare room'.padEnd(28)}${rows.map((r) => `${r.clients} clients, ${r.rooms} rooms`.padEnd(30)).join('')}`);
  line('p50 move → view (ms)', (r) => r.p50Ms, (r) => round(r.p50Ms / r.bare.p50Ms));
  line('p95 move → view (ms)', (r) => r.p95Ms, (r) => round(r.p95Ms / r.bare.p95Ms));
  line('p99 move → view (ms)', (r) => r.p99Ms, (r) => r.ratio.p99);
  line('CPU per move (ms)', (r) => r.cpuPerMoveMs, (r) => r.ratio.cpuPerMove);
  line('memory per room (MiB)', (r) => r.memPerRoomMiB, (r) => r.ratio.memPerRoom);
  line('bytes per player per game', (r) => r.bytesPerPlayerPerGame);
  console.log(`p99 passes 50 ms at: ${knee(50) ?? 'none of these'} clients; 100 ms at: ${knee(100) ?? 'none of these'} clients`);
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    console.error(e);
    process.exit(1);
  },
);
