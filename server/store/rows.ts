import type { Action, Actor, GameConfig, GameResult } from '../../shared/rules/types';
import { RoomSettingsSchema, type RoomSettings } from '../../shared/protocol/messages';
import { DEFAULT_DOORS, type GameSummary, type RoomMeta, type RoomStatus, type StoredDoors, type StoredReflection, type StoredRoom, type StoredSeat, type TimerRecord } from './types';

// Rows as both engines return them (the same columns; JSON kept as text; PostgreSQL's BIGINT
// arrives as a string) turned into the store's types, so SQLite and PostgreSQL read alike.

type Row = Record<string, unknown>;
const num = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));
const json = <T>(v: unknown): T | null => (v === null || v === undefined || v === '' ? null : (JSON.parse(String(v)) as T));

/** Settings as stored; older rooms lack newer fields (bots), which get their defaults. */
export function storedSettings(text: string): RoomSettings {
  const raw = JSON.parse(text) as RoomSettings;
  const parsed = RoomSettingsSchema.safeParse(raw);
  return parsed.success ? parsed.data : { ...raw, bots: raw.bots ?? [] };
}

export function actionsFromRows(rows: Row[]): { actor: Actor; action: Action }[] {
  return rows.map((a) => ({ actor: JSON.parse(String(a.actor)) as Actor, action: JSON.parse(String(a.action)) as Action }));
}

export function roomFromRow(row: Row, actions: { actor: Actor; action: Action }[]): StoredRoom {
  const config = json<GameConfig>(row.config);
  return {
    code: String(row.code),
    status: row.status as RoomStatus,
    createdAt: Number(row.created_at),
    updatedAt: Number(row.updated_at),
    startedAt: num(row.started_at),
    endedAt: num(row.ended_at),
    settings: storedSettings(String(row.settings)),
    hostKeyHash: String(row.host_key_hash),
    seats: JSON.parse(String(row.seats)) as StoredSeat[],
    timer: json<TimerRecord>(row.timer),
    record: config ? { config, seed: Number(row.seed), actions } : null,
    result: json<GameResult>(row.result),
    doors: { ...DEFAULT_DOORS, ...json<Partial<StoredDoors>>(row.doors) },
  };
}

export function metaFromRow(row: Row): RoomMeta {
  const seats = JSON.parse(String(row.seats)) as StoredSeat[];
  return {
    status: row.status as RoomStatus,
    updatedAt: Number(row.updated_at),
    hostKeyHash: String(row.host_key_hash),
    tokenHashes: seats.map((s) => s.tokenHash).filter((h): h is string => h !== null),
  };
}

export function summaryFromRow(row: Row): GameSummary {
  return {
    code: String(row.code),
    status: row.status as RoomStatus,
    createdAt: Number(row.created_at),
    startedAt: num(row.started_at),
    endedAt: num(row.ended_at),
    roles: (json<GameConfig>(row.config)?.roles ?? []).slice(),
    players: (JSON.parse(String(row.seats)) as StoredSeat[]).map((s) => s.name),
    actions: Number(row.actions),
    result: json<GameResult>(row.result),
  };
}

export function reflectionFromRow(row: Row): StoredReflection {
  return {
    id: String(row.id),
    idx: Number(row.idx),
    at: Number(row.at),
    seat: Number(row.seat),
    author: String(row.author),
    questionId: String(row.question_id),
    text: String(row.text),
    hidden: Number(row.hidden) === 1 || row.hidden === true,
  };
}
