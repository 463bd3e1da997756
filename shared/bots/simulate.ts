import { ROLES, type RoleId } from '../model/ids';
import { nextFloat, nextInt, seedState, shuffled, type Rng } from '../rng';
import { allowedActions, applyAction, createGame, defaultConfig, interestMet, onBoardCount, options, targetFor } from '../rules';
import type { Action, GameConfig, GameState } from '../rules/types';
import { playerView, ViewCache } from '../view';
import { botDecide } from './decide';
import type { BotStyle, Personality } from './types';

// Bot-only games with the real engine, for the balance simulation and the bots' own tests. Every
// move goes through applyAction; a refused bot move is a bug and throws.

/**
 * A seat in a simulated game: a bot personality, a player who does nothing / anything, or one of the
 * other ways of playing the balance must hold against: `narrow` (Eigen belang that ignores the team
 * parts of its cards), `swapper` (Eigen belang that never shows a card and swaps one for one),
 * `wait1` / `wait2` (a Verbinder who sits out the first one or two rounds).
 */
export type SimPlayer = Personality | 'idle' | 'random' | 'narrow' | 'swapper' | 'wait1' | 'wait2';
export const SIM_PLAYERS: readonly SimPlayer[] = ['verbinder', 'eigenbelang', 'voorzichtig', 'idle', 'random', 'narrow', 'swapper', 'wait1', 'wait2'];

const STYLED: Partial<Record<SimPlayer, { personality: Personality; style: BotStyle }>> = {
  narrow: { personality: 'eigenbelang', style: { narrow: true } },
  swapper: { personality: 'eigenbelang', style: { swapper: true } },
  wait1: { personality: 'verbinder', style: { wait: 1 } },
  wait2: { personality: 'verbinder', style: { wait: 2 } },
};

export interface SimGame {
  state: GameState;
  players: SimPlayer[];
  /** Personas on board after each round's Uitvoering. */
  onBoardByRound: number[];
  target: number;
  won: boolean;
  /** Interest points per seat at the end. */
  points: number[];
  /** Every dealt interest: its holder's seat and whether it was met. */
  interests: { seat: number; role: RoleId; id: string; met: boolean }[];
  moves: number;
  /** The game's record: replaying it gives the same game. */
  actions: { actor: number | 'host'; action: Action }[];
}

/** Rounds of asking every seat in turn until nobody wants to do anything (or the cap). */
const MAX_STEPS_PER_PHASE = 400;

/** The seeds' two main partners: a training day's table always has them. */
export const CORE_ROLES: readonly RoleId[] = ['bibliotheek', 'gemeente'];

/**
 * A table as a training day sets one: the Bibliotheek and the gemeente, the others drawn at random
 * (`must` are always in, `without` never; `core: false` draws every role at random).
 */
export function pickRoles(seats: number, seed: number, must: RoleId[] = [], without: RoleId[] = [], core = true): RoleId[] {
  const rng: Rng = { state: seedState(seed * 7919 + seats) };
  const fixed = [...new Set([...(core ? CORE_ROLES.filter((r) => !without.includes(r)) : []), ...must])];
  const rest = shuffled(rng, ROLES.filter((r) => !fixed.includes(r) && !without.includes(r)));
  return shuffled(rng, [...fixed, ...rest.slice(0, seats - fixed.length)]);
}

function decide(player: SimPlayer, s: GameState, seat: number, salt: number, rng: Rng, views: ViewCache): Action | null {
  if (player === 'idle') return null;
  const memo = views.optionsOf(seat);
  const legal = allowedActions(options(s, seat, memo), memo);
  if (player === 'random') {
    if (legal.length === 0 || nextFloat(rng) < 0.5) return null;
    return legal[nextInt(rng, legal.length)];
  }
  const { personality, style } = STYLED[player] ?? { personality: player as Personality, style: {} };
  const choice = botDecide({ view: playerView(s, seat, { moves: false, cache: views }), legal, personality, style, seed: salt });
  return choice ? choice.action : null;
}

export function playGame(config: GameConfig, seed: number, players: SimPlayer[]): SimGame {
  let s = createGame(config, seed);
  const n = config.roles.length;
  const rng: Rng = { state: seedState(seed ^ 0x5bd1e995) };
  const onBoardByRound: number[] = [];
  let moves = 0;
  const actions: SimGame['actions'] = [];
  /** This game's own: what its bots' views remember between changes. */
  const views = new ViewCache();
  const step = (actor: number | 'host', action: Action): void => {
    const r = applyAction(s, actor, action);
    if (!r.ok) throw new Error(`refused ${JSON.stringify(action)} from ${actor} (${players[actor as number]}): ${r.error.code}`);
    s = r.state;
    moves++;
    actions.push({ actor, action });
  };
  while (s.status === 'playing') {
    if (s.phase === 'overleg' || s.phase === 'terugblik') {
      let quiet = 0;
      let seat = 0;
      // A bot that passed at this exact state passes again (same view, same seed): skip asking.
      const passedAt: number[] = Array(n).fill(-1);
      for (let i = 0; i < MAX_STEPS_PER_PHASE && quiet < n; i++) {
        const at = s.log.length;
        const action = passedAt[seat] === at && players[seat] !== 'random' ? null : decide(players[seat], s, seat, seed * 31 + at * 7 + seat, rng, views);
        if (action) {
          step(seat, action);
          quiet = 0;
        } else {
          passedAt[seat] = at;
          quiet++;
        }
        seat = (seat + 1) % n;
      }
    }
    if (s.phase === 'uitvoering') onBoardByRound.push(onBoardCount(s));
    step('host', { type: 'advancePhase' });
  }
  const result = s.result!;
  const interests = s.seats.flatMap((role, seat) =>
    s.partners[role]!.interests.map((id) => ({ seat, role, id, met: interestMet(s, role, id) })),
  );
  return { state: s, players, onBoardByRound, target: targetFor(config), won: result.won, points: result.seatScores.slice(), interests, moves, actions };
}

/** A game at `seats` with random roles (or the given ones) and the default rules, with the standard cards or an edition's (registered, by hash). */
export function simulate(players: SimPlayer[], seed: number, roles?: RoleId[], edition?: string): SimGame {
  const config = defaultConfig(roles ?? pickRoles(players.length, seed), edition ? { edition } : {});
  return playGame(config, seed, players);
}
