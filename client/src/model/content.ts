import { makeCards } from '../../../shared/content/cards';
import { RAW_CONTENT } from '../../../shared/content/data';
import type { Content } from '../../../shared/content/schema';

// The card texts the client shows. The client reads the typed data directly instead of through
// shared/content (which parses it with zod at start-up): the same data is parsed by the server and by
// the content tests, and leaving zod out keeps it out of the browser bundle (~60 KB).

export const CONTENT: Content = RAW_CONTENT;

export const { roleCard, projectCard, interestCard, personaCard, eventCard, lessonCard, interestDeck } = makeCards(CONTENT);
