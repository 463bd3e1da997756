import { describe, expect, it } from 'vitest';
import { MAX_SEATS, MIN_SEATS } from '../../shared/model/ids';
import type { GameState } from '../../shared/rules/types';
import { playerView, projectorView } from '../../shared/view';
import { applyViewDelta, isEmptyDelta, viewDelta, type ViewDelta } from '../../shared/view/delta';
import type { GameView } from '../../shared/view/types';
import { randomGame } from '../helpers/random-game';
import { PROJECTOR, secretsFor } from '../helpers/secrets';

// Views as deltas, over random games of every size: for every seat and the projector, the full view
// at the start plus every delta since (or a full view where there is no delta) is exactly the full
// view built at that step, and no delta holds another seat's undisclosed interest or guess.

const GAMES_PER_SIZE = 4;

const viewOf = (s: GameState, seat: number): GameView => (seat === PROJECTOR ? projectorView(s) : playerView(s, seat));

describe('view deltas', () => {
  for (let seats = MIN_SEATS; seats <= MAX_SEATS; seats++) {
    it(`rebuild every viewer’s view exactly and leak nothing, ${seats} seats`, () => {
      let deltas = 0;
      let fulls = 0;
      let silent = 0;
      for (let g = 0; g < GAMES_PER_SIZE; g++) {
        const viewers = [PROJECTOR, ...Array.from({ length: seats }, (_, i) => i)];
        let client: GameView[] | null = null;
        randomGame(seats * 1000 + g, {
          seats,
          onStep: ({ before, after }) => {
            client ??= viewers.map((v) => viewOf(before, v));
            // Views are built on from the ones before (logs, projects): a copy of the state shares
            // nothing with them, so its views are built from scratch, and must be the same.
            const fresh = structuredClone(after);
            viewers.forEach((viewer, k) => {
              const prev = client![k];
              const next = viewOf(after, viewer);
              expect(next).toEqual(viewOf(fresh, viewer));
              const d: ViewDelta | null = viewDelta(prev, next, 7);
              expect(d, 'views of one kind always have a delta').not.toBeNull();
              if (!d) return;
              if (d.relog) {
                // Only the end (everything revealed) or a role swap (another role's log) rebuilds the log.
                const swapped = viewer !== PROJECTOR && before.seats[viewer] !== after.seats[viewer];
                expect(after.status === 'ended' || swapped, `log rebuilt at round ${after.round} ${after.phase}`).toBe(true);
                // Runs of the log the viewer has, and only what it lacked: far smaller than the log.
                expect(JSON.stringify(d.relog).length).toBeLessThan(JSON.stringify(next.log).length);
                fulls++;
              }
              expect(d).toMatchObject({ from: 7, to: 8 });
              if (isEmptyDelta(d)) silent++;
              else deltas++;
              if (after.status !== 'ended') {
                const bytes = JSON.stringify(d);
                for (const id of secretsFor(after, viewer)) expect(bytes.includes(`"${id}"`), `${id} in a delta for viewer ${viewer}`).toBe(false);
              }
              client![k] = applyViewDelta(prev, d);
              expect(client![k]).toEqual(next);
            });
          },
        });
      }
      // The property was exercised: deltas, unchanged views (nothing sent) and rebuilt logs all occurred.
      expect(deltas).toBeGreaterThan(100);
      expect(silent).toBeGreaterThan(10);
      expect(fulls).toBeGreaterThanOrEqual(GAMES_PER_SIZE);
    });
  }

  it('is empty for an unchanged view and leaves the view it is applied to as it was', () => {
    const { state } = randomGame(5, { seats: 4 });
    const v = playerView(state, 1);
    const same = viewDelta(v, playerView(state, 1));
    expect(same && isEmptyDelta(same)).toBe(true);
    const before = structuredClone(v);
    applyViewDelta(v, { from: 0, to: 1, log: [{ t: 'phase', round: 1, phase: 'overleg' }], set: { round: 99 } });
    expect(v).toEqual(before);
  });

  it('carries a pledge as the one project it changed, not the whole table', () => {
    let checked = 0;
    randomGame(11, {
      seats: 6,
      onStep: ({ before, action, after }) => {
        if (action.type !== 'pledge' || before.projects.table.join() !== after.projects.table.join()) return;
        const d = viewDelta(projectorView(before), projectorView(after))!;
        const at = after.projects.table.indexOf(action.projectId);
        expect(d.set.projects).toBeUndefined();
        expect(d.items?.projects).toEqual([at, projectorView(after).projects[at]]);
        checked++;
      },
    });
    expect(checked).toBeGreaterThan(5);
  });

  it('turns any keyed list into any other: runs gone, new and replaced anywhere, answers changed, items moved', () => {
    // A client keeps its lists sorted by key; the room's come in the engine's order. From random
    // edits of a list (the engine's are runs: a project's pledges, an offer's three), the delta
    // applied to the sorted list is the sorted next list, whatever was edited.
    let seed = 7;
    const rnd = (n: number): number => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    const byKey = (a: { key: string }, b: { key: string }) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
    const c = (key: string, no: unknown = null, type = 'advancePhase') => ({ key, action: { type }, no });
    const base = playerView(randomGame(5, { seats: 4 }).state, 0);
    let fresh = 0;
    let checked = 0;
    for (let t = 0; t < 400; t++) {
      const prev = Array.from({ length: rnd(60) }, (_, i) => c(`k${i}`, rnd(3) === 0 ? 'no' : null));
      let next = prev.slice();
      for (let e = rnd(6); e > 0; e--) {
        const at = rnd(next.length + 1);
        const len = 1 + rnd(30);
        const kind = rnd(5);
        if (kind === 0) next.splice(at, len);
        else if (kind === 1) next.splice(at, 0, ...Array.from({ length: len }, () => c(`n${fresh++}`)));
        else if (kind === 2) next.splice(at, len, ...Array.from({ length: 1 + rnd(5) }, () => c(`n${fresh++}`)));
        else if (kind === 3 && next.length > 0) next = next.map((x, i) => (i >= at && i < at + len ? c(x.key, x.no === null ? 'no' : null, rnd(2) ? 'advancePhase' : 'endGame') : x));
        else if (next.length > 1) next.splice(rnd(next.length), 0, ...next.splice(at, 1));
      }
      const v = (controls: unknown[]) => ({ ...base, controls }) as unknown as GameView;
      const d = viewDelta(v(prev), v(next))!;
      const after = applyViewDelta(v(prev.slice().sort(byKey)), d) as unknown as { controls: unknown[] };
      expect(after.controls).toEqual(next.slice().sort(byKey));
      checked++;
    }
    expect(checked).toBe(400);
  });

  it('changes a keyed list by key: gone, new in key order, replaced, answered, and a key gone and new again', () => {
    const c = (key: string, no: unknown = null) => ({ key, action: { type: 'advancePhase' }, no });
    const list = [c('accept:o1'), c('give:geld'), c('pledge:p1:geld'), c('pledge:p1:tijd'), c('trade')];
    const v = { ...playerView(randomGame(5, { seats: 4 }).state, 0), controls: list } as unknown as GameView;
    const next = applyViewDelta(v, {
      from: 0,
      to: 1,
      log: [],
      set: {},
      controls: { del: ['give:geld', 'trade', 'accept:o1'], set: [c('zzz'), c('aaa'), c('pledge:p1:kennis'), c('trade', 'x')], no: ['pledge:p1:tijd', 'full', 'gone:never', 1] },
    }) as unknown as { controls: unknown[] };
    expect(next.controls).toEqual([c('aaa'), c('pledge:p1:geld'), c('pledge:p1:kennis'), c('pledge:p1:tijd', 'full'), c('trade', 'x'), c('zzz')]);
    expect((v as unknown as { controls: unknown[] }).controls).toEqual([c('accept:o1'), c('give:geld'), c('pledge:p1:geld'), c('pledge:p1:tijd'), c('trade')]);
  });
});
