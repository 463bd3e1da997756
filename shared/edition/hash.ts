import { sha256 } from '@noble/hashes/sha2';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils';
import type { Content } from '../content/schema';
import type { EditionOff } from './format';

// The edition's hash: sha-256 over a canonical JSON of its content and the cards switched off (keys
// sorted at every level, so the order a file was written in does not matter). It is computed in
// plain code, not with WebCrypto, because a browser on a training day's local network (http, not
// https) has no `crypto.subtle`.

export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export function editionHash(content: Content, off: EditionOff): string {
  return bytesToHex(sha256(utf8ToBytes(canonicalJson({ content, off }))));
}
