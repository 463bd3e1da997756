import type { InterestCard, ProjectCard, RoleCard } from '../../../shared/content/schema';
import { CONTENT, eventCard, interestCard, interestDeck, lessonCard, personaCard, projectCard, roleCard } from './content';
import { fillText } from '../../../shared/content/scale';
import type { Locale, ResourceId, RoleId, Text } from '../../../shared/model/ids';

// Card texts in the player's language. A card the client does not know (content out of step with the
// server) shows its id instead of breaking the table.

function safe<T>(fn: () => T, fallback: T): T {
  try {
    return fn();
  } catch {
    return fallback;
  }
}

export const text = (t: Text | undefined, locale: Locale, fallback = ''): string => t?.[locale] ?? fallback;

export function resourceName(id: ResourceId | string, locale: Locale): string {
  const card = CONTENT.resources.find((r) => r.id === id);
  return card ? card.name[locale] : id;
}

export function resourceDescription(id: ResourceId, locale: Locale): string {
  return text(CONTENT.resources.find((r) => r.id === id)?.description, locale);
}

export function domainName(id: string, locale: Locale): string {
  return text(CONTENT.domains.find((d) => d.id === id)?.name, locale, id);
}

export const role = (id: RoleId): RoleCard | null => safe(() => roleCard(id), null);
export const roleName = (id: RoleId | string, locale: Locale): string =>
  safe(() => roleCard(id as RoleId).name[locale], id);
export const roleMission = (id: RoleId, locale: Locale): string => safe(() => roleCard(id).mission[locale], '');

export const project = (id: string): ProjectCard | null => safe(() => projectCard(id), null);
export const projectName = (id: string, locale: Locale): string => safe(() => projectCard(id).name[locale], id);

export const interest = (id: string): InterestCard | null => safe(() => interestCard(id), null);
export const interestTitle = (id: string, locale: Locale): string => safe(() => interestCard(id).title[locale], id);
/** A card's text at a table of `seats`: its number that grows with the table filled in. */
export const interestText = (id: string, locale: Locale, seats: number): string =>
  safe(() => {
    const card = interestCard(id);
    return fillText(card.text[locale], card.rule, seats);
  }, '');
export const deck = (r: RoleId): readonly InterestCard[] => safe(() => interestDeck(r), []);

export const personaName = (id: string): string => safe(() => personaCard(id).name, id);
export const personaPortrait = (id: string, locale: Locale): string =>
  safe(() => personaCard(id).portrait[locale], '');

export const eventTitle = (id: string, locale: Locale): string => safe(() => eventCard(id).title[locale], id);
export const eventText = (id: string, locale: Locale): string => safe(() => eventCard(id).text[locale], '');

export const lessonPrompt = (id: string, locale: Locale): string => safe(() => lessonCard(id).prompt[locale], '');
export const lessonHeading = (id: string, locale: Locale): string => safe(() => lessonCard(id).heading[locale], '');

export const allRoles = (): RoleCard[] => CONTENT.roles;
