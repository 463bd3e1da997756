import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { GameStore } from '../../server/store/GameStore';
import { childServers, oneCard, Player, tempDir } from './helpers';
import { botTable, TEST_PACE } from './bots-helpers';

// Bot seats survive a crash: the server is killed with SIGKILL mid-game, restarted on the same
// database, and the restored room's bots go on playing (their seats are stored with the others).

const start = childServers({ BOT_PACE_MS: TEST_PACE });

const ANSWERS = ['acceptTrade', 'declineTrade', 'counterTrade'];

describe('bots after a restart', () => {
  it('keeps bot seats playing in a restored room', async () => {
    const dir = tempDir('kot-bots-crash-');
    const dbPath = path.join(dir, 'kaarten.db');
    const first = await start(dbPath);
    const bots = [
      { role: 'uwv', personality: 'verbinder' },
      { role: 'welzijn', personality: 'voorzichtig' },
    ] as const;
    const { code, host } = await botTable(first, ['bibliotheek'], [...bots], { rounds: 3 });
    await host.host({ kind: 'advance' });
    await host.until(() => host.view?.phase === 'overleg');
    const answered = host.next('botSaid', (m) => m.seat === 1 && ANSWERS.includes(m.action), 10_000);
    await host.ok('action', { action: { type: 'proposeTrade', to: 'uwv', give: oneCard(host.playerView), get: {} } });
    await answered;
    const { seatToken, hostKey } = host.welcome!;
    host.room.reconnection.enabled = false;

    first.proc.kill('SIGKILL');
    await first.exited;
    const peek = new GameStore(dbPath);
    const before = peek.loadRoom(code)!;
    peek.close();
    expect(before.seats.map((s) => s.bot)).toEqual(['', 'verbinder', 'voorzichtig']);

    const second = await start(dbPath);
    expect(second.output()).toMatch(/"restored":1/);
    const back = await Player.join(second.sdk(), code, { seatToken: seatToken!, hostKey: hostKey! });
    await back.until(() => back.view !== null && back.info().seats.length === 3, 'view and seats after restart');
    expect(back.info().seats.map((s) => [s.role, s.bot, s.connected])).toEqual([
      ['bibliotheek', '', true],
      ['uwv', 'verbinder', true],
      ['welzijn', 'voorzichtig', true],
    ]);

    // The bots answer a new offer, and the game moves on with their moves in it.
    const again = back.next('botSaid', (m) => m.seat === 2 && ANSWERS.includes(m.action), 10_000);
    await back.ok('action', { action: { type: 'proposeTrade', to: 'welzijn', give: oneCard(back.playerView), get: {} } });
    const said = await again;
    await back.until(() => back.playerView.log.some((e) => (e.t === 'offerClosed' && e.offerId === said.offerId) || (e.t === 'offer' && e.offer.id === said.offerId && e.offer.from === 'welzijn')), 'answer in the view');
    second.proc.kill('SIGTERM');
    expect(await second.exited).toBe(0);
    expect(second.output()).not.toMatch(/bot move refused|bot failed/);

    const store = new GameStore(dbPath);
    try {
      const after = store.loadRoom(code)!;
      const botMoves = (r: typeof after) => r.record!.actions.filter((a) => a.actor === 1 || a.actor === 2).length;
      expect(botMoves(after)).toBeGreaterThan(botMoves(before));
      expect(after.seats.map((s) => s.bot)).toEqual(['', 'verbinder', 'voorzichtig']);
    } finally {
      store.close();
    }
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
