// Views benchmark: what one change of a game costs the server's view path for a whole room (the
// public part once, every seat's own part with its controls, the deltas and their frames:
// server/room/views.ts),
// and what it puts on the wire, by field. Random games, so the mix of moves is not a real table's;
// the figure to compare between builds is µs per change. Run with `npm run bench:views`
// (GAMES=40 SEATS=6 by default).
import type { Client } from '@colyseus/core';
import { Packr } from 'msgpackr';
import { Packing, ViewRound } from '../../server/room/views';
import type { Member, SentParts } from '../../server/room/members';
import type { GameState } from '../../shared/rules/types';
import { ownPart, publicPart, ViewCache } from '../../shared/view';
import { viewDelta } from '../../shared/view/delta';
import { randomGame } from '../helpers/random-game';

const GAMES = Number(process.env.GAMES ?? 40);
const SEATS = Number(process.env.SEATS ?? 6);
const packr = new Packr({ useRecords: false, variableMapSize: true });

/** Every state of `GAMES` random games from `seed0`, game by game. */
function games(seed0: number): GameState[][] {
  return Array.from({ length: GAMES }, (_, g) => {
    const states: GameState[] = [];
    randomGame(seed0 + g, { seats: SEATS, onStep: ({ before, after }) => states.push(...(states.length ? [after] : [before, after])) });
    return states;
  });
}

/** Plays each game's changes through a room's view round: the projector and every seat. */
function play(list: GameState[][], onFrame: (bytes: number) => void, onViews?: (sent: SentParts[], first: boolean) => void): number {
  let changes = 0;
  // The server's packing, shared by its rooms (server/room/context.ts).
  const packing = new Packing();
  for (const states of list) {
    const members = Array.from({ length: SEATS + 1 }, () => ({ lastView: null }) as Member);
    const clients = members.map(() => ({ enqueueRaw: (f: Uint8Array) => onFrame(f.length) }) as unknown as Client);
    // The room's own cache, as server/room/table.ts keeps one per table.
    const cache = new ViewCache();
    states.forEach((s, k) => {
      const round = new ViewRound({ pub: () => publicPart(s, cache), own: (seat) => ownPart(s, seat, cache) }, packing);
      members.forEach((m, i) => round.send(clients[i], m, i === SEATS ? -1 : i));
      onViews?.(members.map((m) => m.lastView!), k === 0);
      changes++;
    });
  }
  return changes;
}

// Warm up and count bytes on one set of games; time another set the caches have never seen.
let bytes = 0;
let frames = 0;
const byField = new Map<string, number>();
const count = (key: string, value: unknown): void => void byField.set(key, (byField.get(key) ?? 0) + packr.pack(value).length);
let before: SentParts[] | null = null;
const counted = play(
  games(1000),
  (n) => {
    bytes += n;
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
const timed = games(2000);
const t0 = performance.now();
const cpu0 = process.cpuUsage();
const changes = play(timed, () => undefined);
const us = ((performance.now() - t0) / changes) * 1000;
// CPU time as well: on a shared machine the wall clock also counts the time spent waiting for a core.
const cpu = process.cpuUsage(cpu0);
const cpuUs = (cpu.user + cpu.system) / changes;

console.log(`views: ${changes} changes of ${GAMES} random ${SEATS}-seat games, ${SEATS + 1} viewers each`);
console.log(`  per change, all viewers: ${us.toFixed(0)} µs (CPU ${cpuUs.toFixed(0)} µs); ${(bytes / counted).toFixed(0)} B in ${(frames / counted).toFixed(2)} frames`);
console.log('  bytes per change by field (deltas; the public part once, own parts of every seat):');
for (const [k, v] of [...byField].sort((a, b) => b[1] - a[1]).slice(0, 10)) console.log(`    ${k.padEnd(18)} ${(v / counted).toFixed(0)}`);
