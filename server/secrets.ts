import { createHash, timingSafeEqual } from 'node:crypto';

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
