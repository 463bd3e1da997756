import { makeCards, type Cards } from './cards';
import { RAW_CONTENT } from './data';
import { PRACTICES_DATA } from './data/practices';
import { loadPractices, type LessonPractice } from './practices';
import { ContentSchema, type Content } from './schema';

export * from './schema';
export { makeCards, type Cards } from './cards';

/** Parse raw content with the schemas. Throws a readable error for the first problem found. */
export function loadContent(raw: unknown): Content {
  return ContentSchema.parse(raw);
}

export const CONTENT: Content = loadContent(RAW_CONTENT);

const STANDARD = makeCards(CONTENT);

/**
 * The cards of every edition this process has loaded, by the edition's hash (shared/edition/hash.ts).
 * Not a cache of game state: each entry is immutable content named by its own hash, so every room and
 * game that plays an edition reads the same cards, and a game's record (config.edition) names them.
 * An edition is registered (after it was checked) before a game with it is created or restored.
 */
const editions = new Map<string, Cards>();

/** Makes an edition's cards known under its hash (again: nothing changes). The content must have passed the edition check. */
export function registerEdition(hash: string, content: Content): Cards {
  let cards = editions.get(hash);
  if (!cards) editions.set(hash, (cards = makeCards(content)));
  return cards;
}

/** The cards of an edition by its hash; the standard cards when none is named. Throws for an edition not registered. */
export function cardsFor(edition: string | null | undefined): Cards {
  if (!edition) return STANDARD;
  const cards = editions.get(edition);
  if (!cards) throw new Error(`edition not loaded: ${edition}`);
  return cards;
}

/** The cards a game plays with (its config names the edition). */
export function cardsOf(s: { readonly config: { readonly edition?: string | null } }): Cards {
  return cardsFor(s.config.edition);
}

/** The standard edition's cards, by name (for code that is not about one game: the print kit's defaults, tests). */
export const {
  roleCard,
  projectCard,
  interestCard,
  personaCard,
  eventCard,
  lessonCard,
  hasProject,
  hasInterest,
  hasPersona,
  interestDeck,
} = STANDARD;

export { PracticeSchema, loadPractices, type LessonPractice } from './practices';

/** Every lesson's practice in the seeds, checked against the content when loaded. */
export const PRACTICES: readonly LessonPractice[] = loadPractices(PRACTICES_DATA, CONTENT);

/** The practices in the seeds a lesson comes from (every lesson of the standard content has one). */
export function lessonPractices(lessonId: string): LessonPractice[] {
  return PRACTICES.filter((p) => p.lesson === lessonId);
}
