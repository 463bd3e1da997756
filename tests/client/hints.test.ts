import { allowed } from '../helpers/allowed';
import { describe, expect, it } from 'vitest';
import { applyAction, type GameState } from '../../shared/rules';
import { playerView } from '../../shared/view';
import { currentHint, loadHints, saveHints, type HintPrefs } from '../../client/src/model/hints';
import { announcements, lastMinuteKey } from '../../client/src/model/announce';
import { Aids } from '../../client/src/app/aids';
import type { AppState } from '../../client/src/state/state';
import { randomGame } from '../helpers/random-game';
import { act, advance, game } from './fixtures';

// The first-round hints: each at its moment, the most pressing first, gone once read or once the
// player has done the thing, none after "no more tips", after round 1, or on a device that finished
// a game before. And what a screen reader is told: a new phase, lapsed offers, the last minute.

const fresh: HintPrefs = { off: false, seen: [] };

/** The first state of a random game where `pick` holds, in round 1 (and the seat it holds for). */
function find(pick: (s: GameState) => boolean): GameState {
  for (let seed = 1; seed < 200; seed++) {
    let found: GameState | null = null;
    randomGame(seed, { seats: 4, actionsPerPhase: 40, onStep: ({ after }) => void (!found && after.round === 1 && after.status === 'playing' && pick(after) && (found = after)) });
    if (found) return found;
  }
  throw new Error('no such state in 200 games');
}

function memory(): Pick<Storage, 'getItem' | 'setItem'> & { data: Record<string, string> } {
  const data: Record<string, string> = {};
  return { data, getItem: (k) => data[k] ?? null, setItem: (k, v) => void (data[k] = v) };
}

describe('first-round hints', () => {
  it('explains the target at the start, Overleg when it begins, then the target again until read', () => {
    let s = game();
    expect(currentHint(playerView(s, 0), fresh)).toBe('target');
    s = advance(s); // Overleg
    expect(currentHint(playerView(s, 0), fresh)).toBe('overleg');
    expect(currentHint(playerView(s, 0), { off: false, seen: ['overleg'] })).toBe('target');
    expect(currentHint(playerView(s, 0), { off: false, seen: ['overleg', 'target'] })).toBeNull();
  });

  it('drops the Overleg hint once the player has made a move, not when someone else did', () => {
    let s = advance(game());
    const mine = allowed(s, 0).find((a) => a.type === 'pledge')!;
    const theirs = allowed(s, 1).find((a) => a.type === 'pledge')!;
    const afterTheirs = act(s, 1, theirs);
    expect(currentHint(playerView(afterTheirs, 0), fresh)).toBe('overleg');
    s = act(s, 0, mine);
    expect(currentHint(playerView(s, 0), fresh)).toBe('target');
  });

  it('shows the offer hint when an offer arrives, and not after the player has answered one', () => {
    let s = advance(game());
    const offer = allowed(s, 1).find((a) => a.type === 'proposeTrade' && a.to === s.seats[0])!;
    s = act(s, 1, offer);
    expect(currentHint(playerView(s, 0), fresh)).toBe('offer');
    expect(currentHint(playerView(s, 1), fresh)).not.toBe('offer'); // the sender gets none
    const id = s.offers[0].id;
    const declined = act(s, 0, { type: 'declineTrade', offerId: id });
    const again = act(declined, 1, offer);
    expect(currentHint(playerView(again, 0), fresh)).not.toBe('offer');
  });

  it('shows the ready hint when a project is complete, and the hold hint when a resident can be held', () => {
    const ready = find((s) => s.phase === 'overleg' && s.offers.length === 0 && s.projects.table.some((id) => playerView(s, 0).projects.find((p) => p.id === id)?.ready));
    expect(currentHint(playerView(ready, 0), { off: false, seen: [] })).toBe('ready');
    const reached = find((s) => s.offers.length === 0 && Object.values(s.personas).some((p) => p.status === 'reached'));
    const seat = reached.seats.findIndex((r) => !reached.log.some((e) => e.t === 'held' && 'role' in e.by && e.by.role === r));
    expect(currentHint(playerView(reached, seat), fresh)).toBe('hold');
  });

  it('shows none when switched off, after round 1, or when the game is over', () => {
    const s = advance(game());
    expect(currentHint(playerView(s, 0), { off: true, seen: [] })).toBeNull();
    expect(currentHint(playerView(advance(s, 3), 0), fresh)).toBeNull(); // round 2's Gebeurtenis
  });

  it('remembers on the device what was read, and a finished game switches them off', () => {
    const store = memory();
    saveHints(store, { off: false, seen: ['target'] });
    expect(loadHints(store)).toEqual({ off: false, seen: ['target'] });
    store.data['kot.hints'] = '{"seen":["nonsense","offer"]}';
    expect(loadHints(store)).toEqual({ off: false, seen: ['offer'] });
    store.data['kot.hints'] = 'not json';
    expect(loadHints(store)).toEqual({ off: false, seen: [] });

    let state = { hints: { off: false, seen: [] }, view: null, info: null, skew: 0 } as unknown as AppState;
    const host = {
      get state() {
        return state;
      },
      act: ((name: string, hints: AppState['hints']) => {
        if (name === 'hintsChanged') state = { ...state, hints };
      }) as never,
      toast: () => undefined,
    };
    const aids = new Aids(host, store);
    let s = game(undefined, 7, 1);
    while (s.status === 'playing') s = act(s, 'host', { type: 'advancePhase' });
    aids.viewed(null, playerView(s, 0), [], s.seats[0]);
    expect(loadHints(store).off).toBe(true);
  });
});

describe('announcements', () => {
  it('says a new phase once, and how many of my offers lapsed when Overleg ended', () => {
    let s = advance(game());
    const offer = allowed(s, 1).find((a) => a.type === 'proposeTrade' && a.to === s.seats[0])!;
    s = act(s, 1, offer);
    const before = playerView(s, 0);
    const r = applyAction(s, 'host', { type: 'advancePhase' });
    if (!r.ok) throw new Error(r.error.code);
    const after = playerView(r.state, 0);
    expect(announcements(before, after, r.events, s.seats[0])).toEqual([
      { kind: 'lapsed', count: 1 },
      { kind: 'phase', phase: 'uitvoering', round: 1, rounds: 2 },
    ]);
    expect(announcements(after, after, [], s.seats[0])).toEqual([]);
    expect(announcements(before, after, r.events, s.seats[2]).filter((a) => a.kind === 'lapsed')).toEqual([]); // not mine
  });

  it('says the first phase, my offer declined, an offer to me withdrawn and the result', () => {
    const s = advance(game());
    expect(announcements(null, playerView(s, 0), [], s.seats[0])).toEqual([{ kind: 'phase', phase: 'overleg', round: 1, rounds: 2 }]);
    const offer = allowed(s, 1).find((a) => a.type === 'proposeTrade' && a.to === s.seats[0])!;
    const offered = act(s, 1, offer);
    const id = offered.offers.at(-1)!.id;
    const declined = applyAction(offered, 0, { type: 'declineTrade', offerId: id });
    if (!declined.ok) throw new Error(declined.error.code);
    expect(announcements(playerView(offered, 1), playerView(declined.state, 1), declined.events, s.seats[1])).toEqual([{ kind: 'declined', by: s.seats[0] }]);
    const withdrawn = applyAction(offered, 1, { type: 'withdrawTrade', offerId: id });
    if (!withdrawn.ok) throw new Error(withdrawn.error.code);
    expect(announcements(playerView(offered, 0), playerView(withdrawn.state, 0), withdrawn.events, s.seats[0])).toEqual([{ kind: 'withdrawn', by: s.seats[1] }]);
    const ended = applyAction(s, 'host', { type: 'endGame' });
    if (!ended.ok) throw new Error(ended.error.code);
    const said = announcements(playerView(s, 0), playerView(ended.state, 0), ended.events, s.seats[0]);
    expect(said).toEqual([{ kind: 'result', won: ended.state.result!.won, onBoard: ended.state.result!.onBoard, target: ended.state.result!.target }]);
  });

  it('marks the last minute of a timed phase once per phase', () => {
    const v = playerView(advance(game()), 0);
    expect(lastMinuteKey(v, 61_000)).toBeNull();
    expect(lastMinuteKey(v, 59_000)).toBe('1:overleg');
    expect(lastMinuteKey(v, null)).toBeNull(); // untimed
  });
});
