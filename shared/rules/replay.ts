import { applyAction } from './apply';
import { createGame } from './setup';
import type { GameRecord, GameState } from './types';

/** Rebuild a game from its record. Throws if a recorded action is refused: the record is corrupt. */
export function replay(record: GameRecord): GameState {
  let state = createGame(record.config, record.seed);
  record.actions.forEach(({ actor, action }, i) => {
    const r = applyAction(state, actor, action);
    if (!r.ok) throw new Error(`record action ${i} (${action.type}) refused: ${r.error.code}`);
    state = r.state;
  });
  return state;
}
