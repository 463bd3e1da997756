// The one order of keyed lists (a view's controls, a client's lists: shared/view), engine and client alike.

/** Keys in code-unit order (the same everywhere, unlike localeCompare). */
export const byKey = (a: { key: string }, b: { key: string }): number => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
