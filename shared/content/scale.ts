import type { InterestRule } from './schema';

// Interest cards are written for a table of four. At a larger table partners join more projects,
// so the numbers on participation cards grow with the table (and shrink at three), measured from
// the balance simulation: a Verbinder joins 2.7, 4.4, 6.0 and 6.4 completed projects at 3, 4, 6
// and 8 seats. Where the scaled number still proved too easy or too hard for the card's holder at
// some table size, the card names its own number there (`at`). A card's text shows its number as
// {n}, filled in for the table being played.

export const PARTICIPATION_SCALE: Record<number, number> = { 3: 0.65, 4: 1, 5: 1.2, 6: 1.35, 7: 1.4, 8: 1.45 };

export function scaled(base: number, seats: number): number {
  return Math.max(1, Math.round(base * (PARTICIPATION_SCALE[seats] ?? 1)));
}

/**
 * The rule as it applies at a table of `seats`: the card's own number for that table where it has
 * one (`at`), else participation numbers scaled and the rest as written.
 */
export function ruleAt(rule: InterestRule, seats: number): InterestRule {
  const fixed = rule.at?.[String(seats) as keyof NonNullable<InterestRule['at']>];
  switch (rule.kind) {
    case 'projects':
      return { ...rule, count: fixed ?? scaled(rule.count, seats) };
    case 'projectWith':
      return { ...rule, count: fixed ?? scaled(rule.count ?? 1, seats) };
    case 'spread':
      return { ...rule, projects: fixed ?? Math.max(2, scaled(rule.projects, seats)) };
    case 'personas':
      return { ...rule, count: fixed ?? scaled(rule.count, seats) };
    case 'neverGave':
    case 'keep':
      return fixed === undefined ? rule : { ...rule, used: fixed };
    case 'earmark':
    case 'received':
    case 'noneLost':
      return fixed === undefined ? rule : { ...rule, min: fixed };
    case 'team':
      return fixed === undefined ? rule : { ...rule, extra: fixed };
  }
}

/** The number a card's text shows as {n} at this table: the one that grows with the table, or its main one. */
export function ruleNumber(rule: InterestRule, seats: number): number | null {
  const r = ruleAt(rule, seats);
  switch (r.kind) {
    case 'projects':
    case 'personas':
      return r.count;
    case 'projectWith':
      return r.count ?? 1;
    case 'spread':
      return r.projects;
    case 'neverGave':
      return r.used ?? 1;
    case 'keep':
      // What to put into projects (the number kept back is written on the card).
      return r.used ?? r.min;
    case 'earmark':
    case 'received':
      return r.min;
    case 'team':
      return r.extra;
    case 'noneLost':
      return r.min ?? null;
  }
}

/** A card's text for a table of `seats`: {n} replaced by the number that applies there. */
export function fillText(text: string, rule: InterestRule, seats: number): string {
  const n = ruleNumber(rule, seats);
  return n === null ? text : text.replaceAll('{n}', String(n));
}
