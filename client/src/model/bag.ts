import { RESOURCES, type Bag, type Locale, type ResourceId } from '../../../shared/model/ids';
import { resourceName } from './cards';

// Bags as the player reads them: resource, count, name, in the game's fixed order.

export interface BagEntry {
  resource: ResourceId;
  count: number;
}

export function bagEntries(bag: Bag | undefined): BagEntry[] {
  if (!bag) return [];
  return RESOURCES.filter((r) => (bag[r] ?? 0) > 0).map((r) => ({ resource: r, count: bag[r] ?? 0 }));
}

export function bagTotal(bag: Bag | undefined): number {
  return bagEntries(bag).reduce((n, e) => n + e.count, 0);
}

/** "2 Budget, 1 Locatie" — or the word for nothing. */
export function formatBag(bag: Bag | undefined, locale: Locale, nothing = locale === 'nl' ? 'niets' : 'nothing'): string {
  const entries = bagEntries(bag);
  if (entries.length === 0) return nothing;
  return entries.map((e) => `${e.count} ${resourceName(e.resource, locale)}`).join(', ');
}

/** Remove zero counts so a bag sent to the server is normalised. */
export function cleanBag(bag: Bag): Bag {
  const out: Bag = {};
  for (const r of RESOURCES) {
    const n = bag[r] ?? 0;
    if (n > 0) out[r] = n;
  }
  return out;
}

export function sumBags(bags: (Bag | undefined)[]): Bag {
  const out: Bag = {};
  for (const b of bags) for (const e of bagEntries(b)) out[e.resource] = (out[e.resource] ?? 0) + e.count;
  return out;
}

export function setCount(bag: Bag, r: ResourceId, n: number): Bag {
  return cleanBag({ ...bag, [r]: Math.max(0, Math.floor(n)) });
}

/** `bag` as far as `hand` covers it (a counter-offer starts from what I can give). */
export function capped(bag: Bag, hand: Bag): Bag {
  const out: Bag = {};
  for (const [r, n] of Object.entries(bag) as [keyof Bag, number][]) {
    const k = Math.min(n, hand[r] ?? 0);
    if (k > 0) out[r] = k;
  }
  return out;
}
