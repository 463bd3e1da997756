// Engine benchmark: complete random 6-seat games per second on one core, and the median time of
// one applyAction. Run with `npm run bench:engine`.
import { applyAction, type Action, type Actor, type GameState } from '../../shared/rules';
import { randomGame } from '../helpers/random-game';

const WARMUP = 100;
const GAMES = Number(process.env.GAMES ?? 2000);

for (let seed = 0; seed < WARMUP; seed++) randomGame(1_000_000 + seed, { seats: 6 });

let actions = 0;
const t0 = performance.now();
for (let seed = 0; seed < GAMES; seed++) actions += randomGame(seed, { seats: 6 }).record.actions.length;
const seconds = (performance.now() - t0) / 1000;

// Time single applyAction calls on the steps of a few games.
const steps: { before: GameState; actor: Actor; action: Action }[] = [];
for (let seed = 0; seed < 50; seed++) randomGame(seed, { seats: 6, onStep: (s) => steps.push(s) });
const times: number[] = [];
for (const s of steps) {
  const t = performance.now();
  for (let i = 0; i < 10; i++) applyAction(s.before, s.actor, s.action);
  times.push((performance.now() - t) / 10);
}
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)];
const p95 = times[Math.floor(times.length * 0.95)];

console.log(`engine: ${GAMES} complete random 6-seat games in ${seconds.toFixed(2)} s on one core`);
console.log(`  games per second:        ${(GAMES / seconds).toFixed(0)}`);
console.log(`  actions per game (mean): ${(actions / GAMES).toFixed(1)} (options + applyAction each)`);
console.log(`  applyAction median:      ${(median * 1000).toFixed(1)} µs (p95 ${(p95 * 1000).toFixed(1)} µs, ${times.length} calls)`);
