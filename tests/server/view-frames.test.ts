import type { Client } from '@colyseus/core';
import { unpack } from 'msgpackr';
import { describe, expect, it } from 'vitest';
import type { Member } from '../../server/room/members';
import { Packing, ViewRound } from '../../server/room/views';
import { MAX_SEATS, MIN_SEATS } from '../../shared/model/ids';
import type { GameState } from '../../shared/rules/types';
import { ownPart, playerView, projectorView, publicPart, ViewCache } from '../../shared/view';
import { ViewReader } from '../../shared/view/reader';
import { randomGame } from '../helpers/random-game';
import { PROJECTOR, secretsFor } from '../helpers/secrets';

// The frames a room sends, over random games of every size: the public part's change built once and
// sent as the same bytes to every connection, a seat's own part only when it changed. For every seat
// and the projector, reading the frames as the browser does (shared/view/reader.ts) gives exactly
// the view built afresh from the state; no frame holds an interest or a guess its reader may not
// see, and a public frame holds none that anyone may not see. A seat's controls that come back as
// they went (a pledge whose need opens again) travel as key and answer; a seat whose role an event
// swapped gets its own part whole, its public part still the room's bytes; one more connection of
// seat 0 comes back now and then (a whole view), and reads exactly the same views from then on.

const GAMES_PER_SIZE = 3;

/** A Colyseus room-data frame: its type (a short string) and its msgpack payload. */
function parse(frame: Uint8Array): { type: string; payload: Uint8Array } {
  expect(frame[0]).toBe(13);
  expect(frame[1] & 0xe0).toBe(0xa0);
  const n = frame[1] & 0x1f;
  return { type: Buffer.from(frame.subarray(2, 2 + n)).toString(), payload: frame.subarray(2 + n) };
}

const contains = (bytes: Uint8Array, text: string): boolean => Buffer.from(bytes).includes(Buffer.from(`${text}`));

describe('view frames: public once, own parts small', () => {
  for (let seats = MIN_SEATS; seats <= MAX_SEATS; seats++) {
    it(`rebuild every viewer's view exactly, share the public bytes and leak nothing, ${seats} seats`, () => {
      const tally = { shared: 0, own: 0, silent: 0, back: 0 };
      for (let g = 0; g < GAMES_PER_SIZE; g++) {
        const viewers = [...Array.from({ length: seats }, (_, i) => i), PROJECTOR, 0];
        const again = viewers.length - 1;
        let step = 0;
        const cache = new ViewCache();
        const packing = new Packing();
        const members = viewers.map(() => ({ lastView: null }) as unknown as Member);
        const readers = viewers.map(() => new ViewReader());
        let inbox: Uint8Array[][] = viewers.map(() => []);
        const clients = viewers.map((_, k) => ({ enqueueRaw: (f: Uint8Array) => inbox[k].push(Uint8Array.from(f)) }) as unknown as Client);
        let prevOwn: unknown[] = viewers.map(() => null);
        const play = (s: GameState): void => {
          inbox = viewers.map(() => []);
          // Seat 0's second connection drops and comes back every so often: a whole view, then deltas.
          if (++step % 17 === 0) members[again].lastView = null;
          const round = new ViewRound({ pub: () => publicPart(s, cache), own: (seat) => ownPart(s, seat, cache) }, packing);
          viewers.forEach((seat, k) => round.send(clients[k], members[k], seat));
          const fresh = structuredClone(s);
          const pubFrames: string[] = [];
          viewers.forEach((seat, k) => {
            expect(inbox[k].length, 'at most one frame per change').toBeLessThanOrEqual(1);
            const own = seat === PROJECTOR ? null : ownPart(fresh, seat, new ViewCache());
            for (const frame of inbox[k]) {
              const { type, payload } = parse(frame);
              const msg = unpack(payload);
              if (type === 'view') readers[k].whole(msg);
              else if (type === 'pub') {
                expect(readers[k].public(msg)).not.toBeNull();
                // (The connection that came back counts its changes from its whole view: its bytes say so.)
                if (k !== again) pubFrames.push(Buffer.from(frame).toString('hex'));
                if (seat !== PROJECTOR) tally.shared++;
                // Only a seat whose own part stayed as it was gets the public frame alone.
                if (seat !== PROJECTOR) expect(own).toEqual(prevOwn[k]);
              } else {
                expect(type).toBe('delta');
                expect(readers[k].delta(msg)).not.toBeNull();
                // An own change, or the own part whole when the seat plays another role now (no ack here).
                expect(msg.o ?? msg.w, 'a delta frame carries an own change (no ack here)').toBeDefined();
                tally.own++;
                tally.back += (msg.o?.controls?.back?.length ?? 0) / 2;
              }
              if (s.status !== 'ended') {
                for (const id of secretsFor(s, seat)) expect(contains(frame, id), `${id} in a ${type} frame for viewer ${seat}`).toBe(false);
                if (type === 'pub' || type === 'delta') {
                  const pub = type === 'pub' ? msg : msg.p;
                  if (pub) for (const id of secretsFor(s, PROJECTOR)) expect(JSON.stringify(pub).includes(`"${id}"`), `${id} in a public change`).toBe(false);
                }
              }
            }
            if (inbox[k].length === 0) tally.silent++;
            expect(readers[k].view).toEqual(seat === PROJECTOR ? projectorView(fresh) : playerView(fresh, seat));
            prevOwn[k] = own;
          });
          // The public frame is one set of bytes for the whole room.
          expect(new Set(pubFrames).size).toBeLessThanOrEqual(1);
        };
        let first = true;
        randomGame(seats * 1000 + g + 7, {
          seats,
          onStep: ({ before, after }) => {
            if (first) play(before);
            first = false;
            play(after);
          },
        });
        prevOwn = [];
      }
      // The property was exercised: shared public frames, own changes and silent connections all occurred.
      expect(tally.shared).toBeGreaterThan(50);
      expect(tally.own).toBeGreaterThan(50);
      expect(tally.silent).toBeGreaterThan(10);
      // Controls came back as their key and answer (and were read back whole above): fewer than
      // when a phase's end took them away, but offers and projects still do.
      expect(tally.back).toBeGreaterThan(20);
    });
  }
});
