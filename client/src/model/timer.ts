// The phase clock. The server says when the phase ends in its own time; the welcome message's
// serverTime gives the offset between its clock and this device's.

export interface ClockInfo {
  phaseEndsAt: number;
  paused: boolean;
  pausedRemainingMs: number;
}

/** serverNow ≈ Date.now() + skew. */
export function clockSkew(serverTime: number, receivedAt: number): number {
  return serverTime - receivedAt;
}

/** Milliseconds left in the phase, or null when the phase has no clock. */
export function remainingMs(info: ClockInfo, now: number, skew: number): number | null {
  if (info.paused) return info.pausedRemainingMs > 0 ? info.pausedRemainingMs : null;
  if (!info.phaseEndsAt) return null;
  return Math.max(0, info.phaseEndsAt - (now + skew));
}

/** m:ss, rounding up so "0:00" only shows when time is really up. */
export function formatClock(ms: number): string {
  const s = Math.max(0, Math.ceil(ms / 1000));
  const m = Math.floor(s / 60);
  return `${m}:${String(s % 60).padStart(2, '0')}`;
}

/** The last 30 seconds are urgent: the clock says so with text and an icon, not colour alone. */
export const isUrgent = (ms: number | null): boolean => ms !== null && ms <= 30_000;
