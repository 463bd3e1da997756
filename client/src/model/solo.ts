import { MAX_SEATS, ROLES, type RoleId } from '../../../shared/model/ids';
import { parseSettings, type RoomInfo, type SeatInfo } from '../../../shared/protocol/room';
import { allowedRoles } from './lobby';
import { PERSONALITIES, type Personality } from '../../../shared/bots/types';
import { seatBot, type BotSetting, type ClientRoomSettings } from '../net/protocol';

// Solo practice: one player and bots for the other roles, untimed, the player paces the phases.
// Also the lobby's "fill empty roles with bots". Pure, except for what is kept in the browser.

/** A personality for every bot, or 'surprise': each bot its own, picked at random. */
export type BotMix = Personality | 'surprise';
export const BOT_MIXES: readonly BotMix[] = [...PERSONALITIES, 'surprise'];

export interface SoloChoice {
  role: RoleId | 'random';
  mix: BotMix;
  /** Seats at the table, the player included (3–8). */
  seats: number;
  rounds: number;
}

export const SOLO_DEFAULTS: SoloChoice = { role: 'random', mix: 'surprise', seats: 4, rounds: 4 };

type Random = () => number;

function pick<T>(list: readonly T[], random: Random): T {
  return list[Math.min(list.length - 1, Math.floor(random() * list.length))];
}

function shuffled<T>(list: readonly T[], random: Random): T[] {
  const out = list.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}


/** The role the player plays: the one chosen, or a random one. */
export function soloRole(choice: Pick<SoloChoice, 'role'>, random: Random = Math.random): RoleId {
  return choice.role === 'random' ? pick(ROLES, random) : choice.role;
}

/**
 * The room settings of a solo game: untimed, the player's role first, then a bot for each other
 * seat. The gemeente and the Bibliotheek are always at the table, as at a training day (the gemeente
 * is the most needed partner, the Bibliotheek the one the game is about); other roles at random.
 */
export function soloSettings(role: RoleId, choice: SoloChoice, random: Random = Math.random): ClientRoomSettings {
  const seats = Math.max(3, Math.min(MAX_SEATS, Math.round(choice.seats)));
  const others = shuffled(ROLES.filter((r) => r !== role), random);
  const core = (['gemeente', 'bibliotheek'] as RoleId[]).filter((r) => r !== role);
  const ordered = [...core, ...others.filter((r) => !core.includes(r))];
  const botRoles = ordered.slice(0, seats - 1);
  return {
    rounds: Math.max(1, Math.min(8, Math.round(choice.rounds))),
    timers: { gebeurtenis: null, overleg: null, uitvoering: null, terugblik: null },
    roleSwap: false,
    roles: [role, ...botRoles],
    anonymousReflections: false,
    bots: dealt(botRoles, choice.mix, random),
  };
}

/**
 * The lobby's "fill empty roles with bots": a bot for every offered role nobody claimed, as many as
 * fit at the table (at most 8 seats, at least 3), the gemeente first.
 */
export function fillBots(offered: readonly RoleId[], seats: readonly SeatInfo[], mix: BotMix, random: Random = Math.random): BotSetting[] {
  const claimed = new Set(seats.map((s) => s.role).filter(Boolean));
  const humans = seats.filter((s) => !seatBot(s)).length;
  const room = Math.max(0, Math.min(MAX_SEATS - 1, MAX_SEATS - humans));
  const free = offered.filter((r) => !claimed.has(r));
  const ordered = [...free.filter((r) => r === 'gemeente'), ...free.filter((r) => r !== 'gemeente')];
  return dealt(ordered.slice(0, room), mix, random);
}

/** "Verras me": each bot its own character while there are characters left (a shuffled deck, dealt in turn). */
function dealt(roles: readonly RoleId[], mix: BotMix, random: Random): BotSetting[] {
  const deck = shuffled(PERSONALITIES, random);
  return roles.map((role, i) => ({ role, personality: mix === 'surprise' ? deck[i % deck.length] : mix }));
}

/** The host's lobby settings: rounds, the Overleg clock (null: by hand), and bots (see `configure`). */
export function lobbySettings(info: RoomInfo, rounds: number, overlegSeconds: number | null, bots: BotMix | null | undefined, random: Random = Math.random): ClientRoomSettings | null {
  const current = parseSettings(info);
  if (!current) return null;
  const timers: ClientRoomSettings['timers'] =
    overlegSeconds === null
      ? { gebeurtenis: null, overleg: null, uitvoering: null, terugblik: null }
      : { gebeurtenis: 45, overleg: overlegSeconds, uitvoering: 30, terugblik: 90 };
  const list = bots === undefined ? (current.bots ?? []) : bots === null ? [] : fillBots(allowedRoles(info), info.seats, bots, random);
  return { ...current, rounds, timers, bots: list };
}

/** At Start: the bots list made again from the roles claimed now (personalities kept), or null if unchanged. */
export function botsAtStart(info: RoomInfo, random: Random = Math.random): ClientRoomSettings | null {
  const current = parseSettings(info);
  const bots = current?.bots ?? [];
  if (!current || bots.length === 0) return null;
  const keep = new Map(bots.map((b) => [b.role, b.personality]));
  const next = fillBots(allowedRoles(info), info.seats, mixOf(bots), random).map((b) => ({ ...b, personality: keep.get(b.role) ?? b.personality }));
  return JSON.stringify(next) === JSON.stringify(bots) ? null : { ...current, bots: next };
}

/** The mix a list of bots shows as: their one shared personality, or 'surprise'. */
export function mixOf(bots: readonly BotSetting[]): BotMix {
  const kinds = new Set(bots.map((b) => b.personality));
  return kinds.size === 1 ? [...kinds][0] : 'surprise';
}

/** A solo game: every seat but mine is a bot (in the lobby: every offered role but one has a bot). */
export function isSoloRoom(info: Pick<RoomInfo, 'seats' | 'status'> | null, mySeat: number | null, bots: readonly BotSetting[] = []): boolean {
  if (!info || mySeat === null) return false;
  const others = info.seats.filter((s) => s.seat !== mySeat);
  if (info.status === 'lobby') return bots.length > 0 && others.length === 0;
  return others.length > 0 && others.every((s) => seatBot(s) !== null);
}

// ---- kept in the browser: the last choices and the unfinished solo game --------------------

type Store = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;
const PREFS_KEY = 'kot.solo.prefs';
const GAME_KEY = 'kot.solo.game';

function read<T>(store: Store | null, key: string): T | null {
  try {
    const raw = store?.getItem(key);
    return raw ? (JSON.parse(raw) as T) : null;
  } catch {
    return null;
  }
}

function write(store: Store | null, key: string, value: unknown): void {
  try {
    if (value === null) store?.removeItem(key);
    else store?.setItem(key, JSON.stringify(value));
  } catch {
    /* storage blocked: it lasts for this page only */
  }
}

export function loadSoloPrefs(store: Store | null): SoloChoice {
  const p = read<Partial<SoloChoice>>(store, PREFS_KEY) ?? {};
  const role = p.role === 'random' || (ROLES as readonly string[]).includes(p.role ?? '') ? (p.role as SoloChoice['role']) : SOLO_DEFAULTS.role;
  const mix = BOT_MIXES.includes(p.mix as BotMix) ? (p.mix as BotMix) : SOLO_DEFAULTS.mix;
  // Seats and rounds start from the defaults each time; role and mix are remembered.
  return { ...SOLO_DEFAULTS, role, mix };
}

export function saveSoloPrefs(store: Store | null, choice: SoloChoice): void {
  write(store, PREFS_KEY, { role: choice.role, mix: choice.mix });
}

export interface SoloGame {
  code: string;
  role: RoleId;
}

export const loadSoloGame = (store: Store | null): SoloGame | null => {
  const g = read<SoloGame>(store, GAME_KEY);
  return g && typeof g.code === 'string' ? g : null;
};
export const saveSoloGame = (store: Store | null, g: SoloGame | null): void => write(store, GAME_KEY, g);
