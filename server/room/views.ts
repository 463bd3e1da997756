import { getMessageBytes, Protocol, type Client } from '@colyseus/core';
import type { ServerMessages } from '../../shared/protocol/messages';
import { isEmptyDelta, viewDelta } from '../../shared/view/delta';
import type { GameView } from '../../shared/view/types';
import type { Member } from './members';

// How views leave the room. A connection gets its whole view once (joining, coming back), then
// after each change only what changed since the last view it was sent (shared/view/delta.ts): a
// message the size of the move, not of the game. When a change cannot be a delta (the end reveals
// the whole log; a role swap changes whose log one sees) the whole view goes again. A change that
// leaves a connection's view as it was sends it nothing: anything else would tell that someone did
// something private.

type Frame = Uint8Array;

/** A message encoded once, for every connection that gets exactly it. */
const encode = <K extends keyof ServerMessages>(type: K, message: ServerMessages[K]): Frame => getMessageBytes.raw(Protocol.ROOM_DATA, type, message);

/** The whole view: the connection's deltas count from here (version 0). */
export function sendFullView(client: Client, member: Member, view: GameView): void {
  member.lastView = { view, version: 0 };
  client.enqueueRaw(encode('view', view));
}

/** What brings a connection to its new view: the bytes, and whether they are a whole view. */
type Out = { frame: Frame; full: boolean } | null;

/** The message that brings a connection from `prev` (at `version`) to `next`; null when nothing changed. */
function change(prev: GameView | null, version: number, next: GameView): Out {
  const delta = prev && viewDelta(prev, next, version);
  if (!delta) return { frame: encode('view', next), full: true };
  return isEmptyDelta(delta) ? null : { frame: encode('viewDelta', delta), full: false };
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

  constructor(private readonly viewFor: (seat: number | null) => GameView | null) {}

  send(client: Client, member: Member, seat: number): void {
    const last = member.lastView;
    if (seat >= 0) {
      const view = this.viewFor(seat);
      if (view) deliver(client, member, view, change(last?.view ?? null, last?.version ?? 0, view));
      return;
    }
    if (this.projector === undefined) this.projector = this.viewFor(null);
    if (!this.projector) return;
    const prev = last?.view ?? null;
    const version = last?.version ?? 0;
    let byVersion = this.outs.get(prev);
    if (!byVersion) this.outs.set(prev, (byVersion = new Map()));
    let out = byVersion.get(version);
    if (out === undefined) byVersion.set(version, (out = change(prev, version, this.projector)));
    deliver(client, member, this.projector, out);
  }
}

function deliver(client: Client, member: Member, view: GameView, out: Out): void {
  if (!out) return;
  // A whole view starts the connection's count again; a delta moves it on by one.
  member.lastView = { view, version: out.full ? 0 : member.lastView!.version + 1 };
  client.enqueueRaw(out.frame);
}
