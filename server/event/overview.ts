import type { EventServerMessages, TableOverview } from '../../shared/protocol/event';
import type { EventBook } from './book';

// The overview the console shows: the last summary each table sent (through presence, from any
// process), and the people with where they sit. The event's projector gets it without the tables'
// live signals, which are the facilitator's alone.

export class Overview {
  private readonly summaries = new Map<string, TableOverview>();
  private waiters: (() => void)[] = [];

  constructor(private readonly book: EventBook) {}

  /** A table's summary; false when the table is not one of this event's. */
  take(s: TableOverview): boolean {
    if (!this.book.data.games.some((g) => g.codes.includes(s.code))) return false;
    this.summaries.set(s.code, s);
    for (const w of this.waiters.splice(0)) w();
    return true;
  }

  /** Every table of the game being played has ended (a table never heard of has not). */
  allEnded(): boolean {
    return this.book.codes.every((c) => this.summaries.get(c)?.status === 'ended');
  }

  /** Resolves once every one of `codes` has reported (it listens to the event from then on), or after `ms`. */
  heard(codes: string[], ms: number): Promise<void> {
    return this.until(() => codes.every((c) => this.summaries.has(c)), ms);
  }

  /** Resolves once a table's summary shows this name on a seat (a late arrival's seat is set), or after `ms`. */
  seated(code: string, name: string, ms: number): Promise<void> {
    return this.until(() => !!this.summaries.get(code)?.seats.some((s) => s.name === name), ms);
  }

  private until(cond: () => boolean, ms: number): Promise<void> {
    return new Promise((resolve) => {
      if (cond()) return resolve();
      const timer = setTimeout(resolve, ms);
      const check = (): void => {
        if (cond()) {
          clearTimeout(timer);
          resolve();
        } else this.waiters.push(check);
      };
      this.waiters.push(check);
    });
  }

  /** The whole overview (console), and the same without signals (the event's projector). */
  build(connected: Set<string | null>): { full: EventServerMessages['overview']; wall: EventServerMessages['overview'] } {
    const d = this.book.data;
    const tables = this.book.codes.map((c) => this.summaries.get(c)).filter((s): s is TableOverview => !!s);
    const full: EventServerMessages['overview'] = {
      status: d.status,
      game: d.game,
      phasesTogether: d.phasesTogether,
      secondGame: d.settings.secondGame,
      title: d.settings.title ?? null,
      focus: d.focus,
      people: d.people.map((p) => ({ id: p.id, name: p.name, where: this.book.where(p.id), connected: connected.has(p.id) })),
      tables,
    };
    return { full, wall: { ...full, tables: tables.map((t) => ({ ...t, signals: [] })) } };
  }
}
