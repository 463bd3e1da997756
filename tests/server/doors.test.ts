import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { CLOSE_CODES, parseJoinError } from '../../shared/protocol/errors';
import { Player, settings, startTestServer, table, type TestServer, refusal } from './helpers';

// "No door left open", part 1: doors an attacker's test of the server found open (doors 1–5; the
// others are in doors-2.test.ts). Each test failed before the door was closed.

let srv: TestServer;
beforeAll(async () => {
  // Logs at `warn`, to count what a client can make the server write.
  srv = await startTestServer({ LOG_LEVEL: 'warn' });
});
afterAll(async () => {
  await srv?.stop();
});
afterEach(() => {
  vi.restoreAllMocks();
});

const PING = 18;
const ROOM_DATA = 13;
const ROOM_REQUEST = 21;
const str = (s: string): number[] => [0xa0 | s.length, ...Buffer.from(s)];


/** Sends raw frames on a client's socket, as a script that does not use the SDK would. */
function raw(p: Player, frame: number[], times: number): void {
  for (let i = 0; i < times; i++) p.room.connection.send(new Uint8Array(frame));
}

describe('doors 1–5', () => {
  it('1. counts every frame a client sends (pings, requests, unknown frame types) and disconnects a flooder while others play on', async () => {
    const { players } = await table(srv);
    const [host, pinger, requester, calm] = players;
    raw(pinger, [PING], 3000);
    for (let i = 0; i < 1000; i++) {
      raw(requester, [ROOM_REQUEST, 1 + (i % 100), ...str('nope')], 1);
      raw(requester, [31], 1); // a frame type Colyseus does not know
    }
    await pinger.until(() => pinger.left !== null, 'pinger disconnected', 4000);
    await requester.until(() => requester.left !== null, 'requester disconnected', 4000);
    expect(pinger.left).toBe(CLOSE_CODES.flooded);
    expect(requester.left).toBe(CLOSE_CODES.flooded);
    // The others are answered at once.
    const started = Date.now();
    await calm.ok('action', { action: { type: 'guess', target: 'bibliotheek', interestIds: [] } });
    await host.host({ kind: 'advance' });
    expect(Date.now() - started).toBeLessThan(1000);
    expect(calm.messages.some((m) => m.type === 'error')).toBe(false);
  });

  it('2. answers a malformed frame once and logs it once per client; the client stays and is heard', async () => {
    // In the lobby, where a name may still change.
    const { players } = await table(srv, undefined, { start: false });
    const p = players[1];
    const lines: string[] = [];
    for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
      vi.spyOn(console, method).mockImplementation((...args: unknown[]) => void lines.push(args.map(String).join(' ')));
    }
    // A message whose msgpack payload ends half-way: Colyseus cannot decode it.
    const reply = p.next('error');
    raw(p, [ROOM_DATA, ...str('setName'), 0xa7, 0x41], 15);
    expect(await reply).toMatchObject({ code: 'bad_message', params: { reason: expect.stringMatching(/malformed/) } });
    await p.ok('setName', { name: 'Still here' });
    vi.restoreAllMocks();
    expect(p.messages.filter((m) => m.type === 'error')).toHaveLength(1);
    expect(lines.length).toBeLessThanOrEqual(1);
    expect(lines.join('\n')).not.toMatch(/\n\s+at /); // no stack traces
    expect(p.left).toBeNull();
  });

  it('3. failed /api requests never lock out joins, and one noisy device does not lock out its venue', async () => {
    // The record endpoint from the venue's address (these fetches carry no X-Real-IP: 127.0.0.1).
    for (let i = 0; i < 40; i++) {
      const res = await fetch(`${srv.url}/api/games/ZZZZZZ/record`, { headers: { authorization: 'Bearer guess' } });
      expect([404, 429]).toContain(res.status);
    }
    const host = await Player.create(srv.sdk(), { name: 'Host' });
    const ann = await Player.join(srv.sdk('127.0.0.1', 'annsphone-0000000001'), host.code, { name: 'Ann' });
    expect(ann.welcome?.seat).toBe(1);

    // Pages set the device cookie that failed joins are counted by.
    expect((await fetch(`${srv.url}/`)).headers.get('set-cookie')).toMatch(/kot_device=[\w-]{16,}/);
    const noisy = srv.sdk('192.0.2.31', 'noisyphone-000000001');
    for (let i = 0; i < 12; i++) await refusal(noisy.joinById(`ZZZZZ${'ABCDEFGHJKMN'[i]}`, { protocol: 2, name: 'Eve' }));
    expect(await refusal(noisy.joinById(host.code, { protocol: 2, name: 'Eve' }))).toMatchObject({ code: 'too_many_attempts' });
    // Everyone else at the same venue joins as usual.
    const bob = await Player.join(srv.sdk('192.0.2.31', 'bobslaptop-000000001'), host.code, { name: 'Bob' });
    expect(bob.welcome?.seat).toBe(2);
  });

  it('4. keeps a seat’s flood budget across reconnections', async () => {
    const { code, players } = await table(srv, undefined, { start: false });
    const p = players[1];
    const acked = (q: Player, prefix: string): number => q.messages.filter((m) => m.type === 'ack' && String((m.msg as { ref?: string }).ref).startsWith(prefix)).length;
    // Most of the burst (20) at once: all heard.
    for (let i = 0; i < 16; i++) p.room.send('setName', { name: `A${i}`, ref: `a${i}` });
    await p.until(() => acked(p, 'a') === 16, 'first burst heard');
    const q = await Player.join(srv.sdk(), code, { seatToken: p.welcome!.seatToken! });
    for (let i = 0; i < 20; i++) q.room.send('setName', { name: `B${i}`, ref: `b${i}` });
    const throttled = (): boolean => q.messages.some((m) => m.type === 'error' && (m.msg as { code: string }).code === 'throttled');
    await q.until(() => throttled() || acked(q, 'b') === 20, 'second burst answered');
    expect(acked(q, 'b')).toBeLessThan(8);
    expect(throttled()).toBe(true);
  });

  it('5. admits a limited number of watchers (a room setting), and the host can remove one', async () => {
    const host = await Player.create(srv.sdk(), { name: 'Host', settings: settings({ maxSpectators: 2 }) });
    const screen = await Player.join(srv.sdk(), host.code, { spectator: true });
    const stranger = await Player.join(srv.sdk('192.0.2.50', 'strangerdevice-00001'), host.code, { spectator: true });
    expect(await refusal(srv.sdk().joinById(host.code, { protocol: 2, spectator: true }))).toMatchObject({ code: 'room_full' });
    // The facilitator's own device does not count.
    await Player.join(srv.sdk(), host.code, { hostKey: host.welcome!.hostKey! });
    await host.until(() => (host.info().watchers ?? []).length === 3, 'watchers listed');
    const watchers = host.info().watchers!;
    const id = watchers.find((w) => !w.host && srv.room(host.code).members.get(stranger.room.sessionId)?.id === w.id)!.id;

    const notice = stranger.next('notice');
    await host.host({ kind: 'removeMember', id });
    expect(await notice).toEqual({ kind: 'removed' });
    await stranger.until(() => stranger.left !== null);
    expect(stranger.left).toBe(CLOSE_CODES.removed);
    expect(await refusal(srv.sdk('192.0.2.50', 'strangerdevice-00001').joinById(host.code, { protocol: 2, spectator: true }))).toMatchObject({
      code: 'room_full',
    });
    // Its place is free for someone else once the host lets watchers in again; a non-host cannot remove anyone.
    await host.host({ kind: 'openDoor' });
    const second = await Player.join(srv.sdk(), host.code, { spectator: true });
    expect(await screen.refused('host', { command: { kind: 'removeMember', id: 'x' } })).toMatchObject({ code: 'not_host' });
    expect(second.left).toBeNull();
  });
});
