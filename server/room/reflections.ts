import { randomBytes } from 'node:crypto';
import { lessonCard } from '../../shared/content';
import {
  MAIN_QUESTION,
  questionLesson,
  REFLECTIONS_PER_ROOM,
  REFLECTIONS_PER_SEAT,
  type ReflectionItem,
} from '../../shared/protocol/reflections';
import type { RecordStore, StoredReflection } from '../store/types';
import type { Outcome } from './table';

// The players' answers to the debrief's questions (docs/FACILITATOR.md "De nabespreking"), kept with the room in
// the store. Who wrote an answer is stored, but it leaves the server only when the room's answers
// are not anonymous; a hidden answer leaves it as an empty text without an author. Answers go out
// in batches, sorted by their random ids: someone who watched who pressed send cannot pair an
// answer with a person by when or in what order it arrived (the room sends the batches).

const OK: Outcome = { ok: true, game: false };
const refuse = (code: string, params: Record<string, string | number> = {}): Outcome => ({ ok: false, error: { code, params } });

/** The questions any debrief may ask: the main one and every lesson's prompt. */
export function knownQuestion(questionId: string): boolean {
  if (questionId === MAIN_QUESTION) return true;
  const lesson = questionLesson(questionId);
  if (!lesson) return false;
  try {
    lessonCard(lesson);
    return true;
  } catch {
    return false;
  }
}

export class Reflections {
  /** Ids added or hidden since the last batch went out. */
  private readonly changed = new Set<string>();

  private constructor(
    private readonly code: string,
    private readonly store: RecordStore,
    readonly items: StoredReflection[],
  ) {}

  static empty(code: string, store: RecordStore): Reflections {
    return new Reflections(code, store, []);
  }

  static async load(code: string, store: RecordStore): Promise<Reflections> {
    return new Reflections(code, store, await store.loadReflections(code));
  }

  /** One answer from a seat; stored before anyone hears of it. */
  async add(seat: number, author: string, questionId: string, text: string, now = Date.now()): Promise<Outcome> {
    if (!knownQuestion(questionId)) return refuse('unknown_question', { question: questionId });
    if (this.items.filter((r) => r.seat === seat).length >= REFLECTIONS_PER_SEAT) return refuse('too_many_reflections', { max: REFLECTIONS_PER_SEAT });
    if (this.items.length >= REFLECTIONS_PER_ROOM) return refuse('too_many_reflections', { max: REFLECTIONS_PER_ROOM });
    const r: StoredReflection = { id: randomBytes(6).toString('base64url'), idx: this.items.length, at: now, seat, author, questionId, text, hidden: false };
    await this.store.addReflection(this.code, r);
    this.items.push(r);
    this.changed.add(r.id);
    return OK;
  }

  async hide(id: string): Promise<Outcome> {
    const r = this.items.find((x) => x.id === id);
    if (!r) return refuse('unknown_reflection', { id: id.slice(0, 32) });
    if (r.hidden) return OK;
    await this.store.hideReflection(this.code, id);
    r.hidden = true;
    this.changed.add(id);
    return OK;
  }

  /** How many answers wait for the next batch. */
  get pending(): number {
    return this.changed.size;
  }

  /** The ids changed since the last call: the next batch. */
  takeChanged(): Set<string> {
    const ids = new Set(this.changed);
    this.changed.clear();
    return ids;
  }

  /** What one connection may see (only `ids`, when given), by id: `seat` is its own seat (or -1), for `mine`. */
  itemsFor(seat: number, anonymous: boolean, ids?: Set<string>): ReflectionItem[] {
    const chosen = ids ? this.items.filter((r) => ids.has(r.id)) : this.items;
    return [...chosen].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).map((r) => {
      const item: ReflectionItem = { id: r.id, questionId: r.questionId, text: r.hidden ? '' : r.text, hidden: r.hidden };
      if (!r.hidden && !anonymous) item.author = r.author;
      if (seat >= 0 && r.seat === seat) item.mine = true;
      return item;
    });
  }
}

/** Anonymous answers wait until a few are together (or a while has passed): one alone is one person's. */
const ANONYMOUS_BATCH = 3;
const ANONYMOUS_HOLD = 5;

type Clock = { setTimeout(fn: () => void, ms: number): { clear(): void } };

/**
 * When the changed answers go out: `windowMs` after a change; in an anonymous room only once three
 * are waiting, or five windows after the first (so a lone answer cannot be paired with whoever
 * just pressed send).
 */
export class ReflectionBatches {
  private timer: { clear(): void } | null = null;
  private dueAt = Infinity;

  constructor(
    private readonly clock: Clock,
    private readonly windowMs: number,
    private readonly flush: () => void,
  ) {}

  changed(pending: number, anonymous: boolean): void {
    const wait = !anonymous || pending >= ANONYMOUS_BATCH ? this.windowMs : this.windowMs * ANONYMOUS_HOLD;
    const due = Date.now() + wait;
    if (due >= this.dueAt) return;
    this.timer?.clear();
    this.dueAt = due;
    this.timer = this.clock.setTimeout(() => {
      this.timer = null;
      this.dueAt = Infinity;
      this.flush();
    }, wait);
  }
}
