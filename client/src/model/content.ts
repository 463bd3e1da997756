import { makeCards } from '../../../shared/content/cards';
import { RAW_CONTENT } from '../../../shared/content/data';
import type { Content } from '../../../shared/content/schema';
import { PRACTICES_DATA } from '../../../shared/content/data/practices';
import type { LessonPractice } from '../../../shared/content/practices';

// The content as the browser has it: the game's data, typed by the schemas (`Content` is the
// schemas' inferred type, checked here at build time) but never run through them. The server and
// the content tests parse the same data with zod at start-up; the browser build resolves every
// import of `shared/content` (the parsing module) to this file instead (client/vite.config.ts), so
// zod never reaches the download.

export const CONTENT: Content = RAW_CONTENT;

export { makeCards };
export type { Cards } from '../../../shared/content/cards';
export type * from '../../../shared/content/schema';

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

// Each lesson's practice in the seeds (shared/content/practices.ts checks them against the content
// on the server and in the tests; the browser takes them as typed).
const PRACTICES: readonly LessonPractice[] = PRACTICES_DATA as readonly LessonPractice[];

export function lessonPractices(lessonId: string): LessonPractice[] {
  return PRACTICES.filter((p) => p.lesson === lessonId);
}
