import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { runLoad, type LoadOptions, type LoadResult } from './load-players';

// `npm run bench:load -- --clients 600,1200,2000 [--processes 1,2] [--json] [--rounds 2] [--overleg 12] [--move-every 2] [--profile DIR] [--timeline]`
//
// For each client count: the production server (server/main.ts) in a child process, players
// driven from this process through the Colyseus SDK in rooms of a host and six players, one whole
// game per room; then a bare Colyseus room (load-bare.ts, another child process) with the same
// clients, the same schedule and the same bytes per change. The server's CPU and memory are read
// from /proc, so this process's own work (the players) is not counted. `--profile DIR` writes the
// game server's CPU profile (.cpuprofile, for Chrome's DevTools) there. `--timeline`: for the game
// server, second by second of the game, the moves sent, their p50 and p99, and the hosts' phase
// changes, to see when in a game the slow moves are. Besides the players' latency it prints the
// server's own p99 (its /metrics, from each frame's arrival) and how busy this process (the
// generator) was, so a slow generator is not mistaken for a slow server.
//
// `--processes 1,2,…`: the same client counts also against N game server processes at once (rooms
// spread over them, each room created and played through one of them; with REDIS_URL and
// DATABASE_URL set they share presence, codes and records as in production, otherwise each has its
// own SQLite file), and the capacity per process count: the most clients whose p99 stays ≤ 50 ms,
// and what each process added. CPU and memory are summed over the processes.

const root = path.resolve(import.meta.dirname, '../..');
const node = path.join(root, 'node_modules/.bin/node');
const PLAYERS_PER_ROOM = 6;
/** Lets this process read each game server's /metrics (its own view of a move's latency). */
const METRICS_TOKEN = 'load-bench';

/** The server's own p99 move → ack (ms), from the frame's arrival (server/metrics.ts), or NaN. */
async function serverP99(url: string): Promise<number> {
  try {
    const res = await fetch(`${url}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
    const m = /kot_move_ack_quantile_seconds\{quantile="0\.99"\} (\S+)/.exec(await res.text());
    return m ? Number(m[1]) * 1000 : NaN;
  } catch {
    return NaN;
  }
}

function args(): { clients: number[]; processes: number[]; json: boolean; rounds: number; overlegMs: number; moveEveryMs: number; profile: string; timeline: boolean } {
  const a = process.argv.slice(2);
  const value = (name: string, fallback: string): string => {
    const i = a.indexOf(`--${name}`);
    return i >= 0 && a[i + 1] ? a[i + 1] : fallback;
  };
  return {
    clients: value('clients', '600').split(',').map(Number),
    processes: value('processes', '1').split(',').map(Number),
    json: a.includes('--json'),
    rounds: Number(value('rounds', '2')),
    overlegMs: Number(value('overleg', '12')) * 1000,
    moveEveryMs: Number(value('move-every', '2')) * 1000,
    profile: value('profile', ''),
    timeline: a.includes('--timeline'),
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

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
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
  /** A host's advance → its acknowledgement (after the phase change's frames), p99. */
  advanceP99Ms: number;
  cpuPerMoveMs: number;
  memPerRoomMiB: number;
  bytesPerPlayerPerGame: number;
  /** The game server's own p99 (first process; NaN for the bare room). */
  serverP99Ms: number;
  /** The load generator (this process) during the game: p99 event loop delay, share of one core. */
  generatorLoopP99Ms: number;
  generatorCpuShare: number;
}

const pct = (sorted: number[], p: number): number => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : NaN);
const round = (x: number, d = 2): number => Math.round(x * 10 ** d) / 10 ** d;

async function measure(kind: 'game' | 'bare', clients: number, o: Omit<LoadOptions, 'url' | 'mode' | 'onStart' | 'rooms'>, profile = '', processes = 1): Promise<{ figures: Figures; result: LoadResult }> {
  const dirs: string[] = [];
  const servers: Child[] = [];
  const rooms = Math.ceil(clients / PLAYERS_PER_ROOM);
  try {
    for (let i = 0; i < processes; i++) {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kot-load-'));
      dirs.push(dir);
      // Several processes tell clients where they are (PUBLIC_ADDRESS), so each gets a port first.
      const port = processes === 1 ? 0 : await freePort();
      const env: Record<string, string> = { PORT: String(port), HOST: '127.0.0.1', ...(port ? { PUBLIC_ADDRESS: `127.0.0.1:${port}` } : {}), KOT_DB_PATH: path.join(dir, 'kaarten.db'), CLIENT_DIR: path.join(dir, 'client'), LOG_LEVEL: 'warn', TRUST_PROXY: 'true', METRICS_TOKEN };
      // One process: the embedded default, as `npm start`; several: shared engines when given.
      if (processes === 1) Object.assign(env, { REDIS_URL: '', DATABASE_URL: '' });
      const flags = profile && kind === 'game' && i === 0 ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(profile)}`] : [];
      servers.push(await start(kind === 'game' ? 'server/main.ts' : 'tests/bench/load-bare.ts', env, flags));
    }
    const total = () => servers.map((s) => usage(s.proc.pid!)).reduce((a, b) => ({ cpuMs: a.cpuMs + b.cpuMs, rss: a.rss + b.rss }), { cpuMs: 0, rss: 0 });
    const idle = total();
    let first = idle;
    let peakRss = 0;
    const sampler = setInterval(() => (peakRss = Math.max(peakRss, total().rss)), 500);
    const result = await runLoad({ ...o, url: servers[0].url, urls: servers.map((s) => s.url), mode: kind, rooms, onStart: () => (first = total()) });
    clearInterval(sampler);
    const last = total();
    const own = kind === 'game' ? await serverP99(servers[0].url) : NaN;
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
        advanceP99Ms: round(pct(result.advanceLatenciesMs.slice().sort((a, b) => a - b), 99)),
        cpuPerMoveMs: round((last.cpuMs - first.cpuMs) / Math.max(1, result.latenciesMs.length), 3),
        memPerRoomMiB: round((Math.max(peakRss, last.rss) - idle.rss) / rooms / 2 ** 20),
        bytesPerPlayerPerGame: Math.round(bytes),
        serverP99Ms: round(own),
        generatorLoopP99Ms: round(result.generator.loopP99Ms),
        generatorCpuShare: round(result.generator.cpuMs / result.gameMs),
      },
    };
  } finally {
    for (const s of servers) await stop(s);
    for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
  }
}

/** Second by second of the game: moves sent, their p50 / p99 (ms), and the phase changes the hosts made. */
function timeline(r: LoadResult): void {
  const seconds = Math.ceil(r.gameMs / 1000);
  const moves: number[][] = Array.from({ length: seconds }, () => []);
  r.sentAtMs.forEach((at, i) => moves[Math.min(seconds - 1, Math.floor(at / 1000))].push(r.latenciesMs[i]));
  const advances = new Array<number>(seconds).fill(0);
  for (const at of r.advancedAtMs) advances[Math.min(seconds - 1, Math.floor(at / 1000))]++;
  console.log('  second   moves   p50 (ms)   p99 (ms)   phase changes');
  moves.forEach((ms, k) => {
    const sorted = ms.sort((a, b) => a - b);
    const cell = (p: number) => (sorted.length ? String(round(pct(sorted, p), 0)) : '-').padStart(8);
    console.log(`  ${String(k).padStart(6)}  ${String(sorted.length).padStart(6)}  ${cell(50)}   ${cell(99)}   ${advances[k] || ''}`);
  });
}

/** The most clients (of those measured) whose p99 stayed ≤ 50 ms, or 0. */
const capacity = (points: Figures[]): number => Math.max(0, ...points.filter((p) => p.p99Ms <= 50).map((p) => p.clients));

async function main(): Promise<void> {
  const a = args();
  const base = { rounds: a.rounds, overlegMs: a.overlegMs, moveEveryMs: a.moveEveryMs };
  const rows: (Figures & { bare: Figures; ratio: { p99: number; cpuPerMove: number; memPerRoom: number } })[] = [];
  for (const clients of a.clients) {
    const game = await measure('game', clients, { ...base, padBytes: 0 }, a.profile);
    // The bare room sends every client, per change, the bytes the game server sent per change.
    const pad = Math.round(game.result.allBytes / Math.max(1, game.result.changes) / (PLAYERS_PER_ROOM + 1));
    if (a.timeline && !a.json) {
      console.log(`${clients} clients, the game server's timeline:`);
      timeline(game.result);
    }
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
  // Several processes: the same client counts, the game server only.
  const cluster: { processes: number; points: Figures[]; capacity: number; perProcess: number }[] = [];
  const many = a.processes.filter((n) => n > 1);
  if (many.length) {
    const one = capacity(rows);
    cluster.push({ processes: 1, points: rows, capacity: one, perProcess: one });
    for (const n of many) {
      const points: Figures[] = [];
      for (const clients of a.clients) points.push((await measure('game', clients, { ...base, padBytes: 0 }, '', n)).figures);
      const cap = capacity(points);
      cluster.push({ processes: n, points, capacity: cap, perProcess: round(cap / n, 0) });
    }
  }
  if (a.json) {
    const single = rows.length === 1 ? rows[0] : { points: rows, p99Over50MsAt: knee(50), p99Over100MsAt: knee(100) };
    console.log(JSON.stringify(cluster.length ? { ...single, cluster } : single));
    return;
  }
  const line = (name: string, f: (r: Figures) => string | number, ratio?: (r: (typeof rows)[number]) => number) =>
    console.log(`${name.padEnd(28)}${rows.map((r) => `${f(r)} / ${f(r.bare)}${ratio ? ` (${ratio(r)}×)` : ''}`.padEnd(30)).join('')}`);
  console.log(`\n${'server / bare room'.padEnd(28)}${rows.map((r) => `${r.clients} clients, ${r.rooms} rooms`.padEnd(30)).join('')}`);
  line('p50 move → view (ms)', (r) => r.p50Ms, (r) => round(r.p50Ms / r.bare.p50Ms));
  line('p95 move → view (ms)', (r) => r.p95Ms, (r) => round(r.p95Ms / r.bare.p95Ms));
  line('p99 move → view (ms)', (r) => r.p99Ms, (r) => r.ratio.p99);
  line('p99 phase change → ack (ms)', (r) => r.advanceP99Ms);
  line('CPU per move (ms)', (r) => r.cpuPerMoveMs, (r) => r.ratio.cpuPerMove);
  line('memory per room (MiB)', (r) => r.memPerRoomMiB, (r) => r.ratio.memPerRoom);
  line('bytes per player per game', (r) => r.bytesPerPlayerPerGame);
  console.log(`${'server\'s own p99 (ms)'.padEnd(28)}${rows.map((r) => `${r.serverP99Ms}`.padEnd(30)).join('')}`);
  line('generator: loop p99 (ms)', (r) => r.generatorLoopP99Ms);
  line('generator: share of a core', (r) => r.generatorCpuShare);
  console.log(`p99 first over 50 ms at: ${knee(50) ?? 'none of these'} clients; over 100 ms at: ${knee(100) ?? 'none of these'} clients`);
  if (!cluster.length) return;
  const shared = process.env.REDIS_URL && process.env.DATABASE_URL ? 'sharing Redis presence and PostgreSQL' : 'each with its own SQLite (set REDIS_URL and DATABASE_URL to share)';
  console.log(`\nseveral game server processes (${shared}); the load generator runs in this process:`);
  console.log(`${'processes'.padEnd(12)}${a.clients.map((c) => `${c} clients: p99 / CPU per move`.padEnd(34)).join('')}capacity (p99 ≤ 50 ms)`);
  const base1 = cluster[0].capacity;
  for (const c of cluster) {
    const gain = base1 > 0 && c.processes > 1 ? ` — ${round(c.capacity / base1, 2)}× one process, ${round((c.capacity - base1) / (c.processes - 1), 0)} clients per added process` : '';
    console.log(`${String(c.processes).padEnd(12)}${c.points.map((p) => `${p.p99Ms} ms / ${p.cpuPerMoveMs} ms`.padEnd(34)).join('')}${c.capacity || `< ${a.clients[0]}`} clients${gain}`);
  }
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    console.error(e);
    process.exit(1);
  },
);
