import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { say } from '../../shared/bots/reasons';
import type { ServerMessages } from '../../shared/protocol/messages';
import { applyAction, createGame, defaultConfig } from '../../shared/rules';
import { oneCard, Player, refusal, settings, startTestServer, table, type TestServer } from './helpers';

// Doors that stay shut, 5–7: what a participant could learn or do that they should not. Offer
// numbers, the facilitator's signals in a playing host's second tab, the order of anonymous
// reflections, names, the bots' reasons and /metrics. Each test failed before its door was closed.

let srv: TestServer;
beforeAll(async () => {
  srv = await startTestServer({ METRICS_TOKEN: 'metrics-secret-token' }, { reflectionBatchMs: 300 });
});
afterAll(async () => {
  await srv?.stop();
});

type Items = ServerMessages['reflections']['items'];

describe('what a participant cannot learn or do', () => {
  it('5. offer numbers are no oracle: an engine id is answered like any unknown offer, also by the engine', async () => {
    const { players, host } = await table(srv);
    const [, outsider, partner, fourth] = players;
    await host.host({ kind: 'advance' });
    await outsider.until(() => outsider.view?.phase === 'overleg');
    // Two private offers between others, then the outsider's own.
    await partner.ok('action', { action: { type: 'proposeTrade', to: 'welzijn', give: oneCard(partner.playerView), get: {} } });
    await fourth.ok('action', { action: { type: 'proposeTrade', to: 'gemeente', give: oneCard(fourth.playerView), get: {} } });
    await outsider.ok('action', { action: { type: 'proposeTrade', to: 'bibliotheek', give: oneCard(outsider.playerView), get: {} } });
    const answers = [];
    for (const id of ['o1', 'o2', 'o3', 'o4']) {
      const e = await outsider.refused('action', { action: { type: 'acceptTrade', offerId: id } });
      answers.push(`${e.code}:${e.params.offerId}`);
    }
    expect(answers).toEqual(['unknown_offer:o1', 'unknown_offer:o2', 'unknown_offer:o3', 'unknown_offer:o4']);

    // The engine itself: an offer between two others reads as unknown, for every offer move.
    let s = createGame(defaultConfig(['bibliotheek', 'gemeente', 'uwv', 'welzijn']), 3);
    const step = (actor: number | 'host', action: object) => {
      const r = applyAction(s, actor, action as never);
      if (r.ok) s = r.state;
      return r;
    };
    step('host', { type: 'advancePhase' });
    const hand = s.partners.gemeente!.hand as Record<string, number>;
    const card = Object.keys(hand).find((k) => hand[k] > 0)!;
    expect(step(1, { type: 'proposeTrade', to: 'uwv', give: { [card]: 1 }, get: {} }).ok).toBe(true);
    const id = s.offers[0].id;
    for (const action of [
      { type: 'acceptTrade', offerId: id },
      { type: 'declineTrade', offerId: id },
      { type: 'withdrawTrade', offerId: id },
    ]) {
      const theirs = step(0, action);
      const none = step(0, { ...action, offerId: 'o99' });
      expect(theirs.ok || none.ok).toBe(false);
      if (!theirs.ok && !none.ok) expect(theirs.error.code).toBe(none.error.code);
    }
  });

  it('6. a playing host’s second tab with only the host key gets no facilitator signals', async () => {
    const { code, host } = await table(srv);
    const tab = await Player.join(srv.sdk(), code, { hostKey: host.welcome!.hostKey! });
    await host.host({ kind: 'advance' });
    await tab.until(() => tab.view?.phase === 'overleg');
    await tab.refused('takeBackSeat'); // a round trip: what was sent before it has arrived
    expect(tab.messages.some((m) => m.type === 'signals')).toBe(false);
    // A facilitator without a seat still gets them.
    const facilitator = await Player.create(srv.sdk());
    expect(facilitator.welcome?.seat).toBeNull();
  });

  it('7a. anonymous reflections arrive as a batch in no telling order, then as deltas', async () => {
    const t = await table(srv, undefined, { settings: settings({ anonymousReflections: true }) });
    const watcher = await Player.join(srv.sdk(), t.code, { spectator: true });
    await t.host.host({ kind: 'end' });
    await watcher.until(() => watcher.view?.status === 'ended');
    const lists = (): ServerMessages['reflections'][] => watcher.messages.filter((m) => m.type === 'reflections').map((m) => m.msg as ServerMessages['reflections']);
    const before = lists().length;
    const texts = ['aaa eerste', 'bbb tweede', 'ccc derde', 'ddd vierde'];
    for (let i = 0; i < 4; i++) await t.players[i].ok('reflect', { questionId: 'samenwerking', text: texts[i] });
    await watcher.until(() => lists().slice(before).flatMap((l) => l.items).length >= 4, 'the answers arrive');
    const batches = lists().slice(before);
    expect(batches).toHaveLength(1);
    const items: Items = batches[0].items;
    expect(items.map((r) => r.id)).toEqual(items.map((r) => r.id).sort());
    // One more answer travels alone, as a delta.
    await t.players[1].ok('reflect', { questionId: 'samenwerking', text: 'eee vijfde' });
    await watcher.until(() => lists().length === before + 2, 'the next batch');
    expect(lists().at(-1)).toMatchObject({ full: false, items: [{ text: 'eee vijfde' }] });
  });

  it('7b. names are fixed once the game starts, and no name a bot or another player has', async () => {
    const lobby = await Player.create(srv.sdk(), { name: 'Ann' });
    expect((await refusal(srv.sdk().joinById(lobby.code, { protocol: 2, name: 'ann ' }))).code).toBe('name_taken');
    expect((await refusal(srv.sdk().joinById(lobby.code, { protocol: 2, name: 'Bot' }))).code).toBe('name_taken');
    const bo = await Player.join(srv.sdk(), lobby.code, { name: 'Bo' });
    expect((await bo.refused('setName', { name: 'ANN' })).code).toBe('name_taken');
    expect((await bo.refused('setName', { name: 'bot' })).code).toBe('name_taken');
    await bo.ok('setName', { name: 'Bob' });
    const { players } = await table(srv);
    expect((await players[1].refused('setName', { name: 'Iemand anders' })).code).toBe('game_started');
  });

  it('7c. the Eigen belang bot’s public reason does not say what it wants, nor a refusal what it never gives', () => {
    const reason = say.pledgeOwn('p-taalhuis', 'budget');
    expect(reason.nl).not.toMatch(/wil|past/i);
    expect(reason.en).not.toMatch(/want|fits/i);
    // Nor does a refusal to the offer's sender name a "never give" card.
    expect(say.declineNever('budget').en).not.toMatch(/never|others/i);
  });

  it('7d. /metrics answers only with its token', async () => {
    expect((await fetch(`${srv.url}/metrics`)).status).toBe(401);
    expect((await fetch(`${srv.url}/metrics`, { headers: { authorization: 'Bearer wrong' } })).status).toBe(401);
    const ok = await fetch(`${srv.url}/metrics`, { headers: { authorization: 'Bearer metrics-secret-token' } });
    expect(ok.status).toBe(200);
    expect(await ok.text()).toContain('kot_rooms');
  });
});
