import { add, isEmpty, total } from '../model/bag';
import { RESOURCES, type Bag, type ResourceId, type RoleId } from '../model/ids';
import { interestMet, onBoardCount } from '../rules/scoring';
import { targetFor } from '../rules/config';
import type { GameState } from '../rules/types';
import { personasOf } from './personas';
import { transfers } from './walk';

// The krachtenanalyse of a game: per partner what it brought, what it got and whom it depended on,
// and the functions it had in the network (seed 002: a partner can be where people are found, a
// referrer, a trainer; the gemeente funds and gives backing). Plus the figures the afwegingstabel
// (the preconditions of a collaboration) shows beside each question. Plain data; see strengths-text.ts.

/** What a partner did for the network: find people, keep and refer them, train, fund and back. */
export const PARTNER_FUNCTIONS = ['vindplaats', 'doorverwijzer', 'trainer', 'geldgever'] as const;
export type PartnerFunction = (typeof PARTNER_FUNCTIONS)[number];

export interface DependsOn {
  role: RoleId;
  /** Cards it put into completed projects this partner was in, plus cards it handed this partner. */
  cards: number;
  resources: ResourceId[];
}

export interface StrengthRow {
  role: RoleId;
  functions: PartnerFunction[];
  /** Holds: residents kept with one of its cards (a take-up of a referral included); referrals: residents it referred. */
  brings: { projects: Bag; partners: Bag; holds: number; referrals: number };
  gets: { partners: Bag; projects: string[]; reached: number; interestsMet: string[]; interests: number };
  dependsOn: DependsOn[];
}

export interface Preconditions {
  onBoard: number;
  target: number;
  shown: number;
  interests: number;
  shownToOne: number;
  active: number;
  partners: number;
  budgetUsed: number;
  budgetLeft: number;
  gemeenteProjects: number | null;
  held: number;
  dropped: number;
  byRound: number[];
  figuresUsed: number;
}

export interface Strengths {
  rows: StrengthRow[];
  preconditions: Preconditions;
}

function functionsOf(projects: Bag, partners: Bag, holds: number, referrals: number): PartnerFunction[] {
  const out: PartnerFunction[] = [];
  if ((projects.bereik ?? 0) + (partners.bereik ?? 0) > 0) out.push('vindplaats');
  // A referrer passes people on (a referral) or keeps them in the network (a hold).
  if (referrals + holds > 0) out.push('doorverwijzer');
  if ((projects.expertise ?? 0) + (projects.vrijwilligers ?? 0) > 0) out.push('trainer');
  if ((projects.budget ?? 0) + (projects.draagvlak ?? 0) > 0) out.push('geldgever');
  return out;
}

function dependsOf(s: GameState, role: RoleId): DependsOn[] {
  const by = new Map<RoleId, Bag>();
  const put = (r: RoleId, bag: Bag) => by.set(r, add(by.get(r) ?? {}, bag));
  for (const c of s.projects.completed) {
    if (!c.contributions[role] || isEmpty(c.contributions[role]!)) continue;
    for (const [r, bag] of Object.entries(c.contributions)) if (r !== role && bag) put(r as RoleId, bag);
  }
  for (const t of transfers(s)) if (t.to === role) put(t.from, t.bag);
  return [...by]
    .map(([r, bag]) => ({ role: r, cards: total(bag), resources: RESOURCES.filter((x) => (bag[x] ?? 0) > 0) }))
    .filter((d) => d.cards > 0)
    .sort((a, b) => b.cards - a.cards || s.config.roles.indexOf(a.role) - s.config.roles.indexOf(b.role));
}

export function strengthsOf(s: GameState): Strengths {
  const moved = transfers(s);
  const rows = s.config.roles.map((role): StrengthRow => {
    const joined = s.projects.completed.filter((c) => c.contributions[role] && !isEmpty(c.contributions[role]!));
    const projects = joined.reduce<Bag>((acc, c) => add(acc, c.contributions[role]!), {});
    const partners = moved.filter((t) => t.from === role).reduce<Bag>((acc, t) => add(acc, t.bag), {});
    const got = moved.filter((t) => t.to === role).reduce<Bag>((acc, t) => add(acc, t.bag), {});
    const holds = s.log.filter((e) => e.t === 'held' && 'role' in e.by && e.by.role === role).length;
    const referrals = s.log.filter((e) => e.t === 'referred' && e.from === role).length;
    const interests = s.partners[role]!.interests;
    return {
      role,
      functions: functionsOf(projects, partners, holds, referrals),
      brings: { projects, partners, holds, referrals },
      gets: {
        partners: got,
        projects: joined.map((c) => c.id),
        reached: joined.reduce((n, c) => n + c.personas.length, 0),
        interestsMet: interests.filter((id) => interestMet(s, role, id)),
        interests: interests.length,
      },
      dependsOn: dependsOf(s, role),
    };
  });
  return { rows, preconditions: preconditionsOf(s, rows) };
}

function preconditionsOf(s: GameState, rows: StrengthRow[]): Preconditions {
  const byRound = personasOf(s).chart.byRound.map((p) => p.onBoard);
  const dealt = s.config.roles.flatMap((r) => s.partners[r]!.interests.map((id) => ({ r, id })));
  const shownTo = (r: RoleId, id: string) => s.disclosures.filter((d) => d.role === r && d.interestId === id);
  const budgetUsed = rows.reduce((n, row) => n + (row.brings.projects.budget ?? 0), 0);
  const gemeente = rows.find((r) => r.role === 'gemeente');
  return {
    onBoard: s.result?.onBoard ?? onBoardCount(s),
    target: targetFor(s.config),
    shown: dealt.filter(({ r, id }) => shownTo(r, id).length > 0).length,
    interests: dealt.length,
    shownToOne: dealt.filter(({ r, id }) => shownTo(r, id).length > 0 && shownTo(r, id).every((d) => d.to !== 'all')).length,
    active: rows.filter((r) => r.gets.projects.length > 0).length,
    partners: rows.length,
    budgetUsed,
    budgetLeft: s.config.roles.reduce((n, r) => n + (s.partners[r]!.hand.budget ?? 0), 0),
    gemeenteProjects: gemeente ? gemeente.gets.projects.length : null,
    held: s.log.filter((e) => e.t === 'held').length,
    dropped: s.log.filter((e) => e.t === 'dropped').length,
    byRound,
    figuresUsed: rows.reduce((n, row) => n + (row.brings.projects.cijfers ?? 0), 0),
  };
}
