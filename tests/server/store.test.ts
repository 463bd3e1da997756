import { allowed } from '../helpers/allowed';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateRoomCode } from '../../server/codes';
import { hashSecret } from '../../server/secrets';
import { openStore } from '../../server/store';
import { TOUCH_MS } from '../../server/store/touches';
import type { RecordStore } from '../../server/store/types';
import { defaultRoomSettings } from '../../shared/protocol/settings';
import { applyAction, createGame, defaultConfig, replay } from '../../shared/rules';
import type { Action, Actor, GameState } from '../../shared/rules/types';
import { tempDir } from './helpers';

// One suite, both stores: embedded SQLite (always) and PostgreSQL (when DATABASE_URL is set, as
// .ci/run does). The same semantics: a write has committed when it resolves, room codes are
// claimed once (also by two stores on the same database at the same moment), and a stored
// record replays to the game that was played.

const dir = tempDir('kot-store-');
const engines: { name: string; open: () => Promise<RecordStore>; skip?: string }[] = [
  { name: 'sqlite', open: () => openStore({ databaseUrl: '', dbPath: path.join(dir, 'kaarten.db') }) },
  {
    name: 'postgres',
    open: () => openStore({ databaseUrl: process.env.DATABASE_URL ?? '', dbPath: '' }),
    skip: process.env.DATABASE_URL ? undefined : 'DATABASE_URL is not set: the PostgreSQL store is not tested (.ci/run sets it)',
  },
];
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const ENDED = { onBoard: 1, target: 5, won: false, interests: {}, seatScores: [0, 0, 0], endedEarly: true };
const CONFIG = defaultConfig(['bibliotheek', 'gemeente', 'uwv'], { rounds: 2 });
const codes: string[] = [];
const code = (): string => {
  const c = generateRoomCode();
  codes.push(c);
  return c;
};

/** A few legal moves of a real game (the first legal action of each seat in turn, then the host). */
function someMoves(seed: number, n: number): { actor: Actor; action: Action }[] {
  let state: GameState = createGame(CONFIG, seed);
  const moves: { actor: Actor; action: Action }[] = [{ actor: 'host', action: { type: 'advancePhase' } }];
  state = (applyAction(state, 'host', { type: 'advancePhase' }) as { state: GameState }).state;
  for (let i = 0; moves.length < n && i < 50; i++) {
    const seat = i % CONFIG.roles.length;
    const action = allowed(state, seat).find((a) => a.type === 'gift' || a.type === 'disclose' || a.type === 'guess');
    if (!action) continue;
    const r = applyAction(state, seat, action);
    if (!r.ok) continue;
    state = r.state;
    moves.push({ actor: seat, action });
  }
  return moves;
}

for (const engine of engines) {
  describe.skipIf(engine.skip !== undefined)(`records store: ${engine.name}`, () => {
    if (engine.skip) it.skip(engine.skip, () => undefined);
    let store: RecordStore;
    let other: RecordStore;

    afterAll(async () => {
      for (const c of codes) await store?.deleteRoom(c).catch(() => undefined);
      await store?.close();
      await other?.close();
    });

    it('keeps rooms, seats, actions and timers, and reads them back after reopening', async () => {
      store = await engine.open();
      const c = code();
      expect(await store.claimRoom(c, defaultRoomSettings(false), hashSecret('host-key-xxxxxxxx'), [], 1)).toBe(true);
      expect(await store.hasRoom(c)).toBe(true);
      await store.saveLobby(c, defaultRoomSettings(true), [{ name: 'Ann', role: 'uwv', tokenHash: hashSecret('ann-token') }], 2);
      expect(await store.roomMeta(c)).toMatchObject({ status: 'lobby', updatedAt: 2, tokenHashes: [hashSecret('ann-token')] });
      await store.startGame(c, CONFIG, 42, [{ name: 'Ann', role: 'uwv', tokenHash: 'h' }], 3);
      await expect(store.startGame(c, CONFIG, 42, [], 3)).rejects.toThrow();
      await store.appendAction(c, 0, 'host', { type: 'advancePhase' }, null, 4);
      await store.appendAction(c, 1, 2, { type: 'gift', to: 'uwv', resources: { budget: 1 } }, null, 5);
      // An index already in the record is refused: no action is written twice or out of order.
      await expect(store.appendAction(c, 1, 2, { type: 'advancePhase' }, null, 6)).rejects.toThrow();
      await store.saveTimer(c, { endsAt: 99, paused: false, remainingMs: 0 });
      await store.close();

      store = await engine.open();
      const room = (await store.loadRoom(c))!;
      expect(room).toMatchObject({ code: c, status: 'playing', createdAt: 1, startedAt: 3, seats: [{ name: 'Ann' }], timer: { endsAt: 99 }, record: { seed: 42, config: CONFIG } });
      expect(room.record!.actions).toEqual([
        { actor: 'host', action: { type: 'advancePhase' } },
        { actor: 2, action: { type: 'gift', to: 'uwv', resources: { budget: 1 } } },
      ]);
      expect(await store.roomStatus(c)).toBe('playing');
      expect(await store.activeRoomCodes()).toContain(c);
      await store.appendAction(c, 2, 'host', { type: 'endGame' }, ENDED, 7);
      expect(await store.activeRoomCodes()).not.toContain(c);
      expect((await store.listGames('ended')).find((g) => g.code === c)).toMatchObject({ actions: 3, players: ['Ann'], roles: CONFIG.roles, result: ENDED, endedAt: 7 });
      expect(await store.loadRoom('NOPE22')).toBeNull();
      expect(await store.roomMeta('NOPE22')).toBeNull();
    });

    it("writes a room's updated_at with a move at most every TOUCH_MS, so it is never further behind the last move", async () => {
      store ??= await engine.open();
      const c = code();
      await store.claimRoom(c, defaultRoomSettings(false), hashSecret('host-key-touch-xx'), [], 1);
      await store.startGame(c, CONFIG, 7, [], 2);
      const t0 = 1_000_000;
      const seen: number[] = [];
      const moves = someMoves(7, 6);
      const at = [t0, t0 + 1, t0 + TOUCH_MS - 1, t0 + TOUCH_MS, t0 + TOUCH_MS + 5];
      for (let i = 0; i < at.length; i++) {
        await store.appendAction(c, i, moves[i].actor, moves[i].action, null, at[i]);
        seen.push((await store.roomMeta(c))!.updatedAt);
      }
      expect(seen).toEqual([t0, t0, t0, t0 + TOUCH_MS, t0 + TOUCH_MS]);
      for (let i = 0; i < at.length; i++) expect(at[i] - seen[i]).toBeLessThan(TOUCH_MS);
      // A move refused by the store (its index is taken) leaves no touch behind it: the next one writes it.
      await expect(store.appendAction(c, 0, 'host', { type: 'advancePhase' }, null, t0 + 3 * TOUCH_MS)).rejects.toThrow();
      expect((await store.roomMeta(c))!.updatedAt).toBe(t0 + TOUCH_MS);
      await store.appendAction(c, at.length, moves[at.length].actor, moves[at.length].action, null, t0 + 3 * TOUCH_MS + 1);
      expect((await store.roomMeta(c))!.updatedAt).toBe(t0 + 3 * TOUCH_MS + 1);
      // The end is written with the move that ends the game, whenever it comes.
      await store.appendAction(c, at.length + 1, 'host', { type: 'endGame' }, ENDED, t0 + 3 * TOUCH_MS + 2);
      expect((await store.roomMeta(c))!).toMatchObject({ status: 'ended', updatedAt: t0 + 3 * TOUCH_MS + 2 });
    });

    it('claims a room code once, also when two stores on the same database race for it', async () => {
      other = await engine.open();
      const c = code();
      const claims = await Promise.all([store, other, store, other].map((s) => s.claimRoom(c, defaultRoomSettings(false), 'x', [])));
      expect(claims.filter(Boolean)).toHaveLength(1);
      expect(await other.claimRoom(c, defaultRoomSettings(true), 'y', [])).toBe(false);
      expect((await store.loadRoom(c))!.hostKeyHash).toBe('x');
    });

    it('stores a record that replays to the game that was played, acknowledged writes visible to another store', async () => {
      const c = code();
      await store.claimRoom(c, defaultRoomSettings(false), 'x', []);
      await store.startGame(c, CONFIG, 7, [], Date.now());
      const moves = someMoves(7, 8);
      let state = createGame(CONFIG, 7);
      for (const [i, m] of moves.entries()) {
        await store.appendAction(c, i, m.actor, m.action, null);
        state = (applyAction(state, m.actor, m.action) as { state: GameState }).state;
        // Once the write resolved, every reader of the database sees it.
        expect((await other.gameRecord(c))!.actions).toHaveLength(i + 1);
      }
      expect(replay((await other.gameRecord(c))!)).toEqual(state);
    });

    it('deletes expired lobbies and abandoned rooms, never games', async () => {
      const [lobby, fresh, game] = [code(), code(), code()];
      await store.claimRoom(lobby, defaultRoomSettings(false), 'x', [], 1000);
      await store.claimRoom(fresh, defaultRoomSettings(false), 'x', [], Date.now());
      await store.claimRoom(game, defaultRoomSettings(false), 'x', [], 1000);
      await store.startGame(game, CONFIG, 1, [], 1000);
      expect(await store.deleteStaleLobbies(Date.now() - 60_000)).toBeGreaterThanOrEqual(1);
      expect(await store.hasRoom(lobby)).toBe(false);
      expect(await store.hasRoom(fresh)).toBe(true);
      expect(await store.hasRoom(game)).toBe(true);
      await store.setStatus(fresh, 'abandoned');
      await store.deleteStaleLobbies(0);
      expect(await store.roomStatus(fresh)).toBeNull();
    });
  });
}
