import { LOCALES, type Bag, type Locale, type ResourceId } from '../../../shared/model/ids';
import { t } from '../i18n';
import { bagEntries } from '../model/bag';
import * as cards from '../model/cards';
import type { App } from './app';
import { h, icon } from './dom';
import { resourceIcon } from './icons';
import type { AppState } from './state';

// Pieces every screen uses: the language switch, error/confirmation slots, resource chips.

export function languageSwitch(state: AppState, app: App): HTMLElement {
  const names: Record<Locale, string> = { nl: 'Nederlands', en: 'English' };
  return h(
    'div',
    { class: 'lang', role: 'group', 'aria-label': t('language') },
    LOCALES.map((l) =>
      h(
        'button',
        {
          type: 'button',
          class: 'lang-btn',
          lang: l,
          'aria-pressed': String(state.locale === l),
          'data-key': `lang-${l}`,
          'data-testid': `lang-${l}`,
          title: names[l],
          onClick: () => app.setLocale(l),
        },
        l.toUpperCase(),
      ),
    ),
  );
}

/** Where a refusal appears: right under the control that caused it, announced to screen readers. */
export function slot(state: AppState, key: string): HTMLElement | null {
  const err = state.errors[key];
  if (err) {
    return h('p', { class: 'err', role: 'alert', 'data-testid': `error-${key}` }, h('span', { 'aria-hidden': 'true', class: 'err-mark' }, '⚠'), ' ', err);
  }
  const note = state.notes[key];
  if (note) return h('p', { class: 'note', role: 'status' }, h('span', { 'aria-hidden': 'true' }, '✓ '), note);
  return null;
}

export function resourceChip(r: ResourceId, count: number, locale: Locale, extraClass = ''): HTMLElement {
  return h(
    'span',
    { class: `chip ${extraClass}`, 'data-resource': r, 'data-count': count, title: cards.resourceDescription(r, locale) },
    icon(resourceIcon(r), 'icon'),
    h('span', { class: 'chip-count' }, String(count)),
    h('span', { class: 'chip-name' }, cards.resourceName(r, locale)),
  );
}

export function bagChips(bag: Bag | undefined, locale: Locale, empty = t('nothing')): HTMLElement {
  const entries = bagEntries(bag);
  return h(
    'span',
    { class: 'chips' },
    entries.length ? entries.map((e) => resourceChip(e.resource, e.count, locale)) : h('span', { class: 'muted' }, empty),
  );
}

export function section(title: string, key: string, ...body: (Node | null | false | (Node | null)[])[]): HTMLElement {
  return h(
    'section',
    { class: `panel panel-${key}`, 'aria-labelledby': `h-${key}`, 'data-panel': key },
    h('h2', { id: `h-${key}` }, title),
    ...body,
  );
}
