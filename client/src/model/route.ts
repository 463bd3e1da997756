import { isRoomCode, normalizeRoomCode, roomCodeFromUrl } from '../../../shared/protocol/codes';

// Room codes in URLs and input fields, on top of the shared rules for codes (shared/protocol/codes).

export const normalizeCode = normalizeRoomCode;
export const isValidCode = isRoomCode;

/** The room code in a join link: `/?room=CODE` or `/CODE`. */
export function codeFromUrl(url: { pathname: string; search: string }): string | null {
  return roomCodeFromUrl(new URL(`${url.pathname}${url.search}`, 'http://localhost'));
}

export function joinLink(origin: string, code: string): string {
  return `${origin.replace(/\/+$/, '')}/?room=${encodeURIComponent(code)}`;
}
