import type { PlayerView } from '../../../shared/view/types';
import { t } from '../i18n';
import { bagEntries, capped } from '../model/bag';
import * as cards from '../model/cards';
import { interestsVM, offersVM, type OfferVM } from '../model/table';
import type { App } from '../state/port';
import { bagChips, moveButton, playControl, resourceChip, section, slot } from './common';
import { icon, withProps, type UiNode } from './dom';
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
    <div class="hand" data-anchor="hand" data-testid="hand">
      {entries.length ? entries.map((e) => resourceChip(e.resource, e.count, state.locale, 'big')) : <p class="muted">{t('emptyHand')}</p>}
    </div>,
  );
}

export function interestsPanel(state: AppState, app: App, v: PlayerView): UiNode {
  const l = state.locale;
  return section(
    t('myInterests'),
    'interests',
    <ul class="interests">
      {interestsVM(v, l).map((i) => (
        <li class={`interest ${i.met ? 'met' : ''}`} data-testid={`interest-${i.id}`}>
          <h3>{i.title}</h3>
          <p>{i.text}</p>
          <p class="meta">
            <span class={`badge ${i.met ? 'ok' : ''} ${i.provisional ? 'for-now' : ''}`} data-met={String(i.met)}>
              {i.met ? `✓ ${t(i.provisional ? 'metForNow' : 'met')}` : `○ ${t('notMet')}`}
            </span>
            {i.provisional ? <span class="hint">{` ${t('countsAtEnd')}`}</span> : null} <span>{t('points', { n: i.points })}</span>
          </p>
          <p class="meta">
            {i.disclosedToAll
              ? `◉ ${t('disclosedAll')}`
              : i.disclosedTo.length
                ? `◉ ${t('disclosedTo', { names: i.disclosedTo.map((r) => cards.roleName(r, l)).join(', ') })}`
                : `◌ ${t('secret')}`}
          </p>
          {i.canShowTo.length
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
            : null}
          {slot(state, SLOT.interest(i.id))}
        </li>
      ))}
    </ul>,
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
      <p class="offer-head">
        {icon(roleIcon(o.other), 'role-icon small')}
        <strong>{o.incoming ? t('offerFrom', { role: o.otherName }) : t('offerTo', { role: o.otherName })}</strong>
        {o.isCounter ? <span class="tag">{t('counterOf')}</span> : null}
        {o.incoming && fresh(o) ? (
          <span class="tag new">
            {'★ '}
            {t('newBadge')}
          </span>
        ) : null}
      </p>,
      offerReasonLine(state, o.id),
      <p class="offer-line">
        <span class="label">{`${t('youGive')}: `}</span>
        {bagChips(o.iGive, state.locale)}
      </p>,
      <p class="offer-line">
        <span class="label">{`${t('youGet')}: `}</span>
        {bagChips(o.iGet, state.locale)}
      </p>,
      <div class="actions">
        {o.incoming
          ? [
              moveButton(
                state,
                v,
                control.accept(o.id),
                {
                  class: 'btn primary',
                  'data-key': `accept-${o.id}`,
                  'data-testid': `accept-${o.id}`,
                  onClick: () => playControl(app, v, control.accept(o.id), SLOT.offer(o.id)),
                },
                t('accept'),
              ),
              moveButton(
                state,
                v,
                control.decline(o.id),
                {
                  class: 'btn',
                  'data-key': `decline-${o.id}`,
                  'data-testid': `decline-${o.id}`,
                  onClick: () => playControl(app, v, control.decline(o.id), SLOT.offer(o.id)),
                },
                t('decline'),
              ),
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
          : moveButton(
              state,
              v,
              control.withdraw(o.id),
              {
                class: 'btn',
                'data-key': `withdraw-${o.id}`,
                'data-testid': `withdraw-${o.id}`,
                onClick: () => playControl(app, v, control.withdraw(o.id), SLOT.offer(o.id)),
              },
              t('withdraw'),
            )}
      </div>,
      slot(state, SLOT.offer(o.id)),
    );
  const replies = botReplies(state, v);
  const panel = section(
    t('offers'),
    'offers',
    incoming.length + outgoing.length === 0 && !replies ? <p class="muted">{t('noOffers')}</p> : null,
    incoming.length ? <h3>{`${t('incoming')} (${incoming.length})`}</h3> : null,
    incoming.length ? (
      <ul class="offers" data-testid="offers-in">
        {incoming.map(row)}
      </ul>
    ) : null,
    outgoing.length ? <h3>{`${t('outgoing')} (${outgoing.length})`}</h3> : null,
    outgoing.length ? (
      <ul class="offers" data-testid="offers-out">
        {outgoing.map(row)}
      </ul>
    ) : null,
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
