// Proof of work for a join by code without credentials, asked only from an address (or a server)
// that many failed joins came from: an honest browser there pays for it once (under a second),
// a script guessing codes pays for every guess. A proof is bound to one room code and to a
// minute the server names, so it cannot be reused for another code or kept for later.

/** The server's challenge, the reason of a `proof_needed` refusal: `<bits> <minute>`. */
export function proofChallenge(bits: number, minute: number): string {
  return `${bits} ${minute}`;
}

export function parseChallenge(reason: string): { bits: number; minute: number } | null {
  const m = /^(\d{1,2}) (\d{1,12})$/.exec(reason.trim());
  return m ? { bits: Number(m[1]), minute: Number(m[2]) } : null;
}

/** What a proof for creating a room is bound to, in place of a room code. */
export const CREATE_PROOF = '+create';

export const proofInput = (code: string, minute: number, nonce: number): string => `kot-proof|${code}|${minute}|${nonce}`;

/** How many leading bits of a digest are zero. */
export function leadingZeroBits(digest: Uint8Array): number {
  let n = 0;
  for (const byte of digest) {
    if (byte === 0) {
      n += 8;
      continue;
    }
    return n + Math.clz32(byte) - 24;
  }
  return n;
}

export type Sha256 = (text: string) => Promise<Uint8Array>;

/** The `proof` join option for `code` that meets the challenge (`<minute>.<nonce>`). */
export async function solveProof(code: string, challenge: string, sha256: Sha256): Promise<string> {
  const c = parseChallenge(challenge);
  if (!c) throw new Error(`not a proof challenge: ${challenge}`);
  for (let nonce = 0; ; nonce++) {
    if (leadingZeroBits(await sha256(proofInput(code, c.minute, nonce))) >= c.bits) return `${c.minute}.${nonce}`;
  }
}

/** The minute and nonce of a `proof` option, or null. */
export function parseProof(proof: string): { minute: number; nonce: number } | null {
  const m = /^(\d{1,12})\.(\d{1,15})$/.exec(proof);
  return m ? { minute: Number(m[1]), nonce: Number(m[2]) } : null;
}
