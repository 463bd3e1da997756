import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../server/config';
import { log, setLogLevel } from '../../server/log';
import { startTestServer, table, type TestServer } from './helpers';

// Operations: /metrics in Prometheus's text format (rooms, clients, moves, move → ack latency,
// store latency, throttled frames, disconnected clients), JSON log lines, and the settings for
// several processes read from the environment.

let srv: TestServer;
beforeAll(async () => {
  srv = await startTestServer({ METRICS_TOKEN: 'ops-metrics-token' });
});
afterAll(async () => {
  await srv?.stop();
});

const scrape = async (): Promise<string> => {
  const res = await fetch(`${srv.url}/metrics`, { headers: { authorization: 'Bearer ops-metrics-token' } });
  expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
  return res.text();
};
const value = (text: string, name: string): number => {
  const m = new RegExp(`^${name.replace(/[{}"]/g, (c) => `\\${c}`)} (\\S+)$`, 'm').exec(text);
  return m ? Number(m[1]) : NaN;
};

describe('operations', () => {
  it('/metrics counts rooms, clients, moves and their latency, store calls, floods', async () => {
    const empty = await scrape();
    expect(value(empty, 'kot_rooms')).toBe(0);
    expect(value(empty, 'kot_moves_total')).toBe(0);
    const { players, host } = await table(srv, ['bibliotheek', 'gemeente', 'uwv']);
    await host.host({ kind: 'advance' });
    await players[1].ok('action', { action: { type: 'guess', target: 'bibliotheek', interestIds: [] } });
    // A flood: dropped frames are counted, and the flooder's disconnect.
    const flooder = players[2];
    for (let i = 0; i < 200; i++) flooder.room.send('setName', { name: `Flood ${i}` });
    await flooder.until(() => flooder.left !== null, 'flooder disconnected');

    const text = await scrape();
    expect(value(text, 'kot_rooms')).toBe(1);
    expect(value(text, 'kot_clients')).toBe(2);
    expect(value(text, 'kot_moves_total')).toBe(2);
    expect(value(text, 'kot_move_ack_seconds_count')).toBe(2);
    expect(value(text, 'kot_move_ack_quantile_seconds{quantile="0.99"}')).toBeGreaterThan(0);
    expect(value(text, 'kot_moves_per_second')).toBeCloseTo(2 / 60, 5);
    expect(value(text, 'kot_store_seconds_count{op="appendAction"}')).toBe(2);
    expect(value(text, 'kot_store_seconds_count{op="claimRoom"}')).toBe(1);
    expect(value(text, 'kot_throttled_frames_total')).toBeGreaterThan(50);
    expect(value(text, 'kot_disconnected_clients_total{reason="throttled"}')).toBe(1);
    expect(text).toMatch(/^kot_process_resident_memory_bytes \d+/m);
  });

  it('times a move from its arrival at the process, not from when the room read it', async () => {
    const { players, host } = await table(srv, ['bibliotheek', 'gemeente', 'uwv']);
    await host.host({ kind: 'advance' });
    await players[1].ok('action', { action: { type: 'guess', target: 'bibliotheek', interestIds: [] } });
    // The estimate of a frame's wait for a busy loop is tested on its own (loop-wait.test.ts); here,
    // that the room times moves from it: frames said to have waited 200 ms for the loop.
    const metrics = srv.running.metrics;
    const estimate = metrics.arrival;
    metrics.arrival = () => estimate() - 200;
    try {
      const before = await scrape();
      await players[1].ok('action', { action: { type: 'guess', target: 'uwv', interestIds: [] } });
      const after = await scrape();
      const sum = (text: string): number => value(text, 'kot_move_ack_seconds_sum');
      expect(value(after, 'kot_move_ack_seconds_count') - value(before, 'kot_move_ack_seconds_count')).toBe(1);
      expect(sum(after) - sum(before)).toBeGreaterThanOrEqual(0.2);
      expect(sum(after) - sum(before)).toBeLessThan(1);
    } finally {
      metrics.arrival = estimate;
    }
    expect(value(await scrape(), 'kot_frame_wait_seconds_count')).toBeGreaterThan(0);
  });

  it('writes JSON log lines with LOG_FORMAT=json', () => {
    const lines: string[] = [];
    const original = console.log;
    console.log = (line: string) => lines.push(line);
    try {
      setLogLevel('info', 'json');
      log.info('room created', { code: 'ABCDEF' });
      log.debug('not shown');
    } finally {
      setLogLevel('error', 'text');
      console.log = original;
    }
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0])).toMatchObject({ level: 'info', msg: 'room created', code: 'ABCDEF', pid: process.pid });
  });

  it('reads the store and cluster settings, and refuses malformed ones', () => {
    const c = loadConfig({ DATABASE_URL: 'postgres://u:p@db/kot', REDIS_URL: 'redis://cache:6379', PUBLIC_ADDRESS: 'spel.example.org/p1/', LOG_FORMAT: 'json' });
    expect(c).toMatchObject({ databaseUrl: 'postgres://u:p@db/kot', redisUrl: 'redis://cache:6379', publicAddress: 'spel.example.org/p1', logFormat: 'json' });
    expect(loadConfig({})).toMatchObject({ databaseUrl: '', redisUrl: '', publicAddress: '', logFormat: 'text' });
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL/);
    expect(() => loadConfig({ REDIS_URL: 'localhost:6379' })).toThrow(/REDIS_URL/);
    expect(() => loadConfig({ PUBLIC_ADDRESS: 'https://spel.example.org' })).toThrow(/PUBLIC_ADDRESS/);
  });
});
