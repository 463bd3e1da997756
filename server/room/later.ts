import { performance } from 'node:perf_hooks';
import { log } from '../log';

// A phase change's frames give way to players' moves. When every table of a training day changes
// phase at once (the facilitator's clock, or hosts stepping through the phases after Overleg), each
// room's change is applied and recorded at once, but its frames — views for every connection, the
// costliest part of a change — are sent from this queue, a slice of rooms at a time: between two
// slices the event loop reads the sockets again, so a player's move waits for at most one slice,
// not for every room's phase change. A room whose move comes first sends its frames with the move
// (they carry the phase change too) and leaves the queue. With one busy room, or none, a slice is
// the whole queue and the frames go out one turn of the loop later.

/** What the queue asks of a room: send the frames of the changes it has not sent yet. */
export interface LaterRoom {
  sendChanges(): void;
}

/** The slice's length (ms): rooms are sent until this much time has passed, then the loop reads again. */
export const SLICE_MS = 4;

export class LaterRounds {
  private readonly rooms = new Set<LaterRoom>();
  private scheduled = false;

  constructor(private readonly sliceMs = SLICE_MS) {}

  /** The room's frames go out with the next slice (a room is queued once, however many changes wait). */
  add(room: LaterRoom): void {
    this.rooms.add(room);
    if (!this.scheduled) {
      this.scheduled = true;
      setImmediate(this.run);
    }
  }

  /** The room sent its frames (with a move) or is gone: nothing to send from here. */
  remove(room: LaterRoom): void {
    this.rooms.delete(room);
  }

  get size(): number {
    return this.rooms.size;
  }

  private readonly run = (): void => {
    this.scheduled = false;
    const until = performance.now() + this.sliceMs;
    // In the order they came; each room once (it leaves the set before it sends).
    for (const room of this.rooms) {
      this.rooms.delete(room);
      try {
        room.sendChanges();
      } catch (e) {
        log.error('frames not sent', { error: String(e) });
      }
      if (performance.now() >= until) break;
    }
    // (A setImmediate made while immediates run waits for the next turn: the sockets are read first.)
    if (this.rooms.size > 0 && !this.scheduled) {
      this.scheduled = true;
      setImmediate(this.run);
    }
  };
}
