import type { Debrief } from '../../../shared/debrief/types';

// The debrief for the wall, from GET /api/games/<code>/debrief with the projector's own key. Only
// its `debrief` part is kept (the answer also holds the full record, which the wall has no use for).
// A few tries with growing waits: the server may still be storing the game's end (409) or busy.

const WAITS_MS = [0, 1000, 2000, 4000, 8000];

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function fetchDebrief(endpoint: string, code: string, key: string | null): Promise<Debrief> {
  let last: unknown = null;
  for (const wait of WAITS_MS) {
    await sleep(wait);
    try {
      const res = await fetch(new URL(`/api/games/${encodeURIComponent(code)}/debrief`, endpoint), {
        headers: key ? { Authorization: `Bearer ${key}` } : {},
        cache: 'no-store',
      });
      if (res.ok) return ((await res.json()) as { debrief: Debrief }).debrief;
      last = new Error(`debrief: ${res.status}`);
    } catch (e) {
      last = e;
    }
  }
  throw last;
}
