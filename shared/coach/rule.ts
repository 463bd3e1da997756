import type { Text } from '../model/ids';
import type { CoachContext } from './context';
import type { Candidate, CoachRuleId } from './types';

// A coach rule reads one player's record and returns the moments where that player's choice
// shows its point, each with the choice to try instead and the sentences that say so.

export type Found = Candidate & { texts: { choice: Text; next: Text; instead: Text } };

export interface CoachRule {
  id: CoachRuleId;
  find(c: CoachContext): Found[];
}
