import { parseArgs } from 'node:util';
import type { Personality } from '../../shared/bots/types';
import { coach, recordGame } from '../../shared/coach';
import { pickRoles } from '../../shared/bots/simulate';
import { defaultConfig } from '../../shared/rules';

// npm run bench:coach -- --games 12 --seats 4 --seeds 5
// Solo games played by bots (seat 0 stands in for the player, as Eigen belang or Voorzichtig), each
// coached: how long the coach takes per game, how many decisions it shows, and per rule the average
// measured change of the other choice (residents on board, projects, the player's interest points).

const { values } = parseArgs({
  options: {
    games: { type: 'string', default: '12' },
    seats: { type: 'string', default: '4' },
    seeds: { type: 'string', default: '5' },
  },
});
const games = Number(values.games);
const seats = Number(values.seats);
const seeds = Array.from({ length: Number(values.seeds) }, (_, i) => i + 1);
if (!Number.isInteger(games) || games < 1 || !(seats >= 3 && seats <= 8) || seeds.length < 1) throw new Error('--games ≥ 1, --seats 3–8, --seeds ≥ 1');

const PLAYERS: Personality[] = ['eigenbelang', 'voorzichtig'];
const OTHERS: Personality[] = ['verbinder', 'voorzichtig', 'eigenbelang'];
const rules = new Map<string, { n: number; onBoard: number; projects: number; points: number; better: number; worse: number }>();
let shown = 0;
let ms = 0;
for (let g = 0; g < games; g++) {
  const players = [PLAYERS[g % 2], ...Array.from({ length: seats - 1 }, (_, i) => OTHERS[(g + i) % 3])];
  const { record } = recordGame(defaultConfig(pickRoles(seats, g + 1)), g + 1, players);
  const t = performance.now();
  const k = coach(record, { seeds, bots: Object.fromEntries(players.map((p, i) => [i, p])) });
  ms += performance.now() - t;
  shown += k.decisions.length;
  for (const d of k.decisions) {
    const r = rules.get(d.rule) ?? { n: 0, onBoard: 0, projects: 0, points: 0, better: 0, worse: 0 };
    r.n++;
    r.onBoard += d.effect.onBoard;
    r.projects += d.effect.projects;
    r.points += d.effect.points;
    if (d.verdict === 'better') r.better++;
    if (d.verdict === 'worse') r.worse++;
    rules.set(d.rule, r);
  }
}
console.log(`${games} games at ${seats} seats, ${seeds.length} replays per choice: ${(ms / games).toFixed(0)} ms per game, ${(shown / games).toFixed(1)} decisions shown`);
console.log('rule                 shown  Δresidents  Δprojects  Δpoints  better  worse');
for (const [id, r] of rules) {
  const f = (x: number) => (x / r.n).toFixed(2).padStart(9);
  console.log(`${id.padEnd(20)} ${String(r.n).padStart(5)}  ${f(r.onBoard)}  ${f(r.projects)}  ${f(r.points)}  ${String(r.better).padStart(6)}  ${String(r.worse).padStart(5)}`);
}
