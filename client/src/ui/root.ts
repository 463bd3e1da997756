import type { ProjectorView } from '../../../shared/view/types';
import { t } from '../i18n';
import type { App } from './app';
import { languageSwitch, slot } from './common';
import { h, icon, patch } from './dom';
import { homeScreen } from './home';
import { lobbyScreen } from './lobby';
import { endPanel } from './end';
import { logPanel } from './panels-partners';
import { eventPanel, personasPanel, projectsPanel, reflectionPanel } from './panels-table';
import { SLOT, type AppState } from './state';
import { tableScreen } from './table';
import { consoleScreen } from './console';

// Chooses the screen from the state and draws it, with the connection banner and the toasts.

let lastDialog: string | null = null;
let lastToasts: AppState['toasts'] | null = null;

export function renderRoot(root: HTMLElement, state: AppState, app: App): void {
  document.documentElement.lang = state.locale;
  const skip = document.querySelector('.skip');
  if (skip) skip.textContent = t('skip');
  document.title = state.info ? `${t('appTitle')} · ${state.info.code}` : t('appTitle');
  const name = screenName(state);
  root.className = `screen-${name}`;
  document.documentElement.dataset.screen = name;
  patch(root, [connectionBanner(state, app), ...screen(state, app)]);
  if (!document.documentElement.dataset.ready) {
    document.documentElement.dataset.ready = 'true';
    performance.mark('kot-interactive'); // read by the benchmark: navigation → usable start screen
  }
  // Toasts live in their own region outside the app, redrawn only when they change, so a screen
  // reader announces each once.
  const region = document.getElementById('toasts');
  if (region && state.toasts !== lastToasts) {
    lastToasts = state.toasts;
    region.replaceChildren(...toasts(state, app));
  }

  const dialogKey = state.dialog ? `${state.dialog.kind}` : null;
  if (dialogKey && dialogKey !== lastDialog) {
    root.querySelector<HTMLElement>('.dialog input, .dialog button:not([disabled])')?.focus();
  }
  if (!dialogKey && lastDialog) {
    const key = document.body.dataset.returnKey;
    if (key) root.querySelector<HTMLElement>(`[data-key="${CSS.escape(key)}"]`)?.focus({ preventScroll: true });
  }
  lastDialog = dialogKey;
}

function screenName(state: AppState): string {
  if (state.screen === 'home' || !state.welcome) return 'home';
  if (!state.info || state.info.status === 'lobby' || !state.view) return 'lobby';
  return state.view.status === 'ended' ? 'end' : 'table';
}

function screen(state: AppState, app: App): (Node | null)[] {
  if (state.screen === 'home' || !state.welcome) return homeScreen(state, app);
  const info = state.info;
  if (!info) return [h('main', { id: 'main', class: 'home' }, h('p', { class: 'card', role: 'status' }, t('connecting')))];
  const v = state.view;
  if (info.status === 'lobby' || !v) return lobbyScreen(state, app);
  if (v.kind === 'player') return tableScreen(state, app, v);
  return projectorScreen(state, app, v);
}

/** A watcher by code (no credential) sees the public table; the facilitator sees the console. */
function projectorScreen(state: AppState, app: App, v: ProjectorView): (Node | null)[] {
  if (state.welcome?.host) return consoleScreen(state, app, v);
  return [
    h('header', { class: 'topbar' }, h('span', { class: 'brand' }, t('appTitle'), h('span', { class: 'code-badge' }, state.info?.code ?? '')), languageSwitch(state, app)),
    h(
      'main',
      { id: 'main', class: 'table mode-laptop projector' },
      v.status === 'ended' ? endPanel(state, v, app) : [eventPanel(state, v), reflectionPanel(state, v), projectsPanel(state, app, v), personasPanel(state, app, v), logPanel(state, v)],
    ),
  ];
}

function connectionBanner(state: AppState, app: App): HTMLElement | null {
  if (state.status === 'reconnecting') {
    return h('div', { class: 'conn-banner', role: 'alert', 'data-testid': 'connection-lost' }, h('span', { class: 'spinner', 'aria-hidden': 'true' }), h('span', null, t('connectionLost')));
  }
  if (state.status === 'closed' && state.screen === 'room') {
    return h(
      'div',
      { class: 'conn-banner closed', role: 'alert' },
      '⚠ ',
      state.errors[SLOT.global] ?? t('connectionLost'),
      ' ',
      h('button', { type: 'button', class: 'btn small', onClick: () => void app.leave() }, t('leave')),
    );
  }
  return null;
}

function toasts(state: AppState, app: App): HTMLElement[] {
  return state.toasts.map((x) =>
      h(
        'div',
        { class: `toast ${x.kind}`, 'data-testid': `toast-${x.kind}` },
        x.icon ? icon(x.icon, 'role-icon small') : h('span', { class: 'toast-mark', 'aria-hidden': 'true' }, x.kind === 'project' ? '★' : 'ℹ'),
        h('span', null, x.text),
        h('button', { type: 'button', class: 'toast-close', 'aria-label': t('close'), onClick: () => app.dismissToast(x.id) }, '×'),
      ),
  );
}
