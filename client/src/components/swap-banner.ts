import type { PlayerView } from '../../../shared/view/types';
import { t } from '../i18n';
import * as cards from '../model/cards';
import { h, icon, type UiNode } from './dom';
import { roleIcon } from './icons';
import type { AppState } from '../state/state';

// The role swap, told on every phone for the whole round it happens in: which partner you play
// now, its mission and its interests, and that its cards now score for you (README, the role swap).

/** The round of the last swap, or null when there was none. */
export function swapRound(v: Pick<PlayerView, 'log'>): number | null {
  for (let i = v.log.length - 1; i >= 0; i--) if (v.log[i].t === 'swap') return v.log[i].round;
  return null;
}

export function swapBanner(state: AppState, v: PlayerView): UiNode | null {
  if (v.status !== 'playing' || swapRound(v) !== v.round) return null;
  const n = v.seats.length;
  // Every seat moved on to the next seat's partner: the one before played this seat's old partner.
  const before = v.seats[(v.seat - 1 + n) % n];
  const l = state.locale;
  return h(
    'details',
    { class: 'swap-banner', open: true, 'data-testid': 'swap-banner', 'data-key': 'swap-banner' },
    h(
      'summary',
      { role: 'status' },
      icon(roleIcon(v.role), 'role-icon small'),
      h('strong', null, t('swapTitle')),
      ' ',
      t('swapNow', { role: cards.roleName(v.role, l), before: cards.roleName(before, l) }),
    ),
    h('p', null, cards.roleMission(v.role, l)),
    h('p', null, t('swapInterests', { role: cards.roleName(v.role, l) })),
    h('ul', null, v.interests.map((i) => h('li', { key: i.id }, h('strong', null, cards.interestTitle(i.id, l)), ' — ', cards.interestText(i.id, l, n)))),
    h('p', { class: 'muted' }, t('swapWhatStays')),
  );
}
