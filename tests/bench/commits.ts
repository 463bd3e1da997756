// Commits per second of the embedded store, as the server commits: one accepted action, one
// transaction (GameStore.appendAction), rooms taking turns. Compares SQLite's synchronous=FULL (a
// commit waits for the disk) with NORMAL (in WAL mode: a commit is written to the WAL file, which
// the disk gets at each checkpoint), checkpointing on the committing thread or, as the server
// does, on another (server/store/checkpointer.ts), and moves of 20 rooms in one commit (the
// server's group commit, server/store/sqlite.ts). Run with `npm run bench:commits`; SECONDS sets
// the time per mode.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Checkpointer } from '../../server/store/checkpointer';
import { GameStore, type Synchronous } from '../../server/store/GameStore';
import { defaultRoomSettings } from '../../shared/protocol/settings';

const SECONDS = Number(process.env.SECONDS ?? 3);
const ROOMS = 300;

async function run(synchronous: Synchronous, elsewhere: boolean, group: number): Promise<{ perSecond: number; p50Us: number; p99Us: number; maxUs: number }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kot-commits-'));
  const file = path.join(dir, 'kaarten.db');
  const store = new GameStore(file, { synchronous, checkpoints: !elsewhere });
  const checkpointer = elsewhere ? new Checkpointer(file, (e) => console.error(e)) : null;
  try {
    const codes = Array.from({ length: ROOMS }, (_, i) => `R${String(i).padStart(5, '0')}`);
    for (const code of codes) store.claimRoom(code, defaultRoomSettings(true), 'hash', []);
    const next = new Map(codes.map((c) => [c, 0]));
    const times: number[] = [];
    const until = performance.now() + SECONDS * 1000;
    for (let i = 0; performance.now() < until; i += group) {
      // The checkpointer's timer runs between batches, as between a server's messages.
      if (i % 100 < group) await new Promise((r) => setImmediate(r));
      const batch = Array.from({ length: group }, (_, k) => {
        const code = codes[(i + k) % ROOMS];
        const index = next.get(code)!;
        next.set(code, index + 1);
        return { code, index, actor: 0, action: { type: 'pledge', projectId: 'p-buurthuis', resources: { budget: 1 } }, ended: null, now: Date.now() } as const;
      });
      const t = performance.now();
      store.appendActions(batch);
      // Each move of the batch waited this long for its commit.
      for (let k = 0; k < group; k++) times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    const us = (p: number) => Math.round(times[Math.floor(p * times.length)] * 1000);
    return { perSecond: Math.round(times.length / SECONDS), p50Us: us(0.5), p99Us: us(0.99), maxUs: Math.round(times.at(-1)! * 1000) };
  } finally {
    await checkpointer?.stop();
    store.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const modes: [Synchronous, boolean, number][] = [
  ['FULL', false, 1],
  ['NORMAL', false, 1],
  ['NORMAL', true, 1],
  ['NORMAL', true, 20],
];
for (const [mode, elsewhere, group] of modes) {
  const r = await run(mode, elsewhere, group);
  const where = `${elsewhere ? 'checkpoints on another thread' : 'checkpoints on this thread'}, ${group} per commit`;
  console.log(`synchronous=${mode.padEnd(6)} ${where.padEnd(46)} ${String(r.perSecond).padStart(7)} moves/s   p50 ${r.p50Us} µs   p99 ${r.p99Us} µs   max ${r.maxUs} µs per move`);
}
