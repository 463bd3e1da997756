import type { Action } from '../rules/types';
import type { PlayerView } from '../view/types';

// What a bot is: a pure function from its own seat's view (and the moves the engine lists for that
// seat) to its next move with a one-sentence reason. It never sees more than a player in that seat.

export const PERSONALITIES = ['verbinder', 'eigenbelang', 'voorzichtig'] as const;
export type Personality = (typeof PERSONALITIES)[number];

export interface BotText {
  nl: string;
  en: string;
}

export interface BotChoice {
  action: Action;
  /** One sentence the player can read: why the bot does this ("Ik heb mijn budget nodig voor werk en inkomen"). */
  reason: BotText;
  /**
   * Who may read the reason: 'all' for a public move, or the one role the move concerns (the partner
   * whose offer the bot answers, or to whom it makes or sends something). Reasons never name a secret
   * interest card; a reason for an answer may say what the bot needs, as a person at the table would.
   */
  audience: 'all' | import('../model/ids').RoleId;
}

/**
 * Ways of playing a personality that the balance simulation measures beside the standard bots
 * (never offered at the table): sitting out the first rounds, following only the parts of one's
 * cards that pay at once, never showing a card and swapping one for one.
 */
export interface BotStyle {
  /** Rounds in which the bot does nothing at all before it plays. */
  wait?: number;
  /** Eigen belang that ignores the team parts of its cards (the team result, everyone on board). */
  narrow?: boolean;
  /** Eigen belang that never shows a card and asks one for one for what it wants to receive. */
  swapper?: boolean;
}

export interface BotInput {
  view: PlayerView;
  /** allowedActions(options(state, view.seat)): what the engine accepts now, used to stay within the rules. */
  legal: readonly Action[];
  personality: Personality;
  /** Any integer; the same input and seed give the same choice. */
  seed: number;
  style?: BotStyle;
}
