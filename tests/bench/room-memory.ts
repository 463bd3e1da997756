// Room memory benchmark: what a room's view path keeps between changes (its view cache with the seats'
// option memos, its offer ids and its connections' last parts: server/room/views.ts),
// per room, beside what the game state itself holds. ROOMS random 6-seat games are played through a
// room's view round up to FRAC of their changes and kept; the heap and external memory are read
// after full collections, then again after each room lets go of its view path, then of its state.
// A room lives for hours, so what it keeps is paid in every room and marked in every old-generation
// collection. Run with `npm run bench:memory` (ROOMS=100 FRAC=0.5 by default). SITES=1 also prints
// where what the rooms keep was made: V8's sampling heap profiler over the building of the rooms,
// read after full collections, so only what is still live counts (by function, and its caller).
import inspector from 'node:inspector/promises';
import type { Client } from '@colyseus/core';
import type { Member } from '../../server/room/members';
import { OfferIds } from '../../server/room/offers';
import { Packing, ViewRound } from '../../server/room/views';
import type { GameState } from '../../shared/rules/types';
import { ownPart, publicPart, ViewCache } from '../../shared/view';
import { randomGame } from '../helpers/random-game';

const ROOMS = Number(process.env.ROOMS ?? 100);
const FRAC = Number(process.env.FRAC ?? 0.5);
const SEATS = 6;

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with node --expose-gc (npm run bench:memory does)');

/** Heap and external memory (Buffers' slabs live outside the heap) after full collections. */
function held(): number {
  gc!();
  gc!();
  const m = process.memoryUsage();
  return m.heapUsed + m.external;
}

interface Kept {
  state: GameState | null;
  views: { cache: ViewCache; offerIds: OfferIds; members: Member[] } | null;
}

const SITES = process.env.SITES === '1';
const session = SITES ? new inspector.Session() : null;
session?.connect();
if (session) {
  gc();
  await session.post('HeapProfiler.startSampling', { samplingInterval: 256 });
}

const rooms: Kept[] = [];
// One packing for all rooms, as the server passes its own to its rooms (server/room/context.ts).
const packing = new Packing();
let changes = 0;
for (let i = 0; i < ROOMS; i++) {
  const states: GameState[] = [];
  randomGame(1000 + i, { seats: SEATS, onStep: ({ before, after }) => states.push(...(states.length ? [after] : [before, after])) });
  const upto = Math.floor((states.length - 1) * FRAC);
  const cache = new ViewCache();
  const offerIds = new OfferIds(`room${i}:key`);
  const members = Array.from({ length: SEATS + 1 }, () => ({ lastView: null }) as unknown as Member);
  const clients = members.map(() => ({ enqueueRaw: () => undefined }) as unknown as Client);
  for (let k = 0; k <= upto; k++) {
    const s = states[k];
    const round = new ViewRound({ pub: () => offerIds.pub(publicPart(s, cache)), own: (seat) => offerIds.own(ownPart(s, seat, cache)) }, packing);
    // Every seat and the projector (the last connection).
    members.forEach((m, j) => round.send(clients[j], m, j === SEATS ? -1 : j));
    changes++;
  }
  rooms.push({ state: states[upto], views: { cache, offerIds, members } });
}
const all = held();
// (After full collections: the sampling profile holds only what is still live.)
const sites = session ? ((await session.post('HeapProfiler.getSamplingProfile')) as unknown as { profile: { head: Site } }).profile : null;
await session?.post('HeapProfiler.stopSampling');
for (const r of rooms) r.views = null;
const stateOnly = held();
for (const r of rooms) r.state = null;
const none = held();

const kb = (bytes: number): string => `${(bytes / ROOMS / 1024).toFixed(1)} KB`;
console.log(`${ROOMS} rooms of ${SEATS} seats and a projector, each kept after ${FRAC * 100}% of a random game (${Math.round(changes / ROOMS)} changes on average)`);
// (With the sampling profiler on, the heap's own totals come out lower, ~125 against ~219 KB per room
// here: they are printed without SITES, and the sites' own sum with it.)
if (!SITES) console.log(`per room: view path ${kb(all - stateOnly)}, game state ${kb(stateOnly - none)}, together ${kb(all - none)}`);

interface Site {
  callFrame: { functionName: string; url: string; lineNumber: number };
  selfSize: number;
  children: Site[];
}

if (sites) {
  // What stays live, by the function that made it and its caller: the room's state, view cache and
  // option memos, its offer ids and its connections' last parts (module code and the games' states
  // the rooms were built from are made before sampling begins, or let go before it is read).
  const by = new Map<string, number>();
  const name = (n: Site): string => `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.replace(/^.*?\/(shared|server|tests|node_modules)\//, '$1/')}:${n.callFrame.lineNumber + 1}`;
  const visit = (n: Site, caller: string): void => {
    const here = name(n);
    if (n.selfSize) by.set(`${here} < ${caller}`, (by.get(`${here} < ${caller}`) ?? 0) + n.selfSize);
    for (const c of n.children) visit(c, here);
  };
  visit(sites.head, '');
  const sum = [...by.values()].reduce((a, b) => a + b, 0);
  console.log(`what a room keeps, by where it was made: ${kb(sum)} per room sampled (the server's packed atoms, shared by its rooms, counted in); the largest (function < its caller):`);
  for (const [site, bytes] of [...by].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(`  ${kb(bytes).padStart(9)}  ${site}`);
}
