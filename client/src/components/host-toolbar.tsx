import { useState } from 'preact/hooks';
import { t } from '../i18n';
import { useApp, useAppState } from '../state/context';
import { SLOT } from '../state/state';
import { slot } from './common';

// The host's controls, one bar for the facilitator's console and for a host who plays (and, in a
// practice game, for the player: next phase first, pause, continue later). "+1 minuut" only while a
// phase runs on a clock (or was paused with time left): the server refuses it on an untimed phase.
// On a phone the bar keeps to one row: pause, later and end (`.tool`) show a glyph, their words stay
// their names (styles.css).

export function HostToolbar({ solo = false, console = false }: { solo?: boolean; console?: boolean }) {
  const state = useAppState();
  const app = useApp();
  const [confirmingEnd, setConfirmingEnd] = useState(false);
  const info = state.info;
  if (!info) return null;
  const timed = info.phaseEndsAt > 0 || info.pausedRemainingMs > 0;
  const label = solo ? t('soloBar') : t('hostBar');
  return (
    <div class={`hostbar${solo ? ' solo' : ''}${console ? ' console-bar' : ''}`} role="toolbar" aria-label={label}>
      {console ? null : <span class="label">{label}</span>}
      <button type="button" class={`btn primary${solo ? ' next' : ''}`} data-key="advance" data-testid="advance" title={solo ? t('soloPace') : undefined} onClick={() => app.host({ kind: 'advance' })}>
        {`${t('nextPhase')} ›`}
      </button>
      {solo ? <span class="hint solo-pace">{t('soloPace')}</span> : null}
      <button
        type="button"
        class="btn tool"
        data-key="pause"
        data-testid="pause"
        data-glyph={info.paused ? '▶' : '❚❚'}
        title={info.paused ? t('resume') : t('pause')}
        onClick={() => app.host({ kind: info.paused ? 'resume' : 'pause' })}
      >
        {info.paused ? t('resume') : t('pause')}
      </button>
      {timed && !solo ? (
        <button type="button" class="btn" data-key="extend" data-testid="extend" onClick={() => app.host({ kind: 'extend', seconds: 60 })}>
          {t('extendMinute')}
        </button>
      ) : null}
      {solo ? (
        <button type="button" class="btn tool" data-key="later" data-testid="solo-later" data-glyph="◷" title={t('soloLater')} onClick={() => void app.solo.later()}>
          {t('soloLater')}
        </button>
      ) : null}
      <button
        type="button"
        // Asking "really?" it shows its words on a phone too: a lone square would not say what it asks.
        class={`btn ${confirmingEnd ? 'danger' : 'ghost tool'}`}
        data-key="end"
        data-testid="end-game"
        data-glyph="■"
        title={confirmingEnd ? undefined : t('endGame')}
        onClick={() => {
          if (confirmingEnd) app.host({ kind: 'end' });
          setConfirmingEnd(!confirmingEnd);
        }}
      >
        {confirmingEnd ? t('confirmEnd') : t('endGame')}
      </button>
      {slot(state, SLOT.host)}
    </div>
  );
}
