import { CONTENT } from '../content';
import type { Content } from '../content/schema';
import { EDITION_FORMAT, EDITION_VERSION, NO_CARDS_OFF, STANDARD_NAME, type Edition, type EditionOff } from './format';
import { editionHash } from './hash';

/** An edition file around the given content (a fresh hash). */
export function makeEdition(content: Content, off: EditionOff, name: string, place?: string): Edition {
  const copy = structuredClone({ content, off });
  return {
    format: EDITION_FORMAT,
    version: EDITION_VERSION,
    name,
    ...(place ? { place } : {}),
    content: copy.content,
    off: copy.off,
    hash: editionHash(copy.content, copy.off),
  };
}

/** The standard edition: the game's own cards, nothing switched off. */
export function standardEdition(lang: 'nl' | 'en' = 'nl'): Edition {
  return makeEdition(CONTENT, NO_CARDS_OFF, STANDARD_NAME[lang]);
}

export { playedContent } from './played';
