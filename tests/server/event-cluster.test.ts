import net from 'node:net';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Player, spawnServer, tempDir, type ServerProcess } from './helpers';
import { EventClient, eventSettings } from './event-helpers';

// A training day on two server processes (REDIS_URL, DATABASE_URL): the event's tables are spread
// over both, and the console, connected to one, sees every table on its overview, moves included,
// and runs phases for all of them. Skipped (with this reason) when the services are not configured.

const { REDIS_URL, DATABASE_URL } = process.env;
const skip = !REDIS_URL || !DATABASE_URL;
const procs: ServerProcess[] = [];

afterAll(async () => {
  for (const p of procs.splice(0)) {
    if (p.proc.exitCode === null && p.proc.signalCode === null) p.proc.kill('SIGTERM');
    await p.exited;
  }
});

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer().once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

async function startNode(dir: string): Promise<ServerProcess> {
  const port = await freePort();
  const p = await spawnServer(path.join(dir, 'unused.db'), {
    PORT: String(port),
    PUBLIC_ADDRESS: `127.0.0.1:${port}`,
    REDIS_URL: REDIS_URL!,
    DATABASE_URL: DATABASE_URL!,
    METRICS_TOKEN: 'event-cluster-token',
  });
  procs.push(p);
  return p;
}

const rooms = async (p: ServerProcess): Promise<number> => {
  const text = await fetch(`${p.url}/metrics`, { headers: { authorization: 'Bearer event-cluster-token' } }).then((r) => r.text());
  return Number(/^kot_rooms (\S+)$/m.exec(text)?.[1] ?? NaN);
};

describe.skipIf(skip)('a training day on two processes (Redis + PostgreSQL)', () => {
  it('spreads the tables over both processes; one overview shows and runs them all', async () => {
    const dir = tempDir('kot-event-cluster-');
    const [a, b] = [await startNode(dir), await startNode(dir)];
    const [inA, inB] = [await rooms(a), await rooms(b)];
    const fac = await EventClient.create(a.sdk(), eventSettings({ seatsPerTable: 3 }));
    const people: EventClient[] = [];
    for (let i = 0; i < 6; i++) people.push(await EventClient.join((i % 2 ? b : a).sdk(), fac.code.toLowerCase(), { name: `Speler ${i + 1}` }));
    await fac.host({ kind: 'start' });
    await fac.until((c) => c.overview?.tables.length === 2 && c.overview.tables.every((t) => t.status === 'playing'), 'two tables playing', 20_000);
    // One table in each process (the event's room counts as a room of A too).
    expect(await rooms(a)).toBe(inA + 2);
    expect(await rooms(b)).toBe(inB + 1);
    // Everyone reaches their table through either process.
    const seated = await Promise.all(people.map((p, i) => Player.join((i % 2 ? a : b).sdk(), p.placed!.tableCode!, { seatToken: p.placed!.seatToken! })));
    await Promise.all(seated.map((p) => p.until(() => p.view?.kind === 'player', 'player view')));
    // Phases together, across processes.
    await fac.host({ kind: 'advance' });
    await fac.until((c) => c.overview!.tables.every((t) => t.phase === 'overleg'), 'both tables in Overleg', 20_000);
    // A move at each table shows on the one overview.
    for (const t of [0, 1]) {
      const before = fac.overview!.tables[t].actions;
      const mover = seated[people.findIndex((p) => p.placed!.table === t)];
      await mover.ok('action', { action: { type: 'disclose', interestId: mover.playerView.interests[0].id, to: 'all' } });
      await fac.until((c) => c.overview!.tables[t].actions > before, `move at table ${t + 1} on the overview`, 20_000);
    }
    // A console that reloads through the other process gets the same overview.
    const back = await EventClient.join(b.sdk(), fac.code, { hostKey: fac.welcome!.hostKey! });
    await back.until((c) => c.overview?.tables.length === 2 && c.overview.tables.every((t) => t.actions > 0), 'overview through B', 20_000);
  }, 90_000);
});

if (skip) {
  describe('a training day on two processes', () => {
    it.skip('needs REDIS_URL and DATABASE_URL (Redis and PostgreSQL; .ci/run starts both): skipped', () => undefined);
  });
}
