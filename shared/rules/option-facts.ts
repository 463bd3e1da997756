import { cardsOf } from '../content';
import { RESOURCES, type Bag, type ResourceId } from '../model/ids';
import { isReady, pledgedTotal } from './phases';
import { HOLD_RESOURCES, type Action, type GameState } from './types';

// What the options of every seat of one game read alike, and the options every seat lists alike
// (rules/options.ts): owned by the caller (a room's view cache, a simulation), never a module.

/** One card of each kind, shared by the listed actions (the engine never changes an action). */
export const UNIT = Object.freeze(Object.fromEntries(RESOURCES.map((r) => [r, Object.freeze({ [r]: 1 })]))) as Readonly<Record<ResourceId, Bag>>;
/** Per state and open project: which kinds it still needs (a bit each) and whether it is ready. */
export class StateFacts {
  private readonly projects = new WeakMap<GameState, Map<string, { open: number; ready: boolean }>>();
  /**
   * The actions that are the same whatever seat sends them (a pledge, taking one back, a hold), one
   * object per key for the game: every seat's option holds the same object, so a table's public
   * frame can carry them once for all (view/parts.ts) and a seat's own part only its answers.
   */
  private readonly shared = new Map<string, Action>();

  /** The one action object for `key` (made by `make` the first time). */
  act(key: string, make: () => Action): Action {
    let a = this.shared.get(key);
    if (!a) this.shared.set(key, (a = Object.freeze(make()) as Action));
    return a;
  }

  /** Whether `action` is the shared action of `key` (one every seat sends alike). */
  isShared(key: string, action: Action): boolean {
    return this.shared.get(key) === action;
  }

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

// The options every seat lists alike: their keys and actions are made here only, for the seats' own
// lists and for the public list of them (`sharedOptions`).
export const pledgeAct = (f: StateFacts, projectId: string, r: ResourceId): [string, Action] => {
  const key = `pledge:${projectId}:${r}`;
  return [key, f.act(key, () => ({ type: 'pledge', projectId, resources: UNIT[r] }))];
};
export const unpledgeAct = (f: StateFacts, projectId: string, r: ResourceId): [string, Action] => {
  const key = `unpledge:${projectId}:${r}`;
  return [key, f.act(key, () => ({ type: 'unpledge', projectId, resources: UNIT[r] }))];
};
export const holdAct = (f: StateFacts, personaId: string, r: (typeof HOLD_RESOURCES)[number]): [string, Action] => {
  const key = `hold:${personaId}:${r}`;
  return [key, f.act(key, () => ({ type: 'hold', personaId, resource: r }))];
};

/** A key and the action it stands for. */
export interface SharedAct {
  readonly key: string;
  readonly action: Action;
}

/**
 * The actions any seat's table may show alike, sorted by key: a pledge of each kind an open project
 * still needs, taking back each kind pledged to it, holding each resident at risk. Every seat's
 * option of these keys holds the same action object (`StateFacts.act`). Public: it follows from the
 * projects, the pledges and the residents, which every viewer sees.
 */
export function sharedOptions(s: GameState, facts: StateFacts): SharedAct[] {
  const out: SharedAct[] = [];
  if (s.status !== 'playing') return out;
  const add = ([key, action]: [string, Action]): void => void out.push({ key, action });
  for (const projectId of s.projects.table) {
    const { open } = facts.project(s, projectId);
    const pledges = Object.values(s.pledges[projectId] ?? {});
    RESOURCES.forEach((r, i) => {
      if (open & (1 << i)) add(pledgeAct(facts, projectId, r));
      if (pledges.some((bag) => (bag?.[r] ?? 0) > 0)) add(unpledgeAct(facts, projectId, r));
    });
  }
  for (const id in s.personas) if (s.personas[id].status === 'reached') for (const r of HOLD_RESOURCES) add(holdAct(facts, id, r));
  return out.sort(byKey);
}

/** Keys in code-unit order (the same everywhere, unlike localeCompare). */
export const byKey = (a: { key: string }, b: { key: string }): number => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

