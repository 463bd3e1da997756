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
];
