import { interestDeck, projectCard } from '../../../shared/content';
import type { DomainId, RoleId } from '../../../shared/model/ids';
import type { GameState } from '../../../shared/rules';
import { act, finish, FOUR, give, inOverleg, nextRound, pledgeProject, toTerugblik } from './table';

// Small games that each show (or do not show) something a lesson rule reads. Built with engine
// moves; hands are topped up so the cases do not depend on the content's numbers.

/** Nobody does anything for the whole game. */
export const idle = (): GameState => finish(inOverleg(FOUR, 42));

/** All four complete a project every round, each in a domain not yet covered where possible. */
export function coop(): GameState {
  let s = inOverleg(FOUR, 42);
  const covered = new Set<DomainId>();
  for (let round = 1; round <= 4; round++) {
    const fresh = s.projects.table.some((id) => projectCard(id).domains.some((d) => !covered.has(d)) && (projectCard(id).needs.vrijwilligers ?? 0) > 0);
    const done = pledgeProject(s, FOUR, { pick: (c) => (c.needs.vrijwilligers ?? 0) > 0 && (!fresh || c.domains.some((d) => !covered.has(d))) });
    projectCard(done.projectId).domains.forEach((d) => covered.add(d));
    s = round < 4 ? nextRound(done.s) : finish(done.s);
  }
  return s;
}

/** Only `roles` complete one project in round 1 (or `round`), then nothing more. */
export function only(roles: RoleId[], opts: { round?: number; seats?: RoleId[]; pick?: Parameters<typeof pledgeProject>[2] } = {}): GameState {
  let s = inOverleg(opts.seats ?? FOUR, 42);
  for (let r = 1; r < (opts.round ?? 1); r++) s = nextRound(s);
  return finish(pledgeProject(s, roles, opts.pick).s);
}

/** The same three partners complete a project in rounds 1–3; the fourth does nothing. */
export function trio(): GameState {
  let s = inOverleg(FOUR, 42);
  for (let round = 1; round <= 3; round++) s = nextRound(pledgeProject(s, ['bibliotheek', 'gemeente', 'uwv']).s);
  return finish(s);
}

/** A round-1 project whose residents are all kept hold of with a card in the Terugblik. */
export function heldAll(): GameState {
  let s = toTerugblik(pledgeProject(inOverleg(FOUR, 42), ['uwv', 'welzijn'], { pick: (c) => c.reach >= 2 }).s);
  const reached = Object.values(s.personas).filter((p) => p.status === 'reached');
  s = give(s, 'welzijn', { bereik: reached.length });
  for (const p of reached) s = act(s, 'welzijn', { type: 'hold', personaId: p.id, resource: 'bereik' });
  return finish(s);
}

/** Cards pledged to a project that is never completed, and some taken back. */
export function stranded(): GameState {
  let s = inOverleg(FOUR, 42);
  const open = s.projects.table.find((id) => projectCard(id).minPartners >= 2)!;
  const needs = projectCard(open).needs;
  const first = Object.keys(needs)[0] as keyof typeof needs;
  s = give(s, 'uwv', { [first]: 2 });
  s = act(s, 'uwv', { type: 'pledge', projectId: open, resources: { [first]: 1 } });
  s = act(s, 'uwv', { type: 'unpledge', projectId: open, resources: { [first]: 1 } });
  s = act(s, 'uwv', { type: 'pledge', projectId: open, resources: { [first]: needs[first]! > 1 ? 2 : 1 } });
  const second = Object.keys(needs)[1] as keyof typeof needs;
  s = give(s, 'welzijn', { [second]: needs[second]! });
  s = act(s, 'welzijn', { type: 'pledge', projectId: open, resources: { [second]: needs[second]! } });
  return finish(s);
}

/** The gemeente trades with every other partner; they do nothing with each other. */
export function star(): GameState {
  let s = give(inOverleg(FOUR, 42), 'gemeente', { draagvlak: 6 });
  for (const other of ['bibliotheek', 'uwv', 'welzijn'] as RoleId[]) {
    s = act(s, 'gemeente', { type: 'gift', to: other, resources: { draagvlak: 1 } });
    s = act(s, 'gemeente', { type: 'gift', to: other, resources: { draagvlak: 1 } });
  }
  return finish(s);
}

/** Welzijn gives cards away but joins no project; bibliotheek and uwv complete one. */
export function giver(): GameState {
  let s = give(inOverleg(FOUR, 42), 'welzijn', { bereik: 3 });
  s = act(s, 'welzijn', { type: 'gift', to: 'bibliotheek', resources: { bereik: 2 } });
  s = act(s, 'welzijn', { type: 'gift', to: 'uwv', resources: { bereik: 1 } });
  return finish(pledgeProject(s, ['bibliotheek', 'uwv']).s);
}

/** Nobody shows a card and an offer is declined; `open` puts every card on the table first. */
export function declined(open: boolean): GameState {
  let s = give(inOverleg(FOUR, 42), 'gemeente', { budget: 1 });
  if (open) for (const r of FOUR) for (const id of s.partners[r]!.interests) s = act(s, r, { type: 'disclose', interestId: id, to: 'all' });
  s = act(s, 'gemeente', { type: 'proposeTrade', to: 'uwv', give: { budget: 1 }, get: { bereik: 1 } });
  s = act(s, 'uwv', { type: 'declineTrade', offerId: s.offers[0].id });
  return finish(s);
}

/** Every seat guesses two partners' interests: all wrong, or all right. */
export function guessed(right: boolean): GameState {
  let s = inOverleg(FOUR, 42);
  for (const [seat, target] of [[0, 'gemeente'], [1, 'uwv']] as [number, RoleId][]) {
    const truth = s.partners[target]!.interests;
    const ids = right ? truth : interestDeck(target).map((i) => i.id).filter((id) => !truth.includes(id)).slice(0, truth.length);
    s = act(s, s.seats[seat], { type: 'guess', target, interestIds: ids });
  }
  return finish(s);
}

/** A table of `roles` that does nothing. */
export const finishIdle = (roles: RoleId[]): GameState => finish(inOverleg(roles, 42));
