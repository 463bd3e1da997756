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
    spectators: t.uint16(),
    watchers: t.array(WatcherState),
  },
  'RoomState',
);
export type RoomState = SchemaType<typeof RoomState>;

/** Sets a synced field only when its value differs (an unchanged assignment would still be a change); whether it did. */
function put<T extends object, K extends keyof T>(target: T, key: K, value: T[K]): boolean {
  if (target[key] === value) return false;
  target[key] = value;
  return true;
}

/**
 * Writes `info` into the synced state, touching only fields that changed (so patches stay small);
 * whether anything changed (a move changes nothing here, so it needs no patch).
 */
export function writeRoomInfo(state: RoomState, info: RoomInfo): boolean {
  let changed = put(state, 'code', info.code);
  changed = put(state, 'status', info.status) || changed;
  changed = put(state, 'settings', info.settings) || changed;
  changed = put(state, 'phaseEndsAt', info.phaseEndsAt) || changed;
  changed = put(state, 'pausedRemainingMs', info.pausedRemainingMs) || changed;
  changed = put(state, 'paused', info.paused) || changed;
  changed = put(state, 'hostConnected', info.hostConnected) || changed;
  changed = put(state, 'facilitatorAway', !!info.facilitatorAway) || changed;
  changed = put(state, 'projectorScreen', info.projectorScreen ?? 'result') || changed;
  changed = put(state, 'spectators', info.spectators) || changed;
  changed = writeSeats(state.seats, info.seats) || changed;
  return writeWatchers(state.watchers, info.watchers ?? []) || changed;
}

function writeWatchers(list: ArraySchema<WatcherState>, infos: WatcherInfo[]): boolean {
  let changed = false;
  while (list.length > infos.length) {
    list.pop();
    changed = true;
  }
  infos.forEach((info, i) => {
    let w = list[i];
    if (!w) {
      w = new WatcherState();
      list.push(w);
      changed = true;
    }
    changed = put(w, 'id', info.id) || changed;
    changed = put(w, 'host', info.host) || changed;
    changed = put(w, 'projector', !!info.projector) || changed;
    changed = put(w, 'connected', info.connected) || changed;
  });
  return changed;
}

function writeSeats(seats: ArraySchema<SeatState>, infos: SeatInfo[]): boolean {
  let changed = false;
  while (seats.length > infos.length) {
    seats.pop();
    changed = true;
  }
  infos.forEach((info, i) => {
    let s = seats[i];
    if (!s) {
      s = new SeatState();
      seats.push(s);
      changed = true;
    }
    changed = put(s, 'seat', info.seat) || changed;
    changed = put(s, 'name', info.name) || changed;
    changed = put(s, 'role', info.role) || changed;
    changed = put(s, 'connected', info.connected) || changed;
    changed = put(s, 'away', info.away) || changed;
    changed = put(s, 'bot', info.bot) || changed;
  });
  return changed;
}
