// When a room's `updated_at` is written with a move. It says how recently the room was played: at
// start-up the server reloads the rooms played within IDLE_ROOM_MINUTES (at least a minute), and a
// restored room counts its idle time from it. Written with every move, it was an UPDATE of the
// room's row in every move's commit: a third of the pages a commit writes in SQLite, and in
// PostgreSQL a transaction of four round trips where the move's INSERT alone is one. So a move
// writes it when the room's last write of it is TOUCH_MS old or more: `updated_at` is then at most
// that far behind the room's last move, well within the smallest idle time. Lobby, start, status
// and end writes set it as before (they are rare).

/** How far `updated_at` may fall behind a room's last recorded move (ms). */
export const TOUCH_MS = 10_000;
/** Rooms remembered at most (a process holds a few hundred; the map starts again past this). */
const MAX_ROOMS = 20_000;

export class Touches {
  private readonly last = new Map<string, number>();

  /** Whether a move of `code` at `now` writes `updated_at` (and, if so, that it did). */
  due(code: string, now: number): boolean {
    const t = this.last.get(code);
    if (t !== undefined && now >= t && now - t < TOUCH_MS) return false;
    if (this.last.size >= MAX_ROOMS) this.last.clear();
    this.last.set(code, now);
    return true;
  }

  /** The write did not land (its commit failed): the room's next move writes it. */
  undo(code: string): void {
    this.last.delete(code);
  }
}
