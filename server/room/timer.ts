import type { TimerRecord } from '../store/types';

// The phase clock. The server keeps every deadline; clients only display `phaseEndsAt`. When the
// time is up, `onExpire` runs (the room then applies {type:'advancePhase'} as the host).

/** What the room needs from a scheduler: Colyseus's `this.clock` fits, and so does a test fake. */
export interface Scheduler {
  setTimeout(cb: () => void, ms: number): { clear(): void };
}

/** A restored clock never has less than this left, so players who come back have time to act. */
export const RESTORE_MIN_MS = 60_000;

export class PhaseTimer {
  private handle: { clear(): void } | null = null;
  private endsAt = 0;
  private remainingMs = 0;
  private paused = false;
  private timed = false;

  constructor(
    private readonly scheduler: Scheduler,
    private readonly now: () => number,
    private readonly onExpire: () => void,
  ) {}

  /** Starts a phase's clock; null seconds: untimed (the host advances). Clears any pause. */
  start(seconds: number | null): void {
    this.clear();
    this.paused = false;
    this.timed = seconds !== null;
    this.remainingMs = 0;
    this.endsAt = 0;
    if (seconds !== null) this.run(seconds * 1000);
  }

  stop(): void {
    this.clear();
    this.timed = false;
    this.paused = false;
    this.endsAt = 0;
    this.remainingMs = 0;
  }

  get isTimed(): boolean {
    return this.timed;
  }

  get isPaused(): boolean {
    return this.paused;
  }

  /** Pausing also holds an untimed phase: players cannot act until the host resumes. */
  pause(): boolean {
    if (this.paused) return false;
    this.paused = true;
    if (this.timed) {
      this.remainingMs = Math.max(0, this.endsAt - this.now());
      this.endsAt = 0;
      this.clear();
    }
    return true;
  }

  resume(): boolean {
    if (!this.paused) return false;
    this.paused = false;
    if (this.timed) this.run(this.remainingMs);
    this.remainingMs = 0;
    return true;
  }

  /** Adds time to a timed phase (running or paused). False when the phase is untimed. */
  extend(seconds: number): boolean {
    if (!this.timed) return false;
    if (this.paused) this.remainingMs += seconds * 1000;
    else this.run(this.endsAt - this.now() + seconds * 1000);
    return true;
  }

  snapshot(): TimerRecord | null {
    if (!this.timed && !this.paused) return null;
    return { endsAt: this.timed ? this.endsAt : 0, paused: this.paused, remainingMs: this.remainingMs };
  }

  /** Continues a stored clock; a running one gets at least RESTORE_MIN_MS. */
  restore(rec: TimerRecord | null): void {
    this.stop();
    if (!rec) return;
    this.timed = rec.endsAt > 0 || rec.remainingMs > 0;
    if (rec.paused) {
      this.paused = true;
      this.remainingMs = rec.remainingMs;
    } else if (this.timed) {
      this.run(Math.max(rec.endsAt - this.now(), RESTORE_MIN_MS));
    }
  }

  /** The public part, for RoomInfo. */
  info(): { phaseEndsAt: number; pausedRemainingMs: number; paused: boolean } {
    return {
      phaseEndsAt: this.timed && !this.paused ? this.endsAt : 0,
      pausedRemainingMs: this.paused ? this.remainingMs : 0,
      paused: this.paused,
    };
  }

  private run(ms: number): void {
    this.clear();
    const delay = Math.max(0, Math.round(ms));
    this.endsAt = this.now() + delay;
    this.handle = this.scheduler.setTimeout(() => {
      this.handle = null;
      this.timed = false;
      this.endsAt = 0;
      this.onExpire();
    }, delay);
  }

  private clear(): void {
    this.handle?.clear();
    this.handle = null;
  }
}
