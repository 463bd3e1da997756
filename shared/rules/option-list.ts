import { sameItems, sameValue } from '../model/same';
import { refusalApartFromPhase, refusalOf } from './apply';
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
  /** The groups in the order the last walk listed them (most walks list them in the same order). */
  readonly order: Group[] = [];
  /** Options inside a group that read less than it (Lister.sub), by name and key, as answered where the phase allows them. */
  readonly subs = new Map<string, { deps: unknown[]; byKey: Map<string, Option> }>();
  walk = 0;
  /** What every group read (the game, the seat's role): when it changed, no group stands. */
  common: unknown[] = [];
  /** The partners this seat's trades and gifts may go to (rules/options.ts), while `common` stands. */
  partners: unknown = undefined;
  /** The last table controls built from these options, while no group changed (tableControls). */
  controls: TableControl[] | null = null;
  /** The same, each as a caller's shape made it (shapedControls), while no group changed. */
  shaped: readonly unknown[] | null = null;
  /** The last list of options, while no group changed (options()). */
  list: Option[] | null = null;
  /** Each phase's refusal as the groups it refuses keep it: one object per phase (Lister.refusedIn). */
  readonly refused: Partial<Record<string, GameError>> = {};
  /** The actions the engine accepts of `list` (allowedActions), while it stands. */
  allowed: { list: readonly Option[]; actions: Action[] } | null = null;
  /** An accepted option's action once for each partner it may go to (allowedActions). */
  readonly spelled = new WeakMap<Option, readonly Action[]>();
}

/** An option as a table shows it: its action and the engine's answer (what may vary is the dialogs' business). */
export type TableControl = Omit<Option, 'vary'>;

/**
 * Lists options group by group: a group is a kind of move on one thing, and names what its checks
 * read (`deps`) right where its options are listed. Its options share the engine's phase check,
 * which the reducer makes before anything that differs between them (apply.ts `dispatch`): when the
 * first is refused for the phase, the rest get that refusal unasked. What the reducer checks after
 * the phase reads no phase, so a group remembers what each phase answered its first option
 * (`verdict`) and the options it had when a phase last allowed it (`open`): when a phase that allows
 * it comes again and its inputs are those of then, its options are those, nothing asked; when its
 * inputs changed, only the options whose own inputs (`dep`) changed are asked. The table-driven
 * test holds every option's refusal against applyAction, and the memo's answers against fresh ones,
 * so a reducer that checked something else first, or a group that read more than it names, fails it.
 */
export class Lister {
  /** The groups' listings in order (a reused group's as it was): its options, and its controls once made. */
  private readonly listings: Listing[] = [];
  /** Options listed outside any group (the host's). */
  private loose: Option[] | null = null;
  /** Whether any group's options differ from last time (or a group went away) in this walk. */
  changed = false;
  private readonly phase: string;
  private phaseNo: GameError | null = null;
  private first = true;
  /** The group being listed afresh, and its new listing. */
  private group_: Group | null = null;
  private current: Listing | null = null;
  /** The group's listing its options are compared with (equal ones are kept as they were). */
  private prev: Listing | null = null;
  /** The group is listed in another phase than last time: its first answer chooses `prev`. */
  private pending = false;
  /** `prev` read the same inputs: every option of it whose action is the same stands. */
  private whole = false;
  /** What the group showed before this walk listed it afresh. */
  private was: Option[] | null = null;

  constructor(
    private readonly s: GameState,
    private readonly actor: Actor,
    private readonly memo: OptionsMemo | null,
    common: unknown[],
    /**
     * Listed for a table's controls (rules/options.ts `tableControls`): each option with the
     * engine's answer apart from the phase (apply.ts `refusalApartFromPhase`), the same in every
     * phase. A table hides the kinds of moves the phase refuses (the public part names them), so a
     * phase's end changes none of a seat's controls.
     */
    private readonly apartFromPhase = false,
  ) {
    this.phase = apartFromPhase ? ANY_PHASE : s.phase;
    if (!memo) return;
    memo.walk++;
    if (!sameItems(common, memo.common)) {
      memo.groups.clear();
      memo.order.length = 0;
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
    this.pending = false;
    this.whole = false;
    this.prev = null;
    const memo = this.memo;
    if (!memo) {
      this.current = { deps, out: [], dep: [] };
      this.listings.push(this.current);
      return true;
    }
    // Groups come in the order of last walk's, mostly: the one at this place, else by name.
    const at = this.listings.length;
    let g: Group | undefined = memo.order[at];
    if (g?.name !== name) g = memo.groups.get(name);
    if (g) {
      // What it showed, in the same phase; where the phase allows it, what it had when last allowed
      // (listed apart from the phase, the answers are those of a phase that allows the group).
      const then = g.phase === this.phase ? g.now : g.verdict[this.phase] === null ? g.open : null;
      if (then && sameItems(then.deps, deps)) return this.shows(g, then, at);
    }
    this.current = { deps, out: [], dep: [] };
    if (g) {
      // What this phase answers the group (null: it allows it), as its first option was answered here before.
      const v = g.verdict[this.phase];
      // Allowed: options that read the same as when last allowed are those; refused for the phase,
      // all are made anew, unasked (cheaper than comparing them, and nothing kept from phase to
      // phase but what a phase that allows the group will ask again); not yet known: the first
      // answer says.
      if (v === undefined) this.pending = true;
      else if (v === null) this.prev = g.open;
      else this.phaseNo = v;
      this.was = g.now.out;
    } else {
      g = { name, now: this.current, phase: this.phase, open: null, verdict: {}, seen: 0 };
      memo.groups.set(name, g);
      this.was = null;
    }
    memo.order[at] = g;
    g.seen = memo.walk;
    this.group_ = g;
    this.listings.push(this.current);
    return true;
  }

  /** Group `g`, at place `at`, shows `listing` in this phase, nothing listed anew (false: for `group`). */
  private shows(g: Group, listing: Listing, at: number): false {
    if (listing.out !== g.now.out) this.changed = true;
    g.now = listing;
    g.phase = this.phase;
    g.seen = this.memo!.walk;
    this.listings.push(listing);
    this.memo!.order[at] = g;
    return false;
  }

  /**
   * The group listed afresh is a change only when its options differ from what it showed last time:
   * an option equal to the one of its key then is that object, and a listing equal to the one it was
   * compared with is that array, so what is built from options (a table's controls, a view's delta)
   * sees no change where there is none.
   */
  private close(): void {
    const l = this.current;
    const g = this.group_;
    this.current = null;
    this.group_ = null;
    if (!l || !g) return;
    const p = this.prev;
    let out = l.out;
    if (p && sameItems(p.out, out)) out = p.out;
    // A listing lives as long as its group: its arrays are kept at their size (an array grown by
    // push holds room for 17 or more), and a group whose options read nothing apart keeps no `dep`.
    // The same options as `p`'s, read from these inputs now: `p` stands for them with its controls
    // (a listing is the memo's own), so nothing new lives on. (The listing closed is the last one.)
    if (out === l.out) g.now = { deps: l.deps, out: out.slice(), dep: keptDeps(l.dep) };
    else {
      p!.deps = l.deps;
      if (!sameItems(p!.dep, l.dep)) p!.dep = keptDeps(l.dep);
      g.now = p!;
    }
    this.listings[this.listings.length - 1] = g.now;
    g.phase = this.phase;
    // (A group with no options says nothing of what the phase answers it.)
    if (!this.pending && !this.phaseNo) g.open = g.now;
    if (out !== this.was) this.changed = true;
  }

  /**
   * Lists an option with the engine's answer. `dep`: all that this option's check reads of the
   * group's `deps`, as one number (a bit of the hand, whether the project is ready, the open offers):
   * while it is the same as last time, and the action too, the option is the one of last time,
   * unasked. Whatever of the group's deps it leaves out must be what the option does not read.
   */
  add(key: string, action: Action, vary?: Vary, dep?: number): Option {
    const l = this.current;
    let asked: GameError | null | undefined;
    if (this.pending) {
      // The group's first option in a phase not yet known to it: whether the phase allows it says
      // whether its options are compared with those it had where a phase last allowed it.
      this.pending = false;
      asked = this.ask(action);
      if (asked?.code === 'wrong_phase') asked = this.phaseNo = this.refusedIn(asked);
      this.group_!.verdict[this.phase] = this.phaseNo;
      this.prev = this.phaseNo ? null : this.group_!.open;
      this.whole = this.prev !== null && sameItems(this.prev.deps, l!.deps);
    }
    let p: Option | undefined;
    if (l && this.prev) {
      const before = this.prev.out;
      let at = l.out.length;
      if (before[at]?.key !== key) at = findKey(before, key);
      p = before[at];
      // (`prev` is a listing made where a phase allowed the group: what the reducer checks after the phase reads no phase.)
      const kept = asked === undefined && (this.whole || (dep !== undefined && this.prev.dep[at] === dep));
      if (p && kept && sameMove(p, action, vary)) {
        this.first = false;
        l.out.push(p);
        l.dep.push(dep);
        return p;
      }
    }
    let no: GameError | null;
    if (asked !== undefined) no = asked;
    else if (this.phaseNo) no = this.phaseNo;
    else {
      no = this.ask(action);
      if (no?.code === 'wrong_phase') {
        no = this.refusedIn(no);
        if (this.first) this.phaseNo = no;
      }
    }
    this.first = false;
    let o: Option;
    if (p && sameValue(p.no, no) && sameMove(p, action, vary)) o = p;
    else o = vary ? { key, action, no, vary } : { key, action, no };
    if (l) {
      l.out.push(o);
      l.dep.push(dep);
    } else (this.loose ??= []).push(o);
    return o;
  }

  /** The engine's answer to `action` (apart from the phase, for a table's controls). */
  private ask(action: Action): GameError | null {
    return this.apartFromPhase ? refusalApartFromPhase(this.s, this.actor, action) : refusalOf(this.s, this.actor, action);
  }

  /** The phase's refusal, one object for every group of the memo that the phase refuses (they live as long as the groups). */
  private refusedIn(no: GameError): GameError {
    const memo = this.memo;
    if (!memo) return no;
    const known = memo.refused[this.phase];
    if (known && sameValue(known, no)) return known;
    return (memo.refused[this.phase] = no);
  }

  /**
   * Inside the current group, options whose checks read less than the group's (`deps`): while those
   * are the same values as last time, each is the option it was where the phase allowed it, unasked.
   */
  sub(name: string, deps: unknown[]): { add(key: string, action: Action, vary?: Vary): void } {
    const memo = this.memo;
    const known = memo?.subs.get(name);
    const kept = known !== undefined && sameItems(known.deps, deps);
    const byKey = kept ? known.byKey : new Map<string, Option>();
    if (memo && !kept) memo.subs.set(name, { deps, byKey });
    return {
      add: (key, action, vary) => {
        const o = byKey.get(key);
        if (o && this.phaseNo === null && !this.pending) {
          this.first = false;
          this.current?.out.push(o);
          this.current?.dep.push(undefined);
          return;
        }
        const made = this.add(key, action, vary);
        if (this.phaseNo === null) byKey.set(key, made);
      },
    };
  }

  /** Forgets the groups this walk did not visit (an offer closed, a project left the table). */
  done(): this {
    this.close();
    if (this.memo) {
      // (Values, not entries: an entry is an array made for each group, each walk.)
      for (const g of this.memo.groups.values()) {
        if (g.seen === this.memo.walk) continue;
        this.memo.groups.delete(g.name);
        this.changed = true;
      }
      this.memo.order.length = this.listings.length;
      if (this.changed) {
        this.memo.controls = null;
        this.memo.shaped = null;
        this.memo.list = null;
      }
    }
    return this;
  }

  /** Every option listed, in order (with a memo, the same array as last time while no group changed). */
  list(): Option[] {
    if (this.memo?.list) return this.memo.list;
    const out: Option[] = this.loose ? [...this.loose] : [];
    for (const l of this.listings) for (const o of l.out) out.push(o);
    if (this.memo) this.memo.list = out;
    return out;
  }

  /**
   * The options listed, list by list, in order, each with the listing it is kept in (a reused
   * group's is the one of last time: what is made of its options once can be kept there).
   */
  forEachPart(f: (part: readonly Option[], kept: Kept) => void): void {
    if (this.loose) f(this.loose, {});
    // (Indexed: an iterator's results here were a tenth of what a change allocates.)
    const listings = this.listings;
    for (let i = 0; i < listings.length; i++) f(listings[i].out, listings[i]);
  }
}

/** A group's options as listed once, with what they read (replaced when the same options read other inputs: Lister.close). */
interface Listing {
  deps: unknown[];
  readonly out: Option[];
  /** What of `deps` each option of `out` read (Lister.add `dep`), by position. */
  dep: (number | undefined)[];
  /** Its options as a table's controls (rules/options.ts `tableControls`), once made. */
  controls?: TableControl[];
  /** Those controls as a caller's shape made them (rules/options.ts `shapedControls`), once made. */
  shaped?: readonly unknown[];
}

/** What is made of a listing's options once and kept with it. */
export type Kept = Pick<Listing, 'controls' | 'shaped'>;

/**
 * The phase a table's controls are listed in (Lister `apartFromPhase`): one that allows every group,
 * as far as a group's memo can tell (its verdicts, its listings).
 */
const ANY_PHASE = '*';

interface Group {
  readonly name: string;
  /** The options it shows now, listed in `phase`. */
  now: Listing;
  phase: string;
  /** Its last listing made where a phase allowed it. */
  open: Listing | null;
  /** Per phase, what it answers the group's first option: null where it allows it, else its refusal. */
  readonly verdict: Partial<Record<string, GameError | null>>;
  seen: number;
}

/** No option of a group read anything apart (`Listing.dep`): one array for all such groups, never written. */
const NO_DEPS = Object.freeze([]) as unknown as (number | undefined)[];
/** `dep` at its size, or NO_DEPS when no option read anything apart. */
function keptDeps(dep: (number | undefined)[]): (number | undefined)[] {
  for (const d of dep) if (d !== undefined) return dep.slice();
  return NO_DEPS;
}

/** Whether option `p` stands for `action` with `vary` (whatever its answer). */
function sameMove(p: Option, action: Action, vary: Vary | undefined): boolean {
  return (p.action === action || sameValue(p.action, action)) && sameValue(p.vary, vary);
}

/** Where the option of `key` is in `list` (-1 when it is not). */
function findKey(list: readonly Option[], key: string): number {
  for (let i = 0; i < list.length; i++) if (list[i].key === key) return i;
  return -1;
}
