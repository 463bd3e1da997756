import { cardsOf } from '../content';
import { RESOURCES, type Bag, type ResourceId, type RoleId } from '../model/ids';
import { refusalOf } from './apply';
import { isReady, pledgedTotal } from './phases';
import { referralMoves } from './referral';
import { HOLD_RESOURCES, type Action, type Actor, type GameError, type GameState } from './types';

// What a seat may do now: the one answer the engine gives to bots, the table's controls, the tests
// and the simulation. Each option is a concrete action with the reducer's own answer to it
// (`refusalOf`, apply.ts: the same checks, nothing changed), so no rule is written twice. Where the
// player chooses amounts (a trade of 2 for 3) or the partner, the option says what may vary, and
// the engine checks the final action when it is sent.
//
// Keys name an option while it stands (a table finds its control by it; deltas send changed ones):
// `pledge|unpledge:<project>:<resource>`, `hold:<persona>:<resource>`, `give|get|offer:<resource>`
// (one card given, asked, offered), `trade`, `gift`, `accept|counter|decline|withdraw:<offer id>`,
// `disclose:<interest>` (to all), `disclose:<interest>:<role>`, `guess:<role>`, `refer:<persona>:<role>`,
// `takeUp:<persona>:<resource>`.

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

/** One card of each kind, shared by the listed actions (the engine never changes an action). */
export const UNIT = Object.freeze(Object.fromEntries(RESOURCES.map((r) => [r, Object.freeze({ [r]: 1 })]))) as Readonly<Record<ResourceId, Bag>>;
const NOTHING: Bag = Object.freeze({}) as Bag;
const NO_IDS = Object.freeze([]) as unknown as string[];
const TRADE: Vary = Object.freeze({ amounts: Object.freeze(['give', 'get'] as const) });
const GIFT: Vary = Object.freeze({ amounts: Object.freeze(['resources'] as const) });
const GUESS: Vary = Object.freeze({ amounts: Object.freeze(['interestIds'] as const) });

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

  readonly groups = new Map<string, { deps: unknown[]; out: Option[]; seen: number }>();
  walk = 0;
  /** What every group read (the game, the phase, the seat's role): when it changed, no group stands. */
  common: unknown[] = [];
  /** The last table controls built from these options, while no group changed (tableControls). */
  controls: TableControl[] | null = null;
  /** Each option as a control, made once per option (reused options keep their controls). */
  readonly asControl = new WeakMap<Option, TableControl>();
}

/** Per state and open project: which kinds it still needs (a bit each) and whether it is ready. */
export class StateFacts {
  private readonly projects = new WeakMap<GameState, Map<string, { open: number; ready: boolean }>>();

  project(s: GameState, projectId: string): { open: number; ready: boolean } {
    let byId = this.projects.get(s);
    if (!byId) this.projects.set(s, (byId = new Map()));
    let f = byId.get(projectId);
    if (!f) {
      const needs = cardsOf(s).projectCard(projectId).needs;
      const pledged = pledgedTotal(s, projectId);
      let open = 0;
      RESOURCES.forEach((r, i) => ((needs[r] ?? 0) > (pledged[r] ?? 0) ? (open |= 1 << i) : 0));
      byId.set(projectId, (f = { open, ready: isReady(s, projectId) }));
    }
    return f;
  }
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
class Lister {
  readonly out: Option[] = [];
  /** Whether any group was listed afresh (or one went away) in this walk. */
  changed = false;
  private phaseNo: GameError | null = null;
  private first = true;
  private current: { deps: unknown[]; out: Option[]; seen: number } | null = null;

  constructor(
    private readonly s: GameState,
    private readonly actor: Actor,
    private readonly memo: OptionsMemo | null,
    common: unknown[],
  ) {
    if (!memo) return;
    memo.walk++;
    if (common.length !== memo.common.length || common.some((d, i) => d !== memo.common[i])) {
      memo.groups.clear();
      memo.common = common;
      this.changed = true;
    }
  }

  /** Starts group `name`; false when its options are those of last time (already listed). */
  group(name: string, deps: unknown[]): boolean {
    this.first = true;
    this.phaseNo = null;
    this.current = null;
    if (!this.memo) return true;
    const known = this.memo.groups.get(name);
    if (known && same(known.deps, deps)) {
      known.seen = this.memo.walk;
      for (const o of known.out) this.out.push(o);
      return false;
    }
    this.changed = true;
    this.current = { deps, out: [], seen: this.memo.walk };
    this.memo.groups.set(name, this.current);
    return true;
  }

  add(key: string, action: Action, vary?: Vary): void {
    let no: GameError | null;
    if (this.phaseNo) no = this.phaseNo;
    else {
      no = refusalOf(this.s, this.actor, action);
      if (this.first && no?.code === 'wrong_phase') this.phaseNo = no;
    }
    this.first = false;
    const o: Option = vary ? { key, action, no, vary } : { key, action, no };
    this.out.push(o);
    this.current?.out.push(o);
  }

  /** Forgets the groups this walk did not visit (an offer closed, a project left the table). */
  done(): Option[] {
    if (this.memo) {
      for (const [name, g] of this.memo.groups) {
        if (g.seen === this.memo.walk) continue;
        this.memo.groups.delete(name);
        this.changed = true;
      }
      if (this.changed) this.memo.controls = null;
    }
    return this.out;
  }
}

/**
 * What `actor` may do now, each option with the engine's answer; none once the game has ended.
 * With a memo (one per seat, owned by the caller), groups whose inputs did not change are reused.
 */
export function options(s: GameState, actor: Actor, memo?: OptionsMemo): Option[] {
  if (s.status !== 'playing') return [];
  if (actor === 'host') {
    const l = new Lister(s, actor, null, []);
    l.add('advance', { type: 'advancePhase' });
    l.add('end', { type: 'endGame' });
    return l.out;
  }
  const me = s.seats[actor];
  if (me === undefined) return [];
  const partner = s.partners[me]!;
  const hand = partner.hand;
  // What every group's checks read: the game, where it is, and who this seat plays.
  const l = new Lister(s, actor, memo ?? null, [s.config, s.status, s.phase, s.round, me]);
  const others = s.config.roles.filter((r) => r !== me);
  const to = others[0];
  const toVary: Vary | undefined = others.length > 1 ? { to: others.slice(1) } : undefined;
  const trade: Vary = toVary ? { ...toVary, ...TRADE } : TRADE;
  const gift: Vary = toVary ? { ...toVary, ...GIFT } : GIFT;
  const frozen = s.modifiers.frozen;
  const frozenKey = frozen.join();
  let mineOpen = 0;
  for (const o of s.offers) if (o.from === me) mineOpen++;

  // The checks of single cards read of a hand only which kinds it holds (a bit each).
  const facts = memo?.facts ?? new StateFacts();
  let held = 0;
  RESOURCES.forEach((r, i) => ((hand[r] ?? 0) > 0 ? (held |= 1 << i) : 0));

  for (const projectId of s.projects.table) {
    // A pledge's check reads whether I hold the kind and whether the project still needs it; taking
    // one back, my pledge and whether the project is ready. Another partner's pledge that fills no
    // need asks nothing again here.
    const { open, ready } = facts.project(s, projectId);
    const mine = s.pledges[projectId]?.[me] ?? NOTHING;
    if (!l.group(`p:${projectId}`, [held, open, mine, ready])) continue;
    RESOURCES.forEach((r, i) => {
      if (open & (1 << i)) l.add(`pledge:${projectId}:${r}`, { type: 'pledge', projectId, resources: UNIT[r] });
      if ((mine[r] ?? 0) > 0) l.add(`unpledge:${projectId}:${r}`, { type: 'unpledge', projectId, resources: UNIT[r] });
    });
  }
  // Only a resident still at risk can be held: the records of those (replaced when they change).
  const personaDeps: unknown[] = [held];
  for (const id in s.personas) if (s.personas[id].status === 'reached') personaDeps.push(s.personas[id]);
  if (l.group('holds', personaDeps)) {
    for (const id in s.personas) {
      if (s.personas[id].status !== 'reached') continue;
      for (const r of HOLD_RESOURCES) l.add(`hold:${id}:${r}`, { type: 'hold', personaId: id, resource: r });
    }
  }
  // Referrals read the same: the residents at risk (who reached them, who they are referred to) and my hand.
  if (l.group('referrals', personaDeps)) for (const [key, action] of referralMoves(s, me)) l.add(key, action);
  if (to !== undefined && l.group('cards', [held, frozenKey, mineOpen])) {
    const free = RESOURCES.find((r) => !frozen.includes(r)) ?? RESOURCES[0];
    for (const r of RESOURCES) {
      l.add(`give:${r}`, { type: 'gift', to, resources: UNIT[r] }, gift);
      l.add(`get:${r}`, { type: 'proposeTrade', to, give: NOTHING, get: UNIT[r] }, trade);
      l.add(`offer:${r}`, { type: 'proposeTrade', to, give: UNIT[r], get: NOTHING }, trade);
    }
    l.add('trade', { type: 'proposeTrade', to, give: NOTHING, get: UNIT[free] }, trade);
    const some = RESOURCES.find((r) => (hand[r] ?? 0) > 0 && !frozen.includes(r)) ?? RESOURCES.find((r) => (hand[r] ?? 0) > 0) ?? free;
    l.add('gift', { type: 'gift', to, resources: UNIT[some] }, gift);
  }
  for (const o of s.offers) {
    if (o.to === me) {
      if (!l.group(`o:${o.id}`, [o, hand, s.partners[o.from]!.hand, frozenKey, mineOpen])) continue;
      l.add(`accept:${o.id}`, { type: 'acceptTrade', offerId: o.id });
      // A counter-offer is possible with what I hold: what the offer asks, as far as my hand goes.
      l.add(`counter:${o.id}`, { type: 'counterTrade', offerId: o.id, give: capped(o.get, hand), get: o.give }, TRADE);
      l.add(`decline:${o.id}`, { type: 'declineTrade', offerId: o.id });
    } else if (o.from === me) {
      if (!l.group(`o:${o.id}`, [o])) continue;
      l.add(`withdraw:${o.id}`, { type: 'withdrawTrade', offerId: o.id });
    }
  }
  for (const interestId of partner.interests) {
    // Disclosures are only ever added: their count says whether any came.
    if (!l.group(`d:${interestId}`, [s.disclosures.length])) continue;
    l.add(`disclose:${interestId}`, { type: 'disclose', interestId, to: 'all' });
    for (const r of others) l.add(`disclose:${interestId}:${r}`, { type: 'disclose', interestId, to: r });
  }
  // A guess's cards are the player's to pick (an empty list takes a guess back): the option names none,
  // so no interest id is in a view that the seat was not shown.
  if (l.group('guess', [])) for (const target of others) l.add(`guess:${target}`, { type: 'guess', target, interestIds: NO_IDS }, GUESS);
  return l.done();
}

function same(a: unknown[], b: unknown[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** The actions of the options the engine accepts, each partner an option may go to spelled out. */
export function allowedActions(list: readonly Option[]): Action[] {
  const out: Action[] = [];
  for (const o of list) {
    if (o.no) continue;
    out.push(o.action);
    for (const to of o.vary?.to ?? []) out.push({ ...o.action, to } as Action);
  }
  return out;
}

/** `bag` as far as `hand` covers it. */
function capped(bag: Bag, hand: Bag): Bag {
  const out: Bag = {};
  for (const r of RESOURCES) {
    const n = Math.min(bag[r] ?? 0, hand[r] ?? 0);
    if (n > 0) out[r] = n;
  }
  return out;
}

/** Keys in code-unit order (the same everywhere, unlike localeCompare). */
export const byKey = (a: { key: string }, b: { key: string }): number => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

/**
 * The controls a seat's table shows: its options except those refused only for the phase (their
 * controls are not shown in that phase at all), sorted by key. With the seat's memo, the same array
 * as last time while no group changed (the view deltas compare it in no time).
 */
export function tableControls(s: GameState, seat: number, memo?: OptionsMemo): TableControl[] {
  const list = options(s, seat, memo);
  if (memo?.controls && s.status === 'playing') return memo.controls;
  const out: TableControl[] = [];
  for (const o of list) {
    if (o.no?.code === 'wrong_phase') continue;
    let c = memo?.asControl.get(o);
    if (!c) {
      c = { key: o.key, action: o.action, no: o.no };
      memo?.asControl.set(o, c);
    }
    out.push(c);
  }
  out.sort(byKey);
  if (memo && s.status === 'playing') memo.controls = out;
  return out;
}
