import { hasEdition, registerEdition } from '../shared/content';
import { checkEdition } from '../shared/edition/check';
import type { Edition } from '../shared/edition/format';
import { playedContent } from '../shared/edition/standard';
import type { RecordStore } from './store/types';

// A game plays an edition's cards by the edition's hash (GameConfig.edition). Before a room starts,
// restores or replays such a game, its edition is read from the store and its cards registered in
// this process (shared/content registerEdition). Stored editions were checked when saved; they are
// checked again here, because the store is the boundary to whatever was written into it.

/** The edition stored under a code, checked, with its cards registered; null when there is none or it no longer passes. */
export async function editionByCode(store: RecordStore, code: string): Promise<Edition | null> {
  const stored = await store.loadEdition({ code });
  return stored ? register(stored) : null;
}

/** Makes sure the cards of the edition with this hash are registered (nothing for the standard edition). Throws when it is not stored. */
export async function loadEditionCards(store: RecordStore, hash: string | null | undefined): Promise<void> {
  if (!hash || hasEdition(hash)) return;
  const stored = await store.loadEdition({ hash });
  if (!stored || !register(stored)) throw new Error(`edition ${hash} is not in the store`);
}

function register(stored: Edition): Edition | null {
  const checked = checkEdition(stored);
  if (!checked.ok) return null;
  registerEdition(checked.edition.hash, playedContent(checked.edition));
  return checked.edition;
}
