import type { RoleId } from '../../../shared/model/ids';
import type { LogEntry } from '../../../shared/rules/types';
import type { GameView } from '../../../shared/view/types';

// What a screen reader hears without looking: a new phase, offers of mine that lapsed because
// Overleg ended (also shown as a toast, so nobody loses them silently). Offers, trades and gifts
// that concern me are toasts already (a polite live region of their own). Each is said once: it
// comes from the change between two views, not from the view itself.

export type Announcement =
  | { kind: 'phase'; phase: string; round: number; rounds: number }
  | { kind: 'lapsed'; count: number };

export function announcements(prev: GameView | null, next: GameView, fresh: LogEntry[], me: RoleId | null): Announcement[] {
  const out: Announcement[] = [];
  if (me) {
    const lapsed = fresh.filter((e) => e.t === 'offerClosed' && e.outcome === 'expired' && (e.from === me || e.to === me)).length;
    if (lapsed) out.push({ kind: 'lapsed', count: lapsed });
  }
  if (prev && next.status === 'playing' && (prev.phase !== next.phase || prev.round !== next.round)) {
    out.push({ kind: 'phase', phase: next.phase, round: next.round, rounds: next.rounds });
  }
  return out;
}

/** The last minute of a timed phase, once per phase: the key of the phase it was said for. */
export function lastMinuteKey(v: GameView | null, remainingMs: number | null): string | null {
  if (!v || v.status !== 'playing' || remainingMs === null || remainingMs > 60_000 || remainingMs <= 0) return null;
  return `${v.round}:${v.phase}`;
}
