import { editable } from './editable';
import { applyAction, createGame, defaultConfig, type Action, type Actor, type GameConfig, type GameState } from '../../shared/rules';
import { normalize } from '../../shared/model/bag';
import type { Bag, RoleId } from '../../shared/model/ids';

// Builders for engine tests: a game at a known point, with known hands. Tests set hands directly
// so each case reads as "given this table, this move gives that answer".

export const FOUR: RoleId[] = ['bibliotheek', 'gemeente', 'uwv', 'welzijn'];

export function newGame(roles: RoleId[] = FOUR, seed = 42, overrides: Partial<GameConfig> = {}): GameState {
  return createGame(defaultConfig(roles, overrides), seed);
}

/** Apply an action that must be accepted; fails the test with the engine's code otherwise. */
export function must(state: GameState, actor: Actor, action: Action): GameState {
  const r = applyAction(state, actor, action);
  if (!r.ok) throw new Error(`expected ${action.type} by ${actor} to be accepted, got ${r.error.code}`);
  return r.state;
}

export function advance(state: GameState, times = 1): GameState {
  let s = state;
  for (let i = 0; i < times; i++) s = must(s, 'host', { type: 'advancePhase' });
  return s;
}

/** A game in round 1's Overleg. */
export function inOverleg(roles: RoleId[] = FOUR, seed = 42, overrides: Partial<GameConfig> = {}): GameState {
  return advance(newGame(roles, seed, overrides));
}

/** A copy of the state with a partner's hand replaced. */
export function withHand(state: GameState, role: RoleId, hand: Bag): GameState {
  const s = editable(state);
  s.partners[role]!.hand = normalize(hand);
  return s;
}

export function withHands(state: GameState, hands: Partial<Record<RoleId, Bag>>): GameState {
  let s = state;
  for (const [role, hand] of Object.entries(hands)) s = withHand(s, role as RoleId, hand!);
  return s;
}

export function seatOfRole(state: GameState, role: RoleId): number {
  return state.seats.indexOf(role);
}
