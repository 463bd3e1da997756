import type { RoleId } from '../model/ids';
import { sameValue } from '../model/same';
import { StateFacts } from './option-facts';
import type { Action, GameError } from './types';

// What a seat's options were (rules/option-list.ts lists them): the options, the groups they were
// listed in with what each group read, and a record of the last walk's groups in order (`flat`).

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
  /**
   * The last walk's groups in order, each as its name, its count of inputs and the inputs, one after
   * the other in one array, and the phase they were listed in. A walk whose groups come in the same
   * order reads of a group whose inputs are the same nothing but these slots: a group's own objects
   * (the group, its listing, its inputs) lie all over the heap, and on a busy server, where every
   * room's memory has gone cold by its next change, reading them for every group of every seat was
   * two fifths of a seat's controls.
   */
  flat: unknown[] = [];
  flatPhase = '';
  /**
   * The shaped controls of the last walk's groups, by place (shapedControls), and that walk's number:
   * a group the next walk leaves unopened has these.
   */
  shapedParts: readonly (readonly unknown[])[] | null = null;
  shapedWalk = -1;
  /** Each phase's refusal as the groups it refuses keep it: one object per phase (Lister.refusedIn). */
  readonly refused: Partial<Record<string, GameError>> = {};
  /** By length, the array a walk writes each group's inputs into (`inputsIn`): read, never kept. */
  readonly inputs: unknown[][] = [];
  /** The actions the engine accepts of `list` (allowedActions), while it stands. */
  allowed: { list: readonly Option[]; actions: Action[] } | null = null;
  /** An accepted option's action once for each partner it may go to (allowedActions). */
  readonly spelled = new WeakMap<Option, readonly Action[]>();
}

/** An option as a table shows it: its action and the engine's answer (what may vary is the dialogs' business). */
export type TableControl = Omit<Option, 'vary'>;

/** A group's options as listed once, with what they read (replaced when the same options read other inputs: Lister.close). */
export interface Listing {
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

export interface Group {
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
export function keptDeps(dep: (number | undefined)[]): (number | undefined)[] {
  for (const d of dep) if (d !== undefined) return dep.slice();
  return NO_DEPS;
}

/** Whether option `p` stands for `action` with `vary` (whatever its answer). */
export function sameMove(p: Option, action: Action, vary: Vary | undefined): boolean {
  return (p.action === action || sameValue(p.action, action)) && sameValue(p.vary, vary);
}

/** Where the option of `key` is in `list` (-1 when it is not). */
export function findKey(list: readonly Option[], key: string): number {
  for (let i = 0; i < list.length; i++) if (list[i].key === key) return i;
  return -1;
}

/**
 * `n` inputs of a group, at most five (or of every group: the walk's common inputs), in `memo`'s own
 * array of that length, written over each time, so a walk that passes a group makes nothing for it;
 * without a memo, a new array. Whoever keeps such an array keeps a copy.
 */
export function inputsIn(memo: OptionsMemo | null | undefined, n: number, a?: unknown, b?: unknown, c?: unknown, d?: unknown, e?: unknown): unknown[] {
  const x = memo ? (memo.inputs[n] ??= new Array<unknown>(n)) : new Array<unknown>(n);
  if (n > 0) x[0] = a;
  if (n > 1) x[1] = b;
  if (n > 2) x[2] = c;
  if (n > 3) x[3] = d;
  if (n > 4) x[4] = e;
  return x;
}
