import { makeCards } from '../../../shared/content/cards';
import { editionCards } from '../../../shared/content/editions';
import { RAW_CONTENT } from '../../../shared/content/data';
import type { Content } from '../../../shared/content/schema';

// The content as the browser has it: the game's data, typed by the schemas (`Content` is the
// schemas' inferred type, checked here at build time) but never run through them. The server and
// the content tests parse the same data with zod at start-up; the browser build resolves every
// import of `shared/content` (the parsing module) to this file instead (client/vite.config.ts), so
// zod never reaches the download.

export const CONTENT: Content = RAW_CONTENT;

export { makeCards };
export type { Cards } from '../../../shared/content/cards';
export type * from '../../../shared/content/schema';

const STANDARD = makeCards(CONTENT);

export const { registerEdition, cardsFor, cardsOf, hasEdition } = editionCards(STANDARD);

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
