import { ROLES } from '../../../shared/model/ids';
import { HOLD_RESOURCES } from '../../../shared/rules/types';
import type { GameView } from '../../../shared/view/types';
import { t } from '../i18n';
import * as cards from '../model/cards';
import { control, move } from '../state/controls';
import type { App } from '../state/port';
import { SLOT, type AppState } from '../state/state';
import { moveButton, playControl } from './common';
import { icon, type UiNode } from './dom';
import { resourceIcon, roleIcon } from './icons';

// Doorverwijzen on a resident at risk (shared/rules/referral.ts): the partners the player may refer
// them to, the referral waiting to be taken up, and for the receiving partner the request with a
// take-up button for each card it could pay with (what a hold costs). Every button is a control from the view.

export function referralActions(state: AppState, app: App, v: GameView, personaId: string): UiNode | null {
  if (v.kind !== 'player' || v.status !== 'playing') return null;
  const p = v.personas.find((x) => x.id === personaId);
  if (!p || p.status !== 'reached') return null;
  const l = state.locale;
  const referral = p.referral;
  if (referral?.to === v.role) {
    const ups = HOLD_RESOURCES.filter((r) => move(v, control.takeUp(personaId, r))?.ok);
    return (
      <div class="referral request" data-testid={`referral-request-${personaId}`}>
        <p>{t('referredToYou', { from: cards.roleName(referral.from, l), persona: cards.personaName(personaId) })}</p>
        <span class="actions">
          {ups.map((r) =>
            moveButton(
              state,
              v,
              control.takeUp(personaId, r),
              {
                class: 'btn small primary',
                'data-key': `takeUp-${personaId}-${r}`,
                'data-testid': `takeUp-${personaId}-${r}`,
                onClick: () => playControl(app, v, control.takeUp(personaId, r), SLOT.persona(personaId)),
              },
              icon(resourceIcon(r)),
              t('takeUp', { resource: cards.resourceName(r, l) }),
            ),
          )}
        </span>
      </div>
    );
  }
  if (referral) {
    return (
      <p class="referral when" data-testid={`referral-${personaId}`}>
        {t('referredTo', { role: cards.roleName(referral.to, l) })}
      </p>
    );
  }
  const targets = ROLES.filter((r) => move(v, control.refer(personaId, r)));
  if (targets.length === 0) return null;
  return (
    <span class="actions referral">
      {targets.map((to) =>
        moveButton(
          state,
          v,
          control.refer(personaId, to),
          {
            class: 'btn small',
            'data-key': `refer-${personaId}-${to}`,
            'data-testid': `refer-${personaId}-${to}`,
            title: t('referHelp', { role: cards.roleName(to, l) }),
            onClick: () => playControl(app, v, control.refer(personaId, to), SLOT.persona(personaId)),
          },
          icon(roleIcon(to)),
          t('refer', { role: cards.roleName(to, l) }),
        ),
      )}
    </span>
  );
}
