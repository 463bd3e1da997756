import { t } from '../i18n';
import type { App } from '../state/port';
import type { DebriefState } from '../state/state';
import { type UiNode } from '../components/dom';
import type { AppState } from '../state/state';
import { isSoloRoom } from '../model/solo';

// The end screen's way on ("Nog een keer", "Terug naar start"), the debrief's loading state, and
// the heading that only the printed report shows.

export function wayOnPanel(state: AppState, app: App, db: DebriefState | null): UiNode {
  const host = !!state.welcome?.host;
  const next = db?.next ?? null;
  const seat = state.view?.kind === 'player' ? state.view.seat : null;
  const solo = isSoloRoom(state.info, seat);
  return (
    <section class="panel way-on no-print" aria-labelledby="h-way-on" data-testid="way-on">
      <h2 id="h-way-on">{t('dbWayOn')}</h2>
      {host ? (
        [
          <p class="hint">{t(solo ? 'dbAgainHelpSolo' : 'dbAgainHelp')}</p>,
          <button type="button" class="btn primary" data-testid="play-again" disabled={!!db?.againBusy} onClick={() => void app.debrief.again()}>
            {`↻ ${t('dbAgain')}`}
          </button>,
        ]
      ) : next ? (
        [
          <p class="next-room" role="status" data-testid="next-room">
            {t('dbNextRoom', { code: next })}
          </p>,
          <button type="button" class="btn primary" data-testid="join-next" onClick={() => void app.debrief.follow(next)}>
            {t('dbJoinNext', { code: next })}
          </button>,
        ]
      ) : (
        <p class="hint" data-testid="wait-next">
          {t('dbAgainWait')}
        </p>
      )}
      <button type="button" class="btn" data-testid="back-home" onClick={() => void app.debrief.home()}>
        {t('dbBackHome')}
      </button>
    </section>
  );
}

export function debriefStatus(state: AppState, app: App | undefined, db: DebriefState | null): UiNode | null {
  if (!db || db.phase === 'ready') return null;
  const text = db.phase === 'loading' ? t('dbLoading') : db.phase === 'denied' ? t('dbDenied') : t('dbError');
  return (
    <section class="panel no-print" data-testid="debrief-status" role={db.phase === 'loading' ? undefined : 'status'}>
      <h2>{t('dbTitle')}</h2>
      <p class={db.phase === 'error' ? 'err' : 'hint'}>
        {db.phase === 'loading' ? <span class="spinner dark" aria-hidden="true" /> : null} {text}
      </p>
      {db.phase === 'error' && app ? (
        <button type="button" class="btn" onClick={() => void app.debrief.load(db.code)}>
          {t('dbRetry')}
        </button>
      ) : null}
    </section>
  );
}

export function printHeader(state: AppState, db: DebriefState | null): UiNode | null {
  if (!db?.data) return null;
  const date = new Date(db.data.endedAt ?? db.data.createdAt).toLocaleDateString(state.locale === 'nl' ? 'nl-NL' : 'en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });
  return (
    <header class="print-only report-head">
      <p class="report-title">{t('appTitle')}</p>
      <p>{t('dbReportFor', { code: db.code, date })}</p>
    </header>
  );
}
