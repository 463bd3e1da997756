import { randomBytes } from 'node:crypto';
import { pack } from 'msgpackr';
import { nextFloat, nextInt, type Rng } from '../../shared/rng';
import { ROOM_CODE_ALPHABET } from '../../shared/protocol/codes';
import type { RoleId } from '../../shared/model/ids';

// Every kind of bad frame the fuzz run (tests/helpers/fuzz.ts) sends: raw bytes, broken msgpack,
// wrong protocol codes, messages of the wrong shape, moment or seat, floods.

/** Colyseus protocol codes the frames speak (or break). */
export const P = { JOIN_ROOM: 10, LEAVE_ROOM: 12, ROOM_DATA: 13, ROOM_DATA_BYTES: 17, PING: 18, ROOM_REQUEST: 21 } as const;
/** A msgpack string's bytes. */
export const str = (s: string): number[] => {
  const b = [...Buffer.from(s)];
  return b.length < 32 ? [0xa0 | b.length, ...b] : [0xd9, b.length, ...b];
};

export const FRAME_KINDS = [
  'random-bytes',
  'truncated-msgpack',
  'bad-protocol-code',
  'bad-request',
  'ping',
  'wrong-types',
  'huge-string',
  'deep-nesting',
  'unknown-type',
  'other-seat',
  'wrong-moment',
  'guessed-offer',
  'not-host',
  'flood-setName',
  'text-frame',
  'oversized',
  'before-handshake',
] as const;
export type FrameKind = (typeof FRAME_KINDS)[number];

/** Frames that only a raw WebSocket can send (the SDK always speaks the handshake and JSON-able messages). */
const RAW_ONLY: readonly FrameKind[] = ['text-frame', 'oversized', 'before-handshake'];
/** What a connection made through the SDK sends. */
export const SDK_KINDS: FrameKind[] = FRAME_KINDS.filter((k) => !RAW_ONLY.includes(k));

export function hostileFrame(rng: Rng, kind: FrameKind, phase: string | undefined, otherRoles: RoleId[]): { raw?: Uint8Array; type?: string; msg?: unknown } {
  const pickRole = (): RoleId => otherRoles[nextInt(rng, otherRoles.length)];
  const guessId = (): string => `of_${randomBytes(12).toString('base64url')}`;
  switch (kind) {
    case 'random-bytes':
      return { raw: randomBytes(1 + nextInt(rng, 200)) };
    case 'truncated-msgpack': {
      const body = pack({ action: { type: 'gift', to: pickRole(), resources: { budget: 1 } }, ref: 'x' });
      return { raw: new Uint8Array([P.ROOM_DATA, ...str('action'), ...body.subarray(0, 1 + nextInt(rng, body.length - 1))]) };
    }
    case 'bad-protocol-code':
      return { raw: new Uint8Array([[0, 1, 9, 11, 14, 15, 19, 20, 22, 31, 200, 255][nextInt(rng, 12)], ...randomBytes(nextInt(rng, 16))]) };
    case 'bad-request':
      return { raw: new Uint8Array([P.ROOM_REQUEST, nextInt(rng, 128), ...str('nope'), 0xc1]) };
    case 'ping':
      return { raw: new Uint8Array([P.PING]) };
    case 'wrong-types': {
      const cases: [string, unknown][] = [
        ['action', 'hello'],
        ['action', null],
        ['action', { action: { type: 'gift', to: 42, resources: { budget: 'lots' } } }],
        ['claimRole', { role: 7 }],
        ['host', { command: 'advance' }],
        ['setName', { name: ['a'] }],
        ['action', { action: { type: 'pledge', projectId: {}, resources: [] } }],
        ['action', [1, 2, 3]],
        ['reflect', { questionId: 5, text: null }],
      ];
      const [type, msg] = cases[nextInt(rng, cases.length)];
      return { type, msg };
    }
    case 'huge-string':
      return nextFloat(rng) < 0.5
        ? { type: 'setName', msg: { name: 'x'.repeat(20_000 + nextInt(rng, 40_000)) } }
        : { type: 'action', msg: { action: { type: 'disclose', interestId: 'i'.repeat(50_000), to: 'all' }, ref: 'r'.repeat(5000) } };
    case 'deep-nesting': {
      // Nested arrays a few thousand deep: raw msgpack (0x91 = array of one), within 64 KiB.
      const depth = 1000 + nextInt(rng, 20_000);
      return { raw: new Uint8Array([P.ROOM_DATA, ...str('action'), ...new Array(depth).fill(0x91), 0xc0]) };
    }
    case 'unknown-type':
      return { type: ['teleport', '__proto__', 'constructor', 'x'.repeat(300), 'onAuth', 'hasOwnProperty'][nextInt(rng, 6)], msg: { to: 'moon' } };
    case 'other-seat': {
      const other = pickRole();
      const cases: unknown[] = [
        { action: { type: 'gift', to: other, resources: { budget: 1 } }, seat: 0 },
        { action: { type: 'guess', target: other, interestIds: [], seat: 1 } },
        { action: { type: 'disclose', interestId: `i-${other}-1`, to: 'all', as: other } },
        { action: { type: 'withdrawTrade', offerId: guessId() }, actor: 2 },
      ];
      return { type: 'action', msg: cases[nextInt(rng, cases.length)] };
    }
    case 'wrong-moment': {
      // Refused by the engine: the wrong phase, or references that cannot exist.
      const cases: unknown[] = [
        phase === 'overleg' ? { type: 'hold', personaId: 'pe-nobody', resource: 'bereik' } : { type: 'proposeTrade', to: pickRole(), give: { budget: 99 }, get: {} },
        { type: 'pledge', projectId: 'p-none', resources: { budget: 1 } },
        { type: 'unpledge', projectId: 'p-none' },
        { type: 'guess', target: pickRole(), interestIds: ['i-nope'] },
      ];
      return { type: 'action', msg: { action: cases[nextInt(rng, cases.length)], ref: 'w' } };
    }
    case 'guessed-offer': {
      const type = ['acceptTrade', 'declineTrade', 'withdrawTrade'][nextInt(rng, 3)];
      const offerId = nextFloat(rng) < 0.3 ? `o${nextInt(rng, 50)}` : guessId();
      return { type: 'action', msg: { action: { type, offerId } } };
    }
    case 'not-host': {
      const commands = [{ kind: 'advance' }, { kind: 'end' }, { kind: 'pause' }, { kind: 'freeSeat', seat: nextInt(rng, 4) }, { kind: 'botSeat', seat: 0, personality: 'x' }, { kind: 'removeMember', id: 'x' }];
      return { type: 'host', msg: { command: commands[nextInt(rng, commands.length)] } };
    }
    case 'flood-setName':
      return { type: 'setName', msg: { name: `Flood ${nextInt(rng, 1e6)}` } };
    default:
      return { raw: randomBytes(8) };
  }
}
