import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RoleId } from '../../shared/model/ids';
import type { ServerMessages } from '../../shared/protocol/messages';
import type { GameState, LogEntry } from '../../shared/rules/types';
import { bytesContain, Player, refusal, settings, startTestServer, UNTIMED, type TestServer } from './helpers';
import { TEST_PACE } from './bots-helpers';

// The facilitator's session on the server: a creator without a seat, the projector's read-only
// credential, Start with the console's settings, the live signals, and what a creator who plays
// can (not) read while the game runs.

let srv: TestServer;
beforeAll(async () => {
  srv = await startTestServer({ BOT_PACE_MS: TEST_PACE, ADMIN_TOKEN: 'admin-secret-token' });
});
afterAll(async () => {
  await srv?.stop();
});

const get = (path: string, token: string) => fetch(`${srv.url}${path}`, { headers: { authorization: `Bearer ${token}` } });

/** Every interest id and guessed id in the game that was never put on the table for everyone. */
function secretsOf(g: GameState): Set<string> {
  const open = new Set(g.disclosures.filter((d) => d.to === 'all').map((d) => d.interestId));
  const out = new Set<string>();
  for (const r of g.config.roles) for (const id of g.partners[r]!.interests) if (!open.has(id)) out.add(id);
  for (const byTarget of Object.values(g.guesses)) for (const ids of Object.values(byTarget)) for (const id of ids ?? []) if (!open.has(id)) out.add(id);
  return out;
}

describe('a facilitator without a seat', () => {
  it('starts three players with the settings on the console, and the projector key only watches', async () => {
    const host = await Player.create(srv.sdk());
    expect(host.welcome).toMatchObject({ seat: null, host: true, spectator: true, projector: false, seatToken: null });
    const key = host.welcome!.projectorKey!;
    expect(key).toMatch(/^[A-Za-z0-9_-]{32}$/);

    const players: Player[] = [];
    for (const [name, role] of [['Ann', 'bibliotheek'], ['Bo', 'gemeente'], ['Cas', 'uwv']] as const) {
      const p = await Player.join(srv.sdk(), host.code, { name });
      await p.ok('claimRole', { role });
      players.push(p);
    }
    // The room admits no watcher by code, but its projector always.
    await host.host({ kind: 'configure', settings: settings({ maxSpectators: 0 }) });
    expect((await refusal(Player.join(srv.sdk(), host.code, { spectator: true }))).code).toBe('room_full');
    expect((await refusal(Player.join(srv.sdk(), host.code, { projectorKey: 'x'.repeat(32) }))).code).toBe('bad_token');
    expect((await refusal(Player.join(srv.sdk(), host.code, { projectorKey: key, name: 'Eve' }))).code).toBe('bad_options');
    const projector = await Player.join(srv.sdk(), host.code, { projectorKey: key });
    expect(projector.welcome).toMatchObject({ seat: null, host: false, spectator: true, projector: true, projectorKey: null, hostKey: null });
    await host.until(() => host.info().watchers!.some((w) => w.projector && w.connected), 'the projector listed');
    expect((await projector.refused('host', { command: { kind: 'start' } })).code).toBe('not_host');
    expect((await projector.refused('claimRole', { role: 'roc' })).code).toBe('not_a_seat');

    // Start with what the console shows: two rounds, Overleg without a clock, the other phases timed.
    const timers = { ...UNTIMED, gebeurtenis: 45, uitvoering: 30, terugblik: 90 };
    const views = [...players, projector, host].map((p) => p.next('view'));
    await host.host({ kind: 'start', settings: settings({ rounds: 2, timers, roles: ['bibliotheek', 'gemeente', 'uwv', 'roc'], anonymousReflections: true }) });
    await Promise.all(views);
    const table = srv.room(host.code).table;
    expect(table.game!.config.rounds).toBe(2);
    expect(table.game!.seats).toEqual(['bibliotheek', 'gemeente', 'uwv']);
    expect(table.settings).toMatchObject({ timers, anonymousReflections: true });
    expect(host.view).toMatchObject({ kind: 'projector', rounds: 2 });
    expect(projector.view).toMatchObject({ kind: 'projector' });
    await host.until(() => host.info().phaseEndsAt > 0, 'Gebeurtenis on its 45 s clock');
    await host.host({ kind: 'advance' });
    await host.until(() => host.info().phaseEndsAt === 0 && host.view?.phase === 'overleg', 'an untimed Overleg');

    // The facilitator hears the signals; no player does, and neither does the projector.
    await host.until(() => host.messages.some((m) => m.type === 'signals' && (m.msg as ServerMessages['signals']).items.some((s) => s.id === 'live-gemeente-outside')), 'the gemeente signal');
    for (const p of [...players, projector]) expect(p.messages.some((m) => m.type === 'signals')).toBe(false);

    // The facilitator is not a player: no seat's move, no reflection.
    expect((await host.refused('action', { action: { type: 'hold', personaId: 'x', resource: 'bereik' } })).code).toBe('not_a_seat');

    // The facilitator's laptop goes away: the players are told, and the table goes on.
    expect(players[0].info().facilitatorAway).toBe(false);
    await host.leave();
    await players[0].until(() => players[0].info().facilitatorAway === true, 'the players told');
    const mine = table.game!.partners.bibliotheek!.interests[0];
    await players[0].ok('action', { action: { type: 'disclose', interestId: mine, to: 'all' } });
    expect(table.game!.phase).toBe('overleg');
    const back = await Player.join(srv.sdk(), players[0].code, { hostKey: host.welcome!.hostKey! });
    await players[0].until(() => players[0].info().facilitatorAway === false, 'the facilitator back');
    expect(back.welcome).toMatchObject({ seat: null, host: true });
    for (const p of [...players, projector, back]) await p.leave();
  });

  it('reopens the console after a reload, on the same key, without taking a seat', async () => {
    const host = await Player.create(srv.sdk());
    const again = await Player.join(srv.sdk(), host.code, { hostKey: host.welcome!.hostKey! });
    expect(again.welcome).toMatchObject({ seat: null, host: true, spectator: true });
    expect(again.welcome!.projectorKey).toBe(host.welcome!.projectorKey);
    expect(again.info().seats).toEqual([]);
    await again.leave();
    await host.leave();
  });
});

describe('secrets while the game runs', () => {
  const TABLES: RoleId[][] = [
    ['bibliotheek', 'gemeente', 'uwv'],
    ['bibliotheek', 'gemeente', 'uwv', 'welzijn', 'roc'],
    ['bibliotheek', 'gemeente', 'uwv', 'welzijn', 'roc', 'werkgever', 'schuldhulp'],
  ];
  it.each(TABLES.map((roles) => [roles.length, roles] as const))('the projector by key receives no seat’s secret in any frame over a whole game of %i bots', async (_n, roles) => {
    const kinds = ['verbinder', 'eigenbelang', 'voorzichtig'] as const;
    const personalities = roles.map((_, i) => kinds[i % kinds.length]);
    const host = await Player.create(srv.sdk(), { settings: settings({ rounds: 2, roles, bots: roles.map((role, i) => ({ role, personality: personalities[i] })) }) });
    const projector = await Player.join(srv.sdk(), host.code, { projectorKey: host.welcome!.projectorKey! });
    const room = srv.room(host.code);
    await host.host({ kind: 'start' });
    let endedAt = -1;
    const ended = projector.next('view', (v) => v.status === 'ended', 60_000).then(() => (endedAt = projector.raw.length));
    while (room.table.status === 'playing') {
      const n = room.table.recorded;
      if (room.table.game!.phase === 'overleg') await host.until(() => room.bots!.idle || room.table.recorded >= n + 12, 'bots in Overleg', 20_000);
      await host.host({ kind: 'advance' });
    }
    await ended;
    const g = room.table.game!;
    expect(g.status).toBe('ended');
    const secrets = secretsOf(g);
    expect(secrets.size).toBeGreaterThanOrEqual(2 * personalities.filter((p) => p === 'eigenbelang').length); // Eigen belang never discloses
    const before = projector.raw.slice(0, endedAt - 1);
    expect(before.length).toBeGreaterThan(10);
    for (const id of secrets) expect(before.filter((b) => bytesContain(b, id)).length, `${id} reached the projector`).toBe(0);
    for (const v of projector.views.filter((x) => x.status === 'playing')) {
      expect(v.kind).toBe('projector');
      expect(v.log.some((e) => e.t === 'guess' || e.t === 'offer' || e.t === 'offerClosed')).toBe(false);
    }
    // The search works: the end reveals them, to everyone.
    expect(projector.raw.slice(endedAt - 1).some((b) => [...secrets].some((id) => bytesContain(b, id)))).toBe(true);
    await projector.leave();
    await host.leave();
  }, 90_000);

  it('a creator who plays cannot read another seat’s secrets by any route until the game has ended', async () => {
    const roles: RoleId[] = ['bibliotheek', 'gemeente', 'uwv'];
    const creator = await Player.create(srv.sdk(), { name: 'Ann', settings: settings({ roles }) });
    const others = [await Player.join(srv.sdk(), creator.code, { name: 'Bo' }), await Player.join(srv.sdk(), creator.code, { name: 'Cas' })];
    for (const [i, p] of [creator, ...others].entries()) await p.ok('claimRole', { role: roles[i] });
    await creator.host({ kind: 'start' });
    const room = srv.room(creator.code);
    await creator.host({ kind: 'advance' });
    const hostKey = creator.welcome!.hostKey!;
    const code = creator.code;

    // The record and the debrief: not while the game runs (the admin excepted).
    const record = await get(`/api/games/${code}/record`, hostKey);
    expect(record.status).toBe(409);
    expect(await record.json()).toEqual({ error: 'not_ended', status: 'playing' });
    expect((await get(`/api/games/${code}/debrief`, hostKey)).status).toBe(409);
    expect((await get(`/api/games/${code}/debrief`, creator.welcome!.projectorKey!)).status).toBe(409);
    expect((await get(`/api/games/${code}/record`, 'admin-secret-token')).status).toBe(200);
    // The list of games names players and roles, nothing secret.
    const list = (await (await get('/api/games?status=playing', hostKey)).json()) as { games: unknown[] };
    expect(JSON.stringify(list)).not.toMatch(/"i-[a-z-]+"/);

    // A second device with the host key: the console without a seat, the public table, no signal from a secret.
    const second = await Player.join(srv.sdk(), code, { hostKey });
    expect(second.view).toMatchObject({ kind: 'projector' });

    // Every frame the creator's connections received: no other seat's interest.
    await creator.refused('takeBackSeat');
    await second.refused('takeBackSeat');
    const g = room.table.game!;
    const open = new Set(g.disclosures.filter((d) => d.to === 'all' || d.to === 'bibliotheek').map((d) => d.interestId));
    const theirs = ['gemeente', 'uwv'].flatMap((r) => g.partners[r as RoleId]!.interests).filter((id) => !open.has(id));
    expect(theirs.length).toBe(4);
    for (const id of theirs) {
      expect(creator.raw.some((b) => bytesContain(b, id)), `${id} reached the creator`).toBe(false);
      expect(second.raw.some((b) => bytesContain(b, id)), `${id} reached the creator's second device`).toBe(false);
    }
    expect(creator.raw.some((b) => bytesContain(b, g.partners.bibliotheek!.interests[0]))).toBe(true);

    // Once the game has ended, the record is the host's to keep.
    await creator.host({ kind: 'end' });
    expect((await get(`/api/games/${code}/record`, hostKey)).status).toBe(200);
    expect((await get(`/api/games/${code}/debrief`, creator.welcome!.projectorKey!)).status).toBe(200);
    for (const p of [creator, second, ...others]) await p.leave();
  });
});
