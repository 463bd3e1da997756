import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOM_CODE_ALPHABET, roomCodeFromUrl } from '../../shared/protocol/codes';
import { Player, startTestServer, table, type TestServer, refusal } from './helpers';

// One port for everything: /healthz, the built client with a fallback for join links, the game
// records; room codes (format, any case) and the per-address slow-down of failed joins.

let srv: TestServer;
beforeAll(async () => {
  srv = await startTestServer({ ADMIN_TOKEN: 'admin-secret-token', METRICS_TOKEN: 'metrics-token' });
});
afterAll(async () => {
  await srv?.stop();
});


describe('http', () => {
  it('answers /healthz with up or not, and not how many games run (that is for /metrics)', async () => {
    await Player.create(srv.sdk(), { name: 'Ann' });
    const health = await fetch(`${srv.url}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ ok: true });
    expect(await fetch(`${srv.url}/metrics`, { headers: { authorization: 'Bearer metrics-token' } }).then((r) => r.text())).toMatch(/^kot_rooms [1-9]/m);
  });

  it('serves a placeholder until the client is built, then the client, with join links falling back to index.html', async () => {
    const placeholder = await fetch(`${srv.url}/`);
    expect(placeholder.status).toBe(200);
    expect(await placeholder.text()).toMatch(/npm run build/);

    const dir = path.join(srv.dir, 'client');
    fs.mkdirSync(path.join(dir, 'assets'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>Kaarten op Tafel</title><div id="app"></div>');
    fs.writeFileSync(path.join(dir, 'assets', 'app.js'), 'console.log("kaarten")');

    for (const url of ['/', '/?room=ABC234', '/ABC234', '/abc234']) {
      const res = await fetch(`${srv.url}${url}`);
      expect(res.status, url).toBe(200);
      expect(await res.text()).toMatch(/<div id="app">/);
    }
    const js = await fetch(`${srv.url}/assets/app.js`);
    expect(js.headers.get('content-type')).toMatch(/javascript/);
    expect(await js.text()).toMatch(/kaarten/);
    expect((await fetch(`${srv.url}/assets/missing.js`)).status).toBe(404);
    // The client's files travel gzipped (a phone on a slow connection waits for bytes, not for code).
    fs.writeFileSync(path.join(dir, 'assets', 'big.js'), `console.log(${JSON.stringify('kaarten op tafel '.repeat(2000))})`);
    const big = await fetch(`${srv.url}/assets/big.js`, { headers: { 'accept-encoding': 'gzip' } });
    expect(big.headers.get('content-encoding')).toBe('gzip');
    expect(await big.text()).toMatch(/kaarten op tafel/);
  });

  it('lists finished games for the admin and gives a game record to its host', async () => {
    expect((await fetch(`${srv.url}/api/games`)).status).toBe(401);
    const { code, host } = await table(srv, ['bibliotheek', 'roc', 'ggd']);
    await host.host({ kind: 'end' });
    const list = await fetch(`${srv.url}/api/games`, { headers: { authorization: 'Bearer admin-secret-token' } }).then((r) => r.json());
    expect(list.games.map((g: { code: string }) => g.code)).toContain(code);
    const record = await fetch(`${srv.url}/api/games/${code.toLowerCase()}/record`, {
      headers: { authorization: `Bearer ${host.welcome!.hostKey}` },
    }).then((r) => r.json());
    expect(record).toMatchObject({ code, status: 'ended', record: { config: { roles: ['bibliotheek', 'roc', 'ggd'] } } });
    expect(record.record.actions.at(-1)).toEqual({ actor: 'host', action: { type: 'endGame' } });
    const wrong = await fetch(`${srv.url}/api/games/${code}/record`, { headers: { authorization: 'Bearer nope-nope-nope' } });
    expect(wrong.status).toBe(404);
  });
});

describe('room codes', () => {
  it('are short, unambiguous, random and double as the room id', async () => {
    const codes = new Set<string>();
    for (let i = 0; i < 12; i++) {
      const p = await Player.create(srv.sdk(), { name: `Maker ${i}` });
      expect(p.code).toMatch(new RegExp(`^[${ROOM_CODE_ALPHABET}]{6}$`));
      expect(p.code).not.toMatch(/[01OIL]/);
      expect(p.room.roomId).toBe(p.code);
      expect(roomCodeFromUrl(p.welcome!.joinUrl)).toBe(p.code);
      expect(p.welcome!.joinUrl).toBe(`${srv.url}/?room=${p.code}`);
      codes.add(p.code);
    }
    expect(codes.size).toBe(12);
  });

  it('are accepted in any case and with a dash or spaces', async () => {
    const host = await Player.create(srv.sdk(), { name: 'Ann' });
    const spelled = `${host.code.slice(0, 3).toLowerCase()}-${host.code.slice(3)} `;
    const p = await Player.join(srv.sdk(), spelled, { name: 'Bob' });
    expect(p.code).toBe(host.code);
    const q = await Player.join(srv.sdk(), host.code.toLowerCase(), { name: 'Cas' });
    expect(q.welcome?.seat).toBe(2);
  });

  it('can only be joined by code: no join-any-room, and unknown codes are not found', async () => {
    const sdk = srv.sdk();
    await expect(sdk.joinOrCreate('table', { protocol: 2, name: 'Eve' })).rejects.toThrow();
    await expect(sdk.join('table', { protocol: 2, name: 'Eve' })).rejects.toThrow();
    expect(await refusal(sdk.joinById('ZZZZZZ', { protocol: 2, name: 'Eve' }))).toMatchObject({ code: 'not_found' });
  });

  it('slows down repeated failed joins from one address, and only that address', async () => {
    const guesser = srv.sdk('192.0.2.66');
    const host = await Player.create(srv.sdk(), { name: 'Ann' });
    for (let i = 0; i < 10; i++) {
      expect(await refusal(guesser.joinById(`ZZZZZ${'ABCDEFGHJK'[i]}`, { protocol: 2, name: 'Eve' }))).toMatchObject({ code: 'not_found' });
    }
    // Ten free failures; from now on every attempt, right or wrong, must wait.
    const slowed = await refusal(guesser.joinById(host.code, { protocol: 2, name: 'Eve' }));
    expect(slowed.code).toBe('too_many_attempts');
    expect(Number(slowed.reason)).toBeGreaterThanOrEqual(1);
    // Wrong seat tokens count as failures too.
    const tokenGuesser = srv.sdk('192.0.2.77');
    for (let i = 0; i < 10; i++) {
      expect(await refusal(tokenGuesser.joinById(host.code, { protocol: 2, seatToken: `guessed-token-${i}` }))).toMatchObject({ code: 'bad_token' });
    }
    expect(await refusal(tokenGuesser.joinById(host.code, { protocol: 2, name: 'Eve' }))).toMatchObject({ code: 'too_many_attempts' });
    // Everyone else is unaffected.
    const friend = await Player.join(srv.sdk('192.0.2.88'), host.code, { name: 'Bob' });
    expect(friend.welcome?.seat).toBe(1);
  });
});
