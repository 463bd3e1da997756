import { replay } from '../rules/replay';
import type { GameRecord, GameState } from '../rules/types';
import { factsOf } from './facts';
import { guessesOf } from './guesses';
import { interestsOf } from './interests';
import { lessonsOf } from './lessons';
import { networkFromLog, networkOf } from './network';
import { personasOf } from './personas';
import { playersOf } from './players';
import type { Debrief } from './types';
import { foldOf } from './fold';

export * from './types';
export { agreement } from './agreement';
export { toCsv, PLAYER_COLUMNS, CSV_SEPARATOR, type CsvOptions } from './csv';
export { LESSON_RULES } from './lessons';
export { renderFinding } from './render';
export { interestsOf, personasOf, networkOf, networkFromLog, playersOf, guessesOf, lessonsOf };

// The debrief of a game, from its final state (whose log holds everything) or from its record
// (replayed): a live game, a restored one, an exported JSON record and a past session agree.

export function debriefOf(s: GameState): Debrief {
  // The log read once for the figures of every part (fold.ts).
  const fold = foldOf(s);
  const interests = interestsOf(s);
  const personas = personasOf(s, fold);
  const network = fold.network();
  const players = playersOf(s, interests, fold);
  const guesses = guessesOf(s);
  const lessons = lessonsOf(factsOf(s, { interests, personas, network, players, guesses }, fold));
  return {
    roles: s.config.roles.slice(),
    rounds: s.config.rounds,
    roundsPlayed: fold.rounds,
    ended: s.status === 'ended',
    won: personas.chart.final >= personas.chart.target,
    interests,
    personas,
    network,
    players,
    guesses,
    lessons,
  };
}

export function debrief(record: GameRecord): Debrief {
  return debriefOf(replay(record));
}
export { strengthsOf, PARTNER_FUNCTIONS, type Strengths, type StrengthRow, type PartnerFunction, type Preconditions } from './strengths';
export { strengthsMarkdown, strengthsView, type StrengthsView } from './strengths-text';
