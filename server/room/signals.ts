import type { Client } from '@colyseus/core';
import { LogFold } from '../../shared/debrief/fold';
import { liveSignals, type Signal } from '../../shared/debrief/signals';
import { log } from '../log';
import type { Member } from './members';
import type { RoomPort } from './port';

// The console's live signals (shared/debrief/signals.ts), for the facilitator who has no seat. A
// player with the host key ("Ik speel mee") never gets them: they are the facilitator's view of
// the table, and a player's screen shows only what every player may know. Worked out at most once
// a second however busy the table is, and only while such a facilitator is connected. They are
// advice to say aloud, so they give way to moves: while frames wait for a busy server (many tables
// changing phase at once), they wait too, a quarter of a second at a time, at most five seconds.

const EVERY_MS = 1000;
/** Frames that waited this long (ms) for the event loop: the server is behind, signals wait. */
export const BEHIND_MS = 50;
const RETRY_MS = 250;
/** Signals wait for a busy server at most this long after the change that asked for them. */
export const AT_MOST_MS = 5000;

export const receivesSignals = (room: RoomPort, m: Member): boolean => m.host && !room.table.doors.hostPlays && room.table.seats.bySession(m.sessionId) < 0;

export class SignalFeed {
  private last: Signal[] = [];
  private lastJson = '[]';
  private timer: { clear(): void } | null = null;
  /** When the first change not yet shown was (clock time), while signals wait. */
  private asked = 0;
  /** The game's log as read so far (shared/debrief/fold.ts): each time, only the entries added since. */
  private readonly fold = new LogFold();

  constructor(private readonly room: RoomPort) {}

  /** The game moved: new signals within a second, if anyone is there to read them. */
  changed(): void {
    if (this.timer || !this.audience().length) return;
    this.asked = this.room.clock.currentTime;
    this.after(EVERY_MS);
  }

  private after(ms: number): void {
    this.timer = this.room.clock.setTimeout(() => {
      this.timer = null;
      if (this.room.ctx.metrics.behindMs() >= BEHIND_MS && this.room.clock.currentTime - this.asked < AT_MOST_MS) this.after(RETRY_MS);
      else this.refresh();
    }, ms);
  }

  /** A facilitator (re)joined: the signals as they are now. */
  sendTo(client: Client): void {
    this.compute();
    this.room.sendTo(client, 'signals', { items: this.last });
  }

  stop(): void {
    this.timer?.clear();
    this.timer = null;
  }

  private audience(): Client[] {
    return this.room.clients.filter((c) => {
      const m = this.room.members.get(c.sessionId);
      return !!m && receivesSignals(this.room, m);
    });
  }

  private compute(): void {
    const game = this.room.table.game;
    try {
      this.last = game ? liveSignals(game, this.fold) : [];
    } catch (e) {
      log.error('signals failed', { code: this.room.roomId, error: String(e) });
      this.last = [];
    }
  }

  private refresh(): void {
    this.compute();
    const json = JSON.stringify(this.last);
    if (json === this.lastJson) return;
    this.lastJson = json;
    for (const c of this.audience()) this.room.sendTo(c, 'signals', { items: this.last });
  }
}
