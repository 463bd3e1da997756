import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

// Seat tokens and host keys are random 192-bit secrets, so a plain SHA-256 is enough to keep the
// database useless to whoever reads it; comparisons are constant-time.

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

export function matchesHash(secret: string, hash: string | null | undefined): boolean {
  if (!hash) return false;
  const a = Buffer.from(hashSecret(secret), 'hex');
  const b = Buffer.from(hash, 'hex');
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * The projector's read-only credential for a room: derived from the host key's hash, which never
 * leaves the server, so only a holder of the host key (who is sent it) can have it, and every
 * process sharing the database can check it. `epoch` is its generation (stored with the room's
 * doors): a new one revokes every older key.
 */
export function projectorKeyFor(code: string, hostKeyHash: string, epoch = 0): string {
  const input = epoch === 0 ? `projector:${code}` : `projector:${code}:${epoch}`;
  return createHmac('sha256', hostKeyHash).update(input, 'utf8').digest('base64url').slice(0, 32);
}

export function isProjectorKey(key: string, code: string, hostKeyHash: string | null | undefined, epoch = 0): boolean {
  if (!hostKeyHash) return false;
  const a = Buffer.from(key, 'utf8');
  const b = Buffer.from(projectorKeyFor(code, hostKeyHash, epoch), 'utf8');
  return a.length === b.length && timingSafeEqual(a, b);
}
