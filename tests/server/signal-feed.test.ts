import { describe, expect, it } from 'vitest';
import type { RoomPort } from '../../server/room/port';
import { AT_MOST_MS, BEHIND_MS, SignalFeed } from '../../server/room/signals';
import type { Signal } from '../../shared/debrief/signals';
import { FOUR, inOverleg } from '../shared/debrief/table';

// The console's live signals are advice to say aloud: they come a second after a change, and while
// frames wait for a busy server (many tables changing phase at once) they wait too, never longer
// than five seconds. The room's clock ticks every 250 ms; this one is moved on by hand.

class Clock {
  currentTime = 0;
  private timers: { at: number; fn: () => void; live: boolean }[] = [];

  setTimeout(fn: () => void, ms: number): { clear(): void } {
    const t = { at: this.currentTime + ms, fn, live: true };
    this.timers.push(t);
    return { clear: () => void (t.live = false) };
  }

  /** Moves on `ms` in the room clock's steps, running what falls due. */
  advance(ms: number): void {
    const end = this.currentTime + ms;
    while (this.currentTime < end) {
      this.currentTime += 250;
      for (const t of this.timers.splice(0)) {
        if (!t.live) continue;
        if (t.at <= this.currentTime) t.fn();
        else this.timers.push(t);
      }
    }
  }
}

/** A room with a facilitator at the console, playing a table where the gemeente is in no project yet. */
function room(behind: { ms: number }) {
  const clock = new Clock();
  const sent: Signal[][] = [];
  const facilitator = { sessionId: 'f' };
  const port = {
    roomId: 'TEST',
    clock,
    clients: [facilitator],
    members: new Map([['f', { host: true, sessionId: 'f' }]]),
    table: { game: inOverleg(FOUR, 42), doors: { hostPlays: false }, seats: { bySession: () => -1 } },
    ctx: { metrics: { behindMs: () => behind.ms } },
    sendTo: (_c: unknown, type: string, msg: { items: Signal[] }) => type === 'signals' && sent.push(msg.items),
  } as unknown as RoomPort;
  return { clock, sent, feed: new SignalFeed(port) };
}

describe('the console signals under load', () => {
  it('come a second after a change while the server keeps up', () => {
    const { clock, sent, feed } = room({ ms: 0 });
    feed.changed();
    clock.advance(750);
    expect(sent).toHaveLength(0);
    clock.advance(250);
    expect(sent).toHaveLength(1);
    expect(sent[0].map((s) => s.id)).toContain('live-gemeente-outside');
  });

  it('wait while frames wait for the server, and come once it caught up', () => {
    const behind = { ms: BEHIND_MS + 150 };
    const { clock, sent, feed } = room(behind);
    feed.changed();
    clock.advance(2000);
    expect(sent).toHaveLength(0);
    // More changes while they wait ask for nothing more.
    feed.changed();
    behind.ms = BEHIND_MS - 1;
    clock.advance(250);
    expect(sent).toHaveLength(1);
    clock.advance(2000);
    expect(sent).toHaveLength(1);
  });

  it('never wait longer than five seconds after the change', () => {
    const { clock, sent, feed } = room({ ms: 10 * BEHIND_MS });
    feed.changed();
    clock.advance(AT_MOST_MS - 250);
    expect(sent).toHaveLength(0);
    clock.advance(250);
    expect(sent).toHaveLength(1);
  });
});
