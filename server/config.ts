import path from 'node:path';

// Every setting the server reads from the environment, with its default. Documented in README.md
// ("Server configuration"); tests build a ServerConfig directly with `loadConfig({...})`.

export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';

export interface ServerConfig {
  /** TCP port; 0 picks a free one (the chosen port is printed). */
  port: number;
  host: string;
  /** The game records database file (node:sqlite), when `databaseUrl` is empty. */
  dbPath: string;
  /** PostgreSQL connection string (DATABASE_URL); empty: embedded SQLite at `dbPath`. */
  databaseUrl: string;
  /** Redis (REDIS_URL) for Colyseus's RedisPresence and RedisDriver: several processes share rooms; empty: one process. */
  redisUrl: string;
  /** This process's address as clients reach it (PUBLIC_ADDRESS, host[:port][/path], no scheme): several processes only. */
  publicAddress: string;
  /** `text` (default) or `json`: one JSON object per log line. */
  logFormat: 'text' | 'json';
  /** Origin used in join links (e.g. https://spel.bieb.nl); empty: the origin the client connected to. */
  publicUrl: string;
  /** How long a dropped player's seat waits for their automatic reconnection. */
  reconnectGraceSeconds: number;
  /** The built client (Vite output). */
  clientDir: string;
  logLevel: LogLevel;
  /** Trust X-Forwarded-For / X-Real-IP (only behind a reverse proxy that sets them). */
  trustProxy: boolean;
  /** Bearer token for GET /api/games (the list of games); empty disables the list. */
  adminToken: string;
  /** Bearer token for /metrics; '' turns /metrics off. */
  metricsToken: string;
  /** A room nobody is connected to is unloaded after this long (it stays in the database and loads again on join). */
  idleRoomMinutes: number;
  /** A lobby nobody is in is deleted after this long (and not reloaded at a restart). */
  lobbyExpiryMinutes: number;
  /** Bots act this many milliseconds apart at least and at most (and answer an offer within it). */
  botPaceMs: { min: number; max: number };
}

type Env = Record<string, string | undefined>;

function int(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new Error(`${name} must be an integer from ${min} to ${max} (got "${raw}")`);
  }
  return n;
}

function bool(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name]?.trim().toLowerCase();
  if (!raw) return fallback;
  if (['1', 'true', 'yes', 'on'].includes(raw)) return true;
  if (['0', 'false', 'no', 'off'].includes(raw)) return false;
  throw new Error(`${name} must be true or false (got "${raw}")`);
}

/** BOT_PACE_MS="min,max" in milliseconds (default 2000,5000). */
function pace(env: Env, name: string): { min: number; max: number } {
  const raw = env[name]?.trim();
  if (!raw) return { min: 2000, max: 5000 };
  const parts = raw.split(',').map((p) => Number(p.trim()));
  const [min, max] = parts;
  if (parts.length !== 2 || !parts.every((n) => Number.isInteger(n) && n >= 0 && n <= 600_000) || min > max) {
    throw new Error(`${name} must be "min,max" in milliseconds, 0 to 600000, min <= max (got "${raw}")`);
  }
  return { min, max };
}

const LEVELS: LogLevel[] = ['debug', 'info', 'warn', 'error', 'silent'];

/** Reads the configuration from `env` (default: process.env). Throws a readable error on a bad value. */
export function loadConfig(env: Env = process.env): ServerConfig {
  const level = (env.LOG_LEVEL ?? 'info').trim().toLowerCase() as LogLevel;
  if (!LEVELS.includes(level)) throw new Error(`LOG_LEVEL must be one of ${LEVELS.join(', ')}`);
  const dbPath = env.KOT_DB_PATH?.trim()
    ? env.KOT_DB_PATH.trim()
    : path.join(env.DATA_DIR?.trim() || './data', 'kaarten.db');
  const publicUrl = (env.PUBLIC_URL ?? '').trim().replace(/\/+$/, '');
  if (publicUrl && !/^https?:\/\/[^/]+/.test(publicUrl)) throw new Error('PUBLIC_URL must start with http:// or https://');
  const databaseUrl = env.DATABASE_URL?.trim() ?? '';
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) throw new Error('DATABASE_URL must start with postgres:// or postgresql://');
  const redisUrl = env.REDIS_URL?.trim() ?? '';
  if (redisUrl && !/^rediss?:\/\//.test(redisUrl)) throw new Error('REDIS_URL must start with redis:// or rediss://');
  const publicAddress = (env.PUBLIC_ADDRESS ?? '').trim().replace(/\/+$/, '');
  if (/^[a-z]+:\/\//i.test(publicAddress)) throw new Error('PUBLIC_ADDRESS is host[:port][/path], without http:// or ws://');
  const logFormat = (env.LOG_FORMAT ?? 'text').trim().toLowerCase();
  if (logFormat !== 'text' && logFormat !== 'json') throw new Error('LOG_FORMAT must be text or json');
  return {
    port: int(env, 'PORT', 2567, 0, 65535),
    databaseUrl,
    redisUrl,
    publicAddress,
    logFormat,
    host: env.HOST?.trim() || '0.0.0.0',
    dbPath: path.resolve(dbPath),
    publicUrl,
    reconnectGraceSeconds: int(env, 'RECONNECT_GRACE_SECONDS', 180, 1, 24 * 3600),
    clientDir: path.resolve(env.CLIENT_DIR?.trim() || 'dist/client'),
    logLevel: level,
    trustProxy: bool(env, 'TRUST_PROXY', false),
    adminToken: env.ADMIN_TOKEN?.trim() ?? '',
    metricsToken: env.METRICS_TOKEN?.trim() ?? '',
    idleRoomMinutes: int(env, 'IDLE_ROOM_MINUTES', 120, 1, 7 * 24 * 60),
    lobbyExpiryMinutes: int(env, 'LOBBY_EXPIRY_MINUTES', 30, 1, 7 * 24 * 60),
    botPaceMs: pace(env, 'BOT_PACE_MS'),
  };
}
