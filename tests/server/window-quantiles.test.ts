import { describe, expect, it } from 'vitest';
import { WindowQuantiles } from '../../server/window-quantiles';

// /metrics' move → ack quantiles (kot_move_ack_quantile_seconds): within 1 % of the exact quantile
// of what was observed, over the last ten minutes only.

/** The exact q-quantile as the window defines it: the value of rank ⌈q·n⌉ in sorted order. */
function exact(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(1, Math.ceil(q * sorted.length)) - 1];
}

/** A small deterministic generator (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('move → ack quantiles over a sliding window', () => {
  it('reads each quantile within 1 % of the exact one, for latencies from a millisecond to seconds', () => {
    for (const seed of [1, 2, 3]) {
      const r = random(seed);
      const w = new WindowQuantiles(600_000, 5, () => 0);
      // Mostly a few ms, a tail of slow moves up to seconds (as a busy server's are).
      const values = Array.from({ length: 20_000 }, () => (r() < 0.95 ? 0.001 + 0.01 * r() : 0.05 * Math.exp(4 * r())));
      for (const v of values) w.observe(v);
      expect(w.count()).toBe(values.length);
      for (const q of [0.5, 0.9, 0.99, 0.999, 1]) {
        const want = exact(values, q);
        expect(Math.abs(w.quantile(q) - want) / want, `seed ${seed}, q ${q}`).toBeLessThanOrEqual(0.01);
      }
    }
  });

  it('says NaN before anything was observed, and keeps values outside its scale at its ends', () => {
    const w = new WindowQuantiles(600_000, 5, () => 0);
    expect(w.quantile(0.99)).toBeNaN();
    w.observe(0);
    expect(w.quantile(0.5)).toBeLessThan(0.0002);
    w.observe(1e6);
    expect(w.quantile(1)).toBeGreaterThan(99);
  });

  it('forgets what is older than the window: slow moves stop counting ten minutes later', () => {
    // Five slots of two minutes each, as the summary it replaced (maxAgeSeconds 600, ageBuckets 5).
    let now = 0;
    const w = new WindowQuantiles(600_000, 5, () => now);
    for (let i = 0; i < 1000; i++) w.observe(2); // a bad start: every move 2 s
    now = 120_000;
    for (let i = 0; i < 1000; i++) w.observe(0.005);
    expect(w.quantile(0.99)).toBeCloseTo(2, 1);
    // Still inside the window after nine minutes…
    now = 9 * 60_000;
    expect(w.count()).toBe(2000);
    // …gone once their slot began ten minutes ago; the later moves stay until theirs did.
    now = 10 * 60_000;
    expect(w.count()).toBe(1000);
    expect(Math.abs(w.quantile(0.99) - 0.005) / 0.005).toBeLessThanOrEqual(0.01);
    now = 12 * 60_000 - 1;
    expect(w.count()).toBe(1000);
    now = 12 * 60_000;
    expect(w.count()).toBe(0);
    // Long idle: everything is gone.
    now = 60 * 60_000;
    expect(w.count()).toBe(0);
    expect(w.quantile(0.5)).toBeNaN();
  });
});
