import { t } from '../i18n';
import { CARRY_OVER } from '../../../shared/rules/config';
import type { HintId } from '../model/hints';
import type { App } from '../state/port';
import { type UiNode } from './dom';
import type { AppState } from '../state/state';

// The first-round hint, in the flow of the page (never over the cards): a few sentences, "Begrepen"
// and "Geen tips meer". Which hint and when is decided in model/hints.ts.

export function hintCard(state: AppState, app: App): UiNode | null {
  const id: HintId | null = app.aids.hint();
  const v = state.view;
  if (!id || !v) return null;
  return (
    <aside class="hint-card" data-testid="hint" data-hint={id} aria-labelledby="hint-label">
      <p>
        <strong id="hint-label">{`${t('hintLabel')}: `}</strong>
        {t(`hint_${id}`, { target: v.target, carry: CARRY_OVER })}
      </p>
      <div class="hint-actions">
        <button
          type="button"
          class="btn small primary"
          key={`hint-ok-${id}`}
          data-key={`hint-ok-${id}`}
          data-testid="hint-ok"
          onClick={() => app.aids.seen(id)}
        >
          {t('hintNext')}
        </button>
        <button type="button" class="btn small" key="hints-off" data-key="hints-off" data-testid="hints-off" onClick={() => app.aids.off()}>
          {t('hintsOff')}
        </button>
      </div>
    </aside>
  );
}
