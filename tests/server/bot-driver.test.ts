import { allowed } from '../helpers/allowed';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../server/config';
import { BotDriver, botSeed, type BotTable, type Decide } from '../../server/room/botDriver';
import type { BotChoice, Personality } from '../../shared/bots/types';
import { ROLES } from '../../shared/model/ids';
import { RoomSettingsSchema } from '../../shared/protocol/messages';
import { defaultRoomSettings, soloSettings, type BotMix } from '../../shared/protocol/settings';
import { nextFloat, seedState } from '../../shared/rng';
import { applyAction, createGame, defaultConfig, type Action, type GameState } from '../../shared/rules';
import { playerView } from '../../shared/view';
import { oneCard } from './helpers';

// The bots' pacing on a controllable clock (no sockets, no sleeping): the scheduler fires due
// timeouts in frames, like Colyseus's clock, and time only moves when the test says so.

const PACE = { min: 2000, max: 5000 };

function frames(frameMs: number) {
  let now = 0;
  let frame = 0;
  let jobs: { at: number; cb: () => void }[] = [];
  return {
    now: () => now,
    get frame() {
      return frame;
    },
    scheduler: {
      setTimeout(cb: () => void, ms: number) {
        const job = { at: now + ms, cb };
        jobs.push(job);
        return { clear: () => void (jobs = jobs.filter((j) => j !== job)) };
      },
    },
    /** Moves time on frame by frame; every timeout due in a frame fires in that frame. */
    runUntil(t: number) {
      while (now < t) {
        now = Math.min(t, now + frameMs);
        frame++;
        const due = jobs.filter((j) => j.at <= now).sort((a, b) => a.at - b.at);
        jobs = jobs.filter((j) => j.at > now);
        for (const j of due) j.cb();
      }
    },
  };
}

const seeded = (seed: number) => {
  const rng = { state: seedState(seed) };
  return () => nextFloat(rng);
};

function overleg(seats: number, seed = 11): GameState {
  const r = applyAction(createGame(defaultConfig(ROLES.slice(0, seats) as never, { rounds: 2 }), seed), 'host', { type: 'advancePhase' });
  if (!r.ok) throw new Error(r.error.code);
  return r.state;
}

/** A room's side for the driver: seat 0 is a person, the others are bots. */
class FakeTable implements BotTable {
  paused = false;
  plays: { seat: number; at: number; frame: number; action: Action }[] = [];
  refused = 0;
  driver!: BotDriver;
  constructor(
    public game: GameState,
    private readonly clock: { now(): number; frame: number },
    public bots: { seat: number; personality: Personality }[] = game.seats.slice(1).map((_, i) => ({ seat: i + 1, personality: 'verbinder' })),
  ) {}
  state = () => (this.game.status === 'playing' ? this.game : null);
  mayAct = () => !this.paused;
  botSeats = () => this.bots;
  play = (seat: number, choice: BotChoice): boolean => this.apply(seat, choice.action, true);
  apply(seat: number, action: Action, bot = false): boolean {
    const r = applyAction(this.game, seat, action);
    if (!r.ok) return (this.refused++, false);
    this.game = r.state;
    if (bot) this.plays.push({ seat, at: this.clock.now(), frame: this.clock.frame, action });
    this.driver.sync();
    return true;
  }
}

const reason = { nl: 'Nee, dank je.', en: 'No, thank you.' };
/** Answers an offer to it first; otherwise, when `busy`, a guess every tick (always legal); else nothing. */
const answering =
  (busy: boolean): Decide =>
  ({ view, legal }) => {
    const offer = view.offers.find((o) => o.to === view.role);
    if (offer) return { action: { type: 'declineTrade', offerId: offer.id }, reason, audience: offer.from };
    const guess = legal.find((a) => a.type === 'guess');
    return busy && guess ? { action: guess, reason, audience: 'all' } : null;
  };

function setup(seats: number, decide: Decide, frameMs: number, seed: number) {
  const clock = frames(frameMs);
  const table = new FakeTable(overleg(seats, seed), clock);
  table.driver = new BotDriver(table, { scheduler: clock.scheduler, now: clock.now, pace: PACE, decide, random: seeded(seed) });
  table.driver.sync();
  return { clock, table, driver: table.driver };
}

describe('bot pacing', () => {
  for (const busy of [false, true]) {
    it(`answers a person's offer 2–5 s after it was made (${busy ? 'bots busy every tick' : 'bots idle'})`, () => {
      const { clock, table } = setup(4, answering(busy), 1, busy ? 5 : 6);
      const rand = seeded(99);
      const delays: number[] = [];
      for (let i = 0; i < 60; i++) {
        clock.runUntil(clock.now() + 300 + Math.floor(rand() * 6000)); // the offer comes at any moment of the bots' ticks
        const to = 1 + Math.floor(rand() * 3);
        const give = oneCard(playerView(table.game, 0));
        expect(table.apply(0, { type: 'proposeTrade', to: table.game.seats[to], give, get: {} })).toBe(true);
        const offerId = table.game.offers.at(-1)!.id;
        const madeAt = clock.now();
        clock.runUntil(madeAt + 5000);
        const answer = table.plays.find((p) => p.action.type === 'declineTrade' && p.action.offerId === offerId);
        expect(answer, `offer ${i} answered within 5 s`).toBeDefined();
        delays.push(answer!.at - madeAt);
      }
      expect(Math.min(...delays)).toBeGreaterThanOrEqual(2000);
      expect(Math.max(...delays)).toBeLessThanOrEqual(5000);
      expect(table.refused).toBe(0);
    });
  }

  it('never lets two bots act in the same tick, and paces each bot 2–5 s', () => {
    // Seven bots that act on every tick, on a clock that fires everything due in a 16 ms frame.
    const { clock, table, driver } = setup(8, answering(true), 16, 3);
    clock.runUntil(10 * 60_000);
    const plays = table.plays;
    expect(plays.length).toBeGreaterThan(7 * 100);
    for (let i = 1; i < plays.length; i++) {
      expect(plays[i].frame).not.toBe(plays[i - 1].frame);
      expect(plays[i].at - plays[i - 1].at).toBeGreaterThanOrEqual(driver.gap);
    }
    expect(driver.gap).toBe(100);
    for (let seat = 1; seat < 8; seat++) {
      const times = plays.filter((p) => p.seat === seat).map((p) => p.at);
      for (let i = 1; i < times.length; i++) {
        expect(times[i] - times[i - 1]).toBeGreaterThanOrEqual(PACE.min);
        expect(times[i] - times[i - 1]).toBeLessThanOrEqual(PACE.max + 2 * driver.gap);
      }
    }
  });

  it('waits while paused, and stops with the game or when a seat is handed back', () => {
    const { clock, table, driver } = setup(4, answering(true), 16, 4);
    table.paused = true;
    clock.runUntil(20_000);
    expect(table.plays).toEqual([]);
    table.paused = false;
    clock.runUntil(26_000);
    expect(new Set(table.plays.map((p) => p.seat))).toEqual(new Set([1, 2, 3]));
    table.bots = table.bots.filter((b) => b.seat !== 2);
    driver.sync();
    const n = table.plays.length;
    clock.runUntil(40_000);
    expect(table.plays.slice(n).some((p) => p.seat === 2)).toBe(false);
    expect(driver.seats.sort()).toEqual([1, 3]);
    const ended = applyAction(table.game, 'host', { type: 'endGame' });
    if (!ended.ok) throw new Error(ended.error.code);
    table.game = ended.state;
    driver.sync();
    expect(driver.seats).toEqual([]);
  });

  it('decides from the seat’s own view and legal moves; a refused move waits for the next change', () => {
    const seen: { seat: number; sameView: boolean; sameLegal: boolean }[] = [];
    let table!: FakeTable;
    const decide: Decide = (input) => {
      const seat = input.view.seat;
      seen.push({
        seat,
        sameView: JSON.stringify(input.view) === JSON.stringify(playerView(table.game, seat, { moves: false })), // the seat's view, without the controls a bot never shows
        sameLegal: JSON.stringify(input.legal) === JSON.stringify(allowed(table.game, seat)),
      });
      expect(input.seed).toBe(botSeed(table.game, seat));
      return { action: { type: 'acceptTrade', offerId: 'o999' }, reason, audience: 'all' }; // the engine refuses it
    };
    const s = setup(4, decide, 16, 8);
    table = s.table;
    s.clock.runUntil(30_000);
    expect(seen.map((x) => x.seat).sort()).toEqual([1, 2, 3]);
    expect(seen.every((x) => x.sameView && x.sameLegal)).toBe(true);
    expect(table.refused).toBe(3);
    table.apply(0, { type: 'gift', to: table.game.seats[1], resources: oneCard(playerView(table.game, 0)) });
    s.clock.runUntil(40_000);
    expect(seen.length).toBe(6);
  });

  it('seeds each decision from the game, the seat and the log', () => {
    const g = overleg(4);
    expect(botSeed(g, 1)).toBe(botSeed(structuredClone(g), 1));
    expect(botSeed(g, 1)).not.toBe(botSeed(g, 2));
    expect(botSeed(g, 1)).not.toBe(botSeed({ ...g, log: [...g.log, g.log[0]] }, 1));
  });
});

describe('bot settings', () => {
  it('reads BOT_PACE_MS as "min,max" with a 2–5 s default', () => {
    expect(loadConfig({}).botPaceMs).toEqual({ min: 2000, max: 5000 });
    expect(loadConfig({ BOT_PACE_MS: ' 50, 120 ' }).botPaceMs).toEqual({ min: 50, max: 120 });
    for (const bad of ['5000,2000', '100', 'a,b', '1,2,3', '-1,5']) expect(() => loadConfig({ BOT_PACE_MS: bad })).toThrow(/BOT_PACE_MS/);
  });

  it('parses settings without bots (older rooms) and makes solo practice settings from a seed', () => {
    const { bots, ...old } = defaultRoomSettings(true);
    expect(bots).toEqual([]);
    expect(RoomSettingsSchema.parse(old).bots).toEqual([]);
    expect(RoomSettingsSchema.safeParse({ ...old, bots: [{ role: 'uwv', personality: 'boos' }] }).success).toBe(false);
    const seeded = (seed: number) => {
      const rng = { state: seedState(seed) };
      return () => nextFloat(rng);
    };
    const ask = (mix: BotMix, seats: number) => ({ mix, seats, rounds: 4 });
    const solo = soloSettings('gemeente', ask('surprise', 4), seeded(42));
    expect(RoomSettingsSchema.parse(solo)).toEqual(solo);
    expect(solo.roles[0]).toBe('gemeente');
    expect(solo.bots.map((b) => b.role)).toEqual(solo.roles.slice(1));
    expect(new Set(solo.bots.map((b) => b.personality)).size).toBe(3);
    expect(Object.values(solo.timers).every((t) => t === null)).toBe(true);
    expect(soloSettings('gemeente', ask('surprise', 4), seeded(42))).toEqual(solo);
    expect(soloSettings('roc', ask('voorzichtig', 8), seeded(1)).bots.map((b) => b.personality)).toEqual(Array(7).fill('voorzichtig'));
    expect(soloSettings('roc', ask('surprise', 3), seeded(7)).bots).toHaveLength(2);
  });
});
