import type { Bag, RoleId } from '../../../shared/model/ids';
import type { LogEntry } from '../../../shared/rules/types';
import type { GameView } from '../../../shared/view/types';

// What a screen reader hears without looking: the first phase and every new one, the game's result,
// offers of mine that lapsed because Overleg ended, my offer declined, an offer to me withdrawn, an
// interest shown to me, and others' pledges. Offers, trades and gifts that concern me are toasts
// already (a polite live region of their own). Each is said once: it comes from the change between
// two views, not from the view itself.

export type Announcement =
  | { kind: 'phase'; phase: string; round: number; rounds: number }
  | { kind: 'lapsed'; count: number }
  | { kind: 'declined'; by: RoleId }
  | { kind: 'withdrawn'; by: RoleId }
  | { kind: 'shown'; by: RoleId; interestId: string }
  | { kind: 'pledge'; by: RoleId; projectId: string; resources: Bag }
  | { kind: 'result'; won: boolean; onBoard: number; target: number };

export function announcements(prev: GameView | null, next: GameView, fresh: readonly LogEntry[], me: RoleId | null): Announcement[] {
  const out: Announcement[] = [];
  if (me) {
    const lapsed = fresh.filter((e) => e.t === 'offerClosed' && e.outcome === 'expired' && (e.from === me || e.to === me)).length;
    if (lapsed) out.push({ kind: 'lapsed', count: lapsed });
  }
  // A view on its own (the first after the start, or after a reload) says where the game is.
  if (next.status === 'playing' && (!prev || prev.phase !== next.phase || prev.round !== next.round)) {
    out.push({ kind: 'phase', phase: next.phase, round: next.round, rounds: next.rounds });
  }
  for (const e of prev ? fresh : []) {
    if (e.t === 'offerClosed' && e.outcome === 'declined' && e.from === me) out.push({ kind: 'declined', by: e.to });
    else if (e.t === 'offerClosed' && e.outcome === 'withdrawn' && e.to === me) out.push({ kind: 'withdrawn', by: e.from });
    else if (e.t === 'disclose' && e.role !== me && (e.to === me || e.to === 'all')) out.push({ kind: 'shown', by: e.role, interestId: e.interestId });
    else if (e.t === 'pledge' && e.role !== me) out.push({ kind: 'pledge', by: e.role, projectId: e.projectId, resources: e.resources });
  }
  if (prev && prev.status === 'playing' && next.status === 'ended' && next.result) {
    out.push({ kind: 'result', won: next.result.won, onBoard: next.result.onBoard, target: next.result.target });
  }
  return out;
}

/** The last minute of a timed phase, once per phase: the key of the phase it was said for. */
export function lastMinuteKey(v: GameView | null, remainingMs: number | null): string | null {
  if (!v || v.status !== 'playing' || remainingMs === null || remainingMs > 60_000 || remainingMs <= 0) return null;
  return `${v.round}:${v.phase}`;
}
