import type { Client } from '@colyseus/core';
import { liveSignals, type Signal } from '../../shared/debrief/signals';
import { log } from '../log';
import type { Member } from './members';
import type { RoomPort } from './port';

// The console's live signals (shared/debrief/signals.ts), for the facilitator who has no seat. A
// player with the host key ("Ik speel mee") never gets them: they are the facilitator's view of
// the table, and a player's screen shows only what every player may know. Worked out at most once
// a second however busy the table is, and only while such a facilitator is connected.

const EVERY_MS = 1000;

export const receivesSignals = (room: RoomPort, m: Member): boolean => m.host && !room.table.doors.hostPlays && room.table.seats.bySession(m.sessionId) < 0;

export class SignalFeed {
  private last: Signal[] = [];
  private lastJson = '[]';
  private timer: { clear(): void } | null = null;

  constructor(private readonly room: RoomPort) {}

  /** The game moved: new signals within a second, if anyone is there to read them. */
  changed(): void {
    if (this.timer || !this.audience().length) return;
    this.timer = this.room.clock.setTimeout(() => {
      this.timer = null;
      this.refresh();
    }, EVERY_MS);
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
      this.last = game ? liveSignals(game) : [];
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
