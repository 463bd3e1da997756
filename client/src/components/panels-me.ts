import type { PlayerView } from '../../../shared/view/types';
import { t } from '../i18n';
import { bagEntries, capped } from '../model/bag';
import * as cards from '../model/cards';
import { interestsVM, offersVM, type OfferVM } from '../model/table';
import type { App } from '../state/port';
import { bagChips, moveButton, playControl, resourceChip, section, slot } from './common';
import { h, icon, withProps, type UiNode } from './dom';
import { roleIcon } from './icons';
import { control } from '../state/controls';
import { box } from './focus';
import { SLOT, type AppState } from '../state/state';
import { botReplies, offerReasonLine } from './bots';

// The player's own side: resources in hand, secret interests, open offers.

export function handPanel(state: AppState, v: PlayerView): UiNode {
  const entries = bagEntries(v.hand);
  return section(
    t('myHand'),
    'hand',
    h(
      'div',
      { class: 'hand', 'data-anchor': 'hand', 'data-testid': 'hand' },
      entries.length ? entries.map((e) => resourceChip(e.resource, e.count, state.locale, 'big')) : h('p', { class: 'muted' }, t('emptyHand')),
    ),
  );
}

export function interestsPanel(state: AppState, app: App, v: PlayerView): UiNode {
  const l = state.locale;
  return section(
    t('myInterests'),
    'interests',
    h(
      'ul',
      { class: 'interests' },
      interestsVM(v, l).map((i) =>
        h(
          'li',
          { class: `interest ${i.met ? 'met' : ''}`, 'data-testid': `interest-${i.id}` },
          h('h3', null, i.title),
          h('p', null, i.text),
          h(
            'p',
            { class: 'meta' },
            h('span', { class: `badge ${i.met ? 'ok' : ''} ${i.provisional ? 'for-now' : ''}`, 'data-met': String(i.met) }, i.met ? `✓ ${t(i.provisional ? 'metForNow' : 'met')}` : `○ ${t('notMet')}`),
            i.provisional ? h('span', { class: 'hint' }, ` ${t('countsAtEnd')}`) : null,
            ' ',
            h('span', null, t('points', { n: i.points })),
          ),
          h(
            'p',
            { class: 'meta' },
            i.disclosedToAll
              ? `◉ ${t('disclosedAll')}`
              : i.disclosedTo.length
                ? `◉ ${t('disclosedTo', { names: i.disclosedTo.map((r) => cards.roleName(r, l)).join(', ') })}`
                : `◌ ${t('secret')}`,
          ),
          i.canShowTo.length
            ? moveButton(
                state,
                v,
                control.disclose(i.id),
                {
                  class: 'btn',
                  'data-key': `disclose-${i.id}`,
                  'data-testid': `disclose-${i.id}`,
                  onClick: (e) => {
                    markReturn(e);
                    app.openDialog({ kind: 'disclose', interestId: i.id, to: null });
                  },
                },
                t('disclose'),
              )
            : null,
          slot(state, SLOT.interest(i.id)),
        ),
      ),
    ),
  );
}

export function offersPanel(state: AppState, app: App, v: PlayerView): UiNode {
  const { incoming, outgoing } = offersVM(v.offers, v.role, state.locale);
  const fresh = (o: OfferVM) => Date.now() - (state.offerSeen[o.id] ?? 0) < 8000;
  const row = (o: OfferVM) =>
    box(
      'li',
      { class: `offer ${o.incoming ? 'in' : 'out'} ${o.incoming && fresh(o) ? 'fresh' : ''}`, 'data-testid': `offer-${o.id}`, 'data-anchor': `offer:${o.id}` },
      true,
      h(
        'p',
        { class: 'offer-head' },
        icon(roleIcon(o.other), 'role-icon small'),
        h('strong', null, o.incoming ? t('offerFrom', { role: o.otherName }) : t('offerTo', { role: o.otherName })),
        o.isCounter ? h('span', { class: 'tag' }, t('counterOf')) : null,
        o.incoming && fresh(o) ? h('span', { class: 'tag new' }, '★ ', t('newBadge')) : null,
      ),
      offerReasonLine(state, o.id),
      h('p', { class: 'offer-line' }, h('span', { class: 'label' }, `${t('youGive')}: `), bagChips(o.iGive, state.locale)),
      h('p', { class: 'offer-line' }, h('span', { class: 'label' }, `${t('youGet')}: `), bagChips(o.iGet, state.locale)),
      h(
        'div',
        { class: 'actions' },
        o.incoming
          ? [
              moveButton(state, v, control.accept(o.id), { class: 'btn primary', 'data-key': `accept-${o.id}`, 'data-testid': `accept-${o.id}`, onClick: () => playControl(app, v, control.accept(o.id), SLOT.offer(o.id)) }, t('accept')),
              moveButton(state, v, control.decline(o.id), { class: 'btn', 'data-key': `decline-${o.id}`, 'data-testid': `decline-${o.id}`, onClick: () => playControl(app, v, control.decline(o.id), SLOT.offer(o.id)) }, t('decline')),
              moveButton(
                state,
                v,
                control.counter(o.id),
                {
                  class: 'btn',
                  'data-key': `counter-${o.id}`,
                  'data-testid': `counter-${o.id}`,
                  onClick: (e) => {
                    markReturn(e);
                    app.openDialog({ kind: 'trade', to: o.other, give: capped(o.iGive, v.hand), get: { ...o.iGet }, counterOf: o.id });
                  },
                },
                t('counter'),
              ),
            ]
          : moveButton(state, v, control.withdraw(o.id), { class: 'btn', 'data-key': `withdraw-${o.id}`, 'data-testid': `withdraw-${o.id}`, onClick: () => playControl(app, v, control.withdraw(o.id), SLOT.offer(o.id)) }, t('withdraw')),
      ),
      slot(state, SLOT.offer(o.id)),
    );
  const replies = botReplies(state, v);
  const panel = section(
    t('offers'),
    'offers',
    incoming.length + outgoing.length === 0 && !replies ? h('p', { class: 'muted' }, t('noOffers')) : null,
    incoming.length ? h('h3', null, `${t('incoming')} (${incoming.length})`) : null,
    incoming.length ? h('ul', { class: 'offers', 'data-testid': 'offers-in' }, incoming.map(row)) : null,
    outgoing.length ? h('h3', null, `${t('outgoing')} (${outgoing.length})`) : null,
    outgoing.length ? h('ul', { class: 'offers', 'data-testid': 'offers-out' }, outgoing.map(row)) : null,
    replies,
  );
  return withProps(panel, { 'data-anchor': 'offers' });
}

/** Remember which control opened a dialog, so focus goes back there when it closes. */
export function markReturn(e: Event): void {
  document.querySelectorAll('[data-return-focus]').forEach((x) => x.removeAttribute('data-return-focus'));
  const key = (e.currentTarget as HTMLElement | null)?.dataset.key;
  if (key) document.body.dataset.returnKey = key;
}
