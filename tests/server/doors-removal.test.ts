import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLOSE_CODES, parseJoinError } from '../../shared/protocol/errors';
import { Player, refusal, settings, startTestServer, table, type TestServer } from './helpers';

// Doors that stay shut, 1–3: a removal holds. A removed player or watcher comes back only when
// the facilitator lets them (a fresh invitation for the seat, the door opened again), and the
// projector's credential can be revoked, is replaced from the console, and is paced and capped.
// Each test failed before its door was closed.

let srv: TestServer;
beforeAll(async () => {
  srv = await startTestServer({}, { doors: { credentialPace: { burst: 3, intervalMs: 300, maxWaitMs: 700 } } });
});
afterAll(async () => {
  await srv?.stop();
});

const get = (path: string, token: string) => fetch(`${srv.url}${path}`, { headers: { authorization: `Bearer ${token}` } });

describe('a removal holds', () => {
  it('1. a removed player does not take the seat back; the facilitator invites someone for it; in the lobby the door closes', async () => {
    const { code, players, host } = await table(srv);
    const removed = players[1];
    const gone = removed.next('notice');
    await host.host({ kind: 'freeSeat', seat: 1 });
    expect(await gone).toEqual({ kind: 'removed' });
    // Neither by name (from the same browser or another) nor with the old token.
    expect((await refusal(srv.sdk().joinById(code, { protocol: 2, name: 'x' }))).code).toBe('game_started');
    expect((await refusal(srv.sdk().joinById(code, { protocol: 2, seatToken: removed.welcome!.seatToken! }))).code).toBe('bad_token');

    // The facilitator's fresh invitation for that seat is the way back in; a second one replaces the first.
    const first = host.next('invite');
    await host.host({ kind: 'inviteSeat', seat: 1 });
    const stale = (await first).seatToken;
    const invite = host.next('invite');
    await host.host({ kind: 'inviteSeat', seat: 1 });
    const { seat, seatToken, url } = await invite;
    expect(seat).toBe(1);
    expect(url).toContain(`room=${code}`);
    expect(url).toContain(`seat=${seatToken}`);
    expect((await refusal(srv.sdk().joinById(code, { protocol: 2, seatToken: stale, name: 'Eerste' }))).code).toBe('bad_token');
    const stand = await Player.join(srv.sdk(), code, { seatToken, name: 'Invaller' });
    expect(stand.welcome?.seat).toBe(1);
    await stand.until(() => stand.view !== null);
    expect(stand.playerView.role).toBe('gemeente');
    await host.until(() => host.info().seats[1].name === 'Invaller', 'the newcomer named');
    // A seat with its player is not up for invitation.
    expect((await host.refused('host', { command: { kind: 'inviteSeat', seat: 1 } })).code).toBe('seat_taken');

    // In the lobby a removed player cannot walk back in under any name or browser until the door opens.
    const lobby = await Player.create(srv.sdk(), { name: 'Host' });
    const eve = await Player.join(srv.sdk('192.0.2.9', 'evesphone-0000000001'), lobby.code, { name: 'Eve' });
    await lobby.host({ kind: 'freeSeat', seat: 1 });
    await eve.until(() => eve.left !== null);
    for (const sdk of [srv.sdk('192.0.2.9', 'evesphone-0000000001'), srv.sdk('192.0.2.9', 'freshcookie-00000001'), srv.sdk('192.0.2.10')]) {
      expect(await refusal(sdk.joinById(lobby.code, { protocol: 2, name: 'Eva' }))).toMatchObject({ code: 'room_full', reason: 'closed' });
    }
    await lobby.until(() => lobby.info().doorClosed === true, 'the console shows the door closed');
    // Stored with the room, so a restart keeps the door shut (and knows the host plays).
    expect(srv.sqlite.loadRoom(lobby.code)!.doors).toMatchObject({ closed: true, hostPlays: true });
    await lobby.host({ kind: 'openDoor' });
    const ann = await Player.join(srv.sdk(), lobby.code, { name: 'Ann' });
    expect(ann.welcome?.seat).toBe(1);
    // The removed browser itself stays out.
    expect((await refusal(srv.sdk('192.0.2.9', 'evesphone-0000000001').joinById(lobby.code, { protocol: 2, name: 'Eva' }))).code).toBe('room_full');
  });

  it('2. a removed watcher does not come back with a new cookie or none', async () => {
    const host = await Player.create(srv.sdk(), { name: 'Host' });
    const watcher = await Player.join(srv.sdk('192.0.2.20', 'watcherdevice-000001'), host.code, { spectator: true });
    await host.until(() => host.info().watchers!.some((w) => !w.host), 'the watcher listed');
    const id = host.info().watchers!.find((w) => !w.host)!.id;
    await host.host({ kind: 'removeMember', id });
    await watcher.until(() => watcher.left !== null);
    expect(watcher.left).toBe(CLOSE_CODES.removed);
    for (const sdk of [srv.sdk('192.0.2.20', 'anotherdevice-000001'), srv.sdk('192.0.2.20'), srv.sdk('192.0.2.21')]) {
      expect(await refusal(sdk.joinById(host.code, { protocol: 2, spectator: true }))).toMatchObject({ code: 'room_full', reason: 'closed' });
    }
    // The projector link still works: the facilitator's own screens are not strangers.
    await Player.join(srv.sdk(), host.code, { projectorKey: host.welcome!.projectorKey! });
  });

  it('3. a removed projector’s link is revoked, a new one comes from the console, and a credential’s connections are paced and capped', async () => {
    const host = await Player.create(srv.sdk());
    const oldKey = host.welcome!.projectorKey!;
    const projector = await Player.join(srv.sdk(), host.code, { projectorKey: oldKey });
    await host.until(() => host.info().watchers!.some((w) => w.projector), 'the projector listed');
    const renewed = host.next('welcome');
    await host.host({ kind: 'removeMember', id: host.info().watchers!.find((w) => w.projector)!.id });
    await projector.until(() => projector.left !== null);
    const newKey = (await renewed).projectorKey!;
    expect(newKey).not.toBe(oldKey);
    expect((await refusal(srv.sdk().joinById(host.code, { protocol: 2, projectorKey: oldKey }))).code).toBe('bad_token');
    const screen = await Player.join(srv.sdk(), host.code, { projectorKey: newKey });

    // The console's "new projector link": every projector on the old key is sent away.
    const third = host.next('welcome');
    await host.host({ kind: 'newProjectorKey' });
    const thirdKey = (await third).projectorKey!;
    await screen.until(() => screen.left === CLOSE_CODES.removed, 'the old screen closed');

    // At most four connections per projector key (and per host key beyond the console's own few).
    const screens = [];
    for (let i = 0; i < 4; i++) screens.push(await Player.join(srv.sdk(), host.code, { projectorKey: thirdKey }));
    expect(await refusal(srv.sdk().joinById(host.code, { protocol: 2, projectorKey: thirdKey }))).toMatchObject({ code: 'room_full', reason: 'projectors' });
    const hostKey = host.welcome!.hostKey!;
    const tabs = [];
    for (let i = 0; i < 5; i++) tabs.push(await Player.join(srv.sdk(), host.code, { hostKey }));
    expect(await refusal(srv.sdk().joinById(host.code, { protocol: 2, hostKey }))).toMatchObject({ code: 'room_full', reason: 'hosts' });
    // A burst of joins with one credential waits at the door, and beyond its wait is refused.
    const fresh = host.next('welcome');
    await host.host({ kind: 'newProjectorKey' });
    const burstKey = (await fresh).projectorKey!;
    const burst = await Promise.allSettled([0, 1, 2, 3, 4, 5, 6, 7].map(() => srv.sdk().joinById(host.code, { protocol: 2, projectorKey: burstKey })));
    const codes = burst.map((r) => (r.status === 'rejected' ? parseJoinError((r.reason as Error).message).code : 'joined'));
    expect(codes.filter((c) => c === 'joined').length).toBeLessThanOrEqual(4);
    expect(codes).toContain('too_many_attempts');
  });

  it('3b. a revoked projector key opens no debrief after the end', async () => {
    const host = await Player.create(srv.sdk());
    const oldKey = host.welcome!.projectorKey!;
    const players = [];
    for (const [name, role] of [['Ann', 'bibliotheek'], ['Bo', 'gemeente'], ['Cas', 'uwv']] as const) {
      const p = await Player.join(srv.sdk(), host.code, { name });
      await p.ok('claimRole', { role });
      players.push(p);
    }
    await host.host({ kind: 'start', settings: settings({ roles: ['bibliotheek', 'gemeente', 'uwv'] }) });
    const renewed = host.next('welcome');
    await host.host({ kind: 'newProjectorKey' });
    const newKey = (await renewed).projectorKey!;
    await host.host({ kind: 'end' });
    await host.until(() => host.info().status === 'ended', 'ended');
    expect(srv.sqlite.loadRoom(host.code)!.doors).toMatchObject({ projectorEpoch: 1, hostPlays: false });
    expect((await get(`/api/games/${host.code}/debrief`, oldKey)).status).toBe(404);
    expect((await get(`/api/games/${host.code}/debrief`, newKey)).status).toBe(200);
  });
});
