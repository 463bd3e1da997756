import { liveSignals } from '../../shared/debrief/signals';
import { LogFold } from '../../shared/debrief/fold';
import type { GameState } from '../../shared/rules/types';
import { randomGame } from '../helpers/random-game';

// `npm run bench:signals` (GAMES=40 SEATS=6 PER_PHASE=60 by default): what the console's live
// signals cost per call (shared/debrief/signals.ts), by how long the game's log is, as a room works
// them out: its fold of the log kept from call to call (server/room/signals.ts), so a call reads
// only the entries added since the last; and from scratch, the whole log read again. Random games
// of 4 rounds with up to PER_PHASE moves per Overleg, every state asked once, three runs each
// (warm), the median printed. The figure to compare between builds is µs per call.

const GAMES = Number(process.env.GAMES ?? 40);
const SEATS = Number(process.env.SEATS ?? 6);
const PER_PHASE = Number(process.env.PER_PHASE ?? 60);
const BUCKET = 50;

function games(): GameState[][] {
  return Array.from({ length: GAMES }, (_, g) => {
    const states: GameState[] = [];
    randomGame(1000 + g, { seats: SEATS, actionsPerPhase: PER_PHASE, onStep: ({ after }) => after.status === 'playing' && states.push(after) });
    return states;
  });
}

/** µs per call by log length (bucket → [total µs, calls]). */
function run(list: GameState[][], folded: boolean): Map<number, [number, number]> {
  const out = new Map<number, [number, number]>();
  let sink = 0;
  for (const states of list) {
    const fold = new LogFold();
    for (const s of states) {
      const t = performance.now();
      sink += (folded ? liveSignals(s, fold) : liveSignals(s)).length;
      const us = (performance.now() - t) * 1000;
      const b = Math.floor(s.log.length / BUCKET);
      const e = out.get(b) ?? [0, 0];
      e[0] += us;
      e[1] += 1;
      out.set(b, e);
    }
  }
  if (sink < 0) console.log(sink);
  return out;
}

const median = (xs: number[]): number => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const list = games();
const calls = list.reduce((n, g) => n + g.length, 0);
console.log(`live signals: ${calls} states of ${GAMES} random ${SEATS}-seat games (up to ${PER_PHASE} moves per Overleg), every state asked once`);
for (const folded of [true, false]) {
  run(list, folded); // warm-up
  const runs = [run(list, folded), run(list, folded), run(list, folded)];
  const buckets = [...runs[0].keys()].sort((a, b) => a - b);
  const all = runs.map((r) => [...r.values()].reduce((a, [us, n]) => [a[0] + us, a[1] + n], [0, 0]));
  console.log(`  ${folded ? "with the room's fold" : 'from scratch'}: ${median(all.map(([us, n]) => us / n)).toFixed(1)} µs per call`);
  const cells = buckets.map((b) => `${b * BUCKET}–${b * BUCKET + BUCKET - 1}: ${median(runs.map((r) => r.get(b)![0] / r.get(b)![1])).toFixed(0)}`);
  console.log(`    by log entries (µs): ${cells.join(', ')}`);
}
