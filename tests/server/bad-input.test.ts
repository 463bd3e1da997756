import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MatchMakeError } from '@colyseus/sdk';
import { CLOSE_CODES, parseJoinError } from '../../shared/protocol/errors';
import { oneCard, Player, settings, startTestServer, table, type TestServer } from './helpers';

// Every kind of bad input: the sender gets a reason, the state stays exactly as it was, and the
// connection stays open (except for a flood, which ends in a disconnect while others play on).

let srv: TestServer;
beforeAll(async () => {
  srv = await startTestServer();
});
afterAll(async () => {
  await srv?.stop();
});

/** Server-side game state and the public room info, to compare before and after. */
function snapshot(code: string): unknown {
  const room = srv.room(code);
  return structuredClone({ game: room.table.game, info: room.table.info({ hostConnected: true, spectators: 0 }) });
}

async function joinError(promise: Promise<unknown>): Promise<ReturnType<typeof parseJoinError>> {
  const e = await promise.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(MatchMakeError);
  return parseJoinError((e as Error).message);
}

describe('malformed messages', () => {
  it('answers every bad shape with bad_message and a reason, changes nothing and keeps the connection', async () => {
    const { code, players } = await table(srv);
    const [, p] = players;
    const before = snapshot(code);
    const cases: [string, unknown, RegExp][] = [
      ['action', 'hello', /expected object/i],
      ['action', null, /expected object/i],
      ['action', { action: { type: 'teleport' } }, /action\.type/],
      ['action', { action: { type: 'gift', to: 'gemeente', resources: { budget: 'a lot' } } }, /action\.resources\.budget/],
      ['action', { action: { type: 'gift', to: 'gemeente', resources: { budget: 1e9 } } }, /action\.resources\.budget/],
      ['action', { action: { type: 'gift', to: 'nobody', resources: { budget: 1 } } }, /action\.to/],
      // The seat always comes from the session: naming another one is not part of any message.
      ['action', { action: { type: 'gift', to: 'gemeente', resources: { budget: 1 } }, seat: 2 }, /seat|unrecognized/i],
      ['action', { action: { type: 'advancePhase' } }, /action\.type/],
      ['claimRole', { role: 42 }, /role/],
      ['host', { command: { kind: 'start', now: true } }, /command/],
      ['setName', { name: 'x'.repeat(10_000) }, /name/],
      ['setName', { name: 'Ann\u0007e' }, /control characters/],
      ['setName', { name: 'Bob\u202e' }, /control characters/],
      ['setName', { name: '   ' }, /name/],
      ['teleport', { to: 'moon' }, /unknown message type "teleport"/],
    ];
    for (const [type, payload, reason] of cases) {
      const reply = p.next('error');
      p.room.send(type, payload as never);
      const err = await reply;
      expect(err.code, `${type} ${JSON.stringify(payload).slice(0, 60)}`).toBe('bad_message');
      expect(String(err.params.reason)).toMatch(reason);
    }
    expect(snapshot(code)).toEqual(before);
    expect(p.left).toBeNull();
    // Still connected and still heard (names are fixed once the game runs: a guess instead).
    await p.ok('action', { action: { type: 'guess', target: 'bibliotheek', interestIds: [] } });
  });

  it('refuses bad join options: a 10,000-character name, control characters, an old protocol', async () => {
    const { code } = await table(srv, undefined, { start: false });
    const before = snapshot(code);
    const sdk = srv.sdk();
    expect(await joinError(sdk.joinById(code, { protocol: 2, name: 'x'.repeat(10_000) }))).toMatchObject({ code: 'bad_options' });
    expect(await joinError(sdk.joinById(code, { protocol: 2, name: 'Ann\u0000' }))).toMatchObject({
      code: 'bad_options',
      reason: expect.stringMatching(/control characters/),
    });
    expect(await joinError(sdk.joinById(code, { protocol: 99, name: 'Ann' }))).toMatchObject({ code: 'bad_options', reason: expect.stringMatching(/protocol/) });
    expect(await joinError(sdk.joinById(code, { protocol: 2, name: 'Ann', admin: true }))).toMatchObject({ code: 'bad_options' });
    expect(await joinError(sdk.joinById(code, { protocol: 2 }))).toMatchObject({ code: 'bad_options', reason: expect.stringMatching(/name/) });
    expect(await joinError(sdk.create('table', { protocol: 2, name: '' }))).toMatchObject({ code: 'bad_options' });
    expect(snapshot(code)).toEqual(before);
  });
});

describe('refusals', () => {
  it('gives the engine code for a move at the wrong moment or for someone else, and changes nothing', async () => {
    const { code, players } = await table(srv);
    const room = srv.room(code);
    expect(room.table.game!.phase).toBe('gebeurtenis');
    const before = snapshot(code);
    const project = room.table.game!.projects.table[0];
    const wrong = await players[1].refused('action', { action: { type: 'pledge', projectId: project, resources: { budget: 1 } } });
    expect(wrong).toMatchObject({ code: 'wrong_phase', params: { phase: 'gebeurtenis' } });
    const early = await players[1].refused('action', { action: { type: 'acceptTrade', offerId: 'o1' } });
    expect(early.code).toBe('wrong_phase');
    expect(snapshot(code)).toEqual(before);

    // An offer to seat 2 cannot be accepted by seat 1: the actor is the sender's own seat.
    await players[0].host({ kind: 'advance' });
    expect(room.table.game!.phase).toBe('overleg');
    await players[0].until(() => players[0].view?.phase === 'overleg');
    await players[0].ok('action', { action: { type: 'proposeTrade', to: 'uwv', give: oneCard(players[0].playerView), get: {} } });
    const offerId = room.table.game!.offers[0].id;
    const mid = snapshot(code);
    // …and is answered exactly like an unknown offer, so it confirms nothing (server/room/offers.ts).
    const notYours = await players[1].refused('action', { action: { type: 'acceptTrade', offerId } });
    expect(notYours).toMatchObject({ code: 'unknown_offer', params: { offerId } });
    expect(snapshot(code)).toEqual(mid);
  });

  it('refuses lobby moves: a taken role, a role not offered, a start without enough players', async () => {
    const host = await Player.create(srv.sdk(), { name: 'Host', settings: settings({ roles: ['bibliotheek', 'gemeente', 'uwv'] }) });
    const b = await Player.join(srv.sdk(), host.code, { name: 'B' });
    await host.ok('claimRole', { role: 'bibliotheek' });
    expect(await b.refused('claimRole', { role: 'bibliotheek' })).toMatchObject({ code: 'role_taken', params: { role: 'bibliotheek', seat: 0 } });
    expect(await b.refused('claimRole', { role: 'ggd' })).toMatchObject({ code: 'role_not_offered' });
    expect(await host.refused('host', { command: { kind: 'start' } })).toMatchObject({ code: 'not_enough_players', params: { seats: 2, min: 3 } });
    const c = await Player.join(srv.sdk(), host.code, { name: 'C' });
    await b.ok('claimRole', { role: 'gemeente' });
    expect(await host.refused('host', { command: { kind: 'start' } })).toMatchObject({ code: 'seat_without_role', params: { seat: 2 } });
    expect(await c.refused('action', { action: { type: 'gift', to: 'gemeente', resources: { budget: 1 } } })).toMatchObject({ code: 'game_not_started' });
    expect(host.info().status).toBe('lobby');
  });

  it('refuses every facilitator command without the credential, and a wrong credential at the door', async () => {
    const { code, players, host } = await table(srv);
    const before = snapshot(code);
    for (const command of [{ kind: 'advance' }, { kind: 'end' }, { kind: 'pause' }, { kind: 'freeSeat', seat: 0 }, { kind: 'extend', seconds: 60 }]) {
      expect(await players[2].refused('host', { command })).toMatchObject({ code: 'not_host' });
    }
    const projector = await Player.join(srv.sdk(), code, { spectator: true });
    expect(await projector.refused('host', { command: { kind: 'advance' } })).toMatchObject({ code: 'not_host' });
    expect(await projector.refused('action', { action: { type: 'guess', target: 'uwv', interestIds: [] } })).toMatchObject({ code: 'not_a_seat' });
    expect(await joinError(srv.sdk().joinById(code, { protocol: 2, hostKey: 'not-the-key-at-all' }))).toMatchObject({ code: 'bad_token' });
    expect(snapshot(code)).toEqual(before);
    // With the key, a second device (the facilitator's laptop) may steer the game.
    const laptop = await Player.join(srv.sdk(), code, { hostKey: host.welcome!.hostKey! });
    expect(laptop.welcome).toMatchObject({ host: true, spectator: true, seat: null });
    await laptop.host({ kind: 'advance' });
    expect(srv.room(code).table.game!.phase).toBe('overleg');
  });

  it('keeps seats to 3–8 players: the ninth gets room_full, a newcomer after the start game_started', async () => {
    const host = await Player.create(srv.sdk(), { name: 'P1' });
    for (let i = 2; i <= 8; i++) await Player.join(srv.sdk(), host.code, { name: `P${i}` });
    expect(await joinError(srv.sdk().joinById(host.code, { protocol: 2, name: 'P9' }))).toMatchObject({ code: 'room_full' });
    // Projectors are not seats: any number may watch.
    await Player.join(srv.sdk(), host.code, { spectator: true });
    const { code } = await table(srv);
    expect(await joinError(srv.sdk().joinById(code, { protocol: 2, name: 'Late' }))).toMatchObject({ code: 'game_started' });
  });
});

describe('floods', () => {
  it('throttles a flooding client, then disconnects it, while the others notice nothing', async () => {
    const { code, players } = await table(srv);
    const [host, flooder, calm] = players;
    const room = srv.room(code);
    const calmErrors = calm.messages.filter((m) => m.type === 'error').length;
    const throttled = flooder.next('error', (e) => e.code === 'throttled');
    const notice = flooder.next('notice');
    for (let i = 0; i < 400; i++) flooder.room.send('setName', { name: `Flood ${i}` });
    expect(await throttled).toMatchObject({ code: 'throttled' });
    expect(await notice).toEqual({ kind: 'throttled' });
    await flooder.until(() => flooder.left !== null, 'flooder disconnected');
    expect(flooder.left).toBe(CLOSE_CODES.flooded);
    // A flood is not answered by a flood: at most one 'throttled' reply per second.
    const replies = flooder.messages.filter((m) => m.type === 'error' && (m.msg as { code: string }).code === 'throttled').length;
    expect(replies).toBeLessThanOrEqual(2);
    // At most the first burst was heard (each answered: a name is fixed once the game runs); how
    // much of it arrives before the limit bites depends on how the frames are read, so no lower bound.
    const heard = flooder.messages.filter((m) => m.type === 'error' && (m.msg as { code: string }).code === 'game_started').length;
    expect(heard).toBeLessThan(40);

    // The others keep playing, get their views, and saw no errors.
    await host.host({ kind: 'advance' });
    const seen = calm.next('view');
    await calm.ok('action', { action: { type: 'guess', target: 'bibliotheek', interestIds: [] } });
    await seen;
    expect(calm.messages.filter((m) => m.type === 'error').length).toBe(calmErrors);
    expect(calm.left).toBeNull();
    // The flooder's seat is kept: it comes back with its token.
    await host.until(() => host.info().seats[1].connected === false);
    const back = await Player.join(srv.sdk(), code, { seatToken: flooder.welcome!.seatToken! });
    expect(back.welcome?.seat).toBe(1);
    expect(room.table.seats.get(1)!.connected).toBe(true);
  });
});
