import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateRoomCode } from '../../server/codes';
import { hashSecret } from '../../server/secrets';
import { openStore } from '../../server/store';
import { defaultRoomSettings } from '../../shared/protocol/settings';
import { defaultConfig } from '../../shared/rules';
import type { ServerMessages } from '../../shared/protocol/messages';
import { mergeReflections, REFLECTION_MAX } from '../../shared/protocol/reflections';
import { Player, settings, startTestServer, table, tempDir, waitFor, type TestServer } from './helpers';

// Reflections over real sockets: players answer the debrief's questions after the game, everyone
// (and the projector) sees the answers as they arrive, anonymous when the room says so (then no
// author ever leaves the server), the host hides one for everyone, and the answers are stored with
// the room. Also the facilitator's list of their own games by host key.

type Items = ServerMessages['reflections']['items'];
let srv: TestServer;
beforeAll(async () => {
  srv = await startTestServer({ ADMIN_TOKEN: 'admin-secret-token' }, { reflectionBatchMs: 50 });
});
afterAll(async () => {
  await srv?.stop();
});

const lists = (p: Player): Items[] => p.messages.filter((m) => m.type === 'reflections').map((m) => (m.msg as ServerMessages['reflections']).items);
/** The list as a client keeps it: the whole list, with every batch of changes merged in. */
const latest = (p: Player): Items =>
  p.messages.filter((m) => m.type === 'reflections').reduce<Items>((list, m) => mergeReflections(list, m.msg as ServerMessages['reflections']), []);
/** By text: answers arrive in an order that tells nothing. */
const byText = (items: Items): Items => [...items].sort((a, b) => a.text.localeCompare(b.text));

/** A finished four-seat game (Speler 1 hosts and plays) and a projector watching it. */
async function ended(anonymous: boolean) {
  const t = await table(srv, undefined, { settings: settings({ anonymousReflections: anonymous }) });
  const projector = await Player.join(srv.sdk(), t.code, { spectator: true });
  await t.host.host({ kind: 'end' });
  await Promise.all([...t.players, projector].map((p) => p.until(() => p.view?.status === 'ended', 'ended')));
  return { ...t, projector };
}

describe('reflections', () => {
  it('are refused before the end, and when too long, empty or for an unknown question', async () => {
    const { players, host } = await table(srv);
    expect((await players[1].refused('reflect', { questionId: 'samenwerking', text: 'Vroeg' })).code).toBe('game_not_over');
    await host.host({ kind: 'end' });
    await players[1].until(() => players[1].view?.status === 'ended');
    const long = await players[1].refused('reflect', { questionId: 'samenwerking', text: 'x'.repeat(REFLECTION_MAX + 1) });
    expect(long.code).toBe('bad_message');
    expect(String(long.params.reason)).toBe(`text: at most ${REFLECTION_MAX} characters`);
    expect((await players[1].refused('reflect', { questionId: 'samenwerking', text: '   ' })).params.reason).toBe('text: empty answer');
    expect((await players[1].refused('reflect', { questionId: 'lesson:l-bestaat-niet', text: 'Hm' })).code).toBe('unknown_question');
    // exactly the limit (after trimming) is fine
    await players[1].ok('reflect', { questionId: 'lesson:l-vertrouwen', text: ` ${'y'.repeat(REFLECTION_MAX)} ` });
    await players[2].until(() => latest(players[2]).length === 1, 'the answer arrives');
    expect(latest(players[2])[0].text).toHaveLength(REFLECTION_MAX);
  });

  it('reach everyone with their author when the room is not anonymous', async () => {
    const { players, projector } = await ended(false);
    await players[1].ok('reflect', { questionId: 'samenwerking', text: 'Vertrouwen en tijd.' });
    for (const p of [...players, projector]) await p.until(() => latest(p).length === 1, 'the answer arrives');
    expect(latest(projector)[0]).toMatchObject({ questionId: 'samenwerking', text: 'Vertrouwen en tijd.', author: 'Speler 2', hidden: false });
    expect(latest(players[1])[0].mine).toBe(true);
    expect(latest(players[0])[0].mine).toBeUndefined();
  });

  it('never carry the author to anyone when the room is anonymous', async () => {
    const { players, host, projector } = await ended(true);
    await players[1].ok('reflect', { questionId: 'samenwerking', text: 'Elkaar kennen.' });
    await players[2].ok('reflect', { questionId: 'samenwerking', text: 'Een gezamenlijk doel.' });
    for (const p of [...players, projector]) await p.until(() => latest(p).length === 2, 'both answers arrive');
    for (const p of [...players, projector]) {
      for (const items of lists(p)) for (const item of items) expect(item).not.toHaveProperty('author');
    }
    expect(byText(latest(host)).map((r) => r.text)).toEqual(['Een gezamenlijk doel.', 'Elkaar kennen.']);
    expect(byText(latest(players[1])).map((r) => !!r.mine)).toEqual([false, true]);
    // the report over HTTP is anonymous too
    const report = await fetch(`${srv.url}/api/games/${host.code}/debrief`, { headers: { authorization: `Bearer ${host.welcome!.hostKey}` } }).then((r) => r.json());
    expect(report.reflections).toHaveLength(2);
    for (const r of report.reflections) expect(r).not.toHaveProperty('author');
  });

  it('can be hidden by the host only, for everyone', async () => {
    const { players, host, projector } = await ended(false);
    await players[1].ok('reflect', { questionId: 'samenwerking', text: 'Iets ongepasts' });
    await players[2].ok('reflect', { questionId: 'samenwerking', text: 'Geduld.' });
    await host.until(() => latest(host).length === 2);
    const id = latest(host).find((r) => r.text === 'Iets ongepasts')!.id;
    expect((await players[2].refused('host', { command: { kind: 'hideReflection', id } })).code).toBe('not_host');
    expect((await host.refused('host', { command: { kind: 'hideReflection', id: 'nope' } })).code).toBe('unknown_reflection');
    await host.host({ kind: 'hideReflection', id });
    for (const p of [...players, projector]) {
      await p.until(() => latest(p).find((r) => r.id === id)?.hidden === true, 'hidden everywhere');
      expect(latest(p).find((r) => r.id === id)).toEqual({ id, questionId: 'samenwerking', text: '', hidden: true, ...(p === players[1] ? { mine: true } : {}) });
      expect(latest(p).find((r) => r.id !== id)!.text).toBe('Geduld.');
    }
  });

  it('survive the room being unloaded and loaded again from the store', async () => {
    const { code, players, host, projector } = await ended(true);
    await players[1].ok('reflect', { questionId: 'samenwerking', text: 'Blijven praten.' });
    await players[3].ok('reflect', { questionId: 'lesson:l-politiek', text: 'De wethouder erbij.' });
    await host.until(() => latest(host).length === 2);
    await host.host({ kind: 'hideReflection', id: latest(host).find((r) => r.text === 'De wethouder erbij.')!.id });
    expect(srv.sqlite.loadReflections(code).map((r) => [r.author, r.text, r.hidden])).toEqual([
      ['Speler 2', 'Blijven praten.', false],
      ['Speler 4', 'De wethouder erbij.', true],
    ]);
    for (const p of [...players, projector]) await p.leave();
    await srv.room(code).disconnect();
    await waitFor(() => srv.room(code) === undefined, 'room unloaded');
    const back = await Player.join(srv.sdk(), code, { seatToken: players[1].welcome!.seatToken! });
    await back.until(() => latest(back).length === 2, 'answers back after the reload');
    expect(byText(latest(back))).toEqual([
      { id: expect.any(String), questionId: 'lesson:l-politiek', text: '', hidden: true },
      { id: expect.any(String), questionId: 'samenwerking', text: 'Blijven praten.', hidden: false, mine: true },
    ]);
    await back.ok('reflect', { questionId: 'samenwerking', text: 'Nog één.' });
    await back.until(() => latest(back).length === 3);
  });
});

describe('a facilitator\'s own games', () => {
  it('are listed by the host keys the browser kept, and only those', async () => {
    const a = await ended(false);
    const b = await ended(false);
    const list = async (auth: string) => fetch(`${srv.url}/api/games?status=ended`, { headers: { authorization: auth } });
    const codes = async (auth: string) => ((await (await list(auth)).json()) as { games: { code: string }[] }).games.map((g) => g.code);
    expect(await codes(`Bearer ${a.host.welcome!.hostKey}`)).toEqual([a.code]);
    expect((await codes(`Bearer ${a.host.welcome!.hostKey} ${b.host.welcome!.hostKey}`)).sort()).toEqual([a.code, b.code].sort());
    // a seat token is not a host key
    expect(await codes(`Bearer ${a.players[1].welcome!.seatToken}`)).toEqual([]);
    expect((await list('Bearer !')).status).toBe(401);
    expect(await codes('Bearer admin-secret-token')).toEqual(expect.arrayContaining([a.code, b.code]));
  });
});

// Both store engines keep reflections alike: SQLite always, PostgreSQL when DATABASE_URL is set.
const engines = [
  { name: 'sqlite', url: '', skip: false },
  { name: 'postgres', url: process.env.DATABASE_URL ?? '', skip: !process.env.DATABASE_URL },
];
for (const engine of engines) {
  describe.skipIf(engine.skip)(`reflections in the store: ${engine.name}`, () => {
    it('are added, hidden, read back in order, listed by host key, and deleted with their room', async () => {
      const store = await openStore({ databaseUrl: engine.url, dbPath: path.join(tempDir('kot-refl-'), 'kaarten.db') });
      try {
        const [c, d] = [generateRoomCode(), generateRoomCode()];
        await store.claimRoom(c, defaultRoomSettings(false), hashSecret('host-key-of-c-xxxx'), [], 1);
        await store.claimRoom(d, defaultRoomSettings(false), hashSecret('host-key-of-d-xxxx'), [], 2);
        const base = { at: 5, seat: 1, author: 'Bram', questionId: 'samenwerking', hidden: false };
        await store.addReflection(c, { ...base, id: 'b', idx: 1, text: 'Tweede' });
        await store.addReflection(c, { ...base, id: 'a', idx: 0, text: 'Eerste', seat: 2, author: 'Cas' });
        await expect(store.addReflection(c, { ...base, id: 'a', idx: 2, text: 'Dubbel' })).rejects.toThrow();
        expect(await store.hideReflection(c, 'b')).toBe(true);
        expect(await store.hideReflection(c, 'zz')).toBe(false);
        expect(await store.hideReflection(d, 'b')).toBe(false);
        expect(await store.loadReflections(c)).toEqual([
          { ...base, id: 'a', idx: 0, text: 'Eerste', seat: 2, author: 'Cas' },
          { ...base, id: 'b', idx: 1, text: 'Tweede', hidden: true },
        ]);
        await store.startGame(c, defaultConfig(['bibliotheek', 'gemeente', 'uwv']), 1, [], 3);
        await store.appendAction(c, 0, 'host', { type: 'endGame' }, { onBoard: 0, target: 5, won: false, interests: {}, seatScores: [0, 0, 0], endedEarly: true }, 4);
        expect((await store.listGamesByHost([hashSecret('host-key-of-c-xxxx'), hashSecret('other')], 'ended')).map((g) => g.code)).toEqual([c]);
        expect(await store.listGamesByHost([hashSecret('host-key-of-d-xxxx')], 'ended')).toEqual([]);
        expect(await store.listGamesByHost([], 'ended')).toEqual([]);
        await store.deleteRoom(c);
        await store.deleteRoom(d);
        expect(await store.loadReflections(c)).toEqual([]);
      } finally {
        await store.close();
      }
    });
  });
}
