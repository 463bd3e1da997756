import { customAlphabet } from 'nanoid';
import { ROOM_CODE_ALPHABET, ROOM_CODE_LENGTH } from '../shared/protocol/codes';

// Room codes come from nanoid's secure random source, so they cannot be guessed by counting;
// 31^6 ≈ 887 million codes, and repeated failed joins are slowed down (ratelimit.ts).

/** One random code (TableRoom claims it in the database, which refuses a code already taken). */
export const generateRoomCode = customAlphabet(ROOM_CODE_ALPHABET, ROOM_CODE_LENGTH);
const generate = generateRoomCode;

/** A fresh code that `taken` does not know (taken: rooms alive now or stored in the database). */
export function newRoomCode(taken: (code: string) => boolean): string {
  for (let i = 0; i < 50; i++) {
    const code = generate();
    if (!taken(code)) return code;
  }
  throw new Error('could not find a free room code');
}

/** Seat tokens and host keys: 32 url-safe characters (192 bits). */
import { nanoid } from 'nanoid';
export const newSecret = (): string => nanoid(32);
