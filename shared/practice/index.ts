// Practice that adapts: what the device remembers of each solo game, the next game chosen for a weak
// spot (with the reason), and the progress across games. Pure; the browser keeps the history.
export { SummarySchema, FOCUSES, type Focus, type GameSummary } from './summary';
export { summarize, type SummaryOptions } from './summarize';
export { parseHistory, addGame, serializeHistory, loadHistory, saveHistory, emptyHistory, HISTORY_KEY, HISTORY_MAX, type History, type ReadHistory } from './history';
export { nextPractice, RECENT, type PracticeSetup } from './choose';
export { progressOf, type Progress, type ProgressPoint, type ThemeLine, type Trend } from './progress';
