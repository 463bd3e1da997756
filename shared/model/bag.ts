import { RESOURCES, type Bag, type ResourceId } from './ids';

// Pure helpers over resource bags. Every result is normalised: no zero or missing-vs-zero ambiguity,
// keys in RESOURCES order, so two equal bags serialise identically.

/** Bags made once, frozen, already well formed and normalised (`normalBag`): checks take them as they are. */
const NORMAL = new WeakSet<object>();

/** `bag` frozen and known as normalised; `bag` must be well formed and normalised already. */
export function normalBag(bag: Bag): Bag {
  if (!isWellFormed(bag) || !sameBag(bag, normalize(bag))) throw new Error(`not a normal bag: ${JSON.stringify(bag)}`);
  NORMAL.add(Object.freeze(bag));
  return bag;
}

/** Whether `bag` is one made by `normalBag` (well formed, normalised, never changed). */
export function isNormal(bag: unknown): bag is Bag {
  return typeof bag === 'object' && bag !== null && NORMAL.has(bag);
}

function sameBag(a: Bag, b: Bag): boolean {
  const ka = Object.keys(a);
  return ka.length === Object.keys(b).length && ka.every((k, i) => Object.keys(b)[i] === k && a[k as ResourceId] === b[k as ResourceId]);
}

export function normalize(bag: Bag): Bag {
  const out: Bag = {};
  for (const r of RESOURCES) {
    const n = bag[r] ?? 0;
    if (n !== 0) out[r] = n;
  }
  return out;
}

export function add(a: Bag, b: Bag): Bag {
  const out: Bag = {};
  for (const r of RESOURCES) {
    const n = (a[r] ?? 0) + (b[r] ?? 0);
    if (n !== 0) out[r] = n;
  }
  return out;
}

/** Adds `bag` into `into`, in place (`into` is the caller's own; `normalize` puts it in order). */
export function addInto(into: Bag, bag: Bag): void {
  for (const r in bag) into[r as ResourceId] = (into[r as ResourceId] ?? 0) + bag[r as ResourceId]!;
}

export function subtract(a: Bag, b: Bag): Bag {
  const out: Bag = {};
  for (const r of RESOURCES) {
    const n = (a[r] ?? 0) - (b[r] ?? 0);
    if (n !== 0) out[r] = n;
  }
  return out;
}

/** True when `have` holds at least everything in `need`. */
export function covers(have: Bag, need: Bag): boolean {
  // The kinds `need` holds, not every kind: a bag has one to three, and asking a small object for
  // its own keys (for-in, order no matter here) is several times faster than a keyed read per kind.
  for (const r in need) if ((have[r as ResourceId] ?? 0) < (need[r as ResourceId] ?? 0)) return false;
  return true;
}

export function total(bag: Bag): number {
  let n = 0;
  for (const r in bag) n += bag[r as ResourceId] ?? 0;
  return n;
}

/** Which kinds `bag` holds, a bit each (bit i for RESOURCES[i]). */
export function kindBits(bag: Bag): number {
  // Over the bag's own kinds (one to three), not every kind by name: several times faster on small objects.
  let bits = 0;
  for (const r in bag) if ((bag[r as ResourceId] ?? 0) > 0) bits |= KIND_BIT[r as ResourceId];
  return bits;
}

const KIND_BIT = Object.fromEntries(RESOURCES.map((r, i) => [r, 1 << i])) as Record<ResourceId, number>;

export function isEmpty(bag: Bag): boolean {
  return total(bag) === 0;
}

/** What is still missing from `have` to reach `need` (never negative). */
export function missing(have: Bag, need: Bag): Bag {
  const out: Bag = {};
  for (const r of RESOURCES) {
    const n = (need[r] ?? 0) - (have[r] ?? 0);
    if (n > 0) out[r] = n;
  }
  return out;
}

export function amount(bag: Bag, r: ResourceId): number {
  return bag[r] ?? 0;
}

export function single(r: ResourceId, n = 1): Bag {
  return normalize({ [r]: n });
}

/** A bag whose every amount is a whole number from 0 up (the shape every message must have). */
export function isWellFormed(bag: Bag): boolean {
  for (const k of Object.keys(bag)) {
    const v = bag[k as ResourceId];
    if (!(RESOURCES as readonly string[]).includes(k) || !Number.isInteger(v) || (v as number) < 0) return false;
  }
  return true;
}
