import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nextPractice } from '../../shared/practice';
import { RoomSettingsSchema } from '../../shared/protocol/messages';
import { createGame } from '../../shared/rules';
import { Player, settings, startTestServer, type TestServer } from './helpers';
import { botTable, TEST_PACE } from './bots-helpers';

// A solo practice chosen for a weak spot brings a game seed (the events it practises). The server
// uses it only when one player starts with bots in every other seat; a table of people draws its
// own. A seed that is not a whole number in range is refused with the rest of the settings.

let srv: TestServer;
beforeAll(async () => {
  srv = await startTestServer({ BOT_PACE_MS: TEST_PACE });
});
afterAll(async () => {
  await srv?.stop();
});

describe('a game seed for solo practice', () => {
  it('plays the practice set-up nextPractice chose, with its events, in a solo room', async () => {
    const letGo = { v: 1 as const, at: '2026-12-01T10:00:00Z', role: 'uwv' as const, seats: 4, rounds: 4, won: false, onBoard: 3, target: 6, points: 1, maxPoints: 4, interests: 2, shown: 1, holds: 0, dropped: 2, projects: 1, stranded: 0, offers: 1, taken: 1, themes: ['let-go' as const], focus: null };
    const setup = nextPractice({ v: 1, games: [letGo, { ...letGo, at: '2026-12-02T10:00:00Z' }] });
    expect(setup.focus).toBe('hold');
    const host = await Player.create(srv.sdk(), { name: 'Oefenaar', settings: { ...setup.settings, seed: setup.seed } });
    await host.ok('claimRole', { role: setup.role });
    const view = host.next('view');
    await host.host({ kind: 'start' });
    await view;
    const record = srv.sqlite.gameRecord(host.code)!;
    expect(record.seed).toBe(setup.seed);
    expect(record.config.roles).toEqual(setup.roles);
    expect(srv.room(host.code).table.game!.events.deck.slice(0, setup.rounds)).toEqual(setup.events);
    expect(createGame(record.config, setup.seed).events.deck.slice(0, setup.rounds)).toEqual(setup.events);
  });

  it('is ignored at a table of people', async () => {
    const { code } = await botTable(srv, ['bibliotheek', 'gemeente'], [{ role: 'uwv', personality: 'voorzichtig' }], { seed: 77 });
    expect(srv.sqlite.gameRecord(code)!.seed).not.toBe(77);
  });

  it('must be a whole number from 1 to 2^31 − 1', () => {
    for (const seed of [1, 2 ** 31 - 1]) expect(RoomSettingsSchema.safeParse(settings({ seed })).success).toBe(true);
    for (const seed of [0, -3, 1.5, 2 ** 31, '12']) expect(RoomSettingsSchema.safeParse({ ...settings(), seed }).success, String(seed)).toBe(false);
  });
});
