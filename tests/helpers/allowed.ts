import { allowedActions, options, type Action, type Actor, type GameState } from '../../shared/rules';

/** The actions the engine's options for `actor` list as accepted now (rules/options.ts), each partner spelled out. */
export function allowed(s: GameState, actor: Actor): Action[] {
  return allowedActions(options(s, actor));
}
