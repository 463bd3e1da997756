// Quantiles of the last ten minutes' observations (move → ack), as a Prometheus summary gives them,
// for a count per observation. prom-client's Summary feeds each observation to one t-digest per age
// bucket (five): at a thousand moves a second that was about 1 % of the server's time and a stream
// of garbage. Here an observation adds one to a count: its bucket, on a logarithmic scale of 2 %
// steps from 0.1 ms to 100 s, in the ring slot of the time it came (two minutes each by default).
// A quantile is read from the summed counts as its bucket's middle: within 1 % of the exact value
// for any time in that range.
// The window slides as the summary's does: `ageBuckets` slots of maxAge / ageBuckets each, the
// oldest cleared when time moves past it, so a reading covers between (n - 1) / n and all of maxAge.

const MIN_S = 1e-4;
const MAX_S = 100;
const STEP = 1.02;
const LOG_STEP = Math.log(STEP);
/** Buckets: [MIN_S·STEP^i, MIN_S·STEP^(i+1)); the first also holds anything smaller, the last anything larger. */
export const QUANTILE_BUCKETS = Math.ceil(Math.log(MAX_S / MIN_S) / LOG_STEP);

function bucketOf(seconds: number): number {
  if (!(seconds > MIN_S)) return 0;
  return Math.min(QUANTILE_BUCKETS - 1, Math.floor(Math.log(seconds / MIN_S) / LOG_STEP));
}

/** A bucket's value: its geometric middle (at most 1 % from any value in it). */
const middleOf = (i: number): number => MIN_S * STEP ** (i + 0.5);

export class WindowQuantiles {
  private readonly slots: Uint32Array[];
  private readonly slotMs: number;
  /** The slot range (time / slotMs) the newest slot holds. */
  private epoch: number;

  constructor(
    maxAgeMs = 600_000,
    private readonly ageBuckets = 5,
    private readonly now: () => number = Date.now,
  ) {
    this.slotMs = maxAgeMs / ageBuckets;
    this.slots = Array.from({ length: ageBuckets }, () => new Uint32Array(QUANTILE_BUCKETS));
    this.epoch = Math.floor(this.now() / this.slotMs);
  }

  observe(seconds: number): void {
    this.slots[this.slide() % this.ageBuckets][bucketOf(seconds)]++;
  }

  /** Observations in the window. */
  count(): number {
    this.slide();
    let n = 0;
    for (const slot of this.slots) for (let i = 0; i < QUANTILE_BUCKETS; i++) n += slot[i];
    return n;
  }

  /** The q-quantile (0 < q ≤ 1) of the window's observations in seconds; NaN when there are none. */
  quantile(q: number): number {
    const n = this.count();
    if (n === 0) return NaN;
    const rank = Math.max(1, Math.ceil(q * n));
    let seen = 0;
    for (let i = 0; i < QUANTILE_BUCKETS; i++) {
      for (const slot of this.slots) seen += slot[i];
      if (seen >= rank) return middleOf(i);
    }
    return middleOf(QUANTILE_BUCKETS - 1);
  }

  /** Moves the window to now: slots whose range passed are cleared for reuse. Returns the current range. */
  private slide(): number {
    const epoch = Math.floor(this.now() / this.slotMs);
    if (epoch > this.epoch) {
      const last = Math.min(epoch, this.epoch + this.ageBuckets);
      for (let e = this.epoch + 1; e <= last; e++) this.slots[e % this.ageBuckets].fill(0);
      this.epoch = epoch;
    }
    return this.epoch;
  }
}
