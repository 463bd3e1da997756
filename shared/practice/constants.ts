// Where the browser keeps the solo history, and how many games; no zod here, so the client can read them.
export const HISTORY_KEY = 'kot.solo.history';
/** Games kept: the newest, enough for the progress view. */
export const HISTORY_MAX = 50;
