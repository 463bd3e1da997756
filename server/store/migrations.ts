// The database schema, one entry per version (PRAGMA user_version). Append; never edit a shipped entry.

export const MIGRATIONS: string[] = [
  `CREATE TABLE rooms (
     code          TEXT PRIMARY KEY,
     created_at    INTEGER NOT NULL,
     updated_at    INTEGER NOT NULL,
     started_at    INTEGER,
     ended_at      INTEGER,
     status        TEXT NOT NULL CHECK (status IN ('lobby', 'playing', 'ended', 'abandoned')),
     settings      TEXT NOT NULL,
     host_key_hash TEXT NOT NULL,
     seats         TEXT NOT NULL,
     config        TEXT,
     seed          INTEGER,
     timer         TEXT,
     result        TEXT
   );
   CREATE INDEX rooms_status ON rooms (status, created_at);
   CREATE TABLE actions (
     code   TEXT NOT NULL REFERENCES rooms (code),
     idx    INTEGER NOT NULL,
     at     INTEGER NOT NULL,
     actor  TEXT NOT NULL,
     action TEXT NOT NULL,
     PRIMARY KEY (code, idx)
   );`,
  // 2: the players' reflections after the game (debrief), and finding a facilitator's games by host key.
  `CREATE TABLE reflections (
     code        TEXT NOT NULL REFERENCES rooms (code),
     id          TEXT NOT NULL,
     idx         INTEGER NOT NULL,
     at          INTEGER NOT NULL,
     seat        INTEGER NOT NULL,
     author      TEXT NOT NULL,
     question_id TEXT NOT NULL,
     text        TEXT NOT NULL,
     hidden      INTEGER NOT NULL DEFAULT 0,
     PRIMARY KEY (code, id)
   );
   CREATE INDEX rooms_host_key ON rooms (host_key_hash);`,
  // 3: the room's doors (JSON, StoredDoors): the projector key's generation, whether the host plays, a closed door.
  `ALTER TABLE rooms ADD COLUMN doors TEXT;`,
  // 4: training days (events): one row per event, its people, placement and tables as JSON (StoredEvent).
  `CREATE TABLE events (
     code          TEXT PRIMARY KEY,
     created_at    INTEGER NOT NULL,
     updated_at    INTEGER NOT NULL,
     status        TEXT NOT NULL,
     host_key_hash TEXT NOT NULL,
     data          TEXT NOT NULL
   );
   CREATE INDEX events_host_key ON events (host_key_hash);`,
  // 5: editions stored under a code (a facilitator shares one with a colleague; a game's record keeps the one it used).
  `CREATE TABLE editions (
     code       TEXT PRIMARY KEY,
     hash       TEXT NOT NULL UNIQUE,
     name       TEXT NOT NULL,
     body       TEXT NOT NULL,
     created_at INTEGER NOT NULL
   );`,
];

// The same schema for PostgreSQL (store/postgres.ts; version in the kot_schema table).
export const PG_MIGRATIONS: string[] = [
  `CREATE TABLE rooms (
     code          TEXT PRIMARY KEY,
     created_at    BIGINT NOT NULL,
     updated_at    BIGINT NOT NULL,
     started_at    BIGINT,
     ended_at      BIGINT,
     status        TEXT NOT NULL CHECK (status IN ('lobby', 'playing', 'ended', 'abandoned')),
     settings      TEXT NOT NULL,
     host_key_hash TEXT NOT NULL,
     seats         TEXT NOT NULL,
     config        TEXT,
     seed          BIGINT,
     timer         TEXT,
     result        TEXT
   );
   CREATE INDEX rooms_status ON rooms (status, created_at);
   CREATE TABLE actions (
     code   TEXT NOT NULL REFERENCES rooms (code),
     idx    INTEGER NOT NULL,
     at     BIGINT NOT NULL,
     actor  TEXT NOT NULL,
     action TEXT NOT NULL,
     PRIMARY KEY (code, idx)
   );`,
  // 2: the players' reflections after the game (debrief), and finding a facilitator's games by host key.
  `CREATE TABLE reflections (
     code        TEXT NOT NULL REFERENCES rooms (code),
     id          TEXT NOT NULL,
     idx         INTEGER NOT NULL,
     at          BIGINT NOT NULL,
     seat        INTEGER NOT NULL,
     author      TEXT NOT NULL,
     question_id TEXT NOT NULL,
     text        TEXT NOT NULL,
     hidden      INTEGER NOT NULL DEFAULT 0,
     PRIMARY KEY (code, id)
   );
   CREATE INDEX rooms_host_key ON rooms (host_key_hash);`,
  // 3: the room's doors (JSON, StoredDoors).
  `ALTER TABLE rooms ADD COLUMN doors TEXT;`,
  // 4: training days (events).
  `CREATE TABLE events (
     code          TEXT PRIMARY KEY,
     created_at    BIGINT NOT NULL,
     updated_at    BIGINT NOT NULL,
     status        TEXT NOT NULL,
     host_key_hash TEXT NOT NULL,
     data          TEXT NOT NULL
   );
   CREATE INDEX events_host_key ON events (host_key_hash);`,
  // 5: editions stored under a code.
  `CREATE TABLE editions (
     code       TEXT PRIMARY KEY,
     hash       TEXT NOT NULL UNIQUE,
     name       TEXT NOT NULL,
     body       TEXT NOT NULL,
     created_at BIGINT NOT NULL
   );`,
];
