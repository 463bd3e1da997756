import { botDecide } from '../bots';
import type { Personality } from '../bots/types';
import { seedState } from '../rng';
import { allowedActions, applyAction, createGame, interestMet, onBoardCount, options } from '../rules';
import type { Action, Actor, GameConfig, GameRecord, GameState } from '../rules/types';
import { playerView } from '../view';

// Bots playing a game on from any moment, every move recorded. The coach uses it to ask "what if":
// the same moment, another choice, the bots playing on. A seed sets the dice that are still to fall
// (the game's own generator) and the bots' tie-breaks, so every figure is reproducible.

/** A bot of that personality, or null: a seat that does nothing (an absent player). */
export type Seat = Personality | null;

/** Rounds of asking every seat in turn until nobody wants to act (as the balance simulation does). */
const MAX_STEPS_PER_PHASE = 400;

export interface Played {
  state: GameState;
  actions: GameRecord['actions'];
}

/**
 * The seed of one bot decision: the replay's seed, the round and phase, the seat, and how often that
 * seat was asked in this phase of the replay. Not the log's length: then a move that changes nothing
 * would still shift every later tie-break, and two replays would differ by noise alone.
 */
export function botSalt(seed: number, state: GameState, seat: number, asked: number): number {
  let h = 0x811c9dc5;
  for (const n of [seed, state.round, state.phase === 'overleg' ? 1 : 2, seat, asked]) h = Math.imul(h ^ (n >>> 0), 0x01000193);
  return h >>> 0;
}

/**
 * Play `state` to its end: in Overleg and Terugblik every seat in turn asks its bot, until a whole
 * turn passes quietly; the host then moves on. `players[seat]` is the bot that plays that seat.
 */
export function playOn(start: GameState, players: readonly Seat[], seed: number): Played {
  let s = start;
  const actions: GameRecord['actions'] = [];
  const n = s.seats.length;
  const step = (actor: Actor, action: Action): void => {
    const r = applyAction(s, actor, action);
    if (!r.ok) throw new Error(`bot move refused: ${action.type} by ${String(actor)}: ${r.error.code}`);
    s = r.state;
    actions.push({ actor, action });
  };
  while (s.status === 'playing') {
    if (s.phase === 'overleg' || s.phase === 'terugblik') {
      let quiet = 0;
      let seat = 0;
      const passedAt: number[] = Array(n).fill(-1);
      const asked: number[] = Array(n).fill(0);
      for (let i = 0; i < MAX_STEPS_PER_PHASE && quiet < n; i++) {
        const at = s.log.length;
        let action: Action | null = null;
        if (passedAt[seat] !== at && players[seat] !== null) {
          const choice = botDecide({ view: playerView(s, seat, { moves: false }), legal: legalFor(s, seat), personality: players[seat]!, seed: botSalt(seed, s, seat, asked[seat]++) });
          action = choice ? choice.action : null;
        }
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
    step('host', { type: 'advancePhase' });
  }
  return { state: s, actions };
}

/** What the engine accepts from a seat now: the list a bot keeps within (as the balance simulation asks it). */
function legalFor(s: GameState, seat: number): Action[] {
  return allowedActions(options(s, seat));
}

/** A whole bot game as a record (for tests, examples and practice set-ups). */
export function recordGame(config: GameConfig, seed: number, players: readonly Seat[]): { record: GameRecord; state: GameState } {
  const played = playOn(createGame(config, seed), players, seed);
  return { record: { config, seed, actions: played.actions }, state: played.state };
}

/** The same moment with other dice still to fall: the game's generator reseeded. */
export function reseeded(s: GameState, seed: number): GameState {
  return { ...s, rng: seedState(Math.imul(seed, 0x9e3779b1) ^ 0x2545f491) };
}

/** What a game came to, as the coach compares it. */
export interface Outcome {
  onBoard: number;
  projects: number;
  /** Interest points of one seat (the player's). */
  points: number;
  won: boolean;
}

export function outcomeOf(s: GameState, seat: number): Outcome {
  const role = s.seats[seat];
  const points = s.result
    ? s.result.seatScores[seat]
    : s.partners[role]!.interests.filter((id) => interestMet(s, role, id)).length;
  return { onBoard: s.result ? s.result.onBoard : onBoardCount(s), projects: s.projects.completed.length, points, won: s.result?.won ?? false };
}
