import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { oneCard, Player, startTestServer, table, type TestServer, refusal } from './helpers';

// "No door left open", part 2 (doors 7–9, and what else a player could learn; door 6 is in
// doors-rooms.test.ts). Each test failed before its door was closed. Joins are paced faster here:
// two at once, then one per 300 ms.

const PACE = { burst: 2, intervalMs: 300, maxWaitMs: 5000 };
let srv: TestServer;
beforeAll(async () => {
  srv = await startTestServer({}, { doors: { joinPace: PACE } });
});
afterAll(async () => {
  await srv?.stop();
});


describe('doors 7–9', () => {
  it('7. slows down reconnection guesses like join guesses, unknown code or unknown token alike', async () => {
    const host = await Player.create(srv.sdk(), { name: 'Host' });
    const codeGuesser = srv.sdk('192.0.2.70');
    for (let i = 0; i < 10; i++) {
      expect(await refusal(codeGuesser.reconnect(`ZZZZZ${'ABCDEFGHJK'[i]}:guessedtoken${i}`))).toMatchObject({ code: 'not_found' });
    }
    expect(await refusal(codeGuesser.reconnect(`${host.code}:guessedtoken`))).toMatchObject({ code: 'too_many_attempts' });
    expect(await refusal(codeGuesser.joinById(host.code, { protocol: 2, name: 'Eve' }))).toMatchObject({ code: 'too_many_attempts' });

    const tokenGuesser = srv.sdk('192.0.2.71');
    for (let i = 0; i < 10; i++) {
      // A real code with a wrong token reads exactly like an unknown code.
      expect(await refusal(tokenGuesser.reconnect(`${host.code}:guessedtoken${i}`))).toMatchObject({ code: 'not_found' });
    }
    expect(await refusal(tokenGuesser.reconnect(`${host.code}:guessedtoken`))).toMatchObject({ code: 'too_many_attempts' });
  });

  it('8. paces one address filling a lobby, not others; a released role frees its seat', async () => {
    const host = await Player.create(srv.sdk(), { name: 'Host' });
    const script = srv.sdk('192.0.2.80');
    const started = Date.now();
    const filling = Promise.all([1, 2, 3, 4, 5, 6].map((i) => Player.join(script, host.code, { name: `Bot ${i}` })));
    await new Promise((r) => setTimeout(r, 50));
    const quick = Date.now();
    const person = await Player.join(srv.sdk(), host.code, { name: 'Person' });
    expect(Date.now() - quick).toBeLessThan(250);
    const bots = await filling;
    expect(Date.now() - started).toBeGreaterThanOrEqual((6 - PACE.burst) * PACE.intervalMs - 50);

    // Releasing a role gives the seat up: it does not block the start.
    for (const p of bots) await p.leave();
    const c = await Player.join(srv.sdk(), host.code, { name: 'C' });
    await host.ok('claimRole', { role: 'bibliotheek' });
    await person.ok('claimRole', { role: 'gemeente' });
    await c.ok('claimRole', { role: 'uwv' });
    const d = await Player.join(srv.sdk(), host.code, { name: 'D' });
    await d.ok('claimRole', { role: 'roc' });
    const gone = d.next('welcome');
    await d.ok('releaseRole');
    expect(await gone).toMatchObject({ seat: null, spectator: false });
    await host.until(() => host.info().seats.length === 3, 'seat given up');
    // Claiming again sits down again, with a new seat token.
    const back = d.next('welcome');
    await d.ok('claimRole', { role: 'roc' });
    expect((await back).seat).toBe(3);
    await d.ok('releaseRole');
    await host.until(() => host.info().seats.length === 3, 'seat given up again');
    await host.host({ kind: 'start' });
    await host.until(() => host.info().status === 'playing', 'started');
  });

  it('9. answers an offer that is not yours exactly like an unknown offer; offer ids tell nothing', async () => {
    const { players, host } = await table(srv);
    const [, outsider, partner] = players;
    await host.host({ kind: 'advance' });
    await partner.until(() => partner.view?.phase === 'overleg');
    const offered = partner.next('view', (v) => v.kind === 'player' && v.offers.length === 1);
    await host.ok('action', { action: { type: 'proposeTrade', to: 'uwv', give: oneCard(host.playerView), get: {} } });
    const id = (await offered).kind === 'player' ? partner.playerView.offers[0].id : '';
    expect(id).not.toMatch(/^o\d+$/);
    expect(id.length).toBeGreaterThanOrEqual(12);

    const notYours = await outsider.refused('action', { action: { type: 'acceptTrade', offerId: id } });
    const made = 'of_AAAAAAAAAAAAAAAA';
    const unknown = await outsider.refused('action', { action: { type: 'acceptTrade', offerId: made } });
    expect(notYours).toEqual({ ...unknown, params: { ...unknown.params, offerId: id }, ref: notYours.ref });
    expect(unknown).toMatchObject({ code: 'unknown_offer', params: { offerId: made } });
    await partner.ok('action', { action: { type: 'acceptTrade', offerId: id } });

    // The next offer's id is not the next number.
    const second = host.next('view', (v) => v.kind === 'player' && v.offers.length === 1);
    await partner.ok('action', { action: { type: 'proposeTrade', to: 'bibliotheek', give: oneCard(partner.playerView), get: {} } });
    const next = (await second).kind === 'player' ? host.playerView.offers[0].id : '';
    expect(next).not.toMatch(/^o\d+$/);
    expect(next).not.toBe(id);
  });

  it('what else: a player does not hear that others did something private (no view when theirs did not change)', async () => {
    const { players, host } = await table(srv);
    const [, outsider, partner] = players;
    await host.host({ kind: 'advance' });
    await outsider.until(() => outsider.view?.phase === 'overleg');
    const views = (): number => outsider.messages.filter((m) => m.type === 'view' || m.type === 'pub' || m.type === 'delta').length;
    const before = views();
    const offered = partner.next('view');
    await host.ok('action', { action: { type: 'proposeTrade', to: 'uwv', give: oneCard(host.playerView), get: {} } });
    await partner.ok('action', { action: { type: 'guess', target: 'bibliotheek', interestIds: [] } });
    await offered;
    await outsider.refused('takeBackSeat'); // a round trip: anything sent before it has arrived
    expect(views()).toBe(before);
  });
});
