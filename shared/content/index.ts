import { makeCards } from './cards';
import { RAW_CONTENT } from './data';
import { ContentSchema, type Content } from './schema';

export * from './schema';
export { makeCards, type Cards } from './cards';

/** Parse raw content with the schemas. Throws a readable error for the first problem found. */
export function loadContent(raw: unknown): Content {
  return ContentSchema.parse(raw);
}

export const CONTENT: Content = loadContent(RAW_CONTENT);

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
} = makeCards(CONTENT);

/** The practices in the seeds a lesson comes from (every lesson has at least one). */
export function lessonPractices(lessonId: string): Content['practices'] {
  return CONTENT.practices.filter((p) => p.lesson === lessonId);
}
