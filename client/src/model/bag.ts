import { add, normalize, total } from '../../../shared/model/bag';
import { RESOURCES, type Bag, type Locale, type ResourceId } from '../../../shared/model/ids';
import { translate } from '../i18n';
import { resourceName } from './cards';

// Bags as the player reads and edits them. The arithmetic is shared/model/bag's; here only what a
// screen needs on top: entries in the game's fixed order, the bag in words, the counters' edits.

export interface BagEntry {
  resource: ResourceId;
  count: number;
}

export function bagEntries(bag: Bag | undefined): BagEntry[] {
  if (!bag) return [];
  return RESOURCES.filter((r) => (bag[r] ?? 0) > 0).map((r) => ({ resource: r, count: bag[r] ?? 0 }));
}

export const bagTotal = (bag: Bag | undefined): number => (bag ? total(bag) : 0);

/** "2 Budget, 1 Locatie" — or the word for nothing. */
export function formatBag(bag: Bag | undefined, locale: Locale, nothing = translate(locale, 'nothingBag')): string {
  const entries = bagEntries(bag);
  if (entries.length === 0) return nothing;
  return entries.map((e) => `${e.count} ${resourceName(e.resource, locale)}`).join(', ');
}

/** Without zero counts, so a bag sent to the server is normalised. */
export const cleanBag = (bag: Bag): Bag => normalize(bag);

export const sumBags = (bags: (Bag | undefined)[]): Bag => bags.reduce<Bag>((sum, b) => (b ? add(sum, b) : sum), {});

export function setCount(bag: Bag, r: ResourceId, n: number): Bag {
  return normalize({ ...bag, [r]: Math.max(0, Math.floor(n)) });
}

/** `bag` as far as `hand` covers it (a counter-offer starts from what I can give). */
export function capped(bag: Bag, hand: Bag): Bag {
  const out: Bag = {};
  for (const r of RESOURCES) {
    const k = Math.min(bag[r] ?? 0, hand[r] ?? 0);
    if (k > 0) out[r] = k;
  }
  return out;
}
