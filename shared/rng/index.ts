// mulberry32: a tiny, fast, well-distributed 32-bit PRNG. Its whole state is one uint32 that lives
// in GameState, so a game is reproducible from its seed and actions alone.

export interface Rng {
  state: number;
}

/** A float in [0, 1); advances the generator. */
export function nextFloat(rng: Rng): number {
  let s = (rng.state + 0x6d2b79f5) | 0;
  rng.state = s >>> 0;
  let t = Math.imul(s ^ (s >>> 15), 1 | s);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

/** An integer in [0, n). */
export function nextInt(rng: Rng, n: number): number {
  return Math.floor(nextFloat(rng) * n);
}

/** A shuffled copy (Fisher–Yates). */
export function shuffled<T>(rng: Rng, items: readonly T[]): T[] {
  const out = items.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = nextInt(rng, i + 1);
    const tmp = out[i];
    out[i] = out[j];
    out[j] = tmp;
  }
  return out;
}

/** Turn any seed number into a valid generator state. */
export function seedState(seed: number): number {
  return (Math.trunc(seed) ^ 0x9e3779b9) >>> 0;
}
