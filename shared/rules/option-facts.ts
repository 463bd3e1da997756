import { cardsOf } from '../content';
import { kindBits, missing, normalBag } from '../model/bag';
import { RESOURCES, type Bag, type ResourceId, type RoleId } from '../model/ids';
import { sameItems } from '../model/same';
import { isReady, pledgedTotal } from './phases';
import { HOLD_RESOURCES, type Action, type GameState, type PersonaState } from './types';

// What the options of every seat of one game read alike, and the options every seat lists alike
// (rules/options.ts): owned by the caller (a room's view cache, a simulation), never a module.

/** One card of each kind, shared by the listed actions (the engine never changes an action). */
export const UNIT = Object.freeze(Object.fromEntries(RESOURCES.map((r) => [r, normalBag({ [r]: 1 })]))) as Readonly<Record<ResourceId, Bag>>;
/** What the options of every seat read alike per state: each open project's facts, the residents at risk. */
export class StateFacts {
  /**
   * The state the answers below are of: every seat of a room asks of the same state one after the
   * other, so the last state's answers are kept (a plain field, not a map of states: weak maps of
   * ever-new states cost the garbage collector on every change).
   */
  private state: GameState | null = null;
  private projects = new Map<string, ProjectFact>();
  private reached: readonly PersonaState[] | null = null;
  /** The last list of residents at risk made: kept while it holds the same records (a seat's groups read it). */
  private lastReached: readonly PersonaState[] = [];

  private of(s: GameState): void {
    const was = this.state;
    if (s === was) return;
    this.state = s;
    // A project's answer reads its pledges and the game's cards, the residents at risk the residents:
    // kept while they are the same objects (a move copies neither unless it changes them: clone.ts).
    if (was?.pledges !== s.pledges || was.config !== s.config) this.projects = new Map();
    if (was?.personas !== s.personas) this.reached = null;
  }
  /** Each project's last answer with the pledges it was read from. */
  private readonly lastProject = new Map<string, { config: GameState['config']; roles: string[]; bags: unknown[]; fact: ProjectFact }>();
  /**
   * The actions that are the same whatever seat sends them (a pledge, taking one back, a hold), one
   * object per key for the game: every seat's option holds the same object, so a table's public
   * frame can carry them once for all (view/parts.ts) and a seat's own part only its answers.
   */
  private readonly shared = new Map<string, SharedAct>();
  private readonly byProject = new Map<string, { pledge: SharedAct[]; unpledge: SharedAct[] }>();
  private readonly byPersona = new Map<string, SharedAct[]>();

  private readonly names = new Map<string, Map<string, string>>();

  /** The offers and disclosures counted last, and per partner how many it made. */
  private offers: GameState['offers'] | null = null;
  private readonly offersBy = new Map<RoleId, number>();
  private disclosures: GameState['disclosures'] | null = null;
  private readonly shownBy = new Map<RoleId, number>();

  /** How many open offers `role` made: counted once per list of offers for every seat, not by each seat's walk. */
  openOffers(s: GameState, role: RoleId): number {
    if (this.offers !== s.offers) counted((this.offers = s.offers), this.offersBy, (o) => o.from);
    return this.offersBy.get(role) ?? 0;
  }

  /** How many disclosures `role` made (only ever added: the count says whether any came), counted likewise. */
  disclosed(s: GameState, role: RoleId): number {
    if (this.disclosures !== s.disclosures) counted((this.disclosures = s.disclosures), this.shownBy, (d) => d.role);
    return this.shownBy.get(role) ?? 0;
  }

  /** The residents at risk (reached, not yet held), once per state for every seat; the same array while they are the same records. */
  atRisk(s: GameState): readonly PersonaState[] {
    this.of(s);
    if (!this.reached) {
      const out: PersonaState[] = [];
      // (Object.values, not for-in: keyed reads in a for-in over ever new objects keep the optimiser re-compiling.)
      for (const p of Object.values(s.personas)) if (p.status === 'reached') out.push(p);
      this.reached = this.lastReached = sameItems(out, this.lastReached) ? this.lastReached : out;
    }
    return this.reached;
  }

  /**
   * `prefix` + `id`, the same string each time: a memo's groups are found by name in a map, and a
   * string made anew is hashed anew on every lookup (one per group and seat, each change).
   */
  name(prefix: string, id: string): string {
    let byId = this.names.get(prefix);
    if (!byId) this.names.set(prefix, (byId = new Map()));
    let n = byId.get(id);
    if (n === undefined) byId.set(id, (n = prefix + id));
    return n;
  }

  private act(key: string, action: Action): SharedAct {
    const a: SharedAct = Object.freeze({ key, action: Object.freeze(action) as Action });
    this.shared.set(key, a);
    return a;
  }

  /** A project's pledges and take-backs, one of each kind (in the order of RESOURCES). */
  projectActs(projectId: string): { pledge: SharedAct[]; unpledge: SharedAct[] } {
    let acts = this.byProject.get(projectId);
    if (!acts) {
      acts = {
        pledge: RESOURCES.map((r) => this.act(`pledge:${projectId}:${r}`, { type: 'pledge', projectId, resources: UNIT[r] })),
        unpledge: RESOURCES.map((r) => this.act(`unpledge:${projectId}:${r}`, { type: 'unpledge', projectId, resources: UNIT[r] })),
      };
      this.byProject.set(projectId, acts);
    }
    return acts;
  }

  /** The holds of a resident, one per resource that holds (in the order of HOLD_RESOURCES). */
  personaActs(personaId: string): SharedAct[] {
    let acts = this.byPersona.get(personaId);
    if (!acts) this.byPersona.set(personaId, (acts = HOLD_RESOURCES.map((r) => this.act(`hold:${personaId}:${r}`, { type: 'hold', personaId, resource: r }))));
    return acts;
  }

  /** Whether `action` is the shared action of `key` (one every seat sends alike). */
  isShared(key: string, action: Action): boolean {
    return this.shared.get(key)?.action === action;
  }

  /**
   * Which kinds a project still needs and which are pledged to it (a bit each), and whether it is
   * ready: once per state, and while its pledges are the same bags from the same partners as last time
   * (a copy of a state never copies a bag: rules/clone.ts), the answer of last time without adding
   * them up again.
   */
  project(s: GameState, projectId: string): ProjectFact {
    this.of(s);
    const byId = this.projects;
    let f = byId.get(projectId);
    if (f) return f;
    const byRole = s.pledges[projectId] ?? {};
    const known = this.lastProject.get(projectId);
    if (known && known.config === s.config && sameBags(known, byRole)) {
      f = known.fact;
    } else {
      const roles = Object.keys(byRole);
      const needs = cardsOf(s).projectCard(projectId).needs;
      const pledged = pledgedTotal(s, projectId);
      f = { open: kindBits(missing(pledged, needs)), pledged: kindBits(pledged), ready: isReady(s, projectId) };
      this.lastProject.set(projectId, { config: s.config, roles, bags: roles.map((r) => byRole[r as RoleId]), fact: f });
    }
    byId.set(projectId, f);
    return f;
  }
}

/** The same partners' bags, in the same order, as when `known` was worked out (for-in: no array of keys per look). */
function sameBags(known: { roles: readonly string[]; bags: readonly unknown[] }, byRole: Partial<Record<RoleId, unknown>>): boolean {
  let i = 0;
  for (const r in byRole) {
    if (known.roles[i] !== r || known.bags[i] !== byRole[r as RoleId]) return false;
    i++;
  }
  return i === known.roles.length;
}

/** `into`: how many items of `list` each partner has. */
function counted<T>(list: readonly T[], into: Map<RoleId, number>, by: (item: T) => RoleId): void {
  into.clear();
  for (const item of list) {
    const role = by(item);
    into.set(role, (into.get(role) ?? 0) + 1);
  }
}

/** What the options of a project read of it (StateFacts.project). */
export interface ProjectFact {
  /** The kinds it still needs, a bit each (in the order of RESOURCES). */
  readonly open: number;
  /** The kinds pledged to it, a bit each. */
  readonly pledged: number;
  readonly ready: boolean;
}

/** A key and the action it stands for. */
export interface SharedAct {
  readonly key: string;
  readonly action: Action;
}

/**
 * The actions any seat's table may show alike, project by project and resident by resident: a pledge of each kind an open project
 * still needs, taking back each kind pledged to it, holding each resident at risk. Every seat's
 * option of these keys holds the same action object (`StateFacts.act`). Public: it follows from the
 * projects, the pledges and the residents, which every viewer sees.
 */
export function sharedOptions(s: GameState, facts: StateFacts): SharedAct[] {
  const out: SharedAct[] = [];
  if (s.status !== 'playing') return out;
  for (const projectId of s.projects.table) {
    const { open, pledged } = facts.project(s, projectId);
    const acts = facts.projectActs(projectId);
    for (let i = 0; i < RESOURCES.length; i++) {
      if (open & (1 << i)) out.push(acts.pledge[i]);
      if (pledged & (1 << i)) out.push(acts.unpledge[i]);
    }
  }
  for (const p of facts.atRisk(s)) for (const a of facts.personaActs(p.id)) out.push(a);
  return out;
}

export { byKey } from '../model/keys';

