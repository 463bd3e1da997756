import { FOCUSES, type Focus } from '../../../shared/practice/constants';

// The practice the next solo game was chosen for ("Oefen je zwakke plek"), kept in the browser until
// that game's summary takes it. Apart from model/practice.ts so the start screen's code stays small.

type Store = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const FOCUS_KEY = 'kot.solo.focus';

/** The practice chosen for the next solo game, kept until that game is summarised. */
export function savePracticeFocus(store: Store | null, focus: Focus | null): void {
  try {
    if (focus) store?.setItem(FOCUS_KEY, focus);
    else store?.removeItem(FOCUS_KEY);
  } catch {
    /* blocked storage: the game is kept without its focus */
  }
}

export function takePracticeFocus(store: Store | null): Focus | null {
  try {
    const f = store?.getItem(FOCUS_KEY) ?? null;
    store?.removeItem(FOCUS_KEY);
    return (FOCUSES as readonly (string | null)[]).includes(f) ? (f as Focus) : null;
  } catch {
    return null;
  }
}
