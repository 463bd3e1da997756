import { getMessageBytes, Protocol, type Client } from '@colyseus/core';
import { Packr } from 'msgpackr';
import type { ServerMessages } from '../../shared/protocol/messages';
import { isEmptyDelta, viewDelta } from '../../shared/view/delta';
import type { ViewCache } from '../../shared/view/cache';
import type { GameView } from '../../shared/view/types';
import type { Member } from './members';

// How views leave the room. A connection gets its whole view once (joining, coming back), then
// after each change only what changed since the last view it was sent (shared/view/delta.ts): a
// message the size of the move, not of the game. When a change cannot be a delta (the end reveals
// the whole log; a role swap changes whose log one sees) the whole view goes again. A change that
// leaves a connection's view as it was sends it nothing: anything else would tell that someone did
// something private.

type Frame = Uint8Array;

/** As Colyseus packs messages (plain msgpack maps), so clients read these frames like any other. */
const packr = new Packr({ useRecords: false });

/**
 * Values packed once per change: views are never changed once built, views of one state share
 * their public values and views share log entries (shared/view/index.ts), so after a change each
 * public value and each new log entry is packed once per room, not once per connection. The cache
 * lives as long as one change's round of views (a plain Map: no weak references for the garbage
 * collector to trace after every change).
 */
type Packed = Map<unknown, Uint8Array>;

/** Keys and small values (statuses, phases, roles, counters) packed once for good; bounded. */
const packedAtoms = new Map<unknown, Uint8Array>();
const MAX_ATOMS = 4096;

function packedAtom(value: unknown): Uint8Array {
  let bytes = packedAtoms.get(value);
  if (!bytes) {
    // A copy: msgpackr may reuse its buffer.
    bytes = packr.pack(value).slice();
    if (packedAtoms.size >= MAX_ATOMS) packedAtoms.clear();
    packedAtoms.set(value, bytes);
  }
  return bytes;
}

function packed(value: unknown, cache: Packed): Uint8Array {
  if (typeof value !== 'object' || value === null) {
    return (typeof value === 'string' && value.length <= 32) || (typeof value === 'number' && Number.isInteger(value)) || typeof value === 'boolean' || value === null
      ? packedAtom(value)
      : packr.pack(value).slice();
  }
  let bytes = cache.get(value);
  if (!bytes) cache.set(value, (bytes = packr.pack(value).slice()));
  return bytes;
}

function header(n: number, fix: number, code16: number): Uint8Array {
  if (n < 16) return Uint8Array.of(fix | n);
  if (n < 0x10000) return Uint8Array.of(code16, n >> 8, n & 0xff);
  return Uint8Array.of(code16 + 1, n >>> 24, (n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff);
}

/** `value` as msgpack, its arrays and maps spelled out `depth` levels down and the values below packed once each. */
function pack(value: unknown, depth: number, out: Uint8Array[], cache: Packed): void {
  if (depth === 0 || typeof value !== 'object' || value === null) {
    out.push(packed(value, cache));
  } else if (Array.isArray(value)) {
    out.push(header(value.length, 0x90, 0xdc));
    for (const item of value) pack(item, depth - 1, out, cache);
  } else {
    const keys = Object.keys(value);
    out.push(header(keys.length, 0x80, 0xde));
    for (const key of keys) {
      out.push(packedAtom(key));
      pack((value as Record<string, unknown>)[key], depth - 1, out, cache);
    }
  }
}

/** The frame header of each message type (Colyseus's room-data code and the type's name). */
const HEADERS = { view: getMessageBytes.raw(Protocol.ROOM_DATA, 'view'), viewDelta: getMessageBytes.raw(Protocol.ROOM_DATA, 'viewDelta') };

/** A view or delta as one frame, copied once: its fields (and a delta's log and changed fields) are reached in two levels. */
function encode<K extends 'view' | 'viewDelta'>(type: K, message: ServerMessages[K], cache: Packed = new Map()): Frame {
  const parts: Uint8Array[] = [HEADERS[type]];
  pack(message, 2, parts, cache);
  return Buffer.concat(parts);
}

/** The whole view: the connection's deltas count from here (version 0). */
export function sendFullView(client: Client, member: Member, view: GameView): void {
  member.lastView = { view, version: 0 };
  client.enqueueRaw(encode('view', view));
}

/** What brings a connection to its new view: the bytes, and whether they are a whole view. */
type Out = { frame: Frame; full: boolean; acked: boolean } | null;

/** What a connection whose own message made the change is told with it (ServerMessages['ack']). */
export interface Ack {
  client: Client;
  ack: ServerMessages['ack'];
}

/**
 * The message that brings a connection from `prev` (at `version`) to `next`, with `ack` when it
 * is a delta; null when nothing changed.
 */
function change(prev: GameView | null, version: number, next: GameView, cache: Packed, views: ViewCache | undefined, ack?: ServerMessages['ack']): Out {
  const delta = prev && viewDelta(prev, next, version, views);
  if (!delta) return { frame: encode('view', next, cache), full: true, acked: false };
  if (isEmptyDelta(delta)) return null;
  return { frame: encode('viewDelta', ack ? { ...delta, ack } : delta, cache), full: false, acked: !!ack };
}

/**
 * One change's views for a room. The projector view (every connection without a seat) is built
 * once, and each message of it encoded once: connections that were sent the same view at the same
 * version get the same bytes.
 */
export class ViewRound {
  private projector: GameView | null | undefined;
  /** Projector messages by the view the connection had (null: none yet) and its version. */
  private readonly outs = new Map<GameView | null, Map<number, Out>>();
  /** Values packed in this round. */
  private readonly cache: Packed = new Map();

  constructor(
    private readonly viewFor: (seat: number | null) => GameView | null,
    /** The room's view cache (the pairs of public values last compared: shared/view/delta.ts). */
    private readonly views?: ViewCache,
  ) {}

  /**
   * Sends the connection what changed in its view. A seat's delta carries `ack` when the seat's own
   * message made the change; whether it did (projector frames are shared, and never carry one).
   */
  send(client: Client, member: Member, seat: number, ack?: ServerMessages['ack']): boolean {
    const last = member.lastView;
    if (seat >= 0) {
      const view = this.viewFor(seat);
      const out = view && change(last?.view ?? null, last?.version ?? 0, view, this.cache, this.views, ack);
      if (view) deliver(client, member, view, out);
      return !!out?.acked;
    }
    if (this.projector === undefined) this.projector = this.viewFor(null);
    if (!this.projector) return false;
    const prev = last?.view ?? null;
    const version = last?.version ?? 0;
    let byVersion = this.outs.get(prev);
    if (!byVersion) this.outs.set(prev, (byVersion = new Map()));
    let out = byVersion.get(version);
    if (out === undefined) byVersion.set(version, (out = change(prev, version, this.projector, this.cache, this.views)));
    deliver(client, member, this.projector, out);
    return false;
  }
}

function deliver(client: Client, member: Member, view: GameView, out: Out): void {
  if (!out) return;
  // A whole view starts the connection's count again; a delta moves it on by one.
  member.lastView = { view, version: out.full ? 0 : member.lastView!.version + 1 };
  client.enqueueRaw(out.frame);
}
