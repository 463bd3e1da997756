import type { RoleId } from '../../../shared/model/ids';
import type { LogEntry } from '../../../shared/rules/types';
import type { PlayerView } from '../../../shared/view/types';

// First-round hints, at the moment each is needed: what the target means (at the start), what
// Overleg is (when it first begins), an offer received, a project that is ready, a resident that
// can be held, the new year that lapses what was not used (in round 1's Terugblik). One at a time, each skippable; none once the player has done the thing (read from
// the game's own log), none after "no more tips", and none for a player who has finished a game on
// this device before.

export const HINTS = ['target', 'overleg', 'offer', 'ready', 'hold', 'year'] as const;
export type HintId = (typeof HINTS)[number];

export interface HintPrefs {
  /** Hints switched off, or a game finished on this device before. */
  off: boolean;
  /** Hints read ("Begrepen") on this device. */
  seen: HintId[];
}

const KEY = 'kot.hints';
type Store = Pick<Storage, 'getItem' | 'setItem'>;

export function loadHints(store: Store | null): HintPrefs {
  try {
    const raw = JSON.parse(store?.getItem(KEY) ?? 'null') as Partial<HintPrefs> | null;
    return { off: raw?.off === true, seen: (raw?.seen ?? []).filter((h): h is HintId => (HINTS as readonly string[]).includes(h)) };
  } catch {
    return { off: false, seen: [] };
  }
}

export function saveHints(store: Store | null, prefs: HintPrefs): void {
  try {
    store?.setItem(KEY, JSON.stringify(prefs));
  } catch {
    /* private mode: the choice lasts for this page */
  }
}

/** What the player has done already, so its hint is not needed. */
function done(log: readonly LogEntry[], me: RoleId): Set<HintId> {
  const out = new Set<HintId>();
  for (const e of log) {
    switch (e.t) {
      case 'pledge':
      case 'gift':
        if ((e.t === 'pledge' ? e.role : e.from) === me) out.add('overleg');
        break;
      case 'offer':
        if (e.offer.from === me) out.add('overleg');
        break;
      case 'offerClosed':
        if (e.to === me && e.outcome !== 'expired' && e.outcome !== 'withdrawn') out.add('offer');
        break;
      case 'held':
        if ('role' in e.by && e.by.role === me) out.add('hold');
        break;
    }
  }
  return out;
}

/** The hint to show now, or null. */
export function currentHint(v: PlayerView | null, prefs: HintPrefs): HintId | null {
  if (!v || prefs.off || v.status !== 'playing' || v.round !== 1) return null;
  const skip = new Set<HintId>([...prefs.seen, ...done(v.log, v.role)]);
  const due: Record<HintId, boolean> = {
    target: true,
    overleg: v.phase === 'overleg',
    offer: v.offers.some((o) => o.to === v.role),
    ready: v.projects.some((p) => p.ready),
    hold: v.personas.some((p) => p.status === 'reached'),
    year: v.phase === 'terugblik',
  };
  // The most pressing first: what needs an answer now before what explains the game.
  for (const id of ['offer', 'hold', 'ready', 'year', 'overleg', 'target'] as const) if (due[id] && !skip.has(id)) return id;
  return null;
}
