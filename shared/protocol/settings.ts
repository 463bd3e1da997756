import { PERSONALITIES, type Personality } from '../bots/types';
import { MAX_SEATS, MIN_SEATS, ROLES, type RoleId } from '../model/ids';
import { nextInt, seedState, shuffled } from '../rng';
import type { RoomSettings } from './messages';

// The settings a room starts with when its creator sends none.

/** Watchers a room admits when its settings do not say (`RoomSettings.maxSpectators`). */
export const DEFAULT_MAX_SPECTATORS = 10;

/** Team play (no facilitator): every phase runs on a timer, so the game moves on by itself. */
export const TEAM_PLAY_TIMERS: RoomSettings['timers'] = {
  gebeurtenis: 45,
  overleg: 240,
  uitvoering: 30,
  terugblik: 90,
};

/**
 * A facilitated training day: a clock on every phase, so "+1 minuut" is there from the start and
 * the table sees how long it has; the facilitator can still move on early, and the console switches
 * every clock off in one click.
 */
export const FACILITATED_TIMERS: RoomSettings['timers'] = {
  gebeurtenis: 60,
  overleg: 300,
  uitvoering: 60,
  terugblik: 120,
};

/** No clock on any phase: solo practice, or a facilitator who paces by hand. */
export const UNTIMED_TIMERS: RoomSettings['timers'] = {
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
    bots: [],
  };
}

/** How the bots of a practice game are chosen: one personality for all, one of each in turn, or at random. */
export type BotMix = Personality | 'mixed' | 'surprise';

/**
 * Solo practice: one player and `seats - 1` bots, untimed (the player advances), four rounds.
 * The bots' roles (and, for 'mixed'/'surprise', their personalities) follow from `seed`.
 */
export function soloSettings(role: RoleId, mix: BotMix, seats = 4, seed = 1): RoomSettings {
  const rng = { state: seedState(seed) };
  const n = Math.max(MIN_SEATS, Math.min(MAX_SEATS, seats)) - 1;
  const botRoles = shuffled(rng, ROLES.filter((r) => r !== role)).slice(0, n);
  const order = shuffled(rng, PERSONALITIES);
  const bots = botRoles.map((r, i) => ({
    role: r,
    personality: mix === 'mixed' ? order[i % order.length] : mix === 'surprise' ? PERSONALITIES[nextInt(rng, PERSONALITIES.length)] : mix,
  }));
  return { ...defaultRoomSettings(true), timers: { ...UNTIMED_TIMERS }, roles: [role, ...botRoles], bots };
}
