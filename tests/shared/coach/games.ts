import { playOn, recordGame, type Seat } from '../../../shared/coach/play';
import { contextOf } from '../../../shared/coach/context';
import { applyAction, defaultConfig, type Action, type GameRecord, type GameState } from '../../../shared/rules';
import type { RoleId } from '../../../shared/model/ids';

// Recorded solo games for the coach's tests: seat 0 is "the player" (a bot of some personality, or
// null: a player who does nothing), the other seats are bots, every move in the record.

export const ROLES4: RoleId[] = ['bibliotheek', 'gemeente', 'uwv', 'welzijn'];

export const MIXES: Record<string, Seat[]> = {
  selfish: ['eigenbelang', 'verbinder', 'verbinder', 'verbinder'],
  careful: ['voorzichtig', 'voorzichtig', 'eigenbelang', 'verbinder'],
  open: ['verbinder', 'verbinder', 'verbinder', 'verbinder'],
  hard: ['eigenbelang', 'eigenbelang', 'eigenbelang', 'voorzichtig'],
  idle: [null, 'verbinder', 'verbinder', 'verbinder'],
};

export function game(mix: keyof typeof MIXES, seed: number): GameRecord {
  return recordGame(defaultConfig(ROLES4), seed, MIXES[mix]).record;
}

/** The first game (over mixes and seeds 1–8) for which `test` holds. */
export function findGame(test: (r: GameRecord) => boolean, mixes: (keyof typeof MIXES)[] = Object.keys(MIXES)): GameRecord {
  for (const mix of mixes) {
    for (let seed = 1; seed <= 8; seed++) {
      const r = game(mix, seed);
      if (test(r)) return r;
    }
  }
  throw new Error('no game found');
}

/**
 * A bot game in which the player, at the first moment `when` holds, makes `moves` (given that
 * moment's state); the bots play on from there. Every move is in the record.
 */
export function withMoves(mix: keyof typeof MIXES, seed: number, when: (s: GameState) => boolean, moves: (s: GameState) => Action[]): GameRecord {
  const base = game(mix, seed);
  const c = contextOf(base, 0);
  const i = c.states.findIndex((s, k) => k < base.actions.length && when(s));
  if (i < 0) throw new Error('moment not found');
  let s = c.states[i];
  const actions = base.actions.slice(0, i);
  for (const action of moves(s)) {
    const r = applyAction(s, 0, action);
    if (!r.ok) throw new Error(`scripted ${action.type} refused: ${r.error.code}`);
    s = r.state;
    actions.push({ actor: 0, action });
  }
  actions.push(...playOn(s, MIXES[mix], seed).actions);
  return { config: base.config, seed: base.seed, actions };
}
