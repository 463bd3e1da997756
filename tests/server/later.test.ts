import { describe, expect, it } from 'vitest';
import { LaterRounds, type LaterRoom } from '../../server/room/later';

// The queue a phase change's frames wait in (server/room/later.ts): every queued room sends once, in
// the order it came; between two slices the event loop runs what else waits (a player's move), and
// a room that sent its frames with a move in between sends nothing more from the queue.

const room = (name: string, log: string[], fail = false): LaterRoom => ({
  sendChanges: () => {
    log.push(name);
    if (fail) throw new Error(`${name} failed`);
  },
});

/** Resolves once every immediate queued so far (and those they queue) has run. */
const drained = async (q: LaterRounds): Promise<void> => {
  while (q.size > 0) await new Promise((r) => setImmediate(r));
  await new Promise((r) => setImmediate(r));
};

describe('frames that wait behind moves', () => {
  it('sends each queued room once, in order, however often it was queued', async () => {
    const log: string[] = [];
    const q = new LaterRounds();
    const [a, b] = [room('a', log), room('b', log)];
    q.add(a);
    q.add(b);
    q.add(a);
    expect(log).toEqual([]);
    await drained(q);
    expect(log).toEqual(['a', 'b']);
  });

  it('lets the loop run between slices, and a room that sent with a move leaves the queue', async () => {
    const log: string[] = [];
    // A slice of no time: one room per turn of the loop.
    const q = new LaterRounds(0);
    const c = room('c', log);
    for (const r of [room('a', log), room('b', log), c]) q.add(r);
    // What the loop reads between slices: a move in room c, whose frames carry its waiting change.
    setImmediate(() => {
      log.push('move in c');
      q.remove(c);
    });
    await drained(q);
    expect(log).toEqual(['a', 'move in c', 'b']);
  });

  it('goes on after a room whose frames could not be sent', async () => {
    const log: string[] = [];
    const q = new LaterRounds();
    q.add(room('a', log, true));
    q.add(room('b', log));
    await drained(q);
    expect(log).toEqual(['a', 'b']);
  });
});
