import { makeCards, type Cards } from './cards';
import type { Content } from './schema';

// The cards of every edition a process has loaded, by the edition's hash (shared/edition/hash.ts).
// Not a cache of game state: each entry is immutable content named by its own hash, so every room and
// game that plays an edition reads the same cards, and a game's record (config.edition) names them.
// An edition is registered (after it passed the edition check) before a game with it is created,
// restored or shown. Zod-free, so the browser build (client/src/model/content.ts) makes the same one.

export interface EditionCards {
  /** Makes an edition's cards known under its hash (again: nothing changes). The content must have passed the edition check. */
  registerEdition(hash: string, content: Content): Cards;
  /** The cards of an edition by its hash; the standard cards when none is named. Throws for an edition not registered. */
  cardsFor(edition: string | null | undefined): Cards;
  /** The cards a game plays with (its config names the edition). */
  cardsOf(s: { readonly config: { readonly edition?: string | null } }): Cards;
  /** Whether an edition's cards are registered (the standard edition always is). */
  hasEdition(edition: string | null | undefined): boolean;
}

export function editionCards(standard: Cards): EditionCards {
  const editions = new Map<string, Cards>();
  const cardsFor = (edition: string | null | undefined): Cards => {
    if (!edition) return standard;
    const cards = editions.get(edition);
    if (!cards) throw new Error(`edition not loaded: ${edition}`);
    return cards;
  };
  return {
    registerEdition(hash, content) {
      let cards = editions.get(hash);
      if (!cards) editions.set(hash, (cards = makeCards(content)));
      return cards;
    },
    cardsFor,
    cardsOf: (s) => cardsFor(s.config.edition),
    hasEdition: (edition) => !edition || editions.has(edition),
  };
}
