import { LOCALES, type Bag, type Locale, type ResourceId } from '../../../shared/model/ids';
import { t } from '../i18n';
import { box } from './focus';
import { bagEntries } from '../model/bag';
import * as cards from '../model/cards';
import type { App } from '../state/port';
import { icon, type Props, type UiNode } from './dom';
import type { Action } from '../../../shared/rules/types';
import { actionOf, move, shown, type Control } from '../state/controls';
import { resourceIcon } from './icons';
import { refusalText, type AppState } from '../state/state';
import type { GameView } from '../../../shared/view/types';

// Pieces every screen uses: the language switch, error/confirmation slots, resource chips.

export function languageSwitch(state: AppState, app: App): UiNode {
  const names: Record<Locale, string> = { nl: 'Nederlands', en: 'English' };
  return (
    <div class="lang" role="group" aria-label={t('language')}>
      {LOCALES.map((l) => (
        <button
          type="button"
          class="lang-btn"
          lang={l}
          aria-pressed={state.locale === l}
          key={`lang-${l}`}
          data-key={`lang-${l}`}
          data-testid={`lang-${l}`}
          title={names[l]}
          // A facilitator's switch reaches the projector too (the controller tells it).
          onClick={() => app.setLocale(l)}
        >
          {l.toUpperCase()}
        </button>
      ))}
    </div>
  );
}

/** Where a refusal appears: right under the control that caused it, announced to screen readers. */
export function slot(state: AppState, key: string): UiNode | null {
  const err = state.errors[key];
  if (err) {
    return (
      <p class="err" role="alert" data-testid={`error-${key}`}>
        <span aria-hidden="true" class="err-mark">
          ⚠
        </span>{' '}
        {err}
      </p>
    );
  }
  const note = state.notes[key];
  if (note)
    return (
      <p class="note" role="status">
        <span aria-hidden="true">{'✓ '}</span>
        {note}
      </p>
    );
  return null;
}

export function resourceChip(r: ResourceId, count: number, locale: Locale, extraClass = ''): UiNode {
  return (
    <span class={`chip ${extraClass}`} data-resource={r} data-count={count} title={cards.resourceDescription(r, locale)}>
      {icon(resourceIcon(r), 'icon')}
      <span class="chip-count">{String(count)}</span>
      <span class="chip-name">{cards.resourceName(r, locale)}</span>
    </span>
  );
}

export function bagChips(bag: Bag | undefined, locale: Locale, empty = t('nothing')): UiNode {
  const entries = bagEntries(bag);
  return <span class="chips">{entries.length ? entries.map((e) => resourceChip(e.resource, e.count, locale)) : <span class="muted">{empty}</span>}</span>;
}

export function section(title: string, key: string, ...body: (UiNode | null | false | (UiNode | null)[])[]): UiNode {
  return box('section', { class: `panel panel-${key}`, 'aria-labelledby': `h-${key}`, 'data-panel': key }, true, <h2 id={`h-${key}`}>{title}</h2>, ...body);
}

/**
 * The button for one move on the table, as the engine answers it (state/controls.ts): enabled when the
 * engine accepts the move now; disabled with the engine's reason beside it in a few words when it
 * would refuse it; left out when the engine offers no such move now (another phase, nothing to do).
 */
export function moveButton(state: AppState, v: GameView, ctl: Control, props: Props, ...children: (UiNode | string | null)[]): UiNode | null {
  const m = move(v, ctl);
  const key = ctl.key;
  if (!shown(m)) return null;
  // The same shape either way, so the button stays the same element when it is enabled or disabled.
  const id = `why-${key.replace(/[^a-zA-Z0-9_-]/g, '-')}`;
  return (
    <>
      <button type="button" key={props['data-key'] as string | undefined} {...props} disabled={!m.ok} aria-describedby={m.ok ? undefined : id} data-why={m.ok ? undefined : m.code}>
        {children}
      </button>
      {m.ok ? null : (
        <span class="why" id={id}>
          {refusalText(state.locale, m.code, m.params, true)}
        </span>
      )}
    </>
  );
}

/** Plays the action a control carries in the view (nothing when the control is gone). */
export function playControl(app: { play(action: Action, slot: string): unknown }, v: GameView, ctl: Control, slot: string): void {
  const action = actionOf(v, ctl);
  if (action) app.play(action, slot);
}
