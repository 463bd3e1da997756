import { allowed } from './allowed';
import { applyAction, createGame, defaultConfig, type Action, type Actor, type GameRecord, type GameState } from '../../shared/rules';
import { ROLES, type RoleId } from '../../shared/model/ids';
import { interestDeck } from '../../shared/content';
import { nextFloat, nextInt, seedState, shuffled, type Rng } from '../../shared/rng';

// Random games of random legal actions, for property tests and the benchmark. The chooser has its
// own generator (never the game's), so a game is still exactly its record.

const WEIGHTS: Partial<Record<Action['type'], number>> = {
  pledge: 6,
  proposeTrade: 2,
  acceptTrade: 4,
  counterTrade: 1,
  declineTrade: 1,
  withdrawTrade: 1,
  gift: 1,
  unpledge: 1,
  disclose: 1,
  guess: 0.3,
  hold: 2,
  refer: 2,
  takeUp: 4,
};

export function pickAction(rng: Rng, legal: Action[]): Action | null {
  if (legal.length === 0) return null;
  const byType = new Map<string, Action[]>();
  for (const a of legal) {
    const list = byType.get(a.type) ?? [];
    list.push(a);
    byType.set(a.type, list);
  }
  const types = [...byType.keys()];
  const weights = types.map((t) => WEIGHTS[t as Action['type']] ?? 1);
  let x = nextFloat(rng) * weights.reduce((a, b) => a + b, 0);
  for (let i = 0; i < types.length; i++) {
    x -= weights[i];
    if (x <= 0 || i === types.length - 1) {
      const list = byType.get(types[i])!;
      const a = list[nextInt(rng, list.length)];
      // A guess option names no cards (the player picks them): guess the first card of the partner's deck.
      return a.type === 'guess' && a.interestIds.length === 0 ? { ...a, interestIds: [interestDeck(a.target)[0].id] } : a;
    }
  }
  return null;
}

export interface Step {
  before: GameState;
  actor: Actor;
  action: Action;
  after: GameState;
}

export interface RandomGameOptions {
  seats?: number;
  /** Seat actions per Overleg phase (upper bound). */
  actionsPerPhase?: number;
  onStep?: (step: Step, rng: Rng) => void;
  /** Deep-freeze every state before anything reads it: any change in place throws (copy-on-write check). */
  freeze?: boolean;
}

/** Freezes `value` and everything it holds; stops at what is frozen already (shared with an earlier state). */
export function deepFreeze<T>(value: T): T {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value;
  Object.freeze(value);
  for (const v of Object.values(value)) deepFreeze(v);
  return value;
}

export function randomGame(seed: number, opts: RandomGameOptions = {}): { record: GameRecord; state: GameState } {
  const rng: Rng = { state: seedState(seed * 7919 + 13) };
  const seats = opts.seats ?? 3 + nextInt(rng, 6);
  const roles = shuffled(rng, ROLES).slice(0, seats) as RoleId[];
  const config = defaultConfig(roles, { roleSwapAfterRound: nextFloat(rng) < 0.3 ? 2 : null });
  const frozen = <T>(x: T): T => (opts.freeze ? deepFreeze(x) : x);
  let state = frozen(createGame(config, seed));
  const record: GameRecord = { config, seed, actions: [] };
  const perPhase = opts.actionsPerPhase ?? 25;
  let budget = nextInt(rng, perPhase + 1);
  while (state.status === 'playing') {
    let actor: Actor = 'host';
    let action: Action = { type: 'advancePhase' };
    if (state.phase === 'overleg' && budget > 0) {
      budget -= 1;
      const seat = nextInt(rng, seats);
      const chosen = pickAction(rng, allowed(state, seat));
      if (chosen) {
        actor = seat;
        action = chosen;
      }
    } else if (state.phase !== 'overleg') {
      budget = nextInt(rng, perPhase + 1);
    }
    const r = applyAction(state, actor, action);
    if (!r.ok) throw new Error(`legal action refused: ${action.type} by ${actor}: ${r.error.code}`);
    frozen(r.state);
    opts.onStep?.({ before: state, actor, action, after: r.state }, rng);
    record.actions.push({ actor, action });
    state = r.state;
  }
  return { record, state };
}
