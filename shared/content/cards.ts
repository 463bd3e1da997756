import type { RoleId } from '../model/ids';
import type {
  Content,
  EventCard,
  InterestCard,
  LessonCard,
  PersonaCard,
  ProjectCard,
  RoleCard,
} from './schema';

// Look-ups over a set of cards. Kept free of zod (types only) so the browser can use it on the raw
// data without shipping the schemas; the server and the tests use it on the parsed content.

export interface Cards {
  /** The cards themselves, as loaded. */
  readonly content: Content;
  roleCard(id: RoleId): RoleCard;
  projectCard(id: string): ProjectCard;
  interestCard(id: string): InterestCard;
  personaCard(id: string): PersonaCard;
  eventCard(id: string): EventCard;
  lessonCard(id: string): LessonCard;
  hasProject(id: string): boolean;
  hasInterest(id: string): boolean;
  hasPersona(id: string): boolean;
  /** A role's interest deck, in content order (the short list a partner's interests are guessed from). */
  interestDeck(role: RoleId): readonly InterestCard[];
}

function index<T extends { id: string }>(cards: readonly T[]): Map<string, T> {
  return new Map(cards.map((c) => [c.id, c]));
}

function getter<T>(map: Map<string, T>, kind: string): (id: string) => T {
  return (id) => {
    const card = map.get(id);
    if (!card) throw new Error(`unknown ${kind}: ${id}`);
    return card;
  };
}

export function makeCards(content: Content): Cards {
  const roles = index(content.roles);
  const projects = index(content.projects);
  const interests = index(content.interests);
  const personas = index(content.personas);
  const decks = new Map<RoleId, InterestCard[]>();
  for (const card of content.interests) decks.set(card.role, [...(decks.get(card.role) ?? []), card]);
  return {
    content,
    roleCard: getter(roles, 'role'),
    projectCard: getter(projects, 'project'),
    interestCard: getter(interests, 'interest'),
    personaCard: getter(personas, 'persona'),
    eventCard: getter(index(content.events), 'event'),
    lessonCard: getter(index(content.lessons), 'lesson'),
    hasProject: (id) => projects.has(id),
    hasInterest: (id) => interests.has(id),
    hasPersona: (id) => personas.has(id),
    interestDeck: (role) => decks.get(role) ?? [],
  };
}
