import { cardsOf } from '../content';
import type { InterestRule } from '../content/schema';
import { ruleAt } from '../content/scale';
import { isEmpty, total } from '../model/bag';
import { RESOURCES, type Bag, type ResourceId, type RoleId } from '../model/ids';
import { targetFor } from './config';
import type { CompletedProject, GameResult, GameState } from './types';

// Interest rules and the team score, read from the state as it stands. The same functions answer
// "is my interest met?" during play and score the end.

export function isOnBoard(s: GameState, personaId: string): boolean {
  const status = s.personas[personaId].status;
  return status === 'reached' || status === 'held';
}

export function onBoardCount(s: GameState): number {
  let n = 0;
  for (const id in s.personas) if (isOnBoard(s, id)) n++;
  return n;
}

function joined(c: CompletedProject, role: RoleId): boolean {
  const b = c.contributions[role];
  return !!b && !isEmpty(b);
}

export function ruleMet(s: GameState, role: RoleId, rule: InterestRule): boolean {
  const mine = s.projects.completed.filter((c) => joined(c, role));
  const partner = s.partners[role]!;
  switch (rule.kind) {
    case 'projects':
      return mine.filter((c) => !rule.domain || cardsOf(s).projectCard(c.id).domains.includes(rule.domain)).length >= rule.count;
    case 'projectWith':
      return mine.filter((c) => joined(c, rule.role)).length >= (rule.count ?? 1);
    case 'earmark': {
      let inside = 0;
      for (const c of mine) {
        const n = c.contributions[role]![rule.resource] ?? 0;
        if (n === 0) continue;
        if (!cardsOf(s).projectCard(c.id).domains.some((d) => rule.domains.includes(d))) return false;
        inside += n;
      }
      return inside >= rule.min;
    }
    case 'keep':
      // Keeping back is a choice only for a partner who takes part: an idle partner meets nothing.
      return mine.length > 0 && usedIn(mine, role, rule.resource) >= (rule.used ?? 0) && (partner.hand[rule.resource] ?? 0) >= rule.min;
    case 'spread':
      return mine.filter((c) => (c.contributions[role]![rule.resource] ?? 0) > 0).length >= rule.projects;
    case 'personas':
      return (
        mine.length > 0 &&
        Object.keys(s.personas).filter(
          (id) => isOnBoard(s, id) && (!rule.domain || cardsOf(s).personaCard(id).domain === rule.domain),
        ).length >= rule.count
      );
    case 'noneLost': {
      const ids = new Set(mine.map((c) => c.id));
      const reached = Object.values(s.personas).filter((p) => p.reachedBy !== null && ids.has(p.reachedBy));
      return reached.length >= (rule.min ?? 1) && reached.every((p) => p.status !== 'dropped');
    }
    case 'received':
      // Help, not a swap: gifts and what a trade brought beyond its price, less what you gave away
      // of the same kind (a gift and a gift back change nothing).
      return (partner.helped[rule.resource] ?? 0) - (partner.gifted[rule.resource] ?? 0) >= rule.min;
    case 'neverGave':
      return (partner.gave[rule.resource] ?? 0) === 0 && usedIn(inDomains(s, mine, rule.domains), role, rule.resource) >= (rule.used ?? 1);
    case 'team':
      return mine.length > 0 && onBoardCount(s) >= targetFor(s.config) + rule.extra;
  }
}

/**
 * Whether a rule met now can still be lost before the end (what is kept, never given, on board or
 * received on balance is only settled when the game ends); the others, once met, stay met.
 */
export function settlesAtEnd(rule: InterestRule): boolean {
  return rule.kind !== 'projects' && rule.kind !== 'projectWith' && rule.kind !== 'spread';
}

/**
 * The help in a trade for the side that got `got` and paid `paid`: what it got beyond the number of
 * cards it paid, counted in the kinds it got (in the order of the resource list). An even swap is no help.
 */
export function tradeHelp(got: Bag, paid: Bag): Bag {
  let surplus = total(got) - total(paid);
  const help: Bag = {};
  for (const r of RESOURCES) {
    if (surplus <= 0) break;
    const n = Math.min(surplus, got[r] ?? 0);
    if (n > 0) help[r] = n;
    surplus -= n;
  }
  return help;
}

function inDomains(s: GameState, mine: CompletedProject[], domains: readonly string[] | undefined): CompletedProject[] {
  return domains ? mine.filter((c) => cardsOf(s).projectCard(c.id).domains.some((d) => domains.includes(d))) : mine;
}

/** Cards of a resource a partner put into the completed projects it joined. */
function usedIn(mine: CompletedProject[], role: RoleId, resource: ResourceId): number {
  return mine.reduce((n, c) => n + (c.contributions[role]![resource] ?? 0), 0);
}

export function interestMet(s: GameState, role: RoleId, interestId: string): boolean {
  return ruleMet(s, role, ruleAt(cardsOf(s).interestCard(interestId).rule, s.config.roles.length));
}

export function computeResult(s: GameState, endedEarly: boolean): GameResult {
  const interests: GameResult['interests'] = {};
  for (const role of s.config.roles) {
    interests[role] = s.partners[role]!.interests.map((id) => ({
      id,
      met: interestMet(s, role, id),
      points: cardsOf(s).interestCard(id).points,
    }));
  }
  const seatScores = s.seats.map((role) =>
    interests[role]!.reduce((sum, i) => sum + (i.met ? i.points : 0), 0),
  );
  const onBoard = onBoardCount(s);
  const target = targetFor(s.config);
  return { onBoard, target, won: onBoard >= target, interests, seatScores, endedEarly };
}
