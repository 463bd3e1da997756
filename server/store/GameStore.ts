import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { DatabaseSync, StatementSync } from 'node:sqlite';
import type { Action, Actor, GameConfig, GameRecord, GameResult } from '../../shared/rules/types';
import type { RoomSettings } from '../../shared/protocol/messages';
import type { Edition } from '../../shared/edition/format';
import { MIGRATIONS } from './migrations';
import { Touches } from './touches';
import { actionsFromRows, metaFromRow, reflectionFromRow, roomFromRow, summaryFromRow } from './rows';
import type { GameSummary, RoomMeta, StoredEventRow, RoomStatus, StoredDoors, StoredReflection, StoredRoom, StoredSeat, TimerRecord } from './types';

// The durable record of every room, synchronously (SqliteStore in sqlite.ts is the async face the
// server uses; tests open this class directly): node:sqlite (built into Node ≥ 22.5), one file, written
// synchronously. An action is committed here before anyone hears it was accepted.
//
// What a commit survives: the journal is a WAL, and by default synchronous=NORMAL. A commit is
// written to the WAL file (in the operating system's hands) when run() returns, so a crash or
// SIGKILL of the server loses nothing acknowledged; the disk itself gets the WAL at checkpoints, so
// a power cut or an operating-system crash can lose the last moves acknowledged before it (never
// the database's integrity). synchronous=FULL makes every commit wait for the disk instead: ten
// times slower per commit on a virtual disk, and node:sqlite waits on the server's only thread, so
// every room waits with it (tests/bench/commits.ts measures both). The server checkpoints from
// another thread (checkpointer.ts), so a power cut loses at most about a second of moves.

/** node:sqlite, with a clear message on a Node that lacks it (the system Node 20 on some machines). */
function openDatabase(file: string): DatabaseSync {
  let sqlite: typeof import('node:sqlite');
  try {
    sqlite = createRequire(import.meta.url)('node:sqlite') as typeof import('node:sqlite');
  } catch {
    throw new Error(
      `The server needs Node >= 22.5 (node:sqlite); this is ${process.version}. ` +
        'Run it through npm (npm run dev, npm test, npm exec vitest), which uses the project\'s Node 24.',
    );
  }
  return new sqlite.DatabaseSync(file);
}

export interface AppendedAction {
  code: string;
  index: number;
  actor: Actor;
  action: Action;
  ended: GameResult | null;
  now: number;
}

/** When a commit is durable: NORMAL, past a crash of the process; FULL, past a power cut too. */
export type Synchronous = 'NORMAL' | 'FULL';

export class GameStore {
  private readonly db: DatabaseSync;
  private readonly stmts: Record<string, StatementSync>;
  private readonly touches = new Touches();
  private closed = false;

  constructor(
    readonly file: string,
    /** `checkpoints: false`: another connection checkpoints the log (checkpointer.ts), never this one. */
    options: { synchronous?: Synchronous; checkpoints?: boolean } = {},
  ) {
    if (file !== ':memory:') fs.mkdirSync(path.dirname(file), { recursive: true });
    this.db = openDatabase(file);
    const synchronous = options.synchronous ?? 'NORMAL';
    this.db.exec(`PRAGMA journal_mode = WAL; PRAGMA synchronous = ${synchronous}; PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000;`);
    if (options.checkpoints === false) this.db.exec('PRAGMA wal_autocheckpoint = 0');
    this.migrate();
    const p = (sql: string) => this.db.prepare(sql);
    this.stmts = {
      exists: p('SELECT 1 AS x FROM rooms WHERE code = ?'),
      insertRoom: p(
        `INSERT OR IGNORE INTO rooms (code, created_at, updated_at, status, settings, host_key_hash, seats)
         VALUES (?, ?, ?, 'lobby', ?, ?, ?)`,
      ),
      saveLobby: p('UPDATE rooms SET settings = ?, seats = ?, updated_at = ? WHERE code = ?'),
      saveSeats: p('UPDATE rooms SET seats = ?, updated_at = ? WHERE code = ?'),
      saveDoors: p('UPDATE rooms SET doors = ? WHERE code = ?'),
      start: p(
        `UPDATE rooms SET status = 'playing', config = ?, seed = ?, seats = ?, started_at = ?, updated_at = ?
         WHERE code = ? AND status = 'lobby'`,
      ),
      append: p('INSERT INTO actions (code, idx, at, actor, action) VALUES (?, ?, ?, ?, ?)'),
      touch: p('UPDATE rooms SET updated_at = ? WHERE code = ?'),
      end: p(`UPDATE rooms SET status = 'ended', result = ?, ended_at = ?, updated_at = ? WHERE code = ?`),
      timer: p('UPDATE rooms SET timer = ? WHERE code = ?'),
      status: p('UPDATE rooms SET status = ?, updated_at = ? WHERE code = ?'),
      room: p('SELECT * FROM rooms WHERE code = ?'),
      actions: p('SELECT actor, action FROM actions WHERE code = ? ORDER BY idx'),
      active: p(`SELECT code FROM rooms WHERE status IN ('lobby', 'playing') AND updated_at >= ? ORDER BY created_at`),
      statusOf: p('SELECT status FROM rooms WHERE code = ?'),
      meta: p('SELECT status, updated_at, host_key_hash, seats FROM rooms WHERE code = ?'),
      deleteActions: p('DELETE FROM actions WHERE code = ?'),
      deleteReflections: p('DELETE FROM reflections WHERE code = ?'),
      addReflection: p('INSERT INTO reflections (code, id, idx, at, seat, author, question_id, text, hidden) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)'),
      hideReflection: p('UPDATE reflections SET hidden = 1 WHERE code = ? AND id = ?'),
      reflections: p('SELECT * FROM reflections WHERE code = ? ORDER BY idx'),
      insertEdition: p('INSERT OR IGNORE INTO editions (code, hash, name, body, created_at) VALUES (?, ?, ?, ?, ?)'),
      editionCodeByHash: p('SELECT code FROM editions WHERE hash = ?'),
      editionByCode: p('SELECT body FROM editions WHERE code = ?'),
      editionByHash: p('SELECT body FROM editions WHERE hash = ?'),
      gamesByHost: p(
        `SELECT code, status, created_at, started_at, ended_at, config, seats, result,
                (SELECT COUNT(*) FROM actions a WHERE a.code = rooms.code) AS actions
         FROM rooms WHERE status = ? AND host_key_hash IN (SELECT value FROM json_each(?)) ORDER BY created_at DESC LIMIT ?`,
      ),
      deleteRoom: p('DELETE FROM rooms WHERE code = ?'),
      staleLobbies: p(`SELECT code FROM rooms WHERE (status = 'lobby' AND updated_at < ?) OR status = 'abandoned'`),
      games: p(
        `SELECT code, status, created_at, started_at, ended_at, config, seats, result,
                (SELECT COUNT(*) FROM actions a WHERE a.code = rooms.code) AS actions
         FROM rooms WHERE status = ? ORDER BY created_at DESC LIMIT ?`,
      ),
    };
  }

  private migrate(): void {
    const version = (this.db.prepare('PRAGMA user_version').get() as { user_version: number }).user_version;
    for (let v = version; v < MIGRATIONS.length; v++) {
      this.db.exec('BEGIN');
      try {
        this.db.exec(MIGRATIONS[v]);
        this.db.exec(`PRAGMA user_version = ${v + 1}`);
        this.db.exec('COMMIT');
      } catch (e) {
        this.db.exec('ROLLBACK');
        throw e;
      }
    }
  }

  private tx<T>(fn: () => T): T {
    this.db.exec('BEGIN IMMEDIATE');
    try {
      const out = fn();
      this.db.exec('COMMIT');
      return out;
    } catch (e) {
      this.db.exec('ROLLBACK');
      throw e;
    }
  }

  hasRoom(code: string): boolean {
    return this.stmts.exists.get(code) !== undefined;
  }

  createRoom(code: string, settings: RoomSettings, hostKeyHash: string, seats: StoredSeat[], now = Date.now()): void {
    if (!this.claimRoom(code, settings, hostKeyHash, seats, now)) throw new Error(`room code ${code} is taken`);
  }

  /** Inserts a new room; false when the code is already taken (nothing written). */
  claimRoom(code: string, settings: RoomSettings, hostKeyHash: string, seats: StoredSeat[], now = Date.now()): boolean {
    const r = this.stmts.insertRoom.run(code, now, now, JSON.stringify(settings), hostKeyHash, JSON.stringify(seats));
    return Number(r.changes) === 1;
  }

  saveLobby(code: string, settings: RoomSettings, seats: StoredSeat[], now = Date.now()): void {
    this.stmts.saveLobby.run(JSON.stringify(settings), JSON.stringify(seats), now, code);
  }

  saveSeats(code: string, seats: StoredSeat[], now = Date.now()): void {
    this.stmts.saveSeats.run(JSON.stringify(seats), now, code);
  }

  saveDoors(code: string, doors: StoredDoors): void {
    this.stmts.saveDoors.run(JSON.stringify(doors), code);
  }

  startGame(code: string, config: GameConfig, seed: number, seats: StoredSeat[], now = Date.now()): void {
    const r = this.stmts.start.run(JSON.stringify(config), seed, JSON.stringify(seats), now, now, code);
    if (Number(r.changes) !== 1) throw new Error(`room ${code} is not in the lobby`);
  }

  /** Records one accepted action (index = its position in the record); ends the game in the same commit. */
  appendAction(code: string, index: number, actor: Actor, action: Action, ended: GameResult | null, now = Date.now()): void {
    this.appendActions([{ code, index, actor, action, ended, now }]);
  }

  /**
   * Several rooms' actions in one commit (group commit): all are recorded, or none. A room's
   * `updated_at` goes with a move when it is due (touches.ts).
   */
  appendActions(batch: AppendedAction[]): void {
    const touched: string[] = [];
    try {
      this.tx(() => {
        for (const a of batch) if (this.append(a)) touched.push(a.code);
      });
    } catch (e) {
      for (const code of touched) this.touches.undo(code);
      throw e;
    }
  }

  /** Whether it wrote the room's `updated_at` alone (not with the end). */
  private append({ code, index, actor, action, ended, now }: AppendedAction): boolean {
    this.stmts.append.run(code, index, now, JSON.stringify(actor), JSON.stringify(action));
    if (ended) this.stmts.end.run(JSON.stringify(ended), now, now, code);
    else if (this.touches.due(code, now)) {
      this.stmts.touch.run(now, code);
      return true;
    }
    return false;
  }

  saveTimer(code: string, timer: TimerRecord | null): void {
    this.stmts.timer.run(timer ? JSON.stringify(timer) : null, code);
  }

  setStatus(code: string, status: RoomStatus, now = Date.now()): void {
    this.stmts.status.run(status, now, code);
  }

  loadRoom(code: string): StoredRoom | null {
    const row = this.stmts.room.get(code) as Record<string, unknown> | undefined;
    return row ? roomFromRow(row, actionsFromRows(this.stmts.actions.all(code) as Record<string, unknown>[])) : null;
  }

  /** The full game record (config, seed, actions) of a started game. */
  gameRecord(code: string): GameRecord | null {
    return this.loadRoom(code)?.record ?? null;
  }

  /** Rooms a crash may have interrupted: still in the lobby or playing (and touched since `since`). */
  activeRoomCodes(since = 0): string[] {
    return (this.stmts.active.all(since) as { code: string }[]).map((r) => r.code);
  }

  roomStatus(code: string): RoomStatus | null {
    const row = this.stmts.statusOf.get(code) as { status: RoomStatus } | undefined;
    return row ? row.status : null;
  }

  /** What the door needs to know before loading a room: its status, last activity and credentials (hashed). */
  roomMeta(code: string): RoomMeta | null {
    const row = this.stmts.meta.get(code) as Record<string, unknown> | undefined;
    return row ? metaFromRow(row) : null;
  }

  /** A room that never became a game (an expired lobby): gone, record and all. */
  deleteRoom(code: string): void {
    this.tx(() => {
      this.stmts.deleteReflections.run(code);
      this.stmts.deleteActions.run(code);
      this.stmts.deleteRoom.run(code);
    });
  }

  /** Deletes lobbies idle since before `before`, and rooms whose creator never came; returns how many. */
  deleteStaleLobbies(before: number): number {
    const codes = (this.stmts.staleLobbies.all(before) as { code: string }[]).map((r) => r.code);
    for (const code of codes) this.deleteRoom(code);
    return codes.length;
  }

  listGames(status: RoomStatus = 'ended', limit = 200): GameSummary[] {
    return (this.stmts.games.all(status, limit) as Record<string, unknown>[]).map(summaryFromRow);
  }

  listGamesByHost(hostKeyHashes: string[], status: RoomStatus = 'ended', limit = 200): GameSummary[] {
    if (hostKeyHashes.length === 0) return [];
    return (this.stmts.gamesByHost.all(status, JSON.stringify(hostKeyHashes), limit) as Record<string, unknown>[]).map(summaryFromRow);
  }

  addReflection(code: string, r: StoredReflection): void {
    this.stmts.addReflection.run(code, r.id, r.idx, r.at, r.seat, r.author, r.questionId, r.text, r.hidden ? 1 : 0);
  }

  hideReflection(code: string, id: string): boolean {
    return Number(this.stmts.hideReflection.run(code, id).changes) === 1;
  }

  saveEvent(e: StoredEventRow, claim = false): boolean {
    const verb = claim ? 'INSERT OR IGNORE' : 'INSERT OR REPLACE';
    const r = this.db.prepare(`${verb} INTO events (code, created_at, updated_at, status, host_key_hash, data) VALUES (?, ?, ?, ?, ?, ?)`).run(e.code, e.createdAt, e.updatedAt, e.status, e.hostKeyHash, e.data);
    return Number(r.changes) === 1;
  }

  loadEvent(code: string): StoredEventRow | null {
    return (this.db.prepare('SELECT code, created_at AS createdAt, updated_at AS updatedAt, status, host_key_hash AS hostKeyHash, data FROM events WHERE code = ?').get(code) as StoredEventRow | undefined) ?? null;
  }

  eventsByHost(hostKeyHashes: string[], limit = 50): StoredEventRow[] {
    if (hostKeyHashes.length === 0) return [];
    const marks = hostKeyHashes.map(() => '?').join(', ');
    const sql = `SELECT code, created_at AS createdAt, updated_at AS updatedAt, status, host_key_hash AS hostKeyHash, data FROM events WHERE host_key_hash IN (${marks}) ORDER BY created_at DESC LIMIT ?`;
    return this.db.prepare(sql).all(...hostKeyHashes, limit) as unknown as StoredEventRow[];
  }

  loadReflections(code: string): StoredReflection[] {
    return (this.stmts.reflections.all(code) as Record<string, unknown>[]).map(reflectionFromRow);
  }

  saveEdition(code: string, edition: Edition, now = Date.now()): string {
    return this.tx(() => {
      const found = this.stmts.editionCodeByHash.get(edition.hash) as { code: string } | undefined;
      if (found) return found.code;
      const changes = Number(this.stmts.insertEdition.run(code, edition.hash, edition.name, JSON.stringify(edition), now).changes);
      if (changes !== 1) throw new Error(`edition code taken: ${code}`);
      return code;
    });
  }

  loadEdition(by: { code: string } | { hash: string }): Edition | null {
    const row = ('code' in by ? this.stmts.editionByCode.get(by.code) : this.stmts.editionByHash.get(by.hash)) as { body: string } | undefined;
    return row ? (JSON.parse(row.body) as Edition) : null;
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    try {
      this.db.exec('PRAGMA wal_checkpoint(TRUNCATE)');
    } finally {
      this.db.close();
    }
  }
}
