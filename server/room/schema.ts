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

/** Writes `info` into the synced state, touching only fields that changed (so patches stay small). */
export function writeRoomInfo(state: RoomState, info: RoomInfo): void {
  if (state.code !== info.code) state.code = info.code;
  if (state.status !== info.status) state.status = info.status;
  if (state.settings !== info.settings) state.settings = info.settings;
  if (state.phaseEndsAt !== info.phaseEndsAt) state.phaseEndsAt = info.phaseEndsAt;
  if (state.pausedRemainingMs !== info.pausedRemainingMs) state.pausedRemainingMs = info.pausedRemainingMs;
  if (state.paused !== info.paused) state.paused = info.paused;
  if (state.hostConnected !== info.hostConnected) state.hostConnected = info.hostConnected;
  if (state.facilitatorAway !== !!info.facilitatorAway) state.facilitatorAway = !!info.facilitatorAway;
  if (state.projectorScreen !== (info.projectorScreen ?? 'result')) state.projectorScreen = info.projectorScreen ?? 'result';
  if (state.spectators !== info.spectators) state.spectators = info.spectators;
  writeSeats(state.seats, info.seats);
  writeWatchers(state.watchers, info.watchers ?? []);
}

function writeWatchers(list: ArraySchema<WatcherState>, infos: WatcherInfo[]): void {
  while (list.length > infos.length) list.pop();
  infos.forEach((info, i) => {
    let w = list[i];
    if (!w) {
      w = new WatcherState();
      list.push(w);
    }
    if (w.id !== info.id) w.id = info.id;
    if (w.host !== info.host) w.host = info.host;
    if (w.projector !== !!info.projector) w.projector = !!info.projector;
    if (w.connected !== info.connected) w.connected = info.connected;
  });
}

function writeSeats(seats: ArraySchema<SeatState>, infos: SeatInfo[]): void {
  while (seats.length > infos.length) seats.pop();
  infos.forEach((info, i) => {
    let s = seats[i];
    if (!s) {
      s = new SeatState();
      seats.push(s);
    }
    if (s.seat !== info.seat) s.seat = info.seat;
    if (s.name !== info.name) s.name = info.name;
    if (s.role !== info.role) s.role = info.role;
    if (s.connected !== info.connected) s.connected = info.connected;
    if (s.away !== info.away) s.away = info.away;
    if (s.bot !== info.bot) s.bot = info.bot;
  });
}
