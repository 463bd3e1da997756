import { parseSettings, PROJECTOR_SCREENS } from '../../../shared/protocol/room';
import { t } from '../i18n';
import { facilitatorLink, projectorLink } from '../model/console';
import type { App } from '../state/port';
import { slot } from '../components/common';
import { type UiNode } from '../components/dom';
import { ConfirmButton } from '../components/confirm-button';
import { printKitLink } from '../components/print-kit';
import { editionLink } from '../components/edition-link';
import { SLOT, type AppState } from '../state/state';

// The facilitator's projector controls on the console: open it, copy its link and the console's own
// link, a new projector key; after the game, which part of the debrief the projector shows.

/** Two-step buttons (remove, a new key): the first click asks, the second does it. */
export function confirmButton(key: string, label: string, ask: string, testid: string, run: () => void): UiNode {
  return <ConfirmButton key={key} dataKey={key} label={label} ask={ask} testid={testid} run={run} />;
}

export async function copyText(app: App, text: string, note: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    app.note(note, t('copied'));
  } catch {
    app.note(note, text);
  }
}

/** Open the projector, copy its link, copy the link that opens this console elsewhere. */
export function projectorCard(state: AppState, app: App): UiNode | null {
  const w = state.welcome;
  const code = state.info?.code;
  if (!w?.projectorKey || !code) return null;
  const pLink = projectorLink(location.origin, code, w.projectorKey, state.locale);
  const fLink = w.hostKey ? facilitatorLink(location.origin, code, w.hostKey) : null;
  return (
    <div class="projector-links">
      <h3>{t('projectorTitle')}</h3>
      <p class="hint">{t('projectorHelp')}</p>
      <p class="row">
        <a class="btn primary" href={pLink} target="kot-projector" rel="noopener" data-testid="open-projector" key="open-projector" data-key="open-projector">
          {t('openProjector')}
        </a>
        <button
          type="button"
          class="btn"
          key="copy-projector"
          data-key="copy-projector"
          data-testid="copy-projector"
          onClick={() => void copyText(app, pLink, 'copy-projector')}
        >
          {t('copyProjector')}
        </button>
      </p>
      <p class="row">
        {confirmButton('new-projector-key', t('newProjectorKey'), t('confirmNewProjectorKey'), 'new-projector-key', () =>
          app.host({ kind: 'newProjectorKey' }),
        )}
        <span class="hint">{t('newProjectorKeyHelp')}</span>
      </p>
      {slot(state, 'copy-projector')}
      {fLink ? (
        <p class="row">
          <button
            type="button"
            class="btn ghost"
            key="copy-facilitator"
            data-key="copy-facilitator"
            data-testid="copy-facilitator"
            onClick={() => void copyText(app, fLink, 'copy-facilitator')}
          >
            {t('copyFacilitator')}
          </button>
          <span class="hint">{t('facilitatorHelp')}</span>
        </p>
      ) : null}
      {slot(state, 'copy-facilitator')}
      <p class="row">
        {printKitLink(state.info?.seats.length ?? 0, state.locale, state.info ? parseSettings(state.info)?.edition : undefined)}
        {editionLink()}
      </p>
    </div>
  );
}

/** The projector window may have been closed during the debrief: it opens again from here. */
function reopenProjector(state: AppState): UiNode | null {
  const key = state.welcome?.projectorKey;
  const code = state.info?.code;
  if (!key || !code) return null;
  return (
    <a
      class="btn"
      href={projectorLink(location.origin, code, key, state.locale)}
      target="kot-projector"
      rel="noopener"
      data-testid="open-projector"
      key="open-projector"
      data-key="open-projector"
    >
      {t('openProjector')}
    </a>
  );
}

/** After the game: the facilitator chooses which part of the debrief the projector shows. */
export function projectorScreens(state: AppState, app: App): UiNode {
  const current = state.info?.projectorScreen ?? 'result';
  return (
    <div class="hostbar console-bar" role="toolbar" aria-label={t('onProjector')}>
      <span class="label">{t('onProjector')}</span>
      {reopenProjector(state)}
      {PROJECTOR_SCREENS.map((s) => (
        <button
          type="button"
          class={`btn ${s === current ? 'primary' : ''}`}
          aria-pressed={s === current}
          key={`show-${s}`}
          data-key={`show-${s}`}
          data-testid={`show-${s}`}
          onClick={() => app.host({ kind: 'show', screen: s })}
        >
          {t(`screen_${s}`)}
        </button>
      ))}
      {/* The projector may have been closed (or never opened): after the game it opens here too. */}
      {state.welcome?.projectorKey && state.info?.code ? (
        <a
          class="btn"
          href={projectorLink(location.origin, state.info.code, state.welcome.projectorKey, state.locale)}
          target="kot-projector"
          rel="noopener"
          data-testid="open-projector"
          key="open-projector-end"
          data-key="open-projector-end"
        >
          {t('openProjector')}
        </a>
      ) : null}
      {slot(state, SLOT.host)}
    </div>
  );
}
