// Views benchmark: what one change of a game costs the server's view path for a whole room (the
// public part once, every seat's own part with its controls, the deltas and their frames:
// server/room/views.ts),
// and what it puts on the wire, by field; then what a change allocates (sampled), and what reading
// those frames costs a client, per frame. Random games, so the mix of moves is not a real table's;
// the figure to compare between builds is µs per change. Run with `npm run bench:views`
// (GAMES=40 SEATS=6 by default).
import inspector from 'node:inspector/promises';
import type { Client } from '@colyseus/core';
import { Packr, unpackMultiple } from 'msgpackr';
import { Packing, ViewRound } from '../../server/room/views';
import type { Member, SentParts } from '../../server/room/members';
import type { GameState } from '../../shared/rules/types';
import { ownPart, publicPart, ViewCache } from '../../shared/view';
import { viewDelta } from '../../shared/view/delta';
import { ViewReader } from '../../shared/view/reader';
import { randomGame } from '../helpers/random-game';

const GAMES = Number(process.env.GAMES ?? 40);
/** Rooms taking turns in the interleaved figure (ROOMS=300: about the rooms of 2,000 players). */
const ROOMS = Number(process.env.ROOMS ?? 300);
const SEATS = Number(process.env.SEATS ?? 6);
const packr = new Packr({ useRecords: false, variableMapSize: true });

/** Every state of `count` random games from `seed0`, game by game. */
function games(seed0: number, count = GAMES): GameState[][] {
  return Array.from({ length: count }, (_, g) => {
    const states: GameState[] = [];
    randomGame(seed0 + g, { seats: SEATS, onStep: ({ before, after }) => states.push(...(states.length ? [after] : [before, after])) });
    return states;
  });
}

/**
 * Plays each game's changes through a room's view round: the projector and every seat. Game by game,
 * or `interleaved`: change k of every game, then change k + 1 of every game, as a server's rooms take
 * turns (each change then finds its room's memory cold, as on a busy server).
 */
function play(list: GameState[][], onFrame: (frame: Uint8Array, viewer: number, game: number) => void, onViews?: (sent: SentParts[], first: boolean) => void, interleaved = false): number {
  let changes = 0;
  // The server's packing, shared by its rooms (server/room/context.ts).
  const packing = new Packing();
  const rooms = list.map((_, game) => {
    const members = Array.from({ length: SEATS + 1 }, () => ({ lastView: null }) as Member);
    const clients = members.map((_, viewer) => ({ enqueueRaw: (f: Uint8Array) => onFrame(f, viewer, game) }) as unknown as Client);
    // The room's own cache, as server/room/table.ts keeps one per table.
    return { members, clients, cache: new ViewCache() };
  });
  const step = (game: number, k: number): void => {
    const s = list[game][k];
    const { members, clients, cache } = rooms[game];
    const round = new ViewRound({ pub: () => publicPart(s, cache), own: (seat) => ownPart(s, seat, cache) }, packing);
    members.forEach((m, i) => round.send(clients[i], m, i === SEATS ? -1 : i));
    onViews?.(members.map((m) => m.lastView!), k === 0);
    changes++;
  };
  if (!interleaved) list.forEach((states, game) => states.forEach((_, k) => step(game, k)));
  else {
    const longest = Math.max(...list.map((states) => states.length));
    for (let k = 0; k < longest; k++) for (let game = 0; game < list.length; game++) if (k < list[game].length) step(game, k);
  }
  return changes;
}

// Warm up and count bytes on one set of games, warm up on two more; then time three sets the caches
// have never seen, and give their median. (The first passes run in V8's lower tiers: timed after one
// warm-up set, µs per change was as much the optimiser's warm-up as the view path: ~135 µs on the
// first set, ~107 on the second, ~85 from the third on, on this code and machine.)
let bytes = 0;
let frames = 0;
const byField = new Map<string, number>();
const count = (key: string, value: unknown): void => void byField.set(key, (byField.get(key) ?? 0) + packr.pack(value).length);
let before: SentParts[] | null = null;
const counted = play(
  games(1000),
  (f) => {
    bytes += f.length;
    frames++;
  },
  (sent, first) => {
    const add = (part: string, d: ReturnType<typeof viewDelta>): void => {
      if (!d) return;
      count(`${part} log`, d.log);
      for (const [k, x] of Object.entries(d.set)) count(`${part} ${k}`, x);
      for (const [k, x] of Object.entries(d.items ?? {})) count(`${part} ${k} (items)`, x);
      if (d.controls) {
        count(`${part} controls: new`, d.controls.set);
        count(`${part} controls: answers`, d.controls.no ?? []);
        count(`${part} controls: gone`, d.controls.del);
      }
      if (d.acts) count(`${part} acts`, d.acts);
    };
    // The public part's change once (one frame's worth for every connection), each seat's own part's.
    if (before && !first && before[0].pub !== sent[0].pub) add('public', viewDelta(before[0].pub, sent[0].pub));
    sent.forEach((p, i) => {
      if (before && !first && p.own && before[i].own && before[i].own !== p.own) add('own', viewDelta(before[i].own!, p.own));
    });
    before = sent;
  },
);
for (const seed of [1500, 1700]) play(games(seed), () => undefined);
/** µs (wall clock and CPU) per change of three fresh sets, the median (by wall clock). */
function timed(sets: (() => GameState[][])[], interleaved: boolean): { us: number; cpuUs: number; all: string; changes: number } {
  const timings = sets.map((made) => {
    const list = made();
    const t0 = performance.now();
    const cpu0 = process.cpuUsage();
    const changes = play(list, () => undefined, undefined, interleaved);
    // CPU time as well: on a shared machine the wall clock also counts the time spent waiting for a core.
    const cpu = process.cpuUsage(cpu0);
    return { changes, us: ((performance.now() - t0) / changes) * 1000, cpuUs: (cpu.user + cpu.system) / changes };
  });
  const { us, cpuUs } = timings.slice().sort((a, b) => a.us - b.us)[1];
  return { us, cpuUs, all: timings.map((t) => t.us.toFixed(0)).join(' / '), changes: timings.reduce((n, t) => n + t.changes, 0) };
}
const { us, cpuUs, all, changes } = timed([2000, 2300, 2600].map((seed) => () => games(seed)), false);

console.log(`views: ${changes} changes of 3 × ${GAMES} random ${SEATS}-seat games, ${SEATS + 1} viewers each`);
console.log(`  per change, all viewers: ${us.toFixed(0)} µs (CPU ${cpuUs.toFixed(0)} µs), the median of ${all}; ${(bytes / counted).toFixed(0)} B in ${(frames / counted).toFixed(2)} frames`);
// The same path with many rooms taking turns: what a change costs on a busy server, where each
// room's memory (its views, its seats' options) has left the processor's caches since its last
// change. Game by game, that memory stays warm, and a change cost about half of this.
play(games(1900, ROOMS), () => undefined, undefined, true);
const turns = timed([2100, 2400, 2700].map((seed) => () => games(seed, ROOMS)), true);
console.log(`  ${ROOMS} rooms taking turns, per change: ${turns.us.toFixed(0)} µs (CPU ${turns.cpuUs.toFixed(0)} µs), the median of ${turns.all}`);
console.log('  bytes per change by field (deltas; the public part once, own parts of every seat):');
for (const [k, v] of [...byField].sort((a, b) => b[1] - a[1]).slice(0, 10)) console.log(`    ${k.padEnd(18)} ${(v / counted).toFixed(0)}`);

// What a change allocates (the garbage collector's work follows from it): V8's sampling heap
// profiler on another set of games, counting what was collected too, by the function that allocated.
interface Sampled {
  callFrame: { functionName: string; url: string };
  selfSize: number;
  children: Sampled[];
}
const session = new inspector.Session();
session.connect();
const sampledGames = games(4000);
await session.post('HeapProfiler.startSampling', { samplingInterval: 512, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
const sampledChanges = play(sampledGames, () => undefined);
const { profile } = (await session.post('HeapProfiler.stopSampling')) as unknown as { profile: { head: Sampled } };
session.disconnect();
const allocated = new Map<string, number>();
const addUp = (n: Sampled): void => {
  const name = `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.replace(/^.*\/(shared|server|node_modules)\//, '$1/')}`.trim();
  allocated.set(name, (allocated.get(name) ?? 0) + n.selfSize);
  n.children.forEach(addUp);
};
addUp(profile.head);
const allBytes = [...allocated.values()].reduce((a, b) => a + b, 0);
console.log(`  allocated per change (sampled): ${(allBytes / sampledChanges / 1024).toFixed(1)} KB; most by:`);
for (const [k, v] of [...allocated].sort((a, b) => b[1] - a[1]).slice(0, 6)) console.log(`    ${((v / sampledChanges / 1024).toFixed(1) + ' KB').padStart(8)}  ${k}`);

// A client's side: what reading those frames costs a connection (shared/view/reader.ts, as the browser
// reads them: unpacked, applied to its parts, put together into the view), per frame.
const sent: { viewer: number; game: number; frame: Uint8Array }[] = [];
play(games(3000), (f, viewer, game) => void sent.push({ viewer, game, frame: Uint8Array.from(f) }));
const readAll = (): number => {
  const readers = new Map<string, ViewReader>();
  let read = 0;
  for (const { viewer, game, frame } of sent) {
    const key = `${game}:${viewer}`;
    let r = readers.get(key);
    if (!r) readers.set(key, (r = new ViewReader()));
    // Colyseus's frame: its room-data code, the message's type, then the message (msgpack).
    const [type, m] = unpackMultiple(frame.subarray(1)) as [string, never];
    const v = type === 'view' ? r.whole(m) : type === 'pub' ? r.public(m) : r.delta(m);
    if (!v) throw new Error(`viewer ${viewer} of game ${game} missed a change`);
    read++;
  }
  return read;
};
readAll();
const r0 = performance.now();
const read = readAll();
console.log(`client: ${read} frames read (${SEATS + 1} viewers of ${GAMES} games): ${(((performance.now() - r0) / read) * 1000).toFixed(1)} µs per frame`);
