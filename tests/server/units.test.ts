import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../server/config';
import { newRoomCode, newSecret } from '../../server/codes';
import { FloodGuard, JoinBackoff, TokenBucket } from '../../server/ratelimit';
import { PhaseTimer, RESTORE_MIN_MS, type Scheduler } from '../../server/room/timer';
import { SeatTable } from '../../server/room/seats';
import { hashSecret, matchesHash } from '../../server/secrets';
import { GameStore } from '../../server/store/GameStore';
import { isRoomCode, normalizeRoomCode, roomCodeFromUrl } from '../../shared/protocol/codes';
import { parseJoinError } from '../../shared/protocol/errors';
import { defaultRoomSettings } from '../../shared/protocol/settings';
import { tempDir } from './helpers';

// The server's small parts, with fake clocks: no sockets, no sleeping.

function fakeClock(start = 1_000_000): { now: () => number; advance: (ms: number) => void } {
  let t = start;
  return { now: () => t, advance: (ms) => (t += ms) };
}

function fakeScheduler(clock: { now: () => number }): Scheduler & { fire(): void; pending: () => number } {
  let jobs: { at: number; cb: () => void }[] = [];
  return {
    setTimeout(cb, ms) {
      const job = { at: clock.now() + ms, cb };
      jobs.push(job);
      return { clear: () => (jobs = jobs.filter((j) => j !== job)) };
    },
    fire() {
      const due = jobs.filter((j) => j.at <= clock.now());
      jobs = jobs.filter((j) => j.at > clock.now());
      due.forEach((j) => j.cb());
    },
    pending: () => jobs.length,
  };
}

describe('rate limits', () => {
  it('token bucket: a burst, then the refill rate', () => {
    const c = fakeClock();
    const b = new TokenBucket(3, 2, c.now);
    expect([b.take(), b.take(), b.take(), b.take()]).toEqual([true, true, true, false]);
    c.advance(500);
    expect([b.take(), b.take()]).toEqual([true, false]);
  });

  it('flood guard: human pace passes, a burst is throttled, a sustained flood disconnects', () => {
    const c = fakeClock();
    const g = new FloodGuard({ burst: 20, perSecond: 5, maxStrikes: 100, strikesDrainPerSecond: 5 }, c.now);
    for (let i = 0; i < 600; i++) {
      c.advance(250); // four a second, for two and a half minutes
      expect(g.check()).toBe('ok');
    }
    // The last message took one token: 19 left for a burst, then 100 dropped ones close the connection.
    const verdicts = Array.from({ length: 130 }, () => g.check());
    expect(verdicts.slice(0, 19).every((v) => v === 'ok')).toBe(true);
    expect(verdicts[19]).toBe('throttled');
    expect(verdicts.indexOf('disconnect')).toBe(19 + 99);
    expect(g.shouldReply()).toBe(true);
    expect(g.shouldReply()).toBe(false);
    c.advance(1000);
    expect(g.shouldReply()).toBe(true);
  });

  it('join backoff: ten free failures, then a doubling wait, per address; failures fade', () => {
    const c = fakeClock();
    const b = new JoinBackoff({ freeFailures: 10, baseMs: 1000, maxMs: 60_000, decayMs: 30_000 }, c.now);
    for (let i = 0; i < 10; i++) {
      expect(b.waitMs('1.1.1.1')).toBe(0);
      b.failed('1.1.1.1');
    }
    expect(b.waitMs('1.1.1.1')).toBe(1000);
    expect(b.waitMs('2.2.2.2')).toBe(0);
    c.advance(1000);
    expect(b.waitMs('1.1.1.1')).toBe(0);
    b.failed('1.1.1.1');
    expect(b.waitMs('1.1.1.1')).toBe(2000);
    for (let i = 0; i < 20; i++) b.failed('1.1.1.1');
    expect(b.waitMs('1.1.1.1')).toBe(60_000);
    // A quiet address is forgiven: one failure fades every 30 s.
    c.advance(31 * 30_000);
    expect(b.waitMs('1.1.1.1')).toBe(0);
    b.failed(undefined);
    expect(b.waitMs(undefined)).toBe(0);
  });
});

describe('phase timer', () => {
  it('runs, pauses, resumes, extends and expires on the scheduler', () => {
    const c = fakeClock();
    const s = fakeScheduler(c);
    let expired = 0;
    const t = new PhaseTimer(s, c.now, () => expired++);
    t.start(60);
    expect(t.info()).toEqual({ phaseEndsAt: c.now() + 60_000, pausedRemainingMs: 0, paused: false });
    c.advance(20_000);
    expect(t.pause()).toBe(true);
    expect(t.info()).toEqual({ phaseEndsAt: 0, pausedRemainingMs: 40_000, paused: true });
    c.advance(100_000);
    s.fire();
    expect(expired).toBe(0);
    expect(t.extend(30)).toBe(true);
    expect(t.resume()).toBe(true);
    expect(t.info().phaseEndsAt).toBe(c.now() + 70_000);
    c.advance(70_000);
    s.fire();
    expect(expired).toBe(1);
    expect(t.info()).toEqual({ phaseEndsAt: 0, pausedRemainingMs: 0, paused: false });
    t.start(null);
    expect(t.extend(10)).toBe(false);
    expect(s.pending()).toBe(0);
  });

  it('restores a running clock with at least a minute left, and a paused one as it was', () => {
    const c = fakeClock();
    const s = fakeScheduler(c);
    const t = new PhaseTimer(s, c.now, () => undefined);
    t.restore({ endsAt: c.now() - 5_000, paused: false, remainingMs: 0 });
    expect(t.info().phaseEndsAt).toBe(c.now() + RESTORE_MIN_MS);
    t.restore({ endsAt: 0, paused: true, remainingMs: 12_345 });
    expect(t.info()).toEqual({ phaseEndsAt: 0, pausedRemainingMs: 12_345, paused: true });
    t.restore(null);
    expect(t.snapshot()).toBeNull();
  });
});

describe('codes, secrets and config', () => {
  it('room codes: alphabet, normalisation, links', () => {
    const taken = new Set<string>();
    for (let i = 0; i < 500; i++) taken.add(newRoomCode((c) => taken.has(c)));
    expect(taken.size).toBe(500);
    for (const c of taken) expect(isRoomCode(c)).toBe(true);
    expect(normalizeRoomCode(' abc-def ')).toBe('ABCDEF');
    expect(isRoomCode('abc def')).toBe(true);
    expect(isRoomCode('ABCDE0')).toBe(false);
    expect(isRoomCode('ABCDEI')).toBe(false);
    expect(roomCodeFromUrl('https://spel.example/?room=abcdef')).toBe('ABCDEF');
    expect(roomCodeFromUrl('https://spel.example/ABCDEF')).toBe('ABCDEF');
    expect(roomCodeFromUrl('https://spel.example/')).toBeNull();
    expect(() => newRoomCode(() => true)).toThrow();
  });

  it('secrets are long, random, and stored only as hashes', () => {
    const s = newSecret();
    expect(s).toHaveLength(32);
    expect(newSecret()).not.toBe(s);
    const h = hashSecret(s);
    expect(h).not.toContain(s);
    expect(matchesHash(s, h)).toBe(true);
    expect(matchesHash(`${s}x`, h)).toBe(false);
    expect(matchesHash(s, null)).toBe(false);
  });

  it('join errors parse back into codes', () => {
    expect(parseJoinError('bad_options: name: Too big')).toEqual({ code: 'bad_options', reason: 'name: Too big' });
    expect(parseJoinError('room_full')).toEqual({ code: 'room_full', reason: '' });
    expect(parseJoinError('Failed to fetch')).toEqual({ code: 'unknown', reason: 'Failed to fetch' });
  });

  it('config: defaults, overrides and readable errors', () => {
    const d = loadConfig({});
    expect(d).toMatchObject({ port: 2567, host: '0.0.0.0', reconnectGraceSeconds: 180, publicUrl: '', trustProxy: false, logLevel: 'info' });
    expect(d.dbPath).toBe(path.resolve('data/kaarten.db'));
    expect(d.clientDir).toBe(path.resolve('dist/client'));
    expect(loadConfig({ DATA_DIR: '/srv/kot' }).dbPath).toBe('/srv/kot/kaarten.db');
    expect(loadConfig({ DATA_DIR: '/srv/kot', KOT_DB_PATH: '/x/y.db' }).dbPath).toBe('/x/y.db');
    expect(loadConfig({ PUBLIC_URL: 'https://spel.bieb.nl/' }).publicUrl).toBe('https://spel.bieb.nl');
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => loadConfig({ PUBLIC_URL: 'spel.bieb.nl' })).toThrow(/PUBLIC_URL/);
    expect(() => loadConfig({ LOG_LEVEL: 'loud' })).toThrow(/LOG_LEVEL/);
  });
});

describe('seats', () => {
  it('hands out seats, roles and tokens; closes up in the lobby and vacates in a game', () => {
    const t = new SeatTable();
    const tokens = ['token-aaaaaaaaaa', 'token-bbbbbbbbbb', 'token-cccccccccc'];
    tokens.forEach((tok, i) => expect(t.add(`P${i}`, hashSecret(tok), `s${i}`)).toBe(i));
    expect(t.claimRole(0, 'uwv', ['uwv', 'roc'])).toBeNull();
    expect(t.claimRole(1, 'uwv', ['uwv', 'roc'])).toMatchObject({ code: 'role_taken' });
    expect(t.claimRole(1, 'ggd', ['uwv', 'roc'])).toMatchObject({ code: 'role_not_offered' });
    expect(t.startProblem()).toMatchObject({ code: 'seat_without_role', params: { seat: 1 } });
    expect(t.byToken(tokens[2])).toBe(2);
    t.remove(1);
    expect(t.byToken(tokens[2])).toBe(1);
    expect(t.startProblem()).toMatchObject({ code: 'not_enough_players' });
    t.vacate(0);
    expect(t.byToken(tokens[0])).toBe(-1);
    // Only an invitation from the host fills it again.
    expect(t.invite(0, hashSecret('token-dddddddddd'))).toBeNull();
    expect(t.byToken('token-dddddddddd')).toBe(0);
    expect(t.invite(1, hashSecret('token-eeeeeeeeee'))).toMatchObject({ code: 'seat_taken' });
    t.bind(0, 's9');
    t.rename(0, 'New');
    expect(t.get(0)).toMatchObject({ name: 'New', role: 'uwv', connected: true });
    for (let i = 0; i < 6; i++) t.add(`Q${i}`, hashSecret(`token-q${i}xxxxxxx`), `q${i}`);
    expect(t.add('Nine', hashSecret('token-nine-xxxxx'), 'n')).toMatchObject({ code: 'room_full' });
    const restored = new SeatTable(t.toStored());
    expect(restored.toInfo().every((s) => !s.away && !s.connected)).toBe(true);
    restored.bind(1, 'back');
    expect(restored.markUnclaimedAway()).toBe(true);
    expect(restored.toInfo().map((s) => s.away)).toEqual([true, false, true, true, true, true, true, true]);
  });
});

describe('store', () => {
  it('keeps rooms, seats, actions and timers across reopening', () => {
    const file = path.join(tempDir('kot-store-'), 'sub', 'kaarten.db');
    const a = new GameStore(file);
    a.createRoom('ABCDEF', defaultRoomSettings(false), hashSecret('host-key-xxxxxxxx'), [], 1);
    expect(a.hasRoom('ABCDEF')).toBe(true);
    a.saveLobby('ABCDEF', defaultRoomSettings(true), [{ name: 'Ann', role: 'uwv', tokenHash: 'h' }], 2);
    const config = { roles: ['uwv', 'roc', 'ggd'] as const, rounds: 4, interestsPerSeat: 2, roleSwapAfterRound: null, target: null, tableSize: 6 };
    a.startGame('ABCDEF', { ...config, roles: [...config.roles] }, 42, [{ name: 'Ann', role: 'uwv', tokenHash: 'h' }], 3);
    expect(() => a.startGame('ABCDEF', { ...config, roles: [...config.roles] }, 42, [], 3)).toThrow();
    a.appendAction('ABCDEF', 0, 'host', { type: 'advancePhase' }, null, 4);
    a.appendAction('ABCDEF', 1, 2, { type: 'gift', to: 'uwv', resources: { budget: 1 } }, null, 5);
    expect(() => a.appendAction('ABCDEF', 1, 2, { type: 'advancePhase' }, null, 6)).toThrow();
    a.saveTimer('ABCDEF', { endsAt: 99, paused: false, remainingMs: 0 });
    a.close();

    const b = new GameStore(file);
    const room = b.loadRoom('ABCDEF')!;
    expect(room).toMatchObject({ status: 'playing', seats: [{ name: 'Ann' }], timer: { endsAt: 99 }, record: { seed: 42 } });
    expect(room.record!.actions).toEqual([
      { actor: 'host', action: { type: 'advancePhase' } },
      { actor: 2, action: { type: 'gift', to: 'uwv', resources: { budget: 1 } } },
    ]);
    expect(b.activeRoomCodes()).toEqual(['ABCDEF']);
    b.appendAction('ABCDEF', 2, 'host', { type: 'endGame' }, { onBoard: 1, target: 5, won: false, interests: {}, seatScores: [0, 0, 0], endedEarly: true }, 7);
    expect(b.activeRoomCodes()).toEqual([]);
    expect(b.listGames('ended')).toMatchObject([{ code: 'ABCDEF', actions: 3, players: ['Ann'], roles: ['uwv', 'roc', 'ggd'] }]);
    expect(b.loadRoom('NOPE22')).toBeNull();
    b.close();
    fs.rmSync(path.dirname(path.dirname(file)), { recursive: true, force: true });
  });
});

describe('join links for other devices', () => {
  it('use the local network address instead of localhost when the server listens on every interface', async () => {
    const { shareableOrigin } = await import('../../server/lan');
    expect(shareableOrigin('http://localhost:2567', '0.0.0.0', '192.0.2.7')).toBe('http://192.0.2.7:2567');
    expect(shareableOrigin('http://127.0.0.1:8080', '0.0.0.0', '192.0.2.7')).toBe('http://192.0.2.7:8080');
    // A real host name, a server bound to loopback, or no network: the origin as it was.
    expect(shareableOrigin('https://spel.bieb.nl', '0.0.0.0', '192.0.2.7')).toBe('https://spel.bieb.nl');
    expect(shareableOrigin('http://localhost:2567', '127.0.0.1', '192.0.2.7')).toBe('http://localhost:2567');
    expect(shareableOrigin('http://localhost:2567', '0.0.0.0', null)).toBe('http://localhost:2567');
  });
});
