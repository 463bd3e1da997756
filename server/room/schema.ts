import { schema, t, ArraySchema, type SchemaType } from '@colyseus/schema';
import type { RoomInfo, SeatInfo, WatcherInfo } from '../../shared/protocol/room';

// The synced state: exactly RoomInfo (shared/protocol/room.ts), public by construction. Game
// secrets never enter it; they travel only in each client's own `view` message.

export const SeatState = schema(
  {
    seat: t.uint8(),
    name: t.string(),
    role: t.string(),
    connected: t.boolean(),
    away: t.boolean(),
    bot: t.string(),
    standIn: t.boolean(),
  },
  'SeatState',
);
export type SeatState = SchemaType<typeof SeatState>;

export const WatcherState = schema({ id: t.string(), host: t.boolean(), projector: t.boolean(), connected: t.boolean() }, 'WatcherState');
export type WatcherState = SchemaType<typeof WatcherState>;

export const RoomState = schema(
  {
    code: t.string(),
    status: t.string(),
    seats: t.array(SeatState),
    settings: t.string(),
    phaseEndsAt: t.float64(),
    pausedRemainingMs: t.float64(),
    paused: t.boolean(),
    hostConnected: t.boolean(),
    facilitatorAway: t.boolean(),
    projectorScreen: t.string(),
    projectorLocale: t.string(),
    spectators: t.uint16(),
    watchers: t.array(WatcherState),
    doorClosed: t.boolean(),
  },
  'RoomState',
);
export type RoomState = SchemaType<typeof RoomState>;

/** Sets the synced fields whose value differs (an unchanged assignment would still be a change); whether any did. */
function putAll<T extends object>(target: T, values: Partial<T>): boolean {
  let changed = false;
  for (const key in values) {
    if (target[key] === values[key]) continue;
    target[key] = values[key] as T[typeof key];
    changed = true;
  }
  return changed;
}

/** A synced list made as long as `infos`, each item's fields set from its info; whether anything changed. */
function putList<S extends object, I>(list: ArraySchema<S>, infos: I[], make: () => S, fields: (info: I) => Partial<S>): boolean {
  let changed = false;
  while (list.length > infos.length) {
    list.pop();
    changed = true;
  }
  infos.forEach((info, i) => {
    let item = list[i];
    if (!item) {
      list.push((item = make()));
      changed = true;
    }
    changed = putAll(item, fields(info)) || changed;
  });
  return changed;
}

/**
 * Writes `info` into the synced state, touching only fields that changed (so patches stay small);
 * whether anything changed (a move changes nothing here, so it needs no patch).
 */
export function writeRoomInfo(state: RoomState, info: RoomInfo): boolean {
  const room = putAll(state, {
    code: info.code,
    status: info.status,
    settings: info.settings,
    phaseEndsAt: info.phaseEndsAt,
    pausedRemainingMs: info.pausedRemainingMs,
    paused: info.paused,
    hostConnected: info.hostConnected,
    facilitatorAway: !!info.facilitatorAway,
    projectorScreen: info.projectorScreen ?? 'result',
    projectorLocale: info.projectorLocale ?? '',
    spectators: info.spectators,
    doorClosed: !!info.doorClosed,
  });
  const seats = putList(state.seats, info.seats, () => new SeatState(), (x: SeatInfo) => ({ seat: x.seat, name: x.name, role: x.role, connected: x.connected, away: x.away, bot: x.bot, standIn: !!x.standIn }));
  const watchers = putList(state.watchers, info.watchers ?? [], () => new WatcherState(), (x: WatcherInfo) => ({ id: x.id, host: x.host, projector: !!x.projector, connected: x.connected }));
  return room || seats || watchers;
}
