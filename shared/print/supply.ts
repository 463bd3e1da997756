import type { Content, EventCard, RoleCard } from '../content/schema';
import { RESOURCES, type Bag, type ResourceId, type RoleId } from '../model/ids';
import { PERSONAS_BY_SEATS, RESULTS_PER_SUPPORT } from '../rules/config';

// How many resource cards a paper table needs. The digital game has no bank: a partner's hand grows
// by its starting hand, its income from round 2 on, the events' gains and the draagvlak results make. On paper those cards come
// from a supply, and cards put into a completed project or paid to hold a resident go back to it.
// The kit prints, per resource, the most that can ever enter a game at this table size, whichever
// partners play: so the supply never runs out, and no number is copied from the engine.

/** Every way to pick `k` items from `items`, in order. */
function combinations<T>(items: readonly T[], k: number): T[][] {
  if (k === 0) return [[]];
  if (items.length < k) return [];
  const [first, ...rest] = items;
  return [...combinations(rest, k - 1).map((c) => [first, ...c]), ...combinations(rest, k)];
}

/** What one event hands out of `resource` to the partners at this table. */
export function eventGain(event: EventCard, resource: ResourceId, roles: readonly RoleId[]): number {
  let n = 0;
  for (const e of event.effects) {
    if (e.kind !== 'gain' || e.resource !== resource) continue;
    n += e.amount * (e.roles ? roles.filter((r) => e.roles!.includes(r)).length : roles.length);
  }
  return n;
}

/** The most of `resource` that can enter a game with these partners over `rounds` rounds (one event each). */
export function mostEntering(content: Content, roles: readonly RoleId[], rounds: number, resource: ResourceId): number {
  const cards = roles.map((id) => content.roles.find((r) => r.id === id) as RoleCard);
  const dealt = cards.reduce((n, r) => n + (r.hand[resource] ?? 0) + (rounds - 1) * (r.income[resource] ?? 0), 0);
  // The events are drawn without putting back, so at most the `rounds` most generous ones.
  const gains = content.events.map((e) => eventGain(e, resource, roles)).sort((a, b) => b - a);
  // Results make draagvlak: at most one card per project that reached someone (one person each, at least).
  const support = resource === 'draagvlak' ? Math.floor(PERSONAS_BY_SEATS[roles.length] / RESULTS_PER_SUPPORT[roles.length]) : 0;
  return dealt + gains.slice(0, rounds).reduce((a, b) => a + b, 0) + support;
}

/** Resource cards to print for a table of `seats`: per resource, the most over every choice of partners. */
export function resourceSupply(content: Content, seats: number, rounds: number): Required<Bag> {
  const out = Object.fromEntries(RESOURCES.map((r) => [r, 0])) as Required<Bag>;
  for (const roles of combinations(content.roles.map((r) => r.id), seats)) {
    for (const r of RESOURCES) out[r] = Math.max(out[r], mostEntering(content, roles, rounds, r));
  }
  return out;
}
