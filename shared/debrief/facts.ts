import { cardsOf, type Cards } from '../content';
import { add, total } from '../model/bag';
import type { Bag, RoleId } from '../model/ids';
import type { GameState } from '../rules/types';
import type { GuessesDebrief, NetworkDebrief, PartnerInterests, PersonasDebrief, PlayerStats } from './types';
import { foldOf, type LogFold } from './fold';
import { sumBags } from './walk';

// What the lesson rules read: the debrief's parts plus a few sums over the final state, gathered
// once so every rule is a short, readable condition.

export interface Facts {
  /** The cards the game played (its edition's). */
  cards: Cards;
  roles: RoleId[];
  seats: number;
  rounds: number;
  /** Uitvoeringen that have happened (rounds whose projects were carried out). */
  executed: number;
  ended: boolean;
  target: number;
  onBoard: number;
  completed: { projectId: string; round: number; partners: readonly RoleId[]; contributions: Readonly<Partial<Record<RoleId, Readonly<Bag>>>> }[];
  /** Completed projects per round, index 0 = round 1 (for the rounds executed). */
  completedByRound: number[];
  /** What each partner holds now (at the end: what was left unused). */
  hands: Partial<Record<RoleId, Bag>>;
  /** Cards in completed projects, cards taken back from projects, cards left pledged on unfinished ones. */
  kept: number;
  unpledged: number;
  stranded: number;
  strandedProjects: string[];
  /** The most open projects that held pledges at the same moment (the console warns from 3 on). */
  spreadMax: number;
  /** Cards each partner gave away as gifts. */
  giftCards: Partial<Record<RoleId, number>>;
  interests: PartnerInterests[];
  personas: PersonasDebrief;
  network: NetworkDebrief;
  players: PlayerStats[];
  guesses: GuessesDebrief;
}

export type Parts = Pick<Facts, 'interests' | 'personas' | 'network' | 'players' | 'guesses'>;

/** `fold`: the game's log read (fold.ts), when the caller has it. */
export function factsOf(s: GameState, parts: Parts, fold: LogFold = foldOf(s)): Facts {
  const byId = new Map(s.projects.completed.map((c) => [`${c.id}`, c.contributions]));
  const completed = fold.completions.map((c) => ({ ...c, contributions: byId.get(c.projectId) ?? {} }));
  const executed = parts.personas.chart.byRound.length;
  const completedByRound = Array.from({ length: executed }, (_, i) => completed.filter((c) => c.round === i + 1).length);
  const openPledged = s.projects.table.filter((id) => total(sumBags(Object.values(s.pledges[id] ?? {}))) > 0);
  const hands: Partial<Record<RoleId, Bag>> = {};
  const giftCards: Partial<Record<RoleId, number>> = {};
  for (const r of s.config.roles) {
    hands[r] = { ...s.partners[r]!.hand };
    giftCards[r] = fold.tallies.get(r)!.giftCards;
  }
  return {
    cards: cardsOf(s),
    roles: s.config.roles.slice(),
    seats: s.config.roles.length,
    rounds: Math.max(s.config.rounds, fold.rounds),
    executed,
    ended: s.status === 'ended',
    target: parts.personas.chart.target,
    onBoard: parts.personas.chart.final,
    completed,
    completedByRound,
    hands,
    kept: completed.reduce((n, c) => n + total(sumBags(Object.values(c.contributions))), 0),
    unpledged: fold.unpledged,
    stranded: openPledged.reduce((n, id) => n + total(sumBags(Object.values(s.pledges[id]))), 0),
    strandedProjects: openPledged,
    spreadMax: fold.spreadMax,
    giftCards,
    ...parts,
  };
}

// Small look-ups the rules share.

export function player(f: Facts, role: RoleId): PlayerStats | undefined {
  return f.players.find((p) => p.role === role);
}

/** Cards of a resource still in hand, all partners together. */
export function inHands(f: Facts, resource: keyof Bag): number {
  return f.roles.reduce((n, r) => n + (f.hands[r]![resource] ?? 0), 0);
}

/** Cards of a resource that went into completed projects, all partners together. */
export function usedInProjects(f: Facts, resource: keyof Bag, role?: RoleId): number {
  let sum: Bag = {};
  for (const c of f.completed) for (const [r, bag] of Object.entries(c.contributions)) if (!role || r === role) sum = add(sum, bag!);
  return sum[resource] ?? 0;
}

/** Completed projects a role put `resource` into. */
export function projectsWith(f: Facts, resource: keyof Bag, role?: RoleId): string[] {
  return f.completed
    .filter((c) => Object.entries(c.contributions).some(([r, bag]) => (!role || r === role) && (bag![resource] ?? 0) > 0))
    .map((c) => c.projectId);
}

export function domainsOf(f: Facts, projectIds: readonly string[]): string[] {
  return [...new Set(projectIds.flatMap((id) => f.cards.projectCard(id).domains))];
}

export const clamp = (x: number): number => Math.round(Math.max(0, Math.min(1, x)) * 100) / 100;
