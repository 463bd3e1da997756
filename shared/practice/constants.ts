// Where the browser keeps the solo history, how many games, and the practices a game can be set up
// for; no zod and no rules here, so the start screen's code can read them.
export const HISTORY_KEY = 'kot.solo.history';
/** Games kept: the newest, enough for the progress view. */
export const HISTORY_MAX = 50;

/** What a solo game can be set up to practise (shared/practice/choose.ts picks one). */
export const FOCUSES = ['first', 'hold', 'disclose', 'finish', 'offers', 'team', 'harder', 'new-role'] as const;
export type Focus = (typeof FOCUSES)[number];
