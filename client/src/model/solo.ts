import { MAX_SEATS, ROLES, type RoleId } from '../../../shared/model/ids';
import { parseSettings, type RoomInfo, type SeatInfo } from '../../../shared/protocol/room';
import { allowedRoles } from './lobby';
import { BOT_MIXES, dealBots, TEAM_PLAY_TIMERS, UNTIMED_TIMERS, type BotMix, type BotSetting, type Random, type SoloAsk } from '../../../shared/protocol/settings';
import type { RoomSettings } from '../../../shared/protocol/messages';
import { seatBot } from './bots';

// Solo practice: one player and bots for the other roles, untimed, the player paces the phases.
// Also the lobby's "fill empty roles with bots". Pure, except for what is kept in the browser.

export { BOT_MIXES, soloSettings, type BotMix } from '../../../shared/protocol/settings';

/** The solo form's choices: the settings asked (`soloSettings`) and the role, or 'random'. */
export interface SoloChoice extends SoloAsk {
  role: RoleId | 'random';
  /** An edition's code as typed (empty or absent: the standard edition). */
  edition?: string;
}

/** An edition's code as the server stores it ("abcd-2345 efgh" → "ABCD2345EFGH"); empty for none. */
export function editionCode(typed: string | undefined): string {
  return (typed ?? '').trim().toUpperCase().replace(/[\s-]+/g, '');
}

export const SOLO_DEFAULTS: SoloChoice = { role: 'random', mix: 'surprise', seats: 4, rounds: 4 };

function pick<T>(list: readonly T[], random: Random): T {
  return list[Math.min(list.length - 1, Math.floor(random() * list.length))];
}

/** The role the player plays: the one chosen, or a random one. */
export function soloRole(choice: Pick<SoloChoice, 'role'>, random: Random = Math.random): RoleId {
  return choice.role === 'random' ? pick(ROLES, random) : choice.role;
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
  return dealBots(ordered.slice(0, room), mix, random);
}

/** The host's lobby settings: rounds, the Overleg clock (null: by hand), and bots (see `configure`). */
export function lobbySettings(info: RoomInfo, rounds: number, overlegSeconds: number | null, bots: BotMix | null | undefined, random: Random = Math.random): RoomSettings | null {
  const current = parseSettings(info);
  if (!current) return null;
  const timers: RoomSettings['timers'] =
    overlegSeconds === null ? { ...UNTIMED_TIMERS } : { ...TEAM_PLAY_TIMERS, overleg: overlegSeconds };
  const list = bots === undefined ? (current.bots ?? []) : bots === null ? [] : fillBots(allowedRoles(info), info.seats, bots, random);
  return { ...current, rounds, timers, bots: list };
}

/** At Start: the bots list made again from the roles claimed now (personalities kept), or null if unchanged. */
export function botsAtStart(info: RoomInfo, random: Random = Math.random): RoomSettings | null {
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
