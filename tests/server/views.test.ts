import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Net } from '../../client/src/net/connection';
import type { ServerMessages } from '../../shared/protocol/messages';
import type { GameView } from '../../shared/view/types';
import { FOUR_ROLES, oneCard, Player, startTestServer, table, waitFor, type TestServer } from './helpers';

// Views as deltas over a real server: a connection gets its whole view once, then only what its
// moves and others' change — the public part's change as the same bytes for every connection, and
// a seat's own part's change only when it changed; a player who drops and comes back gets the whole view again, then
// deltas, and holds exactly the view a fresh joiner of the same seat starts with.

let srv: TestServer;
beforeAll(async () => {
  srv = await startTestServer();
});
afterAll(async () => {
  await srv?.stop();
});

const received = (p: Player, type: 'view' | 'pub' | 'delta') => p.messages.filter((m) => m.type === type).map((m) => m.msg);
/** The public part's change in each change a connection received, in order. */
const pubChanges = (p: Player) =>
  p.messages.flatMap((m) => (m.type === 'pub' ? [m.msg as ServerMessages['pub']] : m.type === 'delta' && (m.msg as ServerMessages['delta']).p ? [(m.msg as ServerMessages['delta']).p!] : []));

describe('views as deltas', () => {
  it('sends a whole view once, then deltas the size of the move; after a reconnect the whole view, then deltas again', async () => {
    const { code, players, host } = await table(srv, FOUR_ROLES);
    const [owner, observer, partner] = players;
    const projector = await Player.join(srv.sdk(), code, { spectator: true });
    await host.host({ kind: 'advance' });
    await Promise.all([...players, projector].map((p) => p.until(() => p.view?.phase === 'overleg')));
    expect(received(observer, 'view')).toHaveLength(1);
    expect(received(projector, 'view')).toHaveLength(1);

    // A disclosure to all: one log entry and the one partner who showed a card, for everyone else.
    const shown = owner.playerView.interests[0].id;
    const heard = [observer, projector].map((p) => p.next('view', (v) => v.partners[0].disclosed.length > 0));
    await owner.ok('action', { action: { type: 'disclose', interestId: shown, to: 'all' } });
    await Promise.all(heard);
    // The one who showed it hears its acceptance inside its own delta: one frame, not a delta and an ack.
    const own = received(owner, 'delta').at(-1) as ServerMessages['delta'];
    expect(own.ack?.ref).toMatch(/^r\d+$/);
    expect(own.p?.log).toMatchObject([{ t: 'disclose', interestId: shown }]);
    // Its own part changed too: the interest it showed, now shown to all.
    expect(own.o?.items?.interests ?? own.o?.set.interests).toBeDefined();
    // The observer's own part did not change: it gets the public frame, the same bytes as the projector.
    const last = received(observer, 'pub').at(-1) as ServerMessages['pub'];
    expect(last.log).toMatchObject([{ t: 'disclose', role: owner.playerView.role, interestId: shown, to: 'all' }]);
    expect(observer.raw.at(-1)).toEqual(projector.raw.at(-1));
    expect(Object.keys(last.set)).toEqual([]);
    const ownerSeat = owner.playerView.seat;
    expect(last.items?.partners).toEqual([ownerSeat, observer.view!.partners[ownerSeat]]);
    const frames = owner.raw.length;
    const second = observer.next('view', (v) => v.partners[ownerSeat].disclosed.length > 1);
    await owner.ok('action', { action: { type: 'disclose', interestId: owner.playerView.interests[1].id, to: 'all' } });
    await second;
    expect(owner.raw.length - frames, 'frames for one accepted move').toBe(1);

    // The observer drops and comes back while others play on.
    const token = observer.room.reconnectionToken;
    observer.room.reconnection.enabled = false;
    observer.room.connection.close();
    await host.until(() => host.info().seats[1].connected === false, 'seat shown as disconnected');
    await partner.ok('action', { action: { type: 'gift', to: owner.playerView.role, resources: oneCard(partner.playerView) } });
    const back = new Player(await srv.sdk().reconnect(token));
    await back.until(() => back.view !== null, 'the whole view after the reconnect');
    expect(received(back, 'view')).toHaveLength(1);
    expect(back.view!.log.some((e) => e.t === 'gift')).toBe(true);

    await owner.ok('action', { action: { type: 'gift', to: partner.playerView.role, resources: oneCard(owner.playerView) } });
    await host.host({ kind: 'advance' });
    await Promise.all([back, projector].map((p) => p.until(() => p.view?.phase === 'uitvoering')));
    expect(pubChanges(back).length).toBeGreaterThanOrEqual(2);
    expect(received(back, 'view')).toHaveLength(1);

    // A fresh screen and a fresh join of the seat (the reload path) start where the others are.
    const screen = await Player.join(srv.sdk(), code, { spectator: true });
    await screen.until(() => screen.view !== null);
    expect(projector.view).toEqual(screen.view);
    expect(received(projector, 'view')).toHaveLength(1);
    const held = structuredClone(back.view);
    const fresh = await Player.join(srv.sdk(), code, { seatToken: back.welcome!.seatToken! });
    await fresh.until(() => fresh.view !== null);
    expect(held).toEqual(fresh.view);
  });

  it('ends with a delta that reveals the log, the same for a player who followed deltas and one who joins afterwards', async () => {
    const { code, players, host } = await table(srv, FOUR_ROLES);
    const [owner, observer] = players;
    await host.host({ kind: 'advance' });
    await owner.until(() => owner.view?.phase === 'overleg');
    // Something the observer may not see, then something it sees: the end's whole log is not its log plus entries.
    await owner.ok('action', { action: { type: 'guess', target: observer.playerView.role, interestIds: [] } });
    await owner.ok('action', { action: { type: 'disclose', interestId: owner.playerView.interests[0].id, to: players[2].playerView.role } });
    await owner.ok('action', { action: { type: 'disclose', interestId: owner.playerView.interests[1].id, to: 'all' } });
    await host.host({ kind: 'end' });
    await observer.until(() => observer.view?.status === 'ended');
    // One whole view (joining), then deltas only: the end too, the log rebuilt from what the observer holds.
    expect(received(observer, 'view')).toHaveLength(1);
    const end = pubChanges(observer).at(-1)!;
    expect(end.set.status).toBe('ended');
    expect(end.relog).toBeDefined();
    expect(JSON.stringify(end).length).toBeLessThan(JSON.stringify(observer.view).length);
    const fresh = await Player.join(srv.sdk(), code, { seatToken: observer.welcome!.seatToken! });
    await fresh.until(() => fresh.view !== null);
    expect(observer.view).toEqual(fresh.view);
  });

  it('are applied inside the client’s Net: its handlers get whole views, the same as a fresh screen', async () => {
    const { code, players, host } = await table(srv, FOUR_ROLES);
    const views: GameView[] = [];
    const ignore = (): void => undefined;
    const handlers = { welcome: ignore, info: ignore, ack: ignore, error: ignore, notice: ignore, status: ignore, botSaid: ignore };
    const net = new Net(srv.url, null, { ...handlers, view: (v) => views.push(v) });
    await net.watch(code, null);
    await waitFor(() => views.length === 1, 'the whole view');
    await host.host({ kind: 'advance' });
    const [owner, other] = players;
    await owner.until(() => owner.view?.phase === 'overleg');
    await owner.ok('action', { action: { type: 'disclose', interestId: owner.playerView.interests[0].id, to: 'all' } });
    await other.ok('action', { action: { type: 'gift', to: owner.playerView.role, resources: oneCard(other.playerView) } });
    await waitFor(() => views.at(-1)!.log.some((e) => e.t === 'gift'), 'the gift in the Net’s view');
    const screen = await Player.join(srv.sdk(), code, { spectator: true });
    await screen.until(() => screen.view !== null);
    expect(views.at(-1)).toEqual(screen.view);
    expect(views.length).toBeGreaterThanOrEqual(4);
    await net.leave();
  });
});
