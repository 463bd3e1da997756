import { describe, expect, it } from 'vitest';
import { LoopWait } from '../../server/loop-wait';

// The wait a frame had for a busy event loop, which no timer in JavaScript sees: the loop's busy
// time since its last poll counts, its idle time (a frame would have been read at once) does not.

const busy = (ms: number): void => {
  const end = performance.now() + ms;
  while (performance.now() < end);
};
const nextTurn = (): Promise<void> => new Promise((r) => setImmediate(r));
const idle = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

describe('the wait for a busy event loop', () => {
  it('counts the busy time since the last turn that read frames, and nothing after an idle loop', async () => {
    const waits: number[] = [];
    const lw = new LoopWait((s) => waits.push(s));
    lw.arrival();
    await nextTurn();
    // The loop is busy for 60 ms without a break; a frame read now may have waited all of it.
    busy(60);
    const now = performance.now();
    const arrived = lw.arrival();
    expect(now - arrived).toBeGreaterThanOrEqual(55);
    // How far behind the loop is, for work that can wait: that turn's wait.
    expect(lw.behind()).toBeGreaterThanOrEqual(55);
    // Every frame of the same turn counts from the same arrival.
    busy(5);
    expect(lw.arrival()).toBe(arrived);
    await nextTurn();
    // An idle loop was woken by the frame: next to no wait.
    await idle(30);
    const calm = performance.now();
    expect(calm - lw.arrival()).toBeLessThan(5);
    expect(lw.behind()).toBeLessThan(5);
    // A busy spell after an idle moment counts too.
    await nextTurn();
    await idle(30);
    busy(40);
    const spell = performance.now();
    expect(spell - lw.arrival()).toBeGreaterThanOrEqual(35);
    lw.stop();
    expect(waits).toHaveLength(4);
    expect(waits[1]).toBeGreaterThanOrEqual(0.055);
    expect(waits[2]).toBeLessThan(0.005);
  });
});
