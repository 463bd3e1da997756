import { editable } from '../../helpers/editable';
import { projectCard, type ProjectCard } from '../../../shared/content';
import { add, normalize } from '../../../shared/model/bag';
import { RESOURCES, type Bag, type ResourceId, type RoleId } from '../../../shared/model/ids';
import type { Action, GameState } from '../../../shared/rules';
import { advance, inOverleg, must, seatOfRole } from '../../helpers/scenario';

// A small table for debrief tests: real engine moves, with hands topped up where a case needs cards
// (so a case reads "these partners completed a project" whatever the content's numbers are).

export const FOUR: RoleId[] = ['bibliotheek', 'gemeente', 'uwv', 'welzijn'];
export { inOverleg };

export function act(s: GameState, role: RoleId, action: Action): GameState {
  return must(s, seatOfRole(s, role), action);
}

/** Top up a partner's hand (a tweak of the state, not a move). */
export function give(s0: GameState, role: RoleId, bag: Bag): GameState {
  const s = editable(s0);
  s.partners[role]!.hand = add(s.partners[role]!.hand, bag);
  return s;
}

/** Replace one kind of card in every hand (e.g. nothing left unused). */
export function setAll(s0: GameState, resource: ResourceId, n: number): GameState {
  const s = editable(s0);
  for (const r of s.config.roles) s.partners[r]!.hand = normalize({ ...s.partners[r]!.hand, [resource]: n });
  return s;
}

export interface CompleteOptions {
  /** Which open project (the first that fits; any by default). */
  pick?: (card: ProjectCard) => boolean;
  /** A partner that brings all cards of a resource. */
  lead?: Partial<Record<ResourceId, RoleId>>;
}

/** Pledge the whole of an open project's needs, shared out over `roles` (each brings at least one card). */
export function pledgeProject(s0: GameState, roles: RoleId[], opts: CompleteOptions = {}): { s: GameState; projectId: string } {
  const projectId = s0.projects.table.find((id) => {
    const card = projectCard(id);
    return card.minPartners <= roles.length && Object.keys(s0.pledges[id] ?? {}).length === 0 && (!opts.pick || opts.pick(card));
  });
  if (!projectId) throw new Error(`no open project fits (${s0.projects.table.join(', ')})`);
  const needs = projectCard(projectId).needs;
  const cards: ResourceId[] = RESOURCES.flatMap((r) => Array.from({ length: needs[r] ?? 0 }, () => r));
  const share: Record<string, Bag> = Object.fromEntries(roles.map((r) => [r, {}]));
  let next = 0;
  for (const card of cards) {
    const role = opts.lead?.[card] ?? roles[next++ % roles.length];
    share[role] = add(share[role], { [card]: 1 });
  }
  let s = s0;
  for (const role of roles) {
    if (Object.keys(share[role]).length === 0) continue;
    s = give(s, role, share[role]);
    s = act(s, role, { type: 'pledge', projectId, resources: share[role] });
  }
  return { s, projectId };
}

/** From Overleg to the next round's Overleg (Uitvoering and Terugblik in between). */
export function nextRound(s: GameState): GameState {
  return advance(s, 4);
}

/** From Overleg (or Terugblik) on to the end of the game. */
export function finish(s0: GameState): GameState {
  let s = s0;
  while (s.status === 'playing') s = advance(s);
  return s;
}

/** Into this round's Terugblik (after the Uitvoering). */
export function toTerugblik(s: GameState): GameState {
  return advance(s, 2);
}

/** One card pledged by `role` to each of the first `n` open projects: cards spread thin. */
export function spreadPledges(s0: GameState, n: number, role: RoleId = 'bibliotheek'): GameState {
  let s = s0;
  for (const id of s.projects.table.slice(0, n)) {
    const r = RESOURCES.find((x) => (projectCard(id).needs[x] ?? 0) > 0)!;
    s = give(s, role, { [r]: 1 });
    s = act(s, role, { type: 'pledge', projectId: id, resources: { [r]: 1 } });
  }
  return s;
}
