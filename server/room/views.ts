import { getMessageBytes, Protocol, type Client } from '@colyseus/core';
import { Packr } from 'msgpackr';
import type { ServerMessages } from '../../shared/protocol/messages';
import { isEmptyDelta, viewDelta, type ViewDelta } from '../../shared/view/delta';
import { withComeBacks } from '../../shared/view/dormant';
import type { OwnPart, PublicPart } from '../../shared/view/types';
import type { Member } from './members';

// How views leave the room. A view is two parts (shared/view/parts.ts): the public part, the same
// for every connection, and a seat's own part. A connection gets both whole once (joining, coming
// back), then after each change only what changed (shared/view/delta.ts): a message the size of the
// move, not of the game. The public part's change is built, compared and encoded once per room and
// the same bytes go to every connection (`pub`); a seat whose own part changed gets them with its
// own change in one frame (`delta`), so it never sees one part ahead of the other. A change that
// leaves a connection's parts as they were sends it nothing: anything else would tell that someone
// did something private.

type Frame = Uint8Array;

/** As Colyseus packs messages (plain msgpack maps), so clients read these frames like any other. */
const packr = new Packr({ useRecords: false, variableMapSize: true });

/**
 * Where the packer writes: one buffer, written from its start again for each message (its bytes are
 * copied at once, or, for a seat's own change, into the frame before anything else is packed).
 * Left to itself the packer takes a new buffer every few messages and never writes over one it
 * used, which made those allocations a tenth of the work at the start of an Overleg.
 */
const scratch = Buffer.allocUnsafe(64 * 1024);

/** Packed bytes kept beyond this message: a copy (Buffer#slice would share the packer's buffer). */
function kept(value: unknown): Uint8Array {
  packr.useBuffer(scratch);
  return Buffer.from(packr.pack(value));
}

/** A seat's own change, packed where the next message will be packed: copy it before packing anything else. */
function packedOnce(value: unknown): Uint8Array {
  packr.useBuffer(scratch);
  return packr.pack(value);
}

/**
 * Values packed once per change: views are never changed once built, views of one state share
 * their public values and views share log entries (shared/view/index.ts), so after a change each
 * public value and each new log entry is packed once per room, not once per connection. The cache
 * lives as long as one change's round of views (a plain Map: no weak references for the garbage
 * collector to trace after every change).
 */
type Packed = Map<unknown, Uint8Array>;

const MAX_ATOMS = 4096;
/** Atoms are copied into slabs of this many bytes (a game's ~150 atoms fit in one or two). */
const SLAB = 1024;

/**
 * How rooms pack their views: keys and small values (statuses, phases, roles, counters) packed once
 * (bounded), and a change's values once per round (`cache`, the round's own). Made by the server and
 * passed to its rooms (room/context.ts), never a module's: an atom's bytes are a function of its
 * value alone, so rooms that share them share nothing of their games, and a room of its own would
 * keep ~20 KB of them (a map and a view per atom). Atoms are copied side by side into small slabs
 * (a Buffer each would hold on to a slab of Node's shared pool, 8 KiB, for as long as it lives).
 */
export class Packing {
  private readonly atoms = new Map<unknown, Uint8Array>();
  private slab = new Uint8Array(0);
  private used = 0;

  atom(value: unknown): Uint8Array {
    let bytes = this.atoms.get(value);
    if (!bytes) {
      if (this.atoms.size >= MAX_ATOMS) this.atoms.clear();
      const packed = packedOnce(value);
      if (this.used + packed.length > this.slab.length) {
        this.slab = new Uint8Array(Math.max(SLAB, packed.length));
        this.used = 0;
      }
      this.slab.set(packed, this.used);
      bytes = this.slab.subarray(this.used, (this.used += packed.length));
      this.atoms.set(value, bytes);
    }
    return bytes;
  }

  private packed(value: unknown, cache: Packed): Uint8Array {
    if (typeof value !== 'object' || value === null) {
      return (typeof value === 'string' && value.length <= 32) || (typeof value === 'number' && Number.isInteger(value)) || typeof value === 'boolean' || value === null
        ? this.atom(value)
        : kept(value);
    }
    let bytes = cache.get(value);
    if (!bytes) cache.set(value, (bytes = kept(value)));
    return bytes;
  }

  /** `value` as msgpack, its arrays and maps spelled out `depth` levels down and the values below packed once each. */
  pack(value: unknown, depth: number, out: Uint8Array[], cache: Packed): void {
    if (depth === 0 || typeof value !== 'object' || value === null) {
      out.push(this.packed(value, cache));
    } else if (Array.isArray(value)) {
      out.push(header(value.length, 0x90, 0xdc));
      for (const item of value) this.pack(item, depth - 1, out, cache);
    } else {
      // (Counted, then walked: no array of keys for each map packed.)
      let n = 0;
      for (const _ in value) n++;
      out.push(header(n, 0x80, 0xde));
      for (const key in value) {
        out.push(this.atom(key));
        this.pack((value as Record<string, unknown>)[key], depth - 1, out, cache);
      }
    }
  }
}

/** The one-byte headers of arrays and maps of fewer than 16 items (0x80–0x9f), made once: most are these. */
const FIXED = Array.from({ length: 32 }, (_, i) => Uint8Array.of(0x80 + i));

/** A msgpack array's or map's header (the bytes are never written: a frame copies them). */
function header(n: number, fix: number, code16: number): Uint8Array {
  if (n < 16) return FIXED[(fix | n) - 0x80];
  if (n < 0x10000) return Uint8Array.of(code16, n >> 8, n & 0xff);
  return Uint8Array.of(code16 + 1, n >>> 24, (n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff);
}

/** The frame header of each message type (Colyseus's room-data code and the type's name). */
const HEADERS = {
  view: getMessageBytes.raw(Protocol.ROOM_DATA, 'view'),
  pub: getMessageBytes.raw(Protocol.ROOM_DATA, 'pub'),
  delta: getMessageBytes.raw(Protocol.ROOM_DATA, 'delta'),
};


/** The parts of one change: the public part (null before the start) and a seat's own part. */
export interface PartsSource {
  pub(): PublicPart | null;
  own(seat: number): OwnPart | null;
}

/** What a connection whose own message made the change is told with it (ServerMessages['ack']). */
export interface Ack {
  client: Client;
  ack: ServerMessages['ack'];
  /** Called once the acknowledgement went out, when the room took it on (RoomPort.afterChange returned true). */
  sent?: () => void;
}

/** The public part's change from one part and count: its delta packed, and the `pub` frame (null: nothing changed). */
interface PubOut {
  packed: Uint8Array | null;
  frame: Frame | null;
}

/** Sends a whole view; the connection's counts start again. */
export function sendWholeView(client: Client, member: Member, pub: PublicPart, own: OwnPart | null, packing: Packing, cache: Packed = new Map()): void {
  member.lastView = { pub, pubVersion: 0, own, ownVersion: 0, dormant: new Map() };
  const parts: Uint8Array[] = [HEADERS.view, header(2, 0x80, 0xde), packing.atom('p')];
  packing.pack(pub, 2, parts, cache);
  // A seat's own part in one go (only this connection gets it); packed last, as `packedOnce` asks.
  parts.push(packing.atom('o'), packedOnce(own));
  client.enqueueRaw(Buffer.concat(parts));
}

/**
 * One change's frames for a room. The public part is built once and its change from each part and
 * count connections hold (all the same, but for one that joined in between) compared and encoded
 * once: connections get the same bytes.
 */
export class ViewRound {
  private part: PublicPart | null | undefined;
  private readonly outs = new Map<PublicPart, Map<number, PubOut>>();
  /** Values packed in this round. */
  private readonly cache: Packed = new Map();

  constructor(
    private readonly parts: PartsSource,
    private readonly packing: Packing,
  ) {}

  private public(): PublicPart | null {
    if (this.part === undefined) this.part = this.parts.pub();
    return this.part;
  }

  private pubOut(prev: PublicPart, version: number, next: PublicPart): PubOut {
    let byVersion = this.outs.get(prev);
    if (!byVersion) this.outs.set(prev, (byVersion = new Map()));
    let out = byVersion.get(version);
    if (!out) {
      const d = viewDelta(prev, next, version);
      if (!d || isEmptyDelta(d)) out = { packed: null, frame: null };
      else {
        const parts: Uint8Array[] = [HEADERS.pub];
        this.packing.pack(d, 2, parts, this.cache);
        const frame = Buffer.concat(parts);
        out = { packed: frame.subarray(HEADERS.pub.length), frame };
      }
      byVersion.set(version, out);
    }
    return out;
  }

  /**
   * Sends the connection what changed in its parts (`seat` < 0: a projector's or a spectator's
   * connection, public part only). A seat's frame carries `ack` when the seat's own message made the
   * change; whether it did.
   */
  send(client: Client, member: Member, seat: number, ack?: ServerMessages['ack']): boolean {
    const pub = this.public();
    if (!pub) return false;
    const own = seat >= 0 ? this.parts.own(seat) : null;
    const last = member.lastView;
    if (!last || (last.own === null) !== (own === null)) {
      sendWholeView(client, member, pub, own, this.packing, this.cache);
      return false;
    }
    const p = this.pubOut(last.pub, last.pubVersion, pub);
    // A seat that plays another role now (an event swaps them) gets its new own part whole (`w`): a
    // change would name the controls of its old role's interests, which are another partner's now.
    // Its public part goes on as the room's (the same bytes as every connection's).
    const swapped = !!own && !!last.own && own.role !== last.own.role;
    const o: ViewDelta | null = own && last.own && own !== last.own && !swapped ? viewDelta(last.own, own, last.ownVersion) : null;
    if (o?.controls) withComeBacks(o.controls, last.own!.controls, last.dormant);
    const ownChanged = !!o && !isEmptyDelta(o);
    member.lastView = {
      pub,
      pubVersion: p.packed ? last.pubVersion + 1 : last.pubVersion,
      own,
      ownVersion: swapped ? 0 : ownChanged ? last.ownVersion + 1 : last.ownVersion,
      dormant: swapped ? new Map() : last.dormant,
    };
    if (!ownChanged && !swapped && !(ack && own)) {
      if (p.frame) client.enqueueRaw(p.frame);
      return false;
    }
    const n = (p.packed ? 1 : 0) + (ownChanged || swapped ? 1 : 0) + (ack ? 1 : 0);
    const parts: Uint8Array[] = [HEADERS.delta, header(n, 0x80, 0xde)];
    if (p.packed) parts.push(this.packing.atom('p'), p.packed);
    if (swapped) {
      parts.push(this.packing.atom('w'));
      this.packing.pack(own, 2, parts, this.cache);
    }
    const acked = ack ? [this.packing.atom('ack'), kept(ack)] : [];
    // A seat's own change in one go: only this connection gets it, so nothing in it is worth packing
    // once for many. Packed last: the frame copies it before anything is packed over it.
    if (ownChanged) parts.push(this.packing.atom('o'), packedOnce(o));
    parts.push(...acked);
    client.enqueueRaw(Buffer.concat(parts));
    return !!ack;
  }
}
