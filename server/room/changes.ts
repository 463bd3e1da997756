import type { LaterRoom } from './later';
import type { RoomPort } from './port';
import { ViewRound, type Ack, type PartsSource } from './views';

// How a room's changes leave it: a move's frames at once, a change of phase's (the start, the end)
// from the server's queue, after other rooms' moves (later.ts), its acknowledgement after them.

export class ChangeFrames implements LaterRoom {
  /** Acknowledgements of changes whose frames wait in the queue; null: none wait. */
  private waiting: Ack[] | null = null;

  constructor(
    private readonly room: RoomPort,
    private readonly parts: PartsSource,
    /** After a change's frames went out (the console's signals, an ended game's unloading). */
    private readonly sent: () => void,
  ) {}

  private get later() {
    return this.room.ctx.later;
  }

  /** The game changed; true when the room sends `ack` (and calls `ack.sent`): carried, or after waiting frames. */
  changed(ack: Ack | undefined, moveOnly: boolean): boolean {
    if (!moveOnly) {
      const waiting = (this.waiting ??= []);
      if (ack) waiting.push(ack);
      this.later.add(this);
      return !!ack;
    }
    return this.send(ack);
  }

  /** The frames of the changes that wait in the queue. */
  sendChanges(): void {
    this.send();
  }

  /** The room is gone: nothing of it waits. */
  stop(): void {
    this.later.remove(this);
    this.waiting = null;
  }

  /** Every connection's frames for the changes not sent yet; whether `ack` travelled in its connection's frame. */
  private send(ack?: Ack): boolean {
    const waiting = this.waiting;
    if (waiting) {
      this.waiting = null;
      this.later.remove(this);
    }
    const room = this.room;
    const round = new ViewRound(this.parts, room.ctx.packing);
    let acked = false;
    for (const client of room.clients) {
      const member = room.members.get(client.sessionId);
      if (member) acked = round.send(client, member, room.table.seats.bySession(client.sessionId), client === ack?.client ? ack.ack : undefined) || acked;
    }
    if (acked) ack?.sent?.();
    // The waiting changes' acknowledgements, after the frames that show them.
    for (const w of waiting ?? []) {
      if (room.clients.includes(w.client)) room.sendTo(w.client, 'ack', w.ack);
      w.sent?.();
    }
    this.sent();
    return acked;
  }
}
