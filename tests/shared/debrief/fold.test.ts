import { describe, expect, it } from 'vitest';
import { debriefOf, interestsOf, networkOf, personasOf, playersOf } from '../../../shared/debrief';
import { factsOf } from '../../../shared/debrief/facts';
import { foldOf, LogFold } from '../../../shared/debrief/fold';
import { liveSignals } from '../../../shared/debrief/signals';
import { roundsPlayed, seatsByRole, seatsSorted, transfers, type Completion } from '../../../shared/debrief/walk';
import { guessesOf } from '../../../shared/debrief/guesses';
import { replay, type GameRecord, type GameState } from '../../../shared/rules';
import { randomGame } from '../../helpers/random-game';

// A room keeps one fold of its game's log (room/signals.ts) and hands it each new state: it reads
// only the entries added since. What it gives must be what a reading of the whole log gives, at
// every state of a game, and a fold handed another game, an earlier state or a replayed record
// must read that log from its start.

/** The completed projects read from the whole log, in order: what the fold must have counted. */
const completions = (s: GameState): Completion[] =>
  s.log.flatMap((e) => (e.t === 'completed' ? [{ projectId: e.projectId, round: e.round, partners: e.partners }] : []));

/** What the debrief's parts say of `s`, read through `fold`. */
function parts(s: GameState, fold: LogFold) {
  fold.of(s);
  const interests = interestsOf(s);
  const personas = personasOf(s, fold);
  const network = fold.network();
  const players = playersOf(s, interests, fold);
  const facts = factsOf(s, { interests, personas, network, players, guesses: guessesOf(s) }, fold);
  return { personas, network, players, facts: { ...facts, cards: null } };
}

/** Every state of a random game (frozen: a fold that changed a state in place would throw). */
function states(seed: number): { list: GameState[]; record: GameRecord } {
  const list: GameState[] = [];
  const { record } = randomGame(seed, { actionsPerPhase: 30, freeze: true, onStep: ({ before, after }) => list.push(...(list.length ? [after] : [before, after])) });
  return { list, record };
}

describe('the fold of a game log', () => {
  it('kept through a game, gives at every state what the whole log read again gives', () => {
    let checked = 0;
    let swaps = 0;
    for (let g = 0; g < 12; g++) {
      const { list } = states(300 + g);
      const kept = new LogFold();
      const signalsFold = new LogFold();
      for (const s of list) {
        expect(parts(s, kept)).toEqual(parts(s, new LogFold()));
        if (s.status === 'playing') expect(liveSignals(s, signalsFold)).toEqual(liveSignals(s));
        // Against the walks that read the log on their own (walk.ts).
        expect(kept.transfers).toEqual(transfers(s));
        expect(kept.completions).toEqual(completions(s));
        expect(seatsSorted(kept.seats)).toEqual(seatsByRole(s));
        expect(kept.rounds).toBe(roundsPlayed(s));
        expect(kept.network()).toEqual(networkOf(s));
        checked++;
      }
      if (list[list.length - 1].log.some((e) => e.t === 'swap')) swaps++;
    }
    expect(checked).toBeGreaterThan(400);
    // Role swaps (seats that played two roles) were among the games.
    expect(swaps).toBeGreaterThan(0);
  });

  it('what it gave stays as it was when the fold reads on', () => {
    // A game that completes projects and reaches residents more than once (seed 13: 4 projects, 8 residents).
    const { list } = states(13);
    const fold = new LogFold();
    // Right after the first project completed: later ones add to the same partners and residents.
    const mid = list.find((s) => s.log.some((e) => e.t === 'completed'))!;
    const end = list[list.length - 1];
    expect(end.log.filter((e) => e.t === 'completed').length).toBeGreaterThan(mid.log.filter((e) => e.t === 'completed').length);
    const before = parts(mid, fold);
    const copy = structuredClone(before);
    parts(end, fold);
    expect(before).toEqual(copy);
  });

  it('handed another game, an earlier state or a replayed record, reads that log from its start', () => {
    const a = states(7);
    const b = states(8);
    const fold = new LogFold();
    const endA = a.list[a.list.length - 1];
    const endB = b.list[b.list.length - 1];
    parts(endA, fold);
    expect(parts(endB, fold)).toEqual(parts(endB, new LogFold()));
    // An earlier state of the same game (a shorter log).
    const earlier = b.list[Math.floor(b.list.length / 3)];
    expect(parts(earlier, fold)).toEqual(parts(earlier, new LogFold()));
    // The same game restored from its record: the same entries, not the same objects.
    const restored = replay(b.record);
    parts(endB, fold);
    expect(parts(restored, fold)).toEqual(parts(endB, new LogFold()));
    // The final debrief reads the log once (foldOf) and says the same.
    expect(debriefOf(endB)).toEqual(debriefOf(restored));
    expect(foldOf(endB).transfers).toEqual(transfers(endB));
  });

  it('keeps no network snapshot of a round that a later entry goes back to', () => {
    // The engine writes entries in round order; a log that is not (built here) gets fresh snapshots.
    const { list } = states(13);
    const s = list[list.length - 1];
    const gift = s.log.find((e) => e.t === 'gift' || e.t === 'trade')!;
    expect(s.log[s.log.length - 1].round).toBeGreaterThan(1);
    const fold = new LogFold();
    fold.of(s).network();
    const back = { ...s, log: [...s.log, { ...gift, round: 1 }] } as GameState;
    expect(fold.of(back).network()).toEqual(networkOf(back));
    expect(fold.network().byRound[0]).not.toEqual(foldOf(s).network().byRound[0]);
  });

  it('a log it could not read is read again from its start next time', () => {
    const { list } = states(12);
    const s = list[list.length - 1];
    const i = s.log.findIndex((e, k) => k > 2 && e.t === 'offer');
    expect(i).toBeGreaterThan(2);
    // The same game with one entry broken (an offer that names no offer), then as it is.
    const broken = { ...s, log: s.log.map((e, k) => (k === i ? { ...e, offer: undefined } : e)) } as unknown as GameState;
    const fold = new LogFold();
    parts(list[1], fold);
    expect(() => fold.of(broken)).toThrow();
    expect(parts(s, fold)).toEqual(parts(s, new LogFold()));
  });
});
