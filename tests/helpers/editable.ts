import type { GameDraft, GameState } from '../../shared/rules/types';

/**
 * A copy of a state that a test may change in place to set up a scenario (a project completed, a
 * resident held): states themselves are read-only, and the engine never changes one.
 */
export function editable(s: GameState): GameDraft {
  return structuredClone(s) as GameDraft;
}
