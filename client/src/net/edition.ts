import type { Edition } from '../../../shared/edition/format';
import { playedContent } from '../../../shared/edition/played';
import { hasEdition, registerEdition } from '../model/content';
import { showEdition } from '../model/cards';

// A game that plays an edition names it in its view (view.edition, the edition's hash). Before such a
// view is shown, the edition is fetched from the server (GET /api/editions/by-hash/<hash>) and its
// cards registered, so the first render already has the edition's names (no flash of the standard
// ones). The server checked the edition when it was saved and again when the game started, so the
// browser trusts its content (and zod stays out of the download); its texts are only ever rendered as
// text. An edition that cannot be fetched leaves the standard cards (unknown cards show their ids).

const WAITS_MS = [0, 500, 2000, 5000];
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const loading = new Map<string, Promise<boolean>>();

/** Fetches and registers an edition by its hash (once per page); true when its cards are registered. */
export function loadEdition(endpoint: string, hash: string | null | undefined): Promise<boolean> {
  if (hasEdition(hash)) return Promise.resolve(true);
  const key = hash as string;
  let p = loading.get(key);
  if (!p) loading.set(key, (p = fetchEdition(endpoint, key)));
  return p;
}

async function fetchEdition(endpoint: string, hash: string): Promise<boolean> {
  for (const wait of WAITS_MS) {
    await sleep(wait);
    try {
      const res = await fetch(new URL(`/api/editions/by-hash/${encodeURIComponent(hash)}`, endpoint));
      if (res.status === 404) return false;
      if (!res.ok) continue;
      const edition = (await res.json()) as Edition;
      if (edition?.hash !== hash || typeof edition.content !== 'object') return false;
      registerEdition(hash, playedContent(edition));
      return true;
    } catch {
      // The network: try again after the next wait.
    }
  }
  return false;
}

/** Fetches and registers the edition stored under a code (a lobby's settings name it by code); its hash, or null. */
export async function loadEditionByCode(endpoint: string, code: string): Promise<string | null> {
  try {
    const res = await fetch(new URL(`/api/editions/${encodeURIComponent(code)}?lookup`, endpoint));
    if (!res.ok) return null;
    const edition = (await res.json()) as Edition;
    if (typeof edition?.hash !== 'string' || typeof edition.content !== 'object') return null;
    if (!hasEdition(edition.hash)) registerEdition(edition.hash, playedContent(edition));
    return edition.hash;
  } catch {
    return null;
  }
}

type Named = { edition?: string | null };

/**
 * Hands views on in the order they came, each once its edition's cards are registered and shown
 * (model/cards.ts showEdition). While an edition is on its way, later views wait behind it.
 */
export function editionGate<V extends Named>(endpoint: string, deliver: (v: V) => void): (v: V) => void {
  const queue: V[] = [];
  const given = new Set<string>(); // editions that could not be fetched: shown with the standard cards
  const ready = (v: V) => !v.edition || hasEdition(v.edition) || given.has(v.edition);
  const flush = () => {
    while (queue.length && ready(queue[0])) {
      const v = queue.shift()!;
      showEdition(v.edition);
      deliver(v);
    }
    if (!queue.length) return;
    const hash = queue[0].edition as string;
    void loadEdition(endpoint, hash).then((ok) => {
      if (!ok) given.add(hash);
      flush();
    });
  };
  return (v) => {
    const waiting = queue.length > 0;
    queue.push(v);
    if (!waiting) flush();
  };
}
