import { cardsFor, type Cards } from '../content';
import { ROLES, type Locale, type RoleId } from '../model/ids';
import type { Figure, Finding } from './types';

// A finding's sentence in one language: its template with the figures filled in, ids by name.

/** The word before the last of a list of names ("A, B en C"). */
const AND: Record<Locale, string> = { nl: 'en', en: 'and' };

function name(id: string, locale: Locale, cards: Cards): string {
  if ((ROLES as readonly string[]).includes(id)) return cards.roleCard(id as RoleId).name[locale];
  const domain = cards.content.domains.find((d) => d.id === id);
  if (domain) return domain.name[locale].toLowerCase();
  if (id.startsWith('p-')) return cards.projectCard(id).name[locale];
  if (id.startsWith('pe-')) return cards.personaCard(id).name;
  return id;
}

/** A figure in words; names from `cards`, the cards of the game the figure is about (default: the standard edition). */
export function figureText(value: Figure, locale: Locale, cards: Cards = cardsFor(null)): string {
  if (value === null) return '–';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return name(value, locale, cards);
  const parts = value.map((v) => (typeof v === 'number' ? String(v) : name(v, locale, cards)));
  if (parts.length === 0) return '–';
  if (parts.length === 1 || parts.every((p) => /^\d+$/.test(p))) return parts.join(' · ');
  return `${parts.slice(0, -1).join(', ')} ${AND[locale]} ${parts[parts.length - 1]}`;
}

export function renderFinding(finding: Pick<Finding, 'template' | 'figures'>, locale: Locale, cards: Cards = cardsFor(null)): string {
  return finding.template[locale].replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in finding.figures ? figureText(finding.figures[key], locale, cards) : whole,
  );
}
