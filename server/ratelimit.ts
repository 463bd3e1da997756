// Rate limits, in plain classes with an injectable clock so tests need no sleeping.
//
// Messages: a person taps a few times a second at most. Each seat (or watcher) has a token bucket
// (burst 20, 5 per second) that every frame it sends draws from, pings and protocol frames
// included (room/frames.ts); a frame beyond it is dropped with a 'throttled' reply. Each dropped
// frame is a strike; strikes drain at 5 per second, and a client that gathers 100 (a sustained
// flood, well above any human pace) is disconnected. The bucket belongs to the seat, not the
// connection, so reconnecting does not refill it. Other clients are not affected.
//
// Joins: failed joins (unknown code, bad seat token or host key) from one address: ten are free,
// after that each attempt must wait, doubling from 1 s up to 60 s; one failure fades every 30 s.

export type Clock = () => number;

export class TokenBucket {
  private tokens: number;
  private last: number;

  constructor(
    private readonly capacity: number,
    private readonly perSecond: number,
    private readonly now: Clock = Date.now,
  ) {
    this.tokens = capacity;
    this.last = now();
  }

  private refill(): void {
    const t = this.now();
    this.tokens = Math.min(this.capacity, this.tokens + ((t - this.last) / 1000) * this.perSecond);
    this.last = t;
  }

  /** Takes `n` tokens if there are enough; false (and nothing taken) otherwise. */
  take(n = 1): boolean {
    this.refill();
    if (this.tokens < n) return false;
    this.tokens -= n;
    return true;
  }

  available(): number {
    this.refill();
    return this.tokens;
  }
}

export interface FloodLimits {
  burst: number;
  perSecond: number;
  /** Strikes (dropped messages) that get a connection closed. */
  maxStrikes: number;
  strikesDrainPerSecond: number;
}

export const DEFAULT_FLOOD_LIMITS: FloodLimits = { burst: 20, perSecond: 5, maxStrikes: 100, strikesDrainPerSecond: 5 };

export type FloodVerdict = 'ok' | 'throttled' | 'disconnect';

/** One connection's message budget. */
export class FloodGuard {
  private readonly bucket: TokenBucket;
  private strikes = 0;
  private strikesAt: number;
  private lastReplyAt = -Infinity;
  /** Malformed frames seen (frames.ts answers and logs only the first). */
  malformed = 0;

  constructor(
    private readonly limits: FloodLimits = DEFAULT_FLOOD_LIMITS,
    private readonly now: Clock = Date.now,
  ) {
    this.bucket = new TokenBucket(limits.burst, limits.perSecond, now);
    this.strikesAt = now();
  }

  check(): FloodVerdict {
    if (this.bucket.take()) return 'ok';
    const t = this.now();
    this.strikes = Math.max(0, this.strikes - ((t - this.strikesAt) / 1000) * this.limits.strikesDrainPerSecond) + 1;
    this.strikesAt = t;
    return this.strikes >= this.limits.maxStrikes ? 'disconnect' : 'throttled';
  }

  /** Nothing to remember: a full bucket and no strikes left (the guard may be forgotten). */
  isIdle(): boolean {
    const strikes = this.strikes - ((this.now() - this.strikesAt) / 1000) * this.limits.strikesDrainPerSecond;
    return strikes <= 0 && this.bucket.available() >= this.limits.burst;
  }

  /** At most one 'throttled' reply per second, so a flood is not answered by a flood. */
  shouldReply(): boolean {
    const t = this.now();
    if (t - this.lastReplyAt < 1000) return false;
    this.lastReplyAt = t;
    return true;
  }
}

export interface BackoffLimits {
  /** Failures an address may have before it must wait. */
  freeFailures: number;
  baseMs: number;
  maxMs: number;
  /** One failure is forgotten per this many milliseconds. */
  decayMs: number;
}

export const DEFAULT_BACKOFF: BackoffLimits = { freeFailures: 10, baseMs: 1000, maxMs: 60_000, decayMs: 30_000 };

/**
 * Failed joins per address. Failures fade with time instead of being cleared by a success: at a
 * training day everyone shares the venue's address, and a guesser must not reset the count by
 * joining a room of their own.
 */
export class JoinBackoff {
  private readonly entries = new Map<string, { failures: number; lastAt: number }>();

  constructor(
    private readonly limits: BackoffLimits = DEFAULT_BACKOFF,
    private readonly now: Clock = Date.now,
  ) {}

  private current(ip: string): { failures: number; lastAt: number } | undefined {
    const e = this.entries.get(ip);
    if (!e) return undefined;
    const t = this.now();
    const failures = e.failures - (t - e.lastAt) / this.limits.decayMs;
    if (failures <= 0) {
      this.entries.delete(ip);
      return undefined;
    }
    return { failures, lastAt: e.lastAt };
  }

  /** Milliseconds this address must still wait before its next attempt (0: go ahead). */
  waitMs(ip: string | undefined): number {
    const e = ip ? this.current(ip) : undefined;
    if (!e) return 0;
    const over = Math.ceil(e.failures - 1e-9) - this.limits.freeFailures;
    if (over < 0) return 0;
    const delay = Math.min(this.limits.maxMs, this.limits.baseMs * 2 ** over);
    return Math.max(0, e.lastAt + delay - this.now());
  }

  /** The failures still counted against this key (they fade with time). */
  failures(ip: string | undefined): number {
    return (ip ? this.current(ip)?.failures : 0) ?? 0;
  }

  failed(ip: string | undefined): void {
    if (!ip) return;
    const e = this.current(ip);
    this.entries.set(ip, { failures: (e?.failures ?? 0) + 1, lastAt: this.now() });
    if (this.entries.size > 10_000) this.prune();
  }

  private prune(): void {
    for (const ip of [...this.entries.keys()]) this.current(ip);
  }
}
