import { parseArgs } from 'node:util';
import { startTestServer } from '../server/helpers';
import { DEFAULT_FUZZ, FRAME_KINDS, floodAnswered, percentile, runFuzz, type FuzzReport } from '../helpers/fuzz';

// npm run bench:fuzz -- --frames 100000 [--tables 2] [--rounds 1] [--seed N] [--log-ceiling BYTES]
// "No door left open": hostile frames into live games while honest tables play, against an
// in-process server (tests/server/helpers.ts) at LOG_LEVEL=warn. Prints what was sent, honest
// move→ack latencies with and without the attack, how flooders were answered, the log's size, the
// server's memory, and a pass/fail line per criterion (exit code 1 when one fails).

const { values } = parseArgs({
  options: {
    frames: { type: 'string', default: '100000' },
    tables: { type: 'string', default: String(DEFAULT_FUZZ.tables) },
    rounds: { type: 'string', default: String(DEFAULT_FUZZ.rounds) },
    seed: { type: 'string', default: String(DEFAULT_FUZZ.seed) },
    'log-ceiling': { type: 'string', default: String(256 * 1024) },
  },
});
const frames = Number(values.frames);
const logCeiling = Number(values['log-ceiling']);
const FLOOR_MS = 20;

const srv = await startTestServer({ LOG_LEVEL: 'warn' });
const started = Date.now();
let report: FuzzReport;
try {
  report = await runFuzz(srv, {
    frames,
    tables: Number(values.tables),
    rounds: Number(values.rounds),
    seed: Number(values.seed),
    progress: (s) => process.stderr.write(`\r${s.frames} frames, ${s.connections} connections…   `),
  });
} finally {
  process.stderr.write('\n');
}
const r = report!;
const ms = (x: number): string => `${x.toFixed(1)} ms`;
const mb = (x: number): string => `${(x / 2 ** 20).toFixed(1)} MiB`;
const lat = (xs: number[]): string => `n=${xs.length} p50 ${ms(percentile(xs, 50))}  p95 ${ms(percentile(xs, 95))}  p99 ${ms(percentile(xs, 99))}  max ${ms(Math.max(...xs))}`;

console.log(`fuzz: ${r.attack.frames} hostile frames in ${(r.ms.attack / 1000).toFixed(1)} s (${Math.round(r.attack.frames / (r.ms.attack / 1000))}/s), seed ${values.seed}`);
console.log('frames by kind:');
for (const k of FRAME_KINDS) console.log(`  ${k.padEnd(18)} ${r.attack.byKind[k]}`);
console.log(`hostile connections: ${r.attack.connections} (seat reconnects ${r.attack.reconnects}), sockets without a reservation: ${r.attack.noReservationSockets}, guessed joins: ${r.attack.guessedJoins}`);
console.log(`join refusals: ${JSON.stringify(r.attack.joinRefusals)}`);
const flooders = r.attack.flooders;
const byKind = (k: string) => flooders.filter((f) => f.kind === k);
console.log(
  `flooders: ${flooders.length}; throttled ${flooders.filter((f) => f.throttled).length}, closed ${flooders.filter((f) => f.closed !== null).length}` +
    ` (4429 ${flooders.filter((f) => f.closed === 4429).length}, 1009 too big ${flooders.filter((f) => f.closed === 1009).length}), neither ${flooders.filter((f) => !floodAnswered(f)).length}; ` +
    ['seat', 'watcher', 'raw-ws'].map((k) => `${k} ${byKind(k).length}`).join(', '),
);
console.log(`honest without attack: ${lat(r.baseline.latencies)}  (${r.baseline.games.length} games, ${(r.ms.baseline / 1000).toFixed(1)} s)`);
console.log(`honest under attack:   ${lat(r.attacked.latencies)}  (${r.attacked.games.length} games)`);
for (const g of [...r.baseline.games, ...r.attacked.games]) {
  console.log(`  game ${g.code}: ended ${g.ended}, replayed ${g.replayed}, moves ${g.moves}, refused ${JSON.stringify(g.refused)}${g.problem ? `, PROBLEM ${g.problem}` : ''}${g.leaks.length ? `, LEAKS ${g.leaks.join('; ')}` : ''}`);
}
console.log(`log: ${r.log.bytes} bytes, ${r.log.lines} lines`);
for (const l of r.log.sample.slice(0, 8)) console.log(`  | ${l}`);
console.log(`server RSS: before ${mb(r.rss.before)}, after ${mb(r.rss.after)} (the bench's clients share the process)`);

const base95 = percentile(r.baseline.latencies, 95);
const att95 = percentile(r.attacked.latencies, 95);
const games = [...r.attacked.games];
const checks: [string, boolean, string][] = [
  [`≥ ${frames} hostile frames`, r.attack.frames >= frames, String(r.attack.frames)],
  ['server up (/healthz)', r.healthy, String(r.healthy)],
  ['honest games end with a valid state (record replays)', games.length > 0 && [...r.baseline.games, ...games].every((g) => g.ended && g.replayed && !g.problem), `${games.length} games under attack`],
  ['honest moves never throttled or malformed', games.every((g) => !g.refused.throttled && !g.refused.bad_message), ''],
  [`honest p95 ≤ 2× baseline (floor ${FLOOR_MS} ms)`, att95 <= 2 * Math.max(base95, FLOOR_MS), `${ms(att95)} vs ${ms(base95)}`],
  ['every flooder throttled or disconnected', flooders.length > 0 && flooders.every(floodAnswered), `${flooders.length} flooders`],
  [`log bounded (≤ ${logCeiling} bytes)`, r.log.bytes <= logCeiling, `${r.log.bytes} bytes`],
  ['no secret left its seat', [...r.baseline.games, ...games].every((g) => g.leaks.length === 0) && r.hostileLeaks.length === 0, r.hostileLeaks.join('; ')],
];
for (const [what, ok, detail] of checks) console.log(`${ok ? 'PASS' : 'FAIL'}  ${what}${detail ? `: ${detail}` : ''}`);
console.log(`total ${((Date.now() - started) / 1000).toFixed(1)} s`);
await srv.stop();
process.exit(checks.every((c) => c[1]) ? 0 : 1);
