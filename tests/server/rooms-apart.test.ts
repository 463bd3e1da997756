import type { Client } from '@colyseus/core';
import { describe, expect, it } from 'vitest';
import type { Member } from '../../server/room/members';
import { OfferIds } from '../../server/room/offers';
import { Packing, ViewRound } from '../../server/room/views';
import type { GameState } from '../../shared/rules/types';
import { ownPart, publicPart, ViewCache } from '../../shared/view';
import { randomGame } from '../helpers/random-game';

// What views remember between changes belongs to the room (shared/view/cache.ts), never to a
// module: two rooms in one process, their changes interleaved, send every connection exactly the
// frames it gets when its room plays alone. The rooms play the same game as well as different ones
// (the same seed: equal values in different objects, the case a cache keyed too loosely mixes up).

/** A room's view path as server/room/TableRoom.ts runs it: its own cache and offer ids, the server's packing, one round per change. */
class Room {
  readonly frames: Uint8Array[][];
  private readonly members: Member[];
  private readonly clients: Client[];
  private readonly views = new ViewCache();
  private readonly offerIds: OfferIds;

  constructor(
    private readonly states: GameState[],
    code: string,
    /** The server's packing, shared by its rooms (server/room/context.ts). */
    private readonly packing: Packing,
  ) {
    const n = states[0].seats.length + 1;
    this.offerIds = new OfferIds(`${code}:key`);
    this.frames = Array.from({ length: n }, () => []);
    this.members = Array.from({ length: n }, () => ({ lastView: null }) as unknown as Member);
    this.clients = this.frames.map((out) => ({ enqueueRaw: (f: Uint8Array) => out.push(Uint8Array.from(f)) }) as unknown as Client);
  }

  /** Sends every connection what change `k` changed in its view; false when the game is over. */
  step(k: number): boolean {
    const s = this.states[k];
    if (!s) return false;
    const cache = this.views;
    const round = new ViewRound({ pub: () => this.offerIds.pub(publicPart(s, cache)), own: (seat) => this.offerIds.own(ownPart(s, seat, cache)) }, this.packing);
    this.members.forEach((m, i) => round.send(this.clients[i], m, i === this.members.length - 1 ? -1 : i));
    return true;
  }
}

function states(seed: number, seats: number): GameState[] {
  const out: GameState[] = [];
  randomGame(seed, { seats, onStep: ({ before, after }) => out.push(...(out.length ? [after] : [before, after])) });
  return out;
}

function alone(list: GameState[], code: string): Uint8Array[][] {
  const room = new Room(list, code, new Packing());
  for (let k = 0; room.step(k); k++);
  return room.frames;
}

describe('rooms keep their views apart', () => {
  for (const [name, a, b] of [
    ['different games', [11, 5], [12, 7]],
    ['the same game', [21, 6], [21, 6]],
  ] as const) {
    it(`two rooms, changes interleaved, send the frames each sends alone (${name})`, () => {
      const gameA = states(a[0], a[1]);
      const gameB = states(b[0], b[1]);
      const wantA = alone(gameA, 'AAAA');
      const wantB = alone(gameB, 'BBBB');
      // One packing for both, as one server's rooms share it.
      const packing = new Packing();
      const roomA = new Room(gameA, 'AAAA', packing);
      const roomB = new Room(gameB, 'BBBB', packing);
      for (let k = 0; ; k++) {
        const more = [roomA.step(k), roomB.step(k)];
        if (!more.some(Boolean)) break;
      }
      expect(roomA.frames.flat().length).toBeGreaterThan(gameA.length);
      expect(roomA.frames).toEqual(wantA);
      expect(roomB.frames).toEqual(wantB);
    });
  }
});
