import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Player, settings, startTestServer, type TestServer } from './helpers';

// After the game the facilitator leads the debrief from the console and chooses what the
// projector shows; nobody else can.

let srv: TestServer;
beforeAll(async () => {
  srv = await startTestServer();
});
afterAll(async () => {
  await srv?.stop();
});

describe('what the projector shows after the game', () => {
  it('is the facilitator’s choice, once the game has ended', async () => {
    const host = await Player.create(srv.sdk(), { settings: settings({ roles: ['bibliotheek', 'gemeente', 'uwv'] }) });
    const players: Player[] = [];
    for (const [name, role] of [['Ann', 'bibliotheek'], ['Bo', 'gemeente'], ['Cas', 'uwv']] as const) {
      const p = await Player.join(srv.sdk(), host.code, { name });
      await p.ok('claimRole', { role });
      players.push(p);
    }
    const projector = await Player.join(srv.sdk(), host.code, { projectorKey: host.welcome!.projectorKey! });
    expect((await host.refused('host', { command: { kind: 'show', screen: 'lessons' } })).code).toBe('game_not_started');
    await host.host({ kind: 'start' });
    expect((await host.refused('host', { command: { kind: 'show', screen: 'lessons' } })).code).toBe('game_not_over');
    await host.host({ kind: 'end' });
    await projector.until(() => projector.info().status === 'ended' && projector.info().projectorScreen === 'result', 'the result first');

    await host.host({ kind: 'show', screen: 'reflections' });
    await projector.until(() => projector.info().projectorScreen === 'reflections', 'the answers on the wall');
    expect((await players[0].refused('host', { command: { kind: 'show', screen: 'network' } })).code).toBe('not_host');
    expect((await projector.refused('host', { command: { kind: 'show', screen: 'network' } })).code).toBe('not_host');
    expect((await host.refused('host', { command: { kind: 'show', screen: 'scores' } })).code).toBe('bad_message');
    expect(projector.info().projectorScreen).toBe('reflections');
    for (const p of [host, projector, ...players]) await p.leave();
  });

  it('speaks the facilitator’s language, set by the host only, in the lobby and during play', async () => {
    const host = await Player.create(srv.sdk(), { settings: settings({ roles: ['bibliotheek', 'gemeente', 'uwv'] }) });
    const players: Player[] = [];
    for (const [name, role] of [['Ann', 'bibliotheek'], ['Bo', 'gemeente'], ['Cas', 'uwv']] as const) {
      const p = await Player.join(srv.sdk(), host.code, { name });
      await p.ok('claimRole', { role });
      players.push(p);
    }
    const player = players[0];
    const projector = await Player.join(srv.sdk(), host.code, { projectorKey: host.welcome!.projectorKey! });
    expect(projector.info().projectorLocale ?? '').toBe('');
    await host.host({ kind: 'wallLocale', locale: 'en' });
    await projector.until(() => projector.info().projectorLocale === 'en', 'the wall in English');
    expect((await player.refused('host', { command: { kind: 'wallLocale', locale: 'nl' } })).code).toBe('not_host');
    expect((await host.refused('host', { command: { kind: 'wallLocale', locale: 'de' } })).code).toBe('bad_message');
    await host.host({ kind: 'start' });
    await host.host({ kind: 'wallLocale', locale: 'nl' });
    await projector.until(() => projector.info().projectorLocale === 'nl', 'the wall back in Dutch');
    for (const p of [host, projector, ...players]) await p.leave();
  });
});
