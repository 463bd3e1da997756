import { RAW_CONTENT } from '../../../shared/content/data';
import type { RoleId } from '../../../shared/model/ids';
import type { Content, EventCard, InterestCard, LessonCard, PersonaCard, ProjectCard, RoleCard } from '../../../shared/content/schema';

// The card texts the client shows. The client reads the typed data directly instead of through
// shared/content (which parses it with zod at start-up): the same data is parsed by the server and by
// the content tests, and leaving zod out keeps it out of the browser bundle (~60 KB).

export const CONTENT: Content = RAW_CONTENT;

function index<T extends { id: string }>(cards: readonly T[]): Map<string, T> {
  return new Map(cards.map((c) => [c.id, c]));
}

const roles = index(CONTENT.roles);
const projects = index(CONTENT.projects);
const interests = index(CONTENT.interests);
const personas = index(CONTENT.personas);
const events = index(CONTENT.events);
const lessons = index(CONTENT.lessons);

function get<T>(map: Map<string, T>, id: string, kind: string): T {
  const card = map.get(id);
  if (!card) throw new Error(`unknown ${kind}: ${id}`);
  return card;
}

export const roleCard = (id: RoleId): RoleCard => get(roles, id, 'role');
export const projectCard = (id: string): ProjectCard => get(projects, id, 'project');
export const interestCard = (id: string): InterestCard => get(interests, id, 'interest');
export const personaCard = (id: string): PersonaCard => get(personas, id, 'persona');
export const eventCard = (id: string): EventCard => get(events, id, 'event');
export const lessonCard = (id: string): LessonCard => get(lessons, id, 'lesson');

/** A role's interest deck, in content order (the list a partner's interests are guessed from). */
export function interestDeck(role: RoleId): readonly InterestCard[] {
  return CONTENT.interests.filter((i) => i.role === role);
}
