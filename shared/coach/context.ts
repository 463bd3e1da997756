import { total } from '../model/bag';
import type { Bag, RoleId } from '../model/ids';
import { RESOURCES } from '../model/ids';
import { applyAction, createGame } from '../rules';
import type { Action, GameRecord, GameState } from '../rules/types';

// What the coach's rules read: the record, and the game as it stood before every action in it.

export interface CoachContext {
  record: GameRecord;
  seat: number;
  /** states[i]: the game just before record action i; states[actions.length]: the end. */
  states: GameState[];
  end: GameState;
}

export function contextOf(record: GameRecord, seat: number): CoachContext {
  let s = createGame(record.config, record.seed);
  const states = [s];
  record.actions.forEach(({ actor, action }, i) => {
    const r = applyAction(s, actor, action);
    if (!r.ok) throw new Error(`record action ${i} (${action.type}) refused: ${r.error.code}`);
    s = r.state;
    states.push(s);
  });
  if (seat < 0 || seat >= s.seats.length) throw new Error(`no seat ${seat} in this game`);
  return { record, seat, states, end: s };
}

/** The role the player's seat played at action i. */
export const roleAt = (c: CoachContext, i: number): RoleId => c.states[i].seats[c.seat];

/** Indices of the player's own actions of one type, with the action narrowed to that type. */
export function mine<T extends Action['type']>(c: CoachContext, type: T): { i: number; action: Extract<Action, { type: T }> }[] {
  const out: { i: number; action: Extract<Action, { type: T }> }[] = [];
  c.record.actions.forEach(({ actor, action }, i) => {
    if (actor === c.seat && action.type === type) out.push({ i, action: action as Extract<Action, { type: T }> });
  });
  return out;
}

/** Would the engine take this action from the player at moment i? */
export function allowed(c: CoachContext, i: number, action: Action): boolean {
  return applyAction(c.states[i], c.seat, action).ok;
}

/** The index of the record action after which the log first holds entry `logIndex`. */
export function actionWriting(c: CoachContext, logIndex: number): number {
  for (let i = 0; i < c.record.actions.length; i++) if (c.states[i + 1].log.length > logIndex) return i;
  return c.record.actions.length - 1;
}

/**
 * A resource as a figure: 'r:' before its id, since one resource and one partner share a name
 * (vrijwilligers: the cards, and the volunteer organisation).
 */
export const resourceFigure = (r: string): string => `r:${r}`;

/** A bag as a list of resource figures, one per card ("2 budget" → ['r:budget', 'r:budget']), for the texts. */
export function cardsOf(bag: Bag): string[] {
  return RESOURCES.flatMap((r) => Array<string>(bag[r] ?? 0).fill(resourceFigure(r)));
}

export const clamp = (x: number): number => Math.round(Math.max(0, Math.min(1, x)) * 100) / 100;
export const cardCount = total;
