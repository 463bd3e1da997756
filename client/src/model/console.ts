import { PHASES, ROLES, type Locale, type PhaseId, type RoleId } from '../../../shared/model/ids';
import { parseSettings, type RoomInfo } from '../../../shared/protocol/room';
import { editionCode, fillBots, mixOf, type BotMix } from './solo';
import type { RoomSettings } from '../../../shared/protocol/messages';

// The facilitator's console before the start: every room option as the form shows it, and the
// settings the game will use, made from exactly what is on screen. Pure.

/** A phase's clock on the form: 'none' (the facilitator advances) or seconds. */
export type TimerChoice = 'none' | `${number}`;

export interface ConsoleDraft {
  rounds: number;
  timers: Record<PhaseId, TimerChoice>;
  roles: RoleId[];
  fill: boolean;
  mix: BotMix;
  anonymous: boolean;
  roleSwap: boolean;
  /** The edition's code as typed (empty: the standard edition). */
  edition: string;
}

/** The clock lengths the form offers per phase, in seconds. */
export const TIMER_OPTIONS: Record<PhaseId, number[]> = {
  gebeurtenis: [30, 45, 60, 120],
  overleg: [120, 180, 240, 300, 360, 480, 600],
  uitvoering: [30, 60, 120],
  terugblik: [60, 90, 120, 180, 300],
};

export const MIN_ROLES = 3;

/** A whole edition code; anything else typed is not sent (the game keeps the standard edition). */
const EDITION_CODE = /^[A-Z2-9]{8}$/;

export function draftFrom(info: Pick<RoomInfo, 'settings'>): ConsoleDraft | null {
  const s = parseSettings(info);
  if (!s) return null;
  const timers = Object.fromEntries(PHASES.map((p) => [p, s.timers[p] === null ? 'none' : String(s.timers[p])])) as ConsoleDraft['timers'];
  return {
    rounds: s.rounds,
    timers,
    roles: ROLES.filter((r) => s.roles.includes(r)),
    fill: s.bots.length > 0,
    mix: s.bots.length ? mixOf(s.bots) : 'surprise',
    anonymous: s.anonymousReflections,
    roleSwap: s.roleSwap,
    edition: s.edition ?? '',
  };
}

/** A role switched on or off; never fewer than three roles, and a claimed role stays on. */
export function toggleRole(draft: ConsoleDraft, role: RoleId, on: boolean, claimed: ReadonlySet<string>): ConsoleDraft {
  if (!on && (claimed.has(role) || draft.roles.length <= MIN_ROLES)) return draft;
  const roles = ROLES.filter((r) => (r === role ? on : draft.roles.includes(r)));
  return { ...draft, roles };
}

/**
 * The settings the game uses: what the form shows, with bots for the offered roles nobody has
 * claimed (personalities kept for roles that had a bot already, so a redraw does not reshuffle).
 */
export function settingsFrom(draft: ConsoleDraft, info: RoomInfo, random: () => number = Math.random): RoomSettings {
  const current = parseSettings(info);
  const timers = Object.fromEntries(PHASES.map((p) => [p, draft.timers[p] === 'none' ? null : Number(draft.timers[p])])) as RoomSettings['timers'];
  const keep = new Map((current?.bots ?? []).map((b) => [b.role, b.personality]));
  const bots = draft.fill
    ? fillBots(draft.roles, info.seats, draft.mix, random).map((b) => ({ ...b, personality: draft.mix === 'surprise' ? (keep.get(b.role) ?? b.personality) : b.personality }))
    : [];
  return {
    ...(current?.maxSpectators !== undefined ? { maxSpectators: current.maxSpectators } : {}),
    rounds: draft.rounds,
    timers,
    roles: draft.roles.slice(),
    roleSwap: draft.roleSwap,
    anonymousReflections: draft.anonymous,
    bots,
    ...(EDITION_CODE.test(editionCode(draft.edition)) ? { edition: editionCode(draft.edition) } : {}),
  };
}

/** The link that opens the projector (read-only, in the console's language) on this laptop or another device. */
export function projectorLink(origin: string, code: string, projectorKey: string, locale: Locale = 'nl'): string {
  return `${origin.replace(/\/+$/, '')}/?room=${encodeURIComponent(code)}&projector=1&lang=${locale}#key=${encodeURIComponent(projectorKey)}`;
}

/** The link that opens this console on a second device (it carries the host key: share with care). */
export function facilitatorLink(origin: string, code: string, hostKey: string): string {
  return `${origin.replace(/\/+$/, '')}/?room=${encodeURIComponent(code)}#host=${encodeURIComponent(hostKey)}`;
}

/** The host key in a facilitator link's fragment, if any. */
export function hostKeyFromHash(hash: string): string | null {
  const m = /(?:^#|&)host=([A-Za-z0-9_-]{10,64})(?:&|$)/.exec(hash);
  return m ? m[1] : null;
}

/** The seat token of a facilitator's invitation link (`#seat=…`), or null. */
export function seatFromHash(hash: string): string | null {
  const m = /(?:^#|&)seat=([A-Za-z0-9_-]{10,64})(?:&|$)/.exec(hash);
  return m ? m[1] : null;
}
