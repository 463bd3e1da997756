import { performance, type EventLoopUtilization } from 'node:perf_hooks';

// How long a frame waited for the event loop before JavaScript could read it. A frame that reaches
// the socket while the loop is busy (other rooms' moves, views, a database write) sits in the
// kernel until the loop polls again, and nothing in JavaScript sees when it came: a latency timed
// from the moment the room reads a message leaves that wait out, and under load it is most of what
// players feel. What can be seen is when the loop last polled and how long it was busy since:
// frames read in one poll arrived after the previous poll ended, and the loop's idle time in between
// is time in which a frame would have been read at once. So the frames of a turn are taken to have
// waited the loop's busy (not idle) time since a recent end of a poll phase — taken after each turn
// that read frames and every few milliseconds (a setImmediate runs right after the poll phase) —
// the most they can have waited, give or take those few milliseconds of busy time. Every frame of
// one turn counts from the same estimated arrival.

/** How often the end of a poll phase is noted while no frames come (ms). */
const EVERY_MS = 10;
/** How long the latest wait stands for how busy the loop is (ms). */
const RECENT_MS = 1000;

export class LoopWait {
  /** The loop's use at the end of a recent poll phase. */
  private mark: EventLoopUtilization = performance.eventLoopUtilization();
  /** The estimated arrival of the frames of the current turn (null: no frame read in this turn yet). */
  private turn: number | null = null;
  private readonly ticker: NodeJS.Timeout;
  private lastWait = 0;
  private lastAt = -Infinity;
  private readonly note = (): void => {
    this.turn = null;
    this.mark = performance.eventLoopUtilization();
  };

  constructor(private readonly observe: (seconds: number) => void = () => undefined) {
    this.ticker = setInterval(() => setImmediate(this.note), EVERY_MS);
    this.ticker.unref();
  }

  /** When the frame being read now reached the process (performance.now() time), as estimated above. */
  arrival(): number {
    if (this.turn !== null) return this.turn;
    const now = performance.now();
    const wait = Math.max(0, Math.min(performance.eventLoopUtilization(this.mark).active, now));
    this.turn = now - wait;
    this.lastWait = wait;
    this.lastAt = now;
    this.observe(wait / 1000);
    setImmediate(this.note);
    return this.turn;
  }

  /**
   * How long the frames of the latest turn that read any waited (ms), as estimated above; 0 when no
   * frame came for a second. Work that can wait (the console's signals) waits while this is long.
   */
  behind(): number {
    return performance.now() - this.lastAt < RECENT_MS ? this.lastWait : 0;
  }

  stop(): void {
    clearInterval(this.ticker);
  }
}
