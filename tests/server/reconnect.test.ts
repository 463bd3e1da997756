import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MatchMakeError } from '@colyseus/sdk';
import { CLOSE_CODES, parseJoinError } from '../../shared/protocol/errors';
import { Player, startTestServer, table, waitFor, type TestServer } from './helpers';

// Players drop (phone locked, wifi gone) and reload pages. Their seat, hand and secrets come back:
// within the grace period through Colyseus's reconnection token, at any time with the seat token
// the browser keeps. The grace period is 2 s here (default 180 s).

let srv: TestServer;
beforeAll(async () => {
  srv = await startTestServer({ RECONNECT_GRACE_SECONDS: '2' });
});
afterAll(async () => {
  await srv?.stop();
});

/** Drops the socket the way a lost network does: no goodbye, and no automatic SDK reconnect. */
function dropSocket(p: Player): void {
  p.room.reconnection.enabled = false;
  p.room.connection.close();
}

async function joinRefusal(promise: Promise<unknown>): Promise<string> {
  const e = await promise.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(MatchMakeError);
  return parseJoinError((e as Error).message).code;
}

describe('reconnection', () => {
  it('gives a dropped player their seat back with the reconnection token, hand and secrets included', async () => {
    const { code, players, host } = await table(srv);
    const p = players[1];
    const before = structuredClone(p.playerView);
    const token = p.room.reconnectionToken;
    dropSocket(p);
    await host.until(() => host.info().seats[1].connected === false, 'seat shown as disconnected');
    expect(host.info().seats[1].away).toBe(false);

    const back = new Player(await srv.sdk().reconnect(token));
    await back.until(() => back.welcome !== null && back.view !== null, 'welcome and view after reconnect');
    expect(back.welcome).toMatchObject({ code, seat: 1, seatToken: p.welcome!.seatToken });
    expect(back.playerView).toEqual(before);
    await host.until(() => host.info().seats[1].connected === true, 'seat shown as connected');
    await back.ok('action', { action: { type: 'guess', target: 'bibliotheek', interestIds: [] } });
  });

  it('after a reload, a new client with the stored seat token takes the seat over; the old tab is told', async () => {
    const { code, players } = await table(srv);
    const old = players[2];
    const before = structuredClone(old.playerView);
    const replaced = old.next('notice');
    const fresh = await Player.join(srv.sdk(), code.toLowerCase(), { seatToken: old.welcome!.seatToken! });
    expect(await replaced).toEqual({ kind: 'replaced' });
    await old.until(() => old.left !== null);
    expect(old.left).toBe(CLOSE_CODES.replaced);
    expect(fresh.welcome).toMatchObject({ seat: 2, seatToken: old.welcome!.seatToken, host: false });
    await fresh.until(() => fresh.view !== null);
    expect(fresh.playerView).toEqual(before);
    expect(fresh.playerView.hand).toEqual(srv.room(code).table.game!.partners.uwv!.hand);
    await fresh.ok('action', { action: { type: 'guess', target: 'gemeente', interestIds: [] } });
  });

  it('a reload during the grace period wins over the pending reconnection', async () => {
    const { code, players, host } = await table(srv);
    const p = players[3];
    const token = p.room.reconnectionToken;
    dropSocket(p);
    await host.until(() => host.info().seats[3].connected === false);
    const fresh = await Player.join(srv.sdk(), code, { seatToken: p.welcome!.seatToken! });
    expect(fresh.welcome?.seat).toBe(3);
    await host.until(() => host.info().seats[3].connected === true);
    await expect(srv.sdk().reconnect(token)).rejects.toThrow();
  });

  it('after the grace period the seat is away but still theirs, until the host frees it', async () => {
    const { code, players, host } = await table(srv);
    const p = players[1];
    const token = p.room.reconnectionToken;
    dropSocket(p);
    await host.until(() => host.info().seats[1].away === true, 'seat away after the grace period', 6000);
    await expect(srv.sdk().reconnect(token)).rejects.toThrow();

    // Still theirs: the seat token works, the game goes on with them.
    const back = await Player.join(srv.sdk(), code, { seatToken: p.welcome!.seatToken! });
    expect(back.welcome?.seat).toBe(1);
    await host.until(() => host.info().seats[1].away === false && host.info().seats[1].connected);
    await back.leave();
    await host.until(() => host.info().seats[1].away === true);

    // The host frees it: the old token stops working, and the newcomer the host invites gets the seat and its role.
    await host.host({ kind: 'freeSeat', seat: 1 });
    await host.until(() => host.info().seats[1].name === '');
    expect(await joinRefusal(srv.sdk().joinById(code, { protocol: 2, seatToken: p.welcome!.seatToken! }))).toBe('bad_token');
    const invite = host.next('invite');
    await host.host({ kind: 'inviteSeat', seat: 1 });
    const newcomer = await Player.join(srv.sdk(), code, { name: 'Invaller', seatToken: (await invite).seatToken });
    expect(newcomer.welcome?.seat).toBe(1);
    await newcomer.until(() => newcomer.view !== null);
    expect(newcomer.playerView.role).toBe('gemeente');
    await host.until(() => host.info().seats[1].name === 'Invaller');
  });

  it('freeing a connected seat removes its player with a notice', async () => {
    const { players, host } = await table(srv);
    const p = players[3];
    const notice = p.next('notice');
    await host.host({ kind: 'freeSeat', seat: 3 });
    expect(await notice).toEqual({ kind: 'removed' });
    await p.until(() => p.left !== null);
    expect(p.left).toBe(CLOSE_CODES.removed);
  });

  it('the creator comes back as host and player after a reload', async () => {
    const { code, host } = await table(srv);
    const { seatToken, hostKey } = host.welcome!;
    const fresh = await Player.join(srv.sdk(), code, { seatToken: seatToken!, hostKey: hostKey! });
    expect(fresh.welcome).toMatchObject({ seat: 0, host: true, hostKey, seatToken });
    await fresh.host({ kind: 'advance' });
  });

  it('in the lobby, leaving gives the seat up and the others move up one', async () => {
    const { players, host } = await table(srv, undefined, { start: false });
    const renumbered = players[3].next('welcome');
    await players[1].leave();
    expect((await renumbered).seat).toBe(2);
    await host.until(() => host.info().seats.map((s) => s.name).join() === 'Speler 1,Speler 3,Speler 4', 'seats closed up');
    expect(host.info().seats.map((s) => s.seat)).toEqual([0, 1, 2]);
    expect(await joinRefusal(srv.sdk().joinById(host.code, { protocol: 2, seatToken: players[1].welcome!.seatToken! }))).toBe('bad_token');
  });

  it('a room unloaded while nobody was there comes back on join, a finished game included', async () => {
    const { code, players, host } = await table(srv);
    const playing = structuredClone(players[1].playerView);
    for (const p of players) await p.leave();
    await srv.room(code).disconnect(); // what the idle timer does
    await waitFor(() => srv.room(code) === undefined, 'room unloaded');
    const back = await Player.join(srv.sdk(), code, { seatToken: players[1].welcome!.seatToken! });
    await back.until(() => back.view !== null);
    expect(back.playerView).toEqual(playing);

    const boss = await Player.join(srv.sdk(), code, { seatToken: host.welcome!.seatToken!, hostKey: host.welcome!.hostKey! });
    await boss.host({ kind: 'end' });
    await back.until(() => back.view?.status === 'ended');
    const final = structuredClone(back.playerView);
    await back.leave();
    await boss.leave();
    await srv.room(code).disconnect();
    await waitFor(() => srv.room(code) === undefined, 'finished room unloaded');
    const debrief = await Player.join(srv.sdk(), code, { seatToken: players[1].welcome!.seatToken! });
    await debrief.until(() => debrief.view !== null);
    expect(debrief.playerView).toEqual(final);
    expect(await joinRefusal(srv.sdk().joinById(code, { protocol: 2, name: 'Late' }))).toBe('game_over');
  });
});
