import pg from 'pg';
import type { Action, Actor, GameConfig, GameResult } from '../../shared/rules/types';
import type { RoomSettings } from '../../shared/protocol/messages';
import type { Edition } from '../../shared/edition/format';
import { PG_MIGRATIONS } from './migrations';
import { Touches } from './touches';
import { actionsFromRows, metaFromRow, reflectionFromRow, roomFromRow, summaryFromRow } from './rows';
import type { RecordStore, RoomStatus, StoredDoors, StoredEventRow, StoredReflection, StoredSeat, TimerRecord } from './types';

// The records in PostgreSQL (DATABASE_URL), for several server processes sharing one database.
// Same tables and columns as SQLite (JSON kept as text, times as BIGINT milliseconds). A write
// resolves after COMMIT returned (synchronous_commit as the server is configured: on by default).

type Q = Pick<pg.PoolClient, 'query'>;

/** postgres://user:secret@host:5432/db → host:5432/db (for the log: no credentials). */
export function describeUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.host}${u.pathname}`;
  } catch {
    return 'postgres';
  }
}

export class PgStore implements RecordStore {
  readonly kind = 'postgres';
  readonly where: string;
  private readonly pool: pg.Pool;
  private readonly touches = new Touches();
  private closed = false;

  private constructor(url: string) {
    this.where = describeUrl(url);
    this.pool = new pg.Pool({ connectionString: url, max: 10 });
    // An idle connection that breaks (the database restarted) must not crash the process.
    this.pool.on('error', () => undefined);
  }

  /** Connects and brings the schema up to date (one migration at a time, under an advisory lock). */
  static async open(url: string): Promise<PgStore> {
    const store = new PgStore(url);
    try {
      await store.migrate();
    } catch (e) {
      await store.pool.end().catch(() => undefined);
      throw e;
    }
    return store;
  }

  private async migrate(): Promise<void> {
    await this.tx(async (c) => {
      await c.query('SELECT pg_advisory_xact_lock(727101)');
      await c.query('CREATE TABLE IF NOT EXISTS kot_schema (version INTEGER NOT NULL)');
      const r = await c.query<{ version: number }>('SELECT version FROM kot_schema');
      let version = r.rows[0]?.version ?? 0;
      if (r.rows.length === 0) await c.query('INSERT INTO kot_schema (version) VALUES (0)');
      for (; version < PG_MIGRATIONS.length; version++) await c.query(PG_MIGRATIONS[version]);
      await c.query('UPDATE kot_schema SET version = $1', [version]);
    });
  }

  private async tx<T>(fn: (c: Q) => Promise<T>): Promise<T> {
    const c = await this.pool.connect();
    try {
      await c.query('BEGIN');
      const out = await fn(c);
      await c.query('COMMIT');
      return out;
    } catch (e) {
      await c.query('ROLLBACK').catch(() => undefined);
      throw e;
    } finally {
      c.release();
    }
  }

  private async rows(sql: string, params: unknown[] = []): Promise<Record<string, unknown>[]> {
    return (await this.pool.query(sql, params)).rows as Record<string, unknown>[];
  }

  private async run(sql: string, params: unknown[]): Promise<number> {
    return (await this.pool.query(sql, params)).rowCount ?? 0;
  }

  async hasRoom(code: string): Promise<boolean> {
    return (await this.rows('SELECT 1 FROM rooms WHERE code = $1', [code])).length > 0;
  }

  async claimRoom(code: string, settings: RoomSettings, hostKeyHash: string, seats: StoredSeat[], now = Date.now()): Promise<boolean> {
    const n = await this.run(
      `INSERT INTO rooms (code, created_at, updated_at, status, settings, host_key_hash, seats)
       VALUES ($1, $2, $2, 'lobby', $3, $4, $5) ON CONFLICT (code) DO NOTHING`,
      [code, now, JSON.stringify(settings), hostKeyHash, JSON.stringify(seats)],
    );
    return n === 1;
  }

  async saveLobby(code: string, settings: RoomSettings, seats: StoredSeat[], now = Date.now()): Promise<void> {
    await this.run('UPDATE rooms SET settings = $1, seats = $2, updated_at = $3 WHERE code = $4', [JSON.stringify(settings), JSON.stringify(seats), now, code]);
  }

  async saveSeats(code: string, seats: StoredSeat[], now = Date.now()): Promise<void> {
    await this.run('UPDATE rooms SET seats = $1, updated_at = $2 WHERE code = $3', [JSON.stringify(seats), now, code]);
  }

  async saveDoors(code: string, doors: StoredDoors): Promise<void> {
    await this.run('UPDATE rooms SET doors = $1 WHERE code = $2', [JSON.stringify(doors), code]);
  }

  async startGame(code: string, config: GameConfig, seed: number, seats: StoredSeat[], now = Date.now()): Promise<void> {
    const n = await this.run(
      `UPDATE rooms SET status = 'playing', config = $1, seed = $2, seats = $3, started_at = $4, updated_at = $4
       WHERE code = $5 AND status = 'lobby'`,
      [JSON.stringify(config), seed, JSON.stringify(seats), now, code],
    );
    if (n !== 1) throw new Error(`room ${code} is not in the lobby`);
  }

  /** A move alone is one INSERT (one round trip); with the end, or with `updated_at` when due (touches.ts), one transaction. */
  async appendAction(code: string, index: number, actor: Actor, action: Action, ended: GameResult | null, now = Date.now()): Promise<void> {
    const insert = 'INSERT INTO actions (code, idx, at, actor, action) VALUES ($1, $2, $3, $4, $5)';
    const values = [code, index, now, JSON.stringify(actor), JSON.stringify(action)];
    const touch = !ended && this.touches.due(code, now);
    if (!ended && !touch) {
      await this.run(insert, values);
      return;
    }
    try {
      await this.tx(async (c) => {
        await c.query(insert, values);
        if (ended) await c.query(`UPDATE rooms SET status = 'ended', result = $1, ended_at = $2, updated_at = $2 WHERE code = $3`, [JSON.stringify(ended), now, code]);
        else await c.query('UPDATE rooms SET updated_at = $1 WHERE code = $2', [now, code]);
      });
    } catch (e) {
      if (touch) this.touches.undo(code);
      throw e;
    }
  }

  async saveTimer(code: string, timer: TimerRecord | null): Promise<void> {
    await this.run('UPDATE rooms SET timer = $1 WHERE code = $2', [timer ? JSON.stringify(timer) : null, code]);
  }

  async setStatus(code: string, status: RoomStatus, now = Date.now()): Promise<void> {
    await this.run('UPDATE rooms SET status = $1, updated_at = $2 WHERE code = $3', [status, now, code]);
  }

  async loadRoom(code: string) {
    // One snapshot for the room and its actions (REPEATABLE READ): a record is never half-read.
    return this.tx(async (c) => {
      await c.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ');
      const room = (await c.query('SELECT * FROM rooms WHERE code = $1', [code])).rows[0] as Record<string, unknown> | undefined;
      if (!room) return null;
      const actions = (await c.query('SELECT actor, action FROM actions WHERE code = $1 ORDER BY idx', [code])).rows as Record<string, unknown>[];
      return roomFromRow(room, actionsFromRows(actions));
    });
  }

  async gameRecord(code: string) {
    return (await this.loadRoom(code))?.record ?? null;
  }

  async activeRoomCodes(since = 0): Promise<string[]> {
    const rows = await this.rows(`SELECT code FROM rooms WHERE status IN ('lobby', 'playing') AND updated_at >= $1 ORDER BY created_at, code`, [since]);
    return rows.map((r) => String(r.code));
  }

  async roomStatus(code: string): Promise<RoomStatus | null> {
    const row = (await this.rows('SELECT status FROM rooms WHERE code = $1', [code]))[0];
    return row ? (row.status as RoomStatus) : null;
  }

  async roomMeta(code: string) {
    const row = (await this.rows('SELECT status, updated_at, host_key_hash, seats FROM rooms WHERE code = $1', [code]))[0];
    return row ? metaFromRow(row) : null;
  }

  async deleteRoom(code: string): Promise<void> {
    await this.tx(async (c) => {
      await c.query('DELETE FROM reflections WHERE code = $1', [code]);
      await c.query('DELETE FROM actions WHERE code = $1', [code]);
      await c.query('DELETE FROM rooms WHERE code = $1', [code]);
    });
  }

  async deleteStaleLobbies(before: number): Promise<number> {
    const codes = await this.rows(`SELECT code FROM rooms WHERE (status = 'lobby' AND updated_at < $1) OR status = 'abandoned'`, [before]);
    for (const r of codes) await this.deleteRoom(String(r.code));
    return codes.length;
  }

  async listGames(status: RoomStatus = 'ended', limit = 200) {
    const rows = await this.rows(
      `SELECT code, status, created_at, started_at, ended_at, config, seats, result,
              (SELECT COUNT(*) FROM actions a WHERE a.code = rooms.code) AS actions
       FROM rooms WHERE status = $1 ORDER BY created_at DESC LIMIT $2`,
      [status, limit],
    );
    return rows.map(summaryFromRow);
  }

  async listGamesByHost(hostKeyHashes: string[], status: RoomStatus = 'ended', limit = 200) {
    if (hostKeyHashes.length === 0) return [];
    const rows = await this.rows(
      `SELECT code, status, created_at, started_at, ended_at, config, seats, result,
              (SELECT COUNT(*) FROM actions a WHERE a.code = rooms.code) AS actions
       FROM rooms WHERE status = $1 AND host_key_hash = ANY($2::text[]) ORDER BY created_at DESC LIMIT $3`,
      [status, hostKeyHashes, limit],
    );
    return rows.map(summaryFromRow);
  }

  async addReflection(code: string, r: StoredReflection): Promise<void> {
    await this.run(
      'INSERT INTO reflections (code, id, idx, at, seat, author, question_id, text, hidden) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)',
      [code, r.id, r.idx, r.at, r.seat, r.author, r.questionId, r.text, r.hidden ? 1 : 0],
    );
  }

  async hideReflection(code: string, id: string): Promise<boolean> {
    return (await this.run('UPDATE reflections SET hidden = 1 WHERE code = $1 AND id = $2', [code, id])) === 1;
  }

  async loadReflections(code: string): Promise<StoredReflection[]> {
    return (await this.rows('SELECT * FROM reflections WHERE code = $1 ORDER BY idx', [code])).map(reflectionFromRow);
  }

  async saveEvent(e: StoredEventRow, claim = false): Promise<boolean> {
    const conflict = claim ? 'DO NOTHING' : 'DO UPDATE SET updated_at = EXCLUDED.updated_at, status = EXCLUDED.status, data = EXCLUDED.data';
    const sql = `INSERT INTO events (code, created_at, updated_at, status, host_key_hash, data) VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (code) ${conflict}`;
    return (await this.run(sql, [e.code, e.createdAt, e.updatedAt, e.status, e.hostKeyHash, e.data])) === 1;
  }

  async loadEvent(code: string): Promise<StoredEventRow | null> {
    const [row] = await this.rows('SELECT * FROM events WHERE code = $1', [code]);
    return row ? eventFromRow(row) : null;
  }

  async eventsByHost(hostKeyHashes: string[], limit = 50): Promise<StoredEventRow[]> {
    if (hostKeyHashes.length === 0) return [];
    return (await this.rows('SELECT * FROM events WHERE host_key_hash = ANY($1::text[]) ORDER BY created_at DESC LIMIT $2', [hostKeyHashes, limit])).map(eventFromRow);
  }

  async saveEdition(code: string, edition: Edition, now = Date.now()): Promise<string> {
    return this.tx(async (c) => {
      await c.query('SELECT pg_advisory_xact_lock(727102)');
      const found = await c.query<{ code: string }>('SELECT code FROM editions WHERE hash = $1', [edition.hash]);
      if (found.rows[0]) return found.rows[0].code;
      await c.query('INSERT INTO editions (code, hash, name, body, created_at) VALUES ($1, $2, $3, $4, $5)', [
        code,
        edition.hash,
        edition.name,
        JSON.stringify(edition),
        now,
      ]);
      return code;
    });
  }

  async loadEdition(by: { code: string } | { hash: string }): Promise<Edition | null> {
    const rows = 'code' in by
      ? await this.rows('SELECT body FROM editions WHERE code = $1', [by.code])
      : await this.rows('SELECT body FROM editions WHERE hash = $1', [by.hash]);
    return rows[0] ? (JSON.parse(String(rows[0].body)) as Edition) : null;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.pool.end();
  }
}

function eventFromRow(r: Record<string, unknown>): StoredEventRow {
  return { code: String(r.code), createdAt: Number(r.created_at), updatedAt: Number(r.updated_at), status: String(r.status), hostKeyHash: String(r.host_key_hash), data: String(r.data) };
}
