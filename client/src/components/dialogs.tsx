import { RESOURCES, type Bag, type ResourceId, type RoleId } from '../../../shared/model/ids';
import type { PlayerView } from '../../../shared/view/types';
import { t } from '../i18n';
import { setCount } from '../model/bag';
import * as cards from '../model/cards';
import type { App } from '../state/port';
import { slot } from './common';
import { icon, type UiNode } from './dom';
import { modal } from './modal';
import { resourceIcon } from './icons';
import { refusalText, SLOT, type AppState } from '../state/state';
import { control, dialogMove, move } from '../state/controls';

// Modal dialogs for the actions that need choices: a trade (or counter), a gift, a disclosure, a
// guess. Each is a form: Enter sends, Escape cancels, focus stays inside until it closes.

export function dialogLayer(state: AppState, app: App, v: PlayerView): UiNode | null {
  const d = state.dialog;
  if (!d || v.status !== 'playing') return null;
  const l = state.locale;
  let title = '';
  let body: UiNode[] = [];
  let submit = '';
  let action: () => void = () => undefined;

  if (d.kind === 'trade') {
    const name = cards.roleName(d.to, l);
    title = d.counterOf ? t('counterTo', { role: name }) : t('tradeWith', { role: name });
    body = [
      bagEditor(state, v, 'give', t('youGive'), d.give, v.hand, (give) => app.updateDialog({ ...d, give })),
      bagEditor(state, v, 'get', t('youGet'), d.get, null, (get) => app.updateDialog({ ...d, get })),
    ];
    submit = t('sendOffer');
    action = () => app.play(dialogMove(d), SLOT.dialog);
  } else if (d.kind === 'gift') {
    title = t('giftTo', { role: cards.roleName(d.to, l) });
    body = [bagEditor(state, v, 'gift', t('youGive'), d.resources, v.hand, (resources) => app.updateDialog({ ...d, resources }))];
    submit = t('sendGift');
    action = () => app.play(dialogMove(d), SLOT.dialog);
  } else if (d.kind === 'disclose') {
    title = `${t('disclose')}: ${cards.interestTitle(d.interestId, l)}`;
    const others = v.partners.filter((p) => p.role !== v.role);
    const chosen = d.to ?? 'all';
    const option = (value: RoleId | 'all', label: string) => (
      <label class="choice">
        <input
          type="radio"
          name="disclose-to"
          value={value}
          checked={chosen === value}
          key={`to-${value}`}
          data-key={`to-${value}`}
          data-testid={`disclose-to-${value}`}
          onChange={() => app.updateDialog({ ...d, to: value })}
        />
        <span>{label}</span>
      </label>
    );
    body = [
      <p>{cards.interestText(d.interestId, l, v.seats.length)}</p>,
      <fieldset>
        <legend>{t('discloseTo')}</legend>
        {option('all', t('everyone'))}
        {others.map((p) => {
          const seat = state.info?.seats.find((s) => s.seat === p.seat);
          return option(p.role, `${cards.roleName(p.role, l)}${seat?.name ? ` (${seat.name})` : ''}`);
        })}
      </fieldset>,
    ];
    submit = t('disclose');
    action = () => app.play(dialogMove(d), SLOT.dialog);
  } else {
    title = t('guess');
    body = [
      <p>{t('guessFor', { role: cards.roleName(d.target, l) })}</p>,
      <fieldset>
        <legend>{cards.roleName(d.target, l)}</legend>
        {cards.deck(d.target).map((card) => (
          <label class="choice">
            <input
              type="checkbox"
              value={card.id}
              checked={d.picks.includes(card.id)}
              key={`pick-${card.id}`}
              data-key={`pick-${card.id}`}
              data-testid={`pick-${card.id}`}
              onChange={(e) => {
                const on = (e.target as HTMLInputElement).checked;
                const picks = on ? [...d.picks, card.id] : d.picks.filter((x) => x !== card.id);
                app.updateDialog({ ...d, picks });
              }}
            />
            <span>
              <strong>{card.title[l]}</strong>
              <br />
              {cards.interestText(card.id, l, v.seats.length)}
            </span>
          </label>
        ))}
      </fieldset>,
    ];
    submit = t('saveGuess');
    action = () => app.play(dialogMove(d), SLOT.dialog);
  }

  // A native modal dialog: the page behind is inert (no Tab, no click, no screen reader reaches it)
  // until it closes; Escape and a tap beside it close it.
  return modal(
    {
      class: 'dialog-host',
      'aria-labelledby': 'dlg-title',
      onCancel: (e) => {
        e.preventDefault();
        app.closeDialog();
      },
      onClick: (e) => e.target === e.currentTarget && app.closeDialog(),
    },
    <form
      class="dialog"
      data-testid={`dialog-${d.kind}`}
      onKeyDown={(e) => trapKeys(e as KeyboardEvent, app)}
      onSubmit={(e) => {
        e.preventDefault();
        action();
      }}
    >
      <h2 id="dlg-title">{title}</h2>
      <div class="dialog-body" data-scroll="dialog" tabindex={-1}>
        {body}
      </div>
      {slot(state, SLOT.dialog)}
      <div class="actions">
        <button type="button" class="btn" key="dlg-cancel" data-key="dlg-cancel" onClick={() => app.closeDialog()}>
          {t('cancel')}
        </button>
        <button type="submit" class="btn primary" key="dlg-submit" data-key="dlg-submit" data-testid="dialog-submit">
          {submit}
        </button>
      </div>
    </form>,
  );
}

/**
 * Steppers for one side of a trade or gift. "+" asks the engine (state/controls.ts) whether one more
 * card of that kind can change hands now — a resource the event locks is disabled with the reason
 * beside it — and stops at what is in hand on the giving side.
 */
function bagEditor(state: AppState, v: PlayerView, side: string, label: string, bag: Bag, hand: Bag | null, change: (b: Bag) => void): UiNode {
  const l = state.locale;
  const shown = RESOURCES.filter((r) => !hand || (hand[r] ?? 0) > 0 || (bag[r] ?? 0) > 0);
  const row = (r: ResourceId) => {
    const n = bag[r] ?? 0;
    const name = cards.resourceName(r, l);
    const m = move(v, hand ? control.give(r) : control.get(r));
    const refused = m && !m.ok && m.code !== 'insufficient_resources' ? m : null;
    const whyId = `why-${side}-${r}`;
    return (
      <li class="stepper">
        <span class="need-name">
          {icon(resourceIcon(r))}
          {name}
          {hand ? <span class="muted">{` / ${hand[r] ?? 0}`}</span> : null}
        </span>
        <span class="step-controls">
          <button
            type="button"
            class="btn step"
            aria-label={t('less', { resource: name })}
            key={`${side}-minus-${r}`}
            data-key={`${side}-minus-${r}`}
            data-testid={`${side}-minus-${r}`}
            disabled={n === 0}
            onClick={() => change(setCount(bag, r, n - 1))}
          >
            −
          </button>
          <output class="step-count" aria-live="polite" data-testid={`${side}-count-${r}`}>
            {String(n)}
          </output>
          <button
            type="button"
            class="btn step"
            aria-label={t('more', { resource: name })}
            aria-describedby={refused ? whyId : undefined}
            key={`${side}-plus-${r}`}
            data-key={`${side}-plus-${r}`}
            data-testid={`${side}-plus-${r}`}
            data-why={refused ? refused.code : undefined}
            disabled={!!refused || n >= (hand ? (hand[r] ?? 0) : 20)}
            onClick={() => change(setCount(bag, r, n + 1))}
          >
            +
          </button>
        </span>
        {refused ? (
          <span class="why" id={whyId}>
            {refusalText(l, refused.code, refused.params, true)}
          </span>
        ) : null}
      </li>
    );
  };
  return (
    <fieldset class="bag-editor">
      <legend>{label}</legend>
      <ul>{shown.map(row)}</ul>
    </fieldset>
  );
}

function trapKeys(e: KeyboardEvent, app: App): void {
  if (e.key === 'Escape') {
    e.preventDefault();
    app.closeDialog();
    return;
  }
  if (e.key !== 'Tab') return;
  const form = e.currentTarget as HTMLElement;
  const items = [...form.querySelectorAll<HTMLElement>('button:not([disabled]), input, select, textarea')];
  if (items.length === 0) return;
  const first = items[0];
  const last = items[items.length - 1];
  if (e.shiftKey && document.activeElement === first) {
    e.preventDefault();
    last.focus();
  } else if (!e.shiftKey && document.activeElement === last) {
    e.preventDefault();
    first.focus();
  }
}
