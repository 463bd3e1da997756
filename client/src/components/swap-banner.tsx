import type { PlayerView } from '../../../shared/view/types';
import { t } from '../i18n';
import * as cards from '../model/cards';
import { icon, type UiNode } from './dom';
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
  return (
    <details class="swap-banner" open={true} data-testid="swap-banner" key="swap-banner" data-key="swap-banner">
      <summary role="status">
        {icon(roleIcon(v.role), 'role-icon small')}
        <strong>{t('swapTitle')}</strong> {t('swapNow', { role: cards.roleName(v.role, l), before: cards.roleName(before, l) })}
      </summary>
      <p>{cards.roleMission(v.role, l)}</p>
      <p>{t('swapInterests', { role: cards.roleName(v.role, l) })}</p>
      <ul>
        {v.interests.map((i) => (
          <li key={i.id}>
            <strong>{cards.interestTitle(i.id, l)}</strong>
            {' — '}
            {cards.interestText(i.id, l, n)}
          </li>
        ))}
      </ul>
      <p class="muted">{t('swapWhatStays')}</p>
    </details>
  );
}
