import type { InterestCard, ProjectCard, RoleCard } from '../../../shared/content/schema';
import { cardsFor, hasEdition, type Cards } from './content';
import { fillText } from '../../../shared/content/scale';
import type { Locale, ResourceId, RoleId, Text } from '../../../shared/model/ids';

// Card texts in the player's language. A card the client does not know (content out of step with the
// server) shows its id instead of breaking the table.
//
// The texts are those of the edition the game on this page plays. A page shows one game at a time
// (the table, the console's room, or the projector's wall), so the edition is page-wide: the
// connection calls showEdition(view.edition) before it hands on each view (net/edition.ts), once that
// edition's cards are registered. Passing the cards to each of the many callers would thread the same
// value through every screen; this keeps the callers as they are. Not UI state: immutable cards, by hash.
let shown: Cards = cardsFor(null);

/** The cards of the game this page shows from now on (the standard edition for null or one not registered). */
export function showEdition(hash: string | null | undefined): void {
  shown = hasEdition(hash) ? cardsFor(hash) : cardsFor(null);
}

/** The cards of the game this page shows. */
export const shownCards = (): Cards => shown;
const roleCard = (id: RoleId) => shown.roleCard(id);
const projectCard = (id: string) => shown.projectCard(id);
const interestCard = (id: string) => shown.interestCard(id);
const personaCard = (id: string) => shown.personaCard(id);
const eventCard = (id: string) => shown.eventCard(id);
const lessonCard = (id: string) => shown.lessonCard(id);
const interestDeck = (r: RoleId) => shown.interestDeck(r);

function safe<T>(fn: () => T, fallback: T): T {
  try {
    return fn();
  } catch {
    return fallback;
  }
}

export const text = (t: Text | undefined, locale: Locale, fallback = ''): string => t?.[locale] ?? fallback;

export function resourceName(id: ResourceId | string, locale: Locale): string {
  const card = shown.content.resources.find((r) => r.id === id);
  return card ? card.name[locale] : id;
}

export function resourceDescription(id: ResourceId, locale: Locale): string {
  return text(shown.content.resources.find((r) => r.id === id)?.description, locale);
}

export function domainName(id: string, locale: Locale): string {
  return text(shown.content.domains.find((d) => d.id === id)?.name, locale, id);
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

export const allRoles = (): RoleCard[] => shown.content.roles;
