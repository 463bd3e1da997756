import { makeCards } from './cards';
import { editionCards } from './editions';
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

export const { registerEdition, cardsFor, cardsOf, hasEdition } = editionCards(STANDARD);

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
