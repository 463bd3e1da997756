import { sameItems, sameValue } from '../model/same';
import { refusalApartFromPhase, refusalOf } from './apply';
import { findKey, keptDeps, sameMove, type Group, type Kept, type Listing, type Option, type OptionsMemo, type Vary } from './option-memo';
import type { Action, Actor, GameError, GameState } from './types';

export { OptionsMemo, type Kept, type Option, type TableControl, type Vary } from './option-memo';

// How options are listed (rules/options.ts): group by group, each group naming what its checks
// read, so that a seat's memo reuses the options of a group whose inputs did not change.

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
  /**
   * The groups' listings in order (a reused group's as it was): its options, and its controls once
   * made. A group left unopened (its inputs as in the memo's record) has none here until one is
   * asked for (`fill`).
   */
  private readonly listings: (Listing | undefined)[] = [];
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
  /** Where the next group is in the memo's record of the last walk (`OptionsMemo.flat`). */
  private cursor = 0;
  /** Every group so far came in the record's order, by name: the memo's groups are the same ones. */
  private aligned = true;
  /** This walk's record, begun at its first group whose count of inputs or place changed (until then the memo's is written over). */
  private flat: unknown[] | null = null;

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
      // (A copy: `common` may be the memo's array for inputs, option-memo.ts `inputsIn`.)
      memo.common = common.slice();
      memo.flat = [];
      this.changed = true;
    }
    if (memo.flatPhase !== this.phase) this.unaligned(0);
  }

  /**
   * Whether group `name` comes next in the record with these inputs, read from the record alone
   * (then it shows what it showed, unopened). A group of another name there ends the record's use.
   */
  private asLast(name: string, deps: readonly unknown[]): boolean {
    const f = this.memo!.flat;
    const c = this.cursor;
    if (!this.aligned || f[c] !== name) {
      this.unaligned(c);
      return false;
    }
    const n = f[c + 1] as number;
    this.cursor = c + 2 + n;
    if (n !== deps.length) {
      this.flat ??= f.slice(0, c);
      return false;
    }
    let i = 0;
    while (i < n && f[c + 2 + i] === deps[i]) i++;
    if (i === n) return true;
    // Other inputs of as many: written over the record's (the memo's own array, read only here), or
    // into this walk's own record once it has one.
    if (this.flat === null) for (; i < n; i++) f[c + 2 + i] = deps[i];
    return false;
  }

  /** The groups go another way than the record from here (`at`, a place in it): it is kept up to here. */
  private unaligned(at: number): void {
    if (!this.aligned) return;
    this.aligned = false;
    this.flat ??= this.memo!.flat.slice(0, at);
    this.cursor = -1;
  }

  /** Every group's listing in place, those left unopened as they were (marked seen). */
  private fill(): void {
    const memo = this.memo;
    if (!memo) return;
    const listings = this.listings;
    for (let i = 0; i < listings.length; i++) {
      if (listings[i] !== undefined) continue;
      const g = memo.order[i];
      g.seen = memo.walk;
      listings[i] = g.now;
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
    const at = this.listings.length;
    if (this.asLast(name, deps)) {
      this.listings.push(undefined);
      this.flat?.push(name, deps.length, ...deps);
      return false;
    }
    // (A record of its own from the first group whose count of inputs or place changed.)
    this.flat?.push(name, deps.length, ...deps);
    // Groups come in the order of last walk's, mostly: the one at this place, else by name.
    let g: Group | undefined = memo.order[at];
    if (g?.name !== name) g = memo.groups.get(name);
    if (g) {
      // What it showed, in the same phase; where the phase allows it, what it had when last allowed
      // (listed apart from the phase, the answers are those of a phase that allows the group).
      const then = g.phase === this.phase ? g.now : g.verdict[this.phase] === null ? g.open : null;
      if (then && sameItems(then.deps, deps)) return this.shows(g, then, at);
    }
    // (A copy: `deps` may be the memo's array for inputs, written over by the next group's: `inputsIn`.)
    this.current = { deps: deps.slice(), out: [], dep: [] };
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
    const memo = this.memo;
    if (memo && this.aligned && this.cursor === memo.flat.length) {
      // The same groups as last time, in the same order: none to forget, and the record stands but
      // for the inputs of those listed now.
      if (this.flat) memo.flat = this.flat;
    } else if (memo) {
      this.unaligned(this.cursor);
      this.fill();
      memo.flat = this.flat!;
      memo.flatPhase = this.phase;
      // (The groups' places changed: shaped parts kept by place stand for nothing now.)
      memo.shapedParts = null;
      // (Values, not entries: an entry is an array made for each group, each walk.)
      for (const g of memo.groups.values()) {
        if (g.seen === memo.walk) continue;
        memo.groups.delete(g.name);
        this.changed = true;
      }
      memo.order.length = this.listings.length;
    }
    if (memo && this.changed) {
      memo.controls = null;
      memo.shaped = null;
      memo.list = null;
    }
    return this;
  }

  /** Every option listed, in order (with a memo, the same array as last time while no group changed). */
  list(): Option[] {
    if (this.memo?.list) return this.memo.list;
    this.fill();
    const out: Option[] = this.loose ? [...this.loose] : [];
    for (const l of this.listings) for (const o of l!.out) out.push(o);
    if (this.memo) this.memo.list = out;
    return out;
  }

  /**
   * The options listed, list by list, in order, each with the listing it is kept in (a reused
   * group's is the one of last time: what is made of its options once can be kept there).
   */
  forEachPart(f: (part: readonly Option[], kept: Kept) => void): void {
    if (this.loose) f(this.loose, {});
    this.fill();
    // (Indexed: an iterator's results here were a tenth of what a change allocates.)
    const listings = this.listings;
    for (let i = 0; i < listings.length; i++) f(listings[i]!.out, listings[i]!);
  }

  /**
   * Each group's shaped controls, by place, as `shapedControls` keeps them (rules/options.ts): a
   * group left unopened has those of `last` (the last walk's, when it was the one before this and
   * its groups are these), so only the groups listed now are read; else from every listing.
   */
  shapedParts(last: readonly (readonly unknown[])[] | null, shaped: (part: readonly Option[], kept: Kept) => readonly unknown[]): (readonly unknown[])[] {
    const listings = this.listings;
    const parts = new Array<readonly unknown[]>(listings.length);
    const known = last !== null && this.aligned && last.length === listings.length;
    if (!known) this.fill();
    for (let i = 0; i < listings.length; i++) {
      const l = listings[i];
      parts[i] = l === undefined ? last![i] : shaped(l.out, l);
    }
    return parts;
  }
}

/**
 * The phase a table's controls are listed in (Lister `apartFromPhase`): one that allows every group,
 * as far as a group's memo can tell (its verdicts, its listings).
 */
const ANY_PHASE = '*';
