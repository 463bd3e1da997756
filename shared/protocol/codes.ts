// Room codes: short, easy to read aloud and to type. No 0/O, 1/I/L, so nothing can be misread;
// the server generates them, both sides normalise what a person typed before using it.

/** The characters a room code is made of (uppercase; lowercase input is accepted). */
export const ROOM_CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const ROOM_CODE_LENGTH = 6;

const CODE_RE = new RegExp(`^[${ROOM_CODE_ALPHABET}]{${ROOM_CODE_LENGTH}}$`);

/** Uppercases and drops spaces and dashes ("abc-def" → "ABCDEF"). Does not validate. */
export function normalizeRoomCode(input: string): string {
  return input.trim().toUpperCase().replace(/[\s-]+/g, '');
}

/** True for a well-formed code, in any case. */
export function isRoomCode(input: string): boolean {
  return CODE_RE.test(normalizeRoomCode(input));
}

/** The room code in a join link: `?room=CODE` or a last path segment `/CODE`; null when there is none. */
export function roomCodeFromUrl(url: string | URL): string | null {
  const u = typeof url === 'string' ? new URL(url, 'http://localhost') : url;
  const fromQuery = u.searchParams.get('room');
  const candidate = fromQuery ?? u.pathname.split('/').filter(Boolean).pop() ?? '';
  return isRoomCode(candidate) ? normalizeRoomCode(candidate) : null;
}
