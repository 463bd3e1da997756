import { ROLES } from '../model/ids';
import type { RoomSettings } from './messages';

// The settings a room starts with when its creator sends none.

/** Team play (no facilitator): every phase runs on a timer, so the game moves on by itself. */
export const TEAM_PLAY_TIMERS: RoomSettings['timers'] = {
  gebeurtenis: 45,
  overleg: 240,
  uitvoering: 30,
  terugblik: 90,
};

/** A facilitator paces the game by hand. */
export const FACILITATED_TIMERS: RoomSettings['timers'] = {
  gebeurtenis: null,
  overleg: null,
  uitvoering: null,
  terugblik: null,
};

export function defaultRoomSettings(facilitated: boolean): RoomSettings {
  return {
    rounds: 4,
    timers: { ...(facilitated ? FACILITATED_TIMERS : TEAM_PLAY_TIMERS) },
    roleSwap: false,
    roles: [...ROLES],
    anonymousReflections: false,
  };
}
