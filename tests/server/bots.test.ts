import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ServerMessages } from '../../shared/protocol/messages';
import { replay } from '../../shared/rules';
import { FOUR_ROLES, oneCard, Player, settings, startTestServer, table, type TestServer } from './helpers';
import { botTable, movesBy, TEST_PACE } from './bots-helpers';

// Bots at the table over real sockets, with the real bots (shared/bots) on a fast test pace:
// empty roles filled at the start, answers to offers with their reason, a seat handed to a bot
// and taken back.

let srv: TestServer;
beforeAll(async () => {
  srv = await startTestServer({ BOT_PACE_MS: TEST_PACE });
});
afterAll(async () => {
  await srv?.stop();
});

const botActions = (code: string, seats: number[]) =>
  srv.sqlite.gameRecord(code)!.actions.filter((a) => typeof a.actor === 'number' && seats.includes(a.actor));
const ANSWERS = ['acceptTrade', 'declineTrade', 'counterTrade'];

describe('bots at the table', () => {
  it('fills the empty roles at the start and plays a whole game with the host advancing', async () => {
    const bots = [
      { role: 'gemeente', personality: 'verbinder' },
      { role: 'uwv', personality: 'verbinder' },
      { role: 'welzijn', personality: 'eigenbelang' },
    ] as const;
    // gemeente is claimed by a player, so it gets no bot.
    const { code, players, host } = await botTable(srv, ['bibliotheek', 'gemeente'], [...bots]);
    await host.until(() => host.info().seats.length === 4, 'bot seats synced');
    const seats = host.info().seats;
    expect(seats.map((s) => [s.name, s.role, s.bot, s.connected, s.standIn])).toEqual([
      ['Speler 1', 'bibliotheek', '', true, false],
      ['Speler 2', 'gemeente', '', true, false],
      ['Bot', 'uwv', 'verbinder', true, false],
      ['Bot', 'welzijn', 'eigenbelang', true, false],
    ]);
    expect(host.playerView.seats).toEqual(['bibliotheek', 'gemeente', 'uwv', 'welzijn']);
    const room = srv.room(code);
    const driver = room.bots!;

    while (room.table.game!.status === 'playing') {
      const { phase, round } = room.table.game!;
      if (phase === 'overleg') {
        if (round === 1) {
          await host.ok('action', { action: { type: 'proposeTrade', to: 'uwv', give: oneCard(host.playerView), get: {} } });
        }
        // Let the bots play until they have nothing more to do (or have made a few moves).
        const before = botActions(code, [2, 3]).length;
        await host.until(() => driver.idle || botActions(code, [2, 3]).length >= before + 6, 'bots moved or settled', 15_000);
      }
      const seen = players.map((p) => p.next('view'));
      await host.host({ kind: 'advance' });
      await Promise.all(seen);
    }
    await Promise.all(players.map((p) => p.until(() => p.view?.status === 'ended', 'final view')));
    expect(host.view!.result).not.toBeNull();
    expect(botActions(code, [2, 3]).length).toBeGreaterThan(2);
    // Their moves appear in the players' views (public ones in everyone's).
    expect(movesBy(players[1], ['uwv', 'welzijn']).length).toBeGreaterThan(0);
    expect(movesBy(host, ['uwv']).length).toBeGreaterThan(0);
    const stored = srv.sqlite.loadRoom(code)!;
    expect(stored.status).toBe('ended');
    expect(replay(stored.record!)).toEqual(room.table.game);
    expect(stored.seats.map((s) => s.bot)).toEqual(['', '', 'verbinder', 'eigenbelang']);
    expect(driver.seats).toEqual([]);
  });

  it('answers a player’s offer with a reason that only that player hears', async () => {
    const { code, players, host } = await botTable(srv, ['bibliotheek', 'gemeente'], [{ role: 'uwv', personality: 'voorzichtig' }]);
    const projector = await Player.join(srv.sdk(), code, { spectator: true });
    const other = players[1];
    await host.host({ kind: 'advance' });
    await host.until(() => host.view?.phase === 'overleg');
    const answered = host.next('botSaid', (m) => m.seat === 2 && ANSWERS.includes(m.action), 10_000);
    await host.ok('action', { action: { type: 'proposeTrade', to: 'uwv', give: oneCard(host.playerView), get: {} } });
    const offerId = srv.room(code).table.game!.log.findLast((e) => e.t === 'offer' && e.offer.from === 'bibliotheek')!;
    // Clients see offer ids as the room's boundary maps them (server/room/offers.ts).
    const out = (engineId: string): string => srv.room(code).offerIds.out(engineId);
    const id = offerId.t === 'offer' ? out(offerId.offer.id) : '';
    const said = await answered;
    expect(said).toMatchObject({ seat: 2, role: 'uwv' });
    expect(said.action === 'counterTrade' ? srv.room(code).table.game!.log.some((e) => e.t === 'offer' && out(e.offer.id) === said.offerId && out(e.offer.counterOf ?? '') === id) : said.offerId === id).toBe(true);
    expect(said.reason.nl.length).toBeGreaterThan(5);
    expect(said.reason.en.length).toBeGreaterThan(5);
    expect(Math.abs(said.at - Date.now())).toBeLessThan(5_000);
    await host.until(() => host.playerView.log.some((e) => e.t === 'offerClosed' && e.offerId === id), 'offer closed in the view');
    // Anything sent to the others before this round trip has arrived: they never got that reason.
    await other.refused('takeBackSeat');
    await projector.refused('takeBackSeat');
    const about = (p: Player) => p.messages.filter((m) => m.type === 'botSaid' && (m.msg as ServerMessages['botSaid']).offerId === said.offerId);
    expect(about(other)).toEqual([]);
    expect(about(projector)).toEqual([]);
  });

  it('hands an absent player’s seat to a bot and back; only the host and the seat’s own player may', async () => {
    const { code, players, host } = await table(srv, FOUR_ROLES, { start: false });
    const [, one, two] = players;
    expect((await host.refused('host', { command: { kind: 'botSeat', seat: 2, personality: 'verbinder' } })).code).toBe('game_not_started');
    expect((await two.refused('takeBackSeat')).code).toBe('game_not_started');
    await host.host({ kind: 'start' });
    await host.host({ kind: 'advance' });
    await two.until(() => two.view?.phase === 'overleg');
    const token = two.welcome!.seatToken!;
    await two.leave();
    await host.until(() => host.info().seats[2].away, 'seat 2 away');

    expect((await one.refused('host', { command: { kind: 'botSeat', seat: 2, personality: 'verbinder' } })).code).toBe('not_host');
    expect((await host.refused('host', { command: { kind: 'botSeat', seat: 7, personality: 'verbinder' } })).code).toBe('unknown_seat');
    expect((await host.refused('host', { command: { kind: 'humanSeat', seat: 1 } })).code).toBe('not_a_bot_seat');
    await host.host({ kind: 'botSeat', seat: 2, personality: 'verbinder' });
    await host.until(() => host.info().seats[2].bot === 'verbinder');
    // The room says the bot stands in for a person (not by the seat's name).
    expect(host.info().seats[2]).toMatchObject({ name: 'Speler 3', role: 'uwv', connected: true, away: false, standIn: true });

    // The bot plays the seat: it answers an offer, and makes moves of its own.
    const answered = host.next('botSaid', (m) => m.seat === 2 && ANSWERS.includes(m.action), 10_000);
    await host.ok('action', { action: { type: 'proposeTrade', to: 'uwv', give: oneCard(host.playerView), get: {} } });
    await answered;
    await host.until(() => botActions(code, [2]).length >= 2, 'the bot moved for seat 2');

    // The player comes back: the bot keeps the seat until they take it back themselves.
    const back = await Player.join(srv.sdk(), code, { seatToken: token });
    await back.until(() => back.view !== null);
    expect(back.welcome!.seat).toBe(2);
    const move = { action: { type: 'guess', target: 'bibliotheek', interestIds: [] } };
    expect((await back.refused('action', move)).code).toBe('bot_plays_seat');
    expect((await one.refused('takeBackSeat')).code).toBe('not_a_bot_seat');
    expect((await one.refused('host', { command: { kind: 'humanSeat', seat: 2 } })).code).toBe('not_host');
    const projector = await Player.join(srv.sdk(), code, { spectator: true });
    expect((await projector.refused('takeBackSeat')).code).toBe('not_a_seat');
    expect(host.info().seats[2].bot).toBe('verbinder');

    await back.ok('takeBackSeat');
    await host.until(() => host.info().seats[2].bot === '');
    expect(srv.room(code).bots!.seats).toEqual([]);
    await back.ok('action', move);
    expect((await back.refused('takeBackSeat')).code).toBe('not_a_bot_seat');

    // The host can also put a bot on a present player's seat, and hand it back.
    await host.host({ kind: 'botSeat', seat: 1, personality: 'eigenbelang' });
    await host.until(() => host.info().seats[1].bot === 'eigenbelang');
    expect((await one.refused('action', move)).code).toBe('bot_plays_seat');
    await host.host({ kind: 'humanSeat', seat: 1 });
    await host.until(() => host.info().seats[1].bot === '');
    await one.ok('action', move);
    expect(srv.sqlite.loadRoom(code)!.seats.map((s) => s.bot)).toEqual(['', '', '', '']);
  });

  it('frees a bot’s seat for the newcomer the host invites when the host hands it back', async () => {
    const { code, host } = await botTable(srv, ['bibliotheek', 'gemeente'], [{ role: 'roc', personality: 'eigenbelang' }]);
    await host.host({ kind: 'humanSeat', seat: 2 });
    await host.until(() => host.info().seats[2].bot === '');
    expect(host.info().seats[2]).toMatchObject({ name: '', role: 'roc', connected: false });
    const invite = host.next('invite');
    await host.host({ kind: 'inviteSeat', seat: 2 });
    const late = await Player.join(srv.sdk(), code, { name: 'Laat', seatToken: (await invite).seatToken });
    await late.until(() => late.view !== null);
    expect(late.welcome!.seat).toBe(2);
    expect(late.playerView.role).toBe('roc');
  });

  it('counts bot seats at the start, and reads stored settings from before bots', async () => {
    const bots = [{ role: 'uwv', personality: 'verbinder' }] as const;
    const { host } = await table(srv, ['bibliotheek'], { settings: settings({ roles: ['bibliotheek', 'uwv', 'roc'], bots: [...bots] }), start: false });
    const refused = await host.refused('host', { command: { kind: 'start' } });
    expect(refused).toMatchObject({ code: 'not_enough_players', params: { seats: 2 } });
    expect(host.info().seats).toHaveLength(1);
    const legacy: Record<string, unknown> = { ...settings() };
    delete legacy.bots;
    srv.sqlite.createRoom('LEGACY', legacy as never, 'x', [{ name: 'Ann', role: 'uwv', tokenHash: null }]);
    const loaded = srv.sqlite.loadRoom('LEGACY')!;
    expect(loaded.settings.bots).toEqual([]);
    expect(loaded.seats[0].bot ?? '').toBe('');
  });
});
