import { sameValue } from '../model/same';
import { refusalOf } from './apply';
import type { RoleId } from '../model/ids';
import { StateFacts } from './option-facts';
import type { Action, Actor, GameError, GameState } from './types';

// How options are listed (rules/options.ts): group by group, each group naming what its checks
// read, so that a seat's memo reuses the options of a group whose inputs did not change.

/** What the player may change in an option's action before sending it. */
export interface Vary {
  /** The partners the action may go to instead of its own `to`: the engine answers the same for each. */
  readonly to?: readonly RoleId[];
  /** Fields whose amounts (or chosen cards) the player picks; the engine checks the final action. */
  readonly amounts?: readonly ('give' | 'get' | 'resources' | 'interestIds')[];
}

export interface Option {
  readonly key: string;
  readonly action: Action;
  /** null when the engine accepts the action now, else its refusal (the same as applyAction's). */
  readonly no: GameError | null;
  readonly vary?: Vary;
}

/**
 * What one seat's options were, group by group, with what each group's checks read: owned by the
 * caller (a room's view cache), never a module. States are never changed in place (the reducer
 * copies what it changes: clone.ts; the property tests freeze every state), so a group whose inputs
 * are the same values as last time has the same options, and they are reused as they were.
 */
export class OptionsMemo {
  constructor(
    /** What every seat of the game reads alike, per state: shared by the seats' memos of one room. */
    readonly facts: StateFacts = new StateFacts(),
  ) {}

  readonly groups = new Map<string, Group>();
  /** Options inside a group that read less than it (Lister.sub), by name and key. */
  readonly subs = new Map<string, { deps: unknown[]; byKey: Map<string, Option> }>();
  walk = 0;
  /** What every group read (the game, the phase, the seat's role): when it changed, no group stands. */
  common: unknown[] = [];
  /** The partners this seat's trades and gifts may go to (rules/options.ts), while `common` stands. */
  partners: unknown = undefined;
  /** The last table controls built from these options, while no group changed (tableControls). */
  controls: TableControl[] | null = null;
  /** What of its group's inputs each option's answer read (Lister.add `dep`). */
  readonly dep = new WeakMap<Option, number>();
  /** A group's options as controls, made once per list of options (a reused group keeps its controls). */
  readonly asControls = new WeakMap<readonly Option[], TableControl[]>();
}

/** An option as a table shows it: its action and the engine's answer (what may vary is the dialogs' business). */
export type TableControl = Omit<Option, 'vary'>;

/**
 * Lists options group by group: a group is a kind of move on one thing, and names what its checks
 * read (`deps`) right where its options are listed. Its options share the engine's phase check,
 * which the reducer makes before anything that differs between them (apply.ts `dispatch`): when the
 * first is refused for the phase, the rest get that refusal unasked. The table-driven test holds
 * every option's refusal against applyAction, and the memo's answers against fresh ones, so a
 * reducer that checked something else first, or a group that read more than it names, fails it.
 */
export class Lister {
  /** The options listed, group by group (a reused group's list as it was). */
  private readonly parts: Option[][] = [];
  /** Options listed outside any group (the host's). */
  private loose: Option[] | null = null;
  /** Whether any group's options differ from last time (or a group went away) in this walk. */
  changed = false;
  private phaseNo: GameError | null = null;
  private first = true;
  private current: Group | null = null;
  /** The current group's options last time, when it is listed afresh: equal ones are kept as they were. */
  private prev: Option[] | null = null;

  constructor(
    private readonly s: GameState,
    private readonly actor: Actor,
    private readonly memo: OptionsMemo | null,
    common: unknown[],
  ) {
    if (!memo) return;
    memo.walk++;
    if (!same(common, memo.common)) {
      memo.groups.clear();
      memo.subs.clear();
      memo.common = common;
      this.changed = true;
    }
  }

  /** Starts group `name`; false when its options are those of last time (already listed). */
  group(name: string, deps: unknown[]): boolean {
    this.close();
    this.first = true;
    this.phaseNo = null;
    if (!this.memo) {
      this.current = { deps, out: [], seen: 0 };
      this.parts.push(this.current.out);
      return true;
    }
    const known = this.memo.groups.get(name);
    if (known && same(known.deps, deps)) {
      known.seen = this.memo.walk;
      this.parts.push(known.out);
      return false;
    }
    this.current = { deps, out: [], seen: this.memo.walk };
    this.parts.push(this.current.out);
    this.prev = known?.out ?? null;
    this.memo.groups.set(name, this.current);
    return true;
  }

  /**
   * The group listed afresh is a change only when its options differ from last time's: an option
   * equal to the one of its key last time is that object, so what is built from options (a table's
   * controls, a view's delta) sees no change where there is none.
   */
  private close(): void {
    const g = this.current;
    if (!g) return;
    const p = this.prev;
    if (!p || p.length !== g.out.length || g.out.some((o, i) => o !== p[i])) this.changed = true;
    this.current = null;
    this.prev = null;
  }

  /**
   * Lists an option with the engine's answer. `dep`: all that this option's check reads of the
   * group's `deps`, as one number (a bit of the hand, whether the project is ready, the open offers):
   * while it is the same as last time, and the action too, the option is the one of last time,
   * unasked. Whatever of the group's deps it leaves out must be what the option does not read.
   */
  add(key: string, action: Action, vary?: Vary, dep?: number): Option {
    const memo = this.memo;
    let p: Option | undefined;
    if (this.current && this.prev) {
      const at = this.current.out.length;
      p = this.prev[at]?.key === key ? this.prev[at] : this.prev.find((x) => x.key === key);
      if (p && dep !== undefined && memo!.dep.get(p) === dep && (p.action === action || sameValue(p.action, action)) && sameValue(p.vary, vary)) {
        if (this.first && p.no?.code === 'wrong_phase') this.phaseNo = p.no;
        this.first = false;
        this.current.out.push(p);
        return p;
      }
    }
    let no: GameError | null;
    if (this.phaseNo) no = this.phaseNo;
    else {
      no = refusalOf(this.s, this.actor, action);
      if (this.first && no?.code === 'wrong_phase') this.phaseNo = no;
    }
    this.first = false;
    let o: Option;
    if (p && sameValue(p.no, no) && (p.action === action || sameValue(p.action, action)) && sameValue(p.vary, vary)) o = p;
    else o = vary ? { key, action, no, vary } : { key, action, no };
    if (dep !== undefined) memo?.dep.set(o, dep);
    if (this.current) this.current.out.push(o);
    else (this.loose ??= []).push(o);
    return o;
  }

  /**
   * Inside the current group, options whose checks read less than the group's (`deps`): while those
   * are the same values as last time, each is the option it was, unasked.
   */
  sub(name: string, deps: unknown[]): { add(key: string, action: () => Action, vary?: Vary): void } {
    const memo = this.memo;
    const known = memo?.subs.get(name);
    const kept = known !== undefined && same(known.deps, deps);
    const byKey = kept ? known.byKey : new Map<string, Option>();
    if (memo && !kept) memo.subs.set(name, { deps, byKey });
    return {
      add: (key, action, vary) => {
        const o = byKey.get(key);
        if (o && this.phaseNo === null) {
          this.first = false;
          this.current?.out.push(o);
          return;
        }
        byKey.set(key, this.add(key, action(), vary));
      },
    };
  }

  /** Forgets the groups this walk did not visit (an offer closed, a project left the table). */
  done(): this {
    this.close();
    if (this.memo) {
      for (const [name, g] of this.memo.groups) {
        if (g.seen === this.memo.walk) continue;
        this.memo.groups.delete(name);
        this.changed = true;
      }
      if (this.changed) this.memo.controls = null;
    }
    return this;
  }

  /** Every option listed, in order. */
  list(): Option[] {
    const out: Option[] = this.loose ? [...this.loose] : [];
    for (const part of this.parts) for (const o of part) out.push(o);
    return out;
  }

  /** The options listed, list by list, in order. */
  forEachPart(f: (part: readonly Option[]) => void): void {
    if (this.loose) f(this.loose);
    for (const part of this.parts) f(part);
  }
}

interface Group {
  deps: unknown[];
  out: Option[];
  seen: number;
}

/** The same values, one by one (by reference). */
function same(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
