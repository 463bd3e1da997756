import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROTOCOL_VERSION, ROOM_NAME } from '../../shared/protocol/messages';
import { solveProof } from '../../shared/protocol/proof';
import { Net, type NetHandlers } from '../../client/src/net/connection';
import { Player, refusal, startTestServer, table, waitFor, type TestServer } from './helpers';

// Doors that stay shut, 4: the join door's backoff cannot be turned against a venue. Everyone at
// a training day shares one address; a script there that guesses codes with a fresh cookie each
// time makes only its own guesses dear (a proof of work per join by code), while credential
// holders never wait behind it and newcomers get in after a short proof. The test failed before.

let srv: TestServer;
beforeAll(async () => {
  srv = await startTestServer();
});
afterAll(async () => {
  await srv?.stop();
});

const VENUE = '192.0.2.44';
const sha256 = async (s: string): Promise<Uint8Array> => createHash('sha256').update(s).digest();
let n = 0;
const freshCookie = (): string => `guesser${String(++n).padStart(13, '0')}`;

describe('a venue cannot be locked out', () => {
  it('4. a hundred failed guesses from the venue’s address lock out neither seats, nor the host key, nor newcomers', async () => {
    const { code, players, host } = await table(srv);
    const other = await Player.create(srv.sdk(), { name: 'Elders' });
    const letters = 'ABCDEFGHJKMNPQRSTUVWXYZ';
    for (let i = 0; i < 110; i++) {
      const guess = `Q${letters[i % 23]}${letters[Math.floor(i / 23) % 23]}QQQ`;
      await refusal(srv.sdk(VENUE, freshCookie()).joinById(guess, { protocol: 2, name: 'Eve' }));
    }
    // The script's next guess needs a proof of work; so does a join by code without credentials from there.
    const next = await refusal(srv.sdk(VENUE, freshCookie()).joinById('QQQQQQ', { protocol: 2, name: 'Eve' }));
    expect(next.code).toBe('proof_needed');
    const bits = Number(next.reason.split(' ')[0]);
    expect(bits).toBeGreaterThanOrEqual(12);

    // Credential holders behind the same address come in at once.
    const back = await Player.join(srv.sdk(VENUE, 'annsphone-0000000001'), code, { seatToken: players[1].welcome!.seatToken! });
    expect(back.welcome?.seat).toBe(1);
    const console2 = await Player.join(srv.sdk(VENUE, 'facilitator-00000001'), code, { hostKey: host.welcome!.hostKey! });
    expect(console2.welcome?.host).toBe(true);
    // A newcomer to another room joins with a proof its browser works out.
    const proof = await solveProof(other.code, next.reason, sha256);
    const bo = await Player.join(srv.sdk(VENUE, 'bosphone-00000000001'), other.code, { name: 'Bo', proof });
    expect(bo.welcome?.seat).toBe(1);
    // A proof is for one code: it does not help a guesser with the next one.
    expect((await refusal(srv.sdk(VENUE, freshCookie()).joinById('QQQQQR', { protocol: PROTOCOL_VERSION, name: 'Eve', proof }))).code).toBe('proof_needed');

    // Nor do a script's failures at /api cost the venue's players their debrief.
    const api = (device: string, token: string) =>
      fetch(`${srv.url}/api/games/${code}/debrief`, { headers: { 'x-real-ip': VENUE, cookie: `kot_device=${device}`, authorization: `Bearer ${token}` } });
    for (let i = 0; i < 30; i++) expect([404, 429]).toContain((await api(freshCookie(), `guessed-token-${i}`)).status);
    await host.host({ kind: 'end' });
    await host.until(() => host.info().status === 'ended', 'ended');
    expect((await api('annsphone-0000000001', players[1].welcome!.seatToken!)).status).toBe(200);
  });

  it('4b. the browser client works out the proof by itself, to join and to create a room', async () => {
    const host = await Player.create(srv.sdk(), { name: 'Host' });
    // The client below has no X-Real-IP: its address is this machine's, which a script now makes busy.
    for (let i = 0; i < 110; i++) await refusal(srv.sdk('127.0.0.1', freshCookie()).joinById(`QQQ${'ABCDEFGHJK'[i % 10]}${'ABCDEFGHJK'[Math.floor(i / 10) % 10]}Q`, { protocol: 2, name: 'Eve' }));
    expect((await refusal(srv.sdk('127.0.0.1', freshCookie()).joinById(host.code, { protocol: 2, name: 'Eve' }))).code).toBe('proof_needed');
    const welcomed: string[] = [];
    const noop = (): void => undefined;
    const handlers: NetHandlers = { welcome: (w) => welcomed.push(w.code), info: noop, view: noop, ack: noop, error: noop, notice: noop, status: noop, botSaid: noop };
    const guest = new Net(srv.url, null, handlers);
    await guest.join(host.code, 'Bo');
    await waitFor(() => welcomed.includes(host.code), 'the guest welcomed');
    await host.until(() => host.info().seats.some((s) => s.name === 'Bo'), 'Bo seated');
    // A script that used up the address's rooms does not keep the venue from starting one.
    for (let i = 0; i < 30; i++) await (await srv.sdk('127.0.0.1', freshCookie()).create(ROOM_NAME, { protocol: 2, name: `Maker ${i}` })).leave();
    expect((await refusal(srv.sdk('127.0.0.1', freshCookie()).create(ROOM_NAME, { protocol: 2, name: 'Maker' }))).code).toBe('proof_needed');
    const facilitator = new Net(srv.url, null, handlers);
    await facilitator.create(undefined);
    await waitFor(() => welcomed.length === 2, 'the new room welcomed');
  });
});
