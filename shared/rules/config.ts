import { MAX_SEATS, MIN_SEATS, ROLES, type RoleId } from '../model/ids';
import type { GameConfig } from './types';

// Tuned numbers live here, next to the defaults they feed (see the balance simulation).

/**
 * Personas on board the team needs at the end, by number of seats. Set at about three quarters of
 * what a fully cooperative greedy team keeps on board in simulation (3.6, 6.3, 9.1, 12.0, 18.7 for
 * 3, 4, 5, 6, 8 seats over 200 games each): a team that works together usually makes it.
 */
export const TARGET_BY_SEATS: Record<number, number> = { 3: 3, 4: 5, 5: 7, 6: 9, 7: 11, 8: 13 };
/** Chance that a reached persona nobody holds drops out at an Uitvoering after the one that reached them. */
export const DROPOUT_CHANCE = 0.5;
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
