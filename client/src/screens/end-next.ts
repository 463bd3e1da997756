import { t } from '../i18n';
import type { App } from '../state/port';
import type { DebriefState } from '../state/state';
import { h, type UiNode } from '../components/dom';
import type { AppState } from '../state/state';
import { isSoloRoom } from '../model/solo';

// The end screen's way on ("Nog een keer", "Terug naar start"), the debrief's loading state, and
// the heading that only the printed report shows.

export function wayOnPanel(state: AppState, app: App, db: DebriefState | null): UiNode {
  const host = !!state.welcome?.host;
  const next = db?.next ?? null;
  const seat = state.view?.kind === 'player' ? state.view.seat : null;
  const solo = isSoloRoom(state.info, seat);
  return h(
    'section',
    { class: 'panel way-on no-print', 'aria-labelledby': 'h-way-on', 'data-testid': 'way-on' },
    h('h2', { id: 'h-way-on' }, t('dbWayOn')),
    host
      ? [
          h('p', { class: 'hint' }, t(solo ? 'dbAgainHelpSolo' : 'dbAgainHelp')),
          h('button', { type: 'button', class: 'btn primary', 'data-testid': 'play-again', disabled: !!db?.againBusy, onClick: () => void app.debrief.again() }, `↻ ${t('dbAgain')}`),
        ]
      : next
        ? [
            h('p', { class: 'next-room', role: 'status', 'data-testid': 'next-room' }, t('dbNextRoom', { code: next })),
            h('button', { type: 'button', class: 'btn primary', 'data-testid': 'join-next', onClick: () => void app.debrief.follow(next) }, t('dbJoinNext', { code: next })),
          ]
        : h('p', { class: 'hint', 'data-testid': 'wait-next' }, t('dbAgainWait')),
    h('button', { type: 'button', class: 'btn', 'data-testid': 'back-home', onClick: () => void app.debrief.home() }, t('dbBackHome')),
  );
}

export function debriefStatus(state: AppState, app: App | undefined, db: DebriefState | null): UiNode | null {
  if (!db || db.phase === 'ready') return null;
  const text = db.phase === 'loading' ? t('dbLoading') : db.phase === 'denied' ? t('dbDenied') : t('dbError');
  return h(
    'section',
    // Loading is not said aloud (the end brings enough to hear at once); a failure is.
    { class: 'panel no-print', 'data-testid': 'debrief-status', role: db.phase === 'loading' ? null : 'status' },
    h('h2', null, t('dbTitle')),
    h('p', { class: db.phase === 'error' ? 'err' : 'hint' }, db.phase === 'loading' ? h('span', { class: 'spinner dark', 'aria-hidden': 'true' }) : null, ' ', text),
    db.phase === 'error' && app ? h('button', { type: 'button', class: 'btn', onClick: () => void app.debrief.load(db.code) }, t('dbRetry')) : null,
  );
}

export function printHeader(state: AppState, db: DebriefState | null): UiNode | null {
  if (!db?.data) return null;
  const date = new Date(db.data.endedAt ?? db.data.createdAt).toLocaleDateString(state.locale === 'nl' ? 'nl-NL' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
  return h('header', { class: 'print-only report-head' }, h('p', { class: 'report-title' }, t('appTitle')), h('p', null, t('dbReportFor', { code: db.code, date })));
}
