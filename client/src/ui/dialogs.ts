import { RESOURCES, type Bag, type ResourceId, type RoleId } from '../../../shared/model/ids';
import type { PlayerView } from '../../../shared/view/types';
import { t } from '../i18n';
import { cleanBag, setCount } from '../model/bag';
import * as cards from '../model/cards';
import type { App } from './app';
import { slot } from './common';
import { h, icon } from './dom';
import { resourceIcon } from './icons';
import { SLOT, type AppState } from './state';

// Modal dialogs for the actions that need choices: a trade (or counter), a gift, a disclosure, a
// guess. Each is a form: Enter sends, Escape cancels, focus stays inside until it closes.

export function dialogLayer(state: AppState, app: App, v: PlayerView): HTMLElement | null {
  const d = state.dialog;
  if (!d || v.status !== 'playing') return null;
  const l = state.locale;
  let title = '';
  let body: Node[] = [];
  let submit = '';
  let action: () => void = () => undefined;

  if (d.kind === 'trade') {
    const name = cards.roleName(d.to, l);
    title = d.counterOf ? t('counterTo', { role: name }) : t('tradeWith', { role: name });
    body = [
      bagEditor(state, app, 'give', t('youGive'), d.give, v.hand, (give) => app.updateDialog({ ...d, give })),
      bagEditor(state, app, 'get', t('youGet'), d.get, null, (get) => app.updateDialog({ ...d, get })),
    ];
    submit = t('sendOffer');
    action = () => {
      const give = cleanBag(d.give);
      const get = cleanBag(d.get);
      if (d.counterOf) app.act({ type: 'counterTrade', offerId: d.counterOf, give, get }, SLOT.dialog);
      else app.act({ type: 'proposeTrade', to: d.to, give, get }, SLOT.dialog);
    };
  } else if (d.kind === 'gift') {
    title = t('giftTo', { role: cards.roleName(d.to, l) });
    body = [bagEditor(state, app, 'gift', t('youGive'), d.resources, v.hand, (resources) => app.updateDialog({ ...d, resources }))];
    submit = t('sendGift');
    action = () => app.act({ type: 'gift', to: d.to, resources: cleanBag(d.resources) }, SLOT.dialog);
  } else if (d.kind === 'disclose') {
    title = `${t('disclose')}: ${cards.interestTitle(d.interestId, l)}`;
    const others = v.partners.filter((p) => p.role !== v.role);
    const chosen = d.to ?? 'all';
    const option = (value: RoleId | 'all', label: string) =>
      h(
        'label',
        { class: 'choice' },
        h('input', {
          type: 'radio',
          name: 'disclose-to',
          value,
          checked: chosen === value,
          'data-key': `to-${value}`,
          'data-testid': `disclose-to-${value}`,
          onChange: () => app.updateDialog({ ...d, to: value }),
        }),
        h('span', null, label),
      );
    body = [
      h('p', null, cards.interestText(d.interestId, l, v.seats.length)),
      h(
        'fieldset',
        null,
        h('legend', null, t('discloseTo')),
        option('all', t('everyone')),
        others.map((p) => {
          const seat = state.info?.seats.find((s) => s.seat === p.seat);
          return option(p.role, `${cards.roleName(p.role, l)}${seat?.name ? ` (${seat.name})` : ''}`);
        }),
      ),
    ];
    submit = t('disclose');
    action = () => app.act({ type: 'disclose', interestId: d.interestId, to: chosen }, SLOT.dialog);
  } else {
    title = t('guess');
    body = [
      h('p', null, t('guessFor', { role: cards.roleName(d.target, l) })),
      h(
        'fieldset',
        null,
        h('legend', null, cards.roleName(d.target, l)),
        cards.deck(d.target).map((card) =>
          h(
            'label',
            { class: 'choice' },
            h('input', {
              type: 'checkbox',
              value: card.id,
              checked: d.picks.includes(card.id),
              'data-key': `pick-${card.id}`,
              'data-testid': `pick-${card.id}`,
              onChange: (e) => {
                const on = (e.target as HTMLInputElement).checked;
                const picks = on ? [...d.picks, card.id] : d.picks.filter((x) => x !== card.id);
                app.updateDialog({ ...d, picks });
              },
            }),
            h('span', null, h('strong', null, card.title[l]), h('br'), cards.interestText(card.id, l, v.seats.length)),
          ),
        ),
      ),
    ];
    submit = t('saveGuess');
    action = () => app.act({ type: 'guess', target: d.target, interestIds: d.picks }, SLOT.dialog);
  }

  return h(
    'div',
    { class: 'backdrop', onClick: (e) => e.target === e.currentTarget && app.closeDialog() },
    h(
      'form',
      {
        class: 'dialog',
        role: 'dialog',
        'aria-modal': 'true',
        'aria-labelledby': 'dlg-title',
        'data-testid': `dialog-${d.kind}`,
        onKeydown: (e) => trapKeys(e as KeyboardEvent, app),
        onSubmit: (e) => {
          e.preventDefault();
          action();
        },
      },
      h('h2', { id: 'dlg-title' }, title),
      h('div', { class: 'dialog-body', 'data-scroll': 'dialog' }, body),
      slot(state, SLOT.dialog),
      h(
        'div',
        { class: 'actions' },
        h('button', { type: 'button', class: 'btn', 'data-key': 'dlg-cancel', onClick: () => app.closeDialog() }, t('cancel')),
        h('button', { type: 'submit', class: 'btn primary', 'data-key': 'dlg-submit', 'data-testid': 'dialog-submit' }, submit),
      ),
    ),
  );
}

function bagEditor(state: AppState, _app: App, side: string, label: string, bag: Bag, hand: Bag | null, change: (b: Bag) => void): HTMLElement {
  const l = state.locale;
  const shown = RESOURCES.filter((r) => !hand || (hand[r] ?? 0) > 0 || (bag[r] ?? 0) > 0);
  const row = (r: ResourceId) => {
    const n = bag[r] ?? 0;
    const name = cards.resourceName(r, l);
    return h(
      'li',
      { class: 'stepper' },
      h('span', { class: 'need-name' }, icon(resourceIcon(r)), name, hand ? h('span', { class: 'muted' }, ` / ${hand[r] ?? 0}`) : null),
      h(
        'span',
        { class: 'step-controls' },
        h('button', { type: 'button', class: 'btn step', 'aria-label': t('less', { resource: name }), 'data-key': `${side}-minus-${r}`, 'data-testid': `${side}-minus-${r}`, disabled: n === 0, onClick: () => change(setCount(bag, r, n - 1)) }, '−'),
        h('output', { class: 'step-count', 'aria-live': 'polite', 'data-testid': `${side}-count-${r}` }, String(n)),
        h('button', { type: 'button', class: 'btn step', 'aria-label': t('more', { resource: name }), 'data-key': `${side}-plus-${r}`, 'data-testid': `${side}-plus-${r}`, disabled: n >= 20, onClick: () => change(setCount(bag, r, n + 1)) }, '+'),
      ),
    );
  };
  return h('fieldset', { class: 'bag-editor' }, h('legend', null, label), h('ul', null, shown.map(row)));
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
