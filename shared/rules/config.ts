import { MAX_SEATS, MIN_SEATS, ROLES, type RoleId } from '../model/ids';
import type { GameConfig } from './types';

// Tuned numbers live here, next to the defaults they feed (see the balance simulation).

/**
 * Personas on board the team needs at the end, by number of seats. Set from the bot simulation
 * (`npm run simulate`) so that a table of Verbinders makes it in at least 8 of 10 games and a table
 * of Eigen belang in at most 1 of 10: Verbinders keep 4.1, 8.1, 11.1, 14.8, 18.1 and 20.5 on board
 * at 3–8 seats, Eigen belang 0.2, 1.2, 2.0, 3.9, 5.0 and 6.7.
 */
export const TARGET_BY_SEATS: Record<number, number> = { 3: 3, 4: 6, 5: 9, 6: 12, 7: 16, 8: 19 };
/**
 * Chance that a reached persona nobody holds drops out at each Uitvoering after the one that reached
 * them, and once more at the end of the game.
 */
export const DROPOUT_CHANCE = 0.5;
/**
 * Residents in play, by number of seats: the persona deck is cut to this size at the start, so a
 * small table has as few people to find as it has hands to find them.
 */
export const PERSONAS_BY_SEATS: Record<number, number> = { 3: 10, 4: 14, 5: 17, 6: 20, 7: 22, 8: 24 };
/**
 * Residents in view each round, by number of seats. Whoever is in view and not reached by a project
 * in that round's Uitvoering is missed for good ("wie je dit jaar niet vindt, ben je kwijt"): a table
 * that waits loses the people it could have found.
 */
export const SIGHT_BY_SEATS: Record<number, number> = { 3: 2, 4: 2, 5: 3, 6: 3, 7: 4, 8: 4 };
/**
 * Cards a partner may carry into the next year; the rest lapses when the new round starts, the
 * kinds it holds least of first (a partner keeps its core). A budget not spent this year is gone ("denk aan volgend jaar"),
 * volunteers with nothing to do leave, and what a partner could offer this year is not there for
 * ever: a table that waits loses what it could have done. What is pledged to a project stays.
 */
export const CARRY_OVER = 3;
/** Every this many people held bring one more into view each round (people bring people). */
export const HELD_PER_VIEW = 2;
/**
 * Every this many projects that reached people, one Draagvlak card for the partner who put the most
 * in, by number of seats (a big table needs more support for its many projects).
 */
export const RESULTS_PER_SUPPORT: Record<number, number> = { 3: 2, 4: 2, 5: 2, 6: 2, 7: 1, 8: 1 };
/** Open offers one partner may have out at once. */
export const MAX_OPEN_OFFERS = 12;

export function defaultConfig(roles: RoleId[], overrides: Partial<GameConfig> = {}): GameConfig {
  return {
    roles: roles.slice(),
    rounds: 4,
    interestsPerSeat: 2,
    roleSwapAfterRound: null,
    target: null,
    tableSize: 6,
    ...overrides,
  };
}

export function targetFor(config: GameConfig): number {
  return config.target ?? TARGET_BY_SEATS[config.roles.length];
}

export function personasInPlay(config: GameConfig): number {
  return PERSONAS_BY_SEATS[config.roles.length];
}

export function sightFor(config: GameConfig): number {
  return SIGHT_BY_SEATS[config.roles.length];
}

/** Throws on a config no game can be made from: a caller's mistake, not a player's move. */
export function assertValidConfig(config: GameConfig): void {
  const { roles } = config;
  const fail = (why: string): never => {
    throw new Error(`invalid game config: ${why}`);
  };
  if (roles.length < MIN_SEATS || roles.length > MAX_SEATS) fail(`needs ${MIN_SEATS}–${MAX_SEATS} roles`);
  if (new Set(roles).size !== roles.length) fail('roles must be distinct');
  if (!roles.every((r) => (ROLES as readonly string[]).includes(r))) fail('unknown role');
  if (!Number.isInteger(config.rounds) || config.rounds < 1 || config.rounds > 8) fail('rounds 1–8');
  if (!Number.isInteger(config.interestsPerSeat) || config.interestsPerSeat < 1 || config.interestsPerSeat > 3)
    fail('interestsPerSeat 1–3');
  const swap = config.roleSwapAfterRound;
  if (swap !== null && (!Number.isInteger(swap) || swap < 1 || swap >= config.rounds)) fail('roleSwapAfterRound');
  if (config.target !== null && (!Number.isInteger(config.target) || config.target < 1)) fail('target');
  if (!Number.isInteger(config.tableSize) || config.tableSize < 3 || config.tableSize > 10) fail('tableSize 3–10');
}
