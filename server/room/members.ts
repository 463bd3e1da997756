import { randomBytes } from 'node:crypto';
import type { Client, Deferred } from '@colyseus/core';
import type { Who } from '../doors';
import type { FloodGuard } from '../ratelimit';
import type { Dormant } from '../../shared/view/dormant';
import type { OwnPart, PublicPart } from '../../shared/view/types';

// One connection's standing in the room. Secrets it holds (seat token, host key) are kept in
// memory only for as long as the connection lives, so a reconnect can hand them back.

export interface Member {
  sessionId: string;
  /** Opaque id shown to everyone while the member has no seat (RoomInfo.watchers), for `removeMember`. */
  id: string;
  /** Holds the facilitator credential. */
  host: boolean;
  /** Sees the projector view: a projector, or a facilitator who does not play. */
  spectator: boolean;
  /** Joined with the projector credential: the facilitator's own screen, never counted as a spectator. */
  projector: boolean;
  seatToken: string | null;
  hostKey: string | null;
  joinUrl: string;
  connected: boolean;
  /** The server is closing this connection on purpose (flood, freed seat, replaced): no grace period. */
  closing: boolean;
  /** The pending reconnection while the grace period runs. */
  pending: Deferred<Client> | null;
  /** The seat's (or watcher's) message budget: shared with its earlier connections (frames.ts). */
  guard: FloodGuard;
  who: Who;
  /** A player who gave up their seat in the lobby (releaseRole) keeps their name to claim a role again. */
  name: string | null;
  /**
   * The last view sent, and how many deltas since the last whole one (room/views.ts): the next
   * change is sent as a delta from it, and not at all when the view did not change.
   */
  lastView: SentParts | null;
}


export function newMember(sessionId: string, guard: FloodGuard, joinUrl: string, who: Who): Member {
  return {
    sessionId,
    id: randomBytes(6).toString('base64url'),
    host: false,
    spectator: false,
    projector: false,
    seatToken: null,
    hostKey: null,
    joinUrl,
    connected: true,
    closing: false,
    pending: null,
    guard,
    who,
    name: null,
    lastView: null,
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

/** What a connection was last sent: the two parts and how many deltas of each since the whole view. */
export interface SentParts {
  pub: PublicPart;
  pubVersion: number;
  own: OwnPart | null;
  ownVersion: number;
  /** The seat's controls this connection was told went away, since its whole view (shared/view/dormant.ts). */
  dormant: Dormant;
}
