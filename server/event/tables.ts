import type { Presence } from '@colyseus/core';
import { generateRoomCode } from '../codes';
import { hashSecret } from '../secrets';
import { log } from '../log';
import { restoreRoom } from '../restore';
import type { RoomContext } from '../room/context';
import { DEFAULT_DOORS } from '../store/types';
import type { EventBook } from './book';
import { commandsTopic, type TableCommand } from '../room/eventLink';
import { loadSpread } from './spread';

// The event's table rooms: made in the store as lobbies with their seats and bots already set,
// loaded like any stored room (restore.ts), and started once each listens to the event. A table
// that was unloaded (idle) or whose process died is loaded again before a command goes out.

/** Creates (and loads) one table room per playing table of the placement; returns their codes. */
export async function createTables(ctx: RoomContext, book: EventBook, game: 1 | 2, now = Date.now()): Promise<string[]> {
  const codes: string[] = [];
  const tables = book.playingTables();
  for (let i = 0; i < tables.length; i++) {
    for (let attempt = 0; ; attempt++) {
      if (attempt > 50) throw new Error('could not find a free room code');
      const code = generateRoomCode();
      const { settings, seats } = book.tableRoom(tables[i], code, game);
      if (!(await ctx.store.claimRoom(code, settings, book.hostKeyHash, seats, now))) continue;
      await ctx.store.saveDoors(code, { ...DEFAULT_DOORS, event: { code: book.code, table: i, game } });
      codes.push(code);
      break;
    }
  }
  return codes;
}

/** Loads every table of the game (where it is not loaded already). */
export async function loadTables(ctx: RoomContext, codes: string[]): Promise<void> {
  const loaded = await Promise.all(codes.map((c) => restoreRoom(ctx, c)));
  loaded.forEach((ok, i) => ok || log.warn('event table not loaded', { code: codes[i] }));
}

/** A command to the event's tables (all, or those listed), through the presence every process shares. */
export function commandTables(presence: Presence, event: string, cmd: TableCommand): void {
  void Promise.resolve(presence.publish(commandsTopic(event), cmd)).catch((e: unknown) => log.error('event command not sent', { event, error: String(e) }));
}

/** A game's tables made (stored first), loaded over the processes, heard from, and started together. */
export async function startTables(ctx: RoomContext, presence: Presence, book: EventBook, game: 1 | 2, heard: (codes: string[]) => Promise<void>): Promise<void> {
  const codes = await createTables(ctx, book, game);
  const d = book.data;
  d.games.push({ game, codes });
  d.game = game;
  d.status = 'playing';
  await ctx.store.saveEvent(book.toRow());
  await loadSpread(ctx, codes);
  await heard(codes);
  commandTables(presence, book.code, { kind: 'start', codes });
}

/** An arrival during a game takes a bot's seat, if a table has one (its room told before the phone hears of it). */
export async function seatLate(ctx: RoomContext, presence: Presence, book: EventBook, personId: string, seated: (code: string, name: string) => Promise<void>): Promise<boolean> {
  const late = book.takeBotSeat(personId);
  if (!late) return false;
  const code = book.codes[late.table];
  await loadTables(ctx, [code]);
  const tokenHash = hashSecret(book.seatToken(personId, code));
  const name = book.person(personId)!.name;
  commandTables(presence, book.code, { kind: 'seatLate', codes: [code], role: late.role, name, tokenHash });
  await seated(code, name);
  return true;
}
