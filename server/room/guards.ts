import { FloodGuard, type FloodLimits } from '../ratelimit';

/**
 * Flood guards by seat (its token) or watcher (address and device), so a client that reconnects
 * (or reloads and comes back with its token) keeps the budget it had. Idle guards are forgotten.
 */
export class GuardBook {
  private readonly guards = new Map<string, FloodGuard>();

  constructor(private readonly limits: FloodLimits) {}

  for(key: string): FloodGuard {
    let g = this.guards.get(key);
    if (!g) {
      if (this.guards.size >= 64) for (const [k, v] of this.guards) if (v.isIdle() && v.malformed === 0) this.guards.delete(k);
      this.guards.set(key, (g = new FloodGuard(this.limits)));
    }
    return g;
  }
}
