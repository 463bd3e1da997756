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

/** The content a game with this edition plays with: the cards switched off left out. */
export function playedContent(edition: Pick<Edition, 'content' | 'off'>): Content {
  const { content, off } = edition;
  const out = (ids: readonly string[]) => {
    const set = new Set(ids);
    return <T extends { id: string }>(cards: readonly T[]) => cards.filter((c) => !set.has(c.id));
  };
  return {
    ...content,
    projects: out(off.projects)(content.projects),
    interests: out(off.interests)(content.interests),
    personas: out(off.personas)(content.personas),
    events: out(off.events)(content.events),
  };
}
