import { replay } from '../../../shared/rules/replay';
import type { GameRecord } from '../../../shared/rules/types';
import { projectorView } from '../../../shared/view/table';
import type { ProjectorView } from '../../../shared/view/types';

// A finished game replayed step by step ("Eerdere spellen"): loaded on demand with a report, so
// the start screen never waits for the engine.

/** The table as the projector showed it after the first `k` actions of the record. */
export function viewAt(record: GameRecord, k: number): ProjectorView {
  const n = Math.max(0, Math.min(record.actions.length, Math.floor(k)));
  return projectorView(replay({ ...record, actions: record.actions.slice(0, n) }));
}
