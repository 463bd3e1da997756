import { PERSONALITIES, type Personality } from '../bots/types';
import { MAX_SEATS, MIN_SEATS, ROLES, type RoleId } from '../model/ids';
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

/** A bot at the start: the role it plays and its character (`RoomSettings.bots`). */
export type BotSetting = RoomSettings['bots'][number];

/** How the bots of a practice game are chosen: one personality for all, or 'surprise' (each its own). */
export type BotMix = Personality | 'surprise';
export const BOT_MIXES: readonly BotMix[] = [...PERSONALITIES, 'surprise'];

/** A number in [0, 1): Math.random in the browser, a seeded generator in tests and on the server. */
export type Random = () => number;

function shuffle<T>(list: readonly T[], random: Random): T[] {
  const out = list.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.min(i, Math.floor(random() * (i + 1)));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** "Verras me": each bot its own character while there are characters left (a shuffled deck, dealt in turn). */
export function dealBots(roles: readonly RoleId[], mix: BotMix, random: Random): BotSetting[] {
  const deck = shuffle(PERSONALITIES, random);
  return roles.map((role, i) => ({ role, personality: mix === 'surprise' ? deck[i % deck.length] : mix }));
}

/** What a player asks of a practice game. */
export interface SoloAsk {
  mix: BotMix;
  /** Seats at the table, the player included (MIN_SEATS–MAX_SEATS). */
  seats: number;
  /** Rounds (1–8). */
  rounds: number;
}

/**
 * Solo practice: untimed (the player paces the phases), the player's role first, then a bot for
 * each other seat. The gemeente and the Bibliotheek are always at the table, as at a training day
 * (the gemeente is the most needed partner, the Bibliotheek the one the game is about); other roles
 * at random.
 */
export function soloSettings(role: RoleId, ask: SoloAsk, random: Random = Math.random): RoomSettings {
  const seats = Math.max(MIN_SEATS, Math.min(MAX_SEATS, Math.round(ask.seats)));
  const others = shuffle(ROLES.filter((r) => r !== role), random);
  const core = (['gemeente', 'bibliotheek'] as RoleId[]).filter((r) => r !== role);
  const botRoles = [...core, ...others.filter((r) => !core.includes(r))].slice(0, seats - 1);
  return {
    ...defaultRoomSettings(true),
    rounds: Math.max(1, Math.min(8, Math.round(ask.rounds))),
    timers: { ...UNTIMED_TIMERS },
    roles: [role, ...botRoles],
    bots: dealBots(botRoles, ask.mix, random),
  };
}
