import type { RoleId } from '../model/ids';
import { RAW_CONTENT } from './data';
import {
  ContentSchema,
  type Content,
  type EventCard,
  type InterestCard,
  type LessonCard,
  type PersonaCard,
  type ProjectCard,
  type RoleCard,
} from './schema';

export * from './schema';

/** Parse raw content with the schemas. Throws a readable error for the first problem found. */
export function loadContent(raw: unknown): Content {
  return ContentSchema.parse(raw);
}

export const CONTENT: Content = loadContent(RAW_CONTENT);

function index<T extends { id: string }>(cards: T[]): Map<string, T> {
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

export const hasProject = (id: string): boolean => projects.has(id);
export const hasInterest = (id: string): boolean => interests.has(id);
export const hasPersona = (id: string): boolean => personas.has(id);

const decks = new Map<RoleId, InterestCard[]>();
for (const card of CONTENT.interests) decks.set(card.role, [...(decks.get(card.role) ?? []), card]);

/** A role's interest deck, in content order. */
export function interestDeck(role: RoleId): readonly InterestCard[] {
  return decks.get(role) ?? [];
}
