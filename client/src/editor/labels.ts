import type { Edition } from '../../../shared/edition/format';
import type { EditableKind, Path } from '../../../shared/edition/form';
import type { Locale } from '../../../shared/model/ids';
import { DICT, t, type Key } from '../i18n';

// Names for what the editor shows: a field by its path ("Nodig · Budget", "Effect 1 · Aantal"), a card
// by its title, a choice (resource, domain, partner) by the name this edition gives it. Every name from
// an edition is text: it is put on the page as text, never as markup.

const LANGS = new Set(['nl', 'en']);

function word(key: string): string | null {
  const k = `edF_${key}`;
  return k in DICT.nl ? t(k as Key) : null;
}

/** A choice's name in this edition: a resource, a domain or a partner; the id when the edition has no such card. */
export function choiceName(e: Edition, id: string, l: Locale): string {
  const c = e.content;
  const card = c.resources.find((r) => r.id === id) ?? c.domains.find((d) => d.id === id) ?? c.roles.find((r) => r.id === id);
  return card ? card.name[l] : id;
}

export function fieldLabel(e: Edition, path: Path, l: Locale): string {
  const parts: string[] = [];
  for (let i = 0; i < path.length; i++) {
    const step = path[i];
    const parent = String(path[i - 1] ?? '');
    if (typeof step === 'number') {
      if (parent === 'effects') parts.push(t('edF_effect', { n: step + 1 }));
      continue;
    }
    if (LANGS.has(step) && i === path.length - 1) {
      parts.push(`(${t(`edLang_${step}` as Key)})`);
      continue;
    }
    if (parent === 'at') parts.push(t('edF_at', { n: step }));
    else if (['hand', 'income', 'needs'].includes(parent)) parts.push(choiceName(e, step, l));
    else if (step === 'at' || step === 'effects') continue;
    else parts.push(word(step) ?? step);
  }
  return parts.join(' · ').replace(' · (', ' (');
}

export function cardTitle(e: Edition, kind: EditableKind, index: number, l: Locale): string {
  const card = (e.content[kind] as readonly Record<string, unknown>[])[index];
  if (!card) return '';
  const named = (card.name ?? card.title ?? card.heading) as string | { nl: string; en: string } | undefined;
  if (typeof named === 'string') return named;
  return named?.[l] || named?.nl || String(card.id);
}

export const kindName = (kind: EditableKind): string => t(`edKind_${kind}` as Key);
export const kindHelp = (kind: EditableKind): string => t(`edHelp_${kind}` as Key);

/** Where a problem is, in words: "Partners 1 · Naam (Nederlands)"; and the card it is on, if it is on one. */
export function problemPlace(e: Edition, path: string, l: Locale): { words: string; kind: EditableKind | null; index: number | null } {
  const steps = path.split('.').map((x) => (/^\d+$/.test(x) ? Number(x) : x));
  const [top, kind, index, ...rest] = steps;
  if (top !== 'content' || typeof kind !== 'string' || !(kind in e.content)) return { words: path, kind: null, index: null };
  const k = kind as EditableKind;
  if (typeof index !== 'number') return { words: kindName(k), kind: k, index: null };
  const field = rest.length ? ` · ${fieldLabel(e, rest, l)}` : '';
  return { words: `${kindName(k)} ${index + 1}${field}`, kind: k, index };
}
