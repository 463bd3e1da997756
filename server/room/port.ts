import type { Client, Room } from '@colyseus/core';
import type { ServerMessages } from '../../shared/protocol/messages';
import type { RoomContext } from './context';
import type { GuardBook } from './guards';
import type { Member } from './members';
import type { OfferIds } from './offers';
import type { Reflections } from './reflections';
import type { Table } from './table';
import type { Ack } from './views';

// What the room's helpers (commands, joins, frames, bots) use of the room. They depend on this
// port, not on the room class, so the room imports them and nothing imports the room back.

export interface RoomPort {
  readonly roomId: string;
  readonly clients: Room['clients'];
  readonly clock: Room['clock'];
  readonly ctx: RoomContext;
  readonly table: Table;
  readonly members: Map<string, Member>;
  readonly barred: Set<string>;
  readonly guards: GuardBook;
  readonly offerIds: OfferIds;
  /** The players' answers to the debrief's questions (reflections.ts). */
  readonly reflections: Reflections;
  creatorHostKey: string | null;
  /** Run a change after every change queued before it (each sees committed state). */
  serial<T>(fn: () => T | Promise<T>): Promise<T>;
  sendTo<K extends keyof ServerMessages>(client: Client, type: K, message: ServerMessages[K]): void;
  welcome(client: Client, member: Member): void;
  welcomeSeats(): void;
  /**
   * `ack`: the connection whose message made the change, told inside its view's delta when it has one,
   * or after the frames of a change of phase (they wait behind players' moves: later.ts); true when
   * the room sends it (and calls `ack.sent`). `moveOnly`: a move within a phase; nothing of the room's
   * synced info changed (Outcome), so it is not compared field by field again.
   */
  afterChange(game: boolean, ack?: Ack, moveOnly?: boolean): boolean;
  /** Every connection's list of reflections (each as it may see it). */
  sendReflections(): void;
  kick(client: Client, member: Member, notice: ServerMessages['notice']['kind'], closeCode: number): void;
}
