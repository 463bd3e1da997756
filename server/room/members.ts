import type { Client, Deferred } from '@colyseus/core';
import { FloodGuard, type FloodLimits } from '../ratelimit';

// One connection's standing in the room. Secrets it holds (seat token, host key) are kept in
// memory only for as long as the connection lives, so a reconnect can hand them back.

export interface Member {
  sessionId: string;
  /** Holds the facilitator credential. */
  host: boolean;
  /** Sees the projector view: a projector, or a facilitator who does not play. */
  spectator: boolean;
  seatToken: string | null;
  hostKey: string | null;
  joinUrl: string;
  connected: boolean;
  /** The server is closing this connection on purpose (flood, freed seat, replaced): no grace period. */
  closing: boolean;
  /** The pending reconnection while the grace period runs. */
  pending: Deferred<Client> | null;
  guard: FloodGuard;
  ip: string | undefined;
}

export function newMember(sessionId: string, limits: FloodLimits, joinUrl: string, ip: string | undefined): Member {
  return {
    sessionId,
    host: false,
    spectator: false,
    seatToken: null,
    hostKey: null,
    joinUrl,
    connected: true,
    closing: false,
    pending: null,
    guard: new FloodGuard(limits),
    ip,
  };
}

/** The origin the client connected to (for join links when PUBLIC_URL is not set). */
export function originFrom(headers: Headers | undefined, publicUrl: string): string {
  if (publicUrl) return publicUrl;
  const host = headers?.get('x-forwarded-host') ?? headers?.get('host') ?? 'localhost';
  const proto = headers?.get('x-forwarded-proto') ?? 'http';
  return `${proto.split(',')[0].trim()}://${host.split(',')[0].trim()}`;
}

export function joinUrlFor(origin: string, code: string): string {
  return `${origin}/?room=${code}`;
}
