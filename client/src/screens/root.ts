import type { ProjectorView } from '../../../shared/view/types';
import { t } from '../i18n';
import type { App } from '../state/port';
import { languageSwitch, slot } from '../components/common';
import { h, icon, patch, type UiNode } from '../components/dom';
import { homeScreen } from './home';
import { lobbyScreen } from './lobby';
import { endPanel } from './end';
import { logPanel } from '../components/panels-partners';
import { eventPanel, personasPanel, projectsPanel, reflectionPanel } from '../components/panels-table';
import { SLOT, type AppState } from '../state/state';
import { tableScreen } from './table';
import { consoleScreen } from './console';

// Chooses the screen from the state and draws it, with the connection banner and the toasts.

let lastDialog: string | null = null;
let lastToasts: AppState['toasts'] | null = null;
let lastToastLocale = '';

export function renderRoot(root: HTMLElement, state: AppState, app: App): void {
  document.documentElement.lang = state.locale;
  const skip = document.querySelector('.skip');
  if (skip) skip.textContent = t('skip');
  document.title = state.info ? `${t('appTitle')} · ${state.info.code}` : t('appTitle');
  const name = screenName(state);
  root.className = `screen-${name}`;
  document.documentElement.dataset.screen = name;
  const plan = focusPlan(root, name);
  patch(root, [connectionBanner(state, app), ...screen(state, app)]);
  if (plan) keepFocus(root, plan, name);
  if (!document.documentElement.dataset.ready) {
    document.documentElement.dataset.ready = 'true';
    performance.mark('kot-interactive'); // read by the benchmark: navigation → usable start screen
  }
  // Toasts live in their own region outside the app, redrawn only when they change, so a screen
  // reader announces each once.
  const region = document.getElementById('toasts');
  if (region && (state.toasts !== lastToasts || state.locale !== lastToastLocale)) {
    lastToasts = state.toasts;
    lastToastLocale = state.locale;
    region.lang = state.locale;
    patch(region, toasts(state, app));
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

interface FocusPlan {
  el: HTMLElement;
  /** The screen it was on: a new screen starts afresh. */
  screen: string;
  /** The focused control's key, then the keys of the controls after it, then those before it. */
  keys: string[];
  /** The test ids of the boxes around it, nearest first (a project card, a panel). */
  scopes: string[];
}

const usable = (el: HTMLElement) => !el.matches(':disabled') && !el.closest('[hidden], [inert]');
/** Controls focus never falls back to: the language switch (the next Enter would switch) and the tip's buttons. */
const aside = (el: HTMLElement) => !!el.closest('.lang, .hint-card, .tabs');

/** The boxes focus stays in when its control goes: a need row, a card (project, resident, offer), a panel. */
const BOX = /^(need|project|persona|offer)-/;

/** Before a redraw: where focus is, and where it should go if that control goes away. */
function focusPlan(root: HTMLElement, screen: string): FocusPlan | null {
  const active = document.activeElement as HTMLElement | null;
  if (!active || active === document.body || !root.contains(active)) return null;
  const scope = active.closest<HTMLElement>('dialog') ?? root;
  const all = [...scope.querySelectorAll<HTMLElement>('[data-key]')].filter((e) => e === active || (usable(e) && !aside(e)));
  const i = all.indexOf(active);
  const around = i < 0 ? [] : [...all.slice(i + 1, i + 8), ...all.slice(Math.max(0, i - 4), i).reverse()];
  const keys = [active.dataset.key, ...around.map((e) => e.dataset.key)].filter((k): k is string => !!k);
  const scopes: string[] = [];
  for (let e = active.parentElement; e && e !== scope; e = e.parentElement) if (BOX.test(e.dataset.testid ?? '') || e.dataset.panel) scopes.push(e.dataset.panel ? `[data-panel="${CSS.escape(e.dataset.panel)}"]` : `[data-testid="${CSS.escape(e.dataset.testid!)}"]`);
  return { el: active, screen, keys, scopes };
}

/** Focus and bring into view (only as far as needed): a keyboard user sees where they are. */
function focusInView(el: HTMLElement): void {
  el.focus({ preventScroll: true });
  el.scrollIntoView({ block: 'nearest' });
}

/**
 * After a redraw: the focused control usually stays the same node (Preact keeps it). When it was
 * removed or disabled — a pledge that filled the need, an accepted offer, a stepper at 0 — focus
 * goes to the same control if it is back, else to the one that followed it (or preceded it) in the
 * same box; a box left without controls (a completed project, a held resident) takes focus itself,
 * so the next Tab continues from there and not from the top or the far end of the page.
 */
function keepFocus(root: HTMLElement, plan: FocusPlan, screen: string): void {
  if (plan.el.isConnected && usable(plan.el) && document.activeElement === plan.el) return;
  if (document.activeElement && document.activeElement !== document.body && document.activeElement !== plan.el) return;
  if (plan.screen !== screen) return newScreenFocus(root);
  for (const box of [...plan.scopes.map((s) => root.querySelector<HTMLElement>(s)), root]) {
    if (!box) continue;
    for (const key of plan.keys) {
      const el = box.querySelector<HTMLElement>(`[data-key="${CSS.escape(key)}"]`);
      if (el && usable(el) && !aside(el)) return focusInView(el);
    }
    if (box === root) break;
    // Nothing known is left in this box, but it has a control now (the "−" that appears once the
    // last card is pledged): that one.
    const fresh = [...box.querySelectorAll<HTMLElement>('[data-key]')].find((e) => usable(e) && !aside(e));
    if (fresh) return focusInView(fresh);
    // A card or panel left without controls (a project now complete, a resident held, the last
    // offer answered) takes focus itself; a need row does not (its project card does).
    if (!box.dataset.testid?.startsWith('need-')) {
      box.tabIndex = -1;
      return focusInView(box);
    }
  }
  newScreenFocus(root);
}

/** A new screen (joined, game over): its first control in view in the main part, else its heading. */
function newScreenFocus(root: HTMLElement): void {
  const main = root.querySelector<HTMLElement>('main');
  if (!main) return;
  const first = [...main.querySelectorAll<HTMLElement>('button, input, select, textarea, a[href]')].find((e) => {
    if (!usable(e) || aside(e)) return false;
    const r = e.getBoundingClientRect();
    return r.width > 0 && r.top >= 0 && r.bottom <= innerHeight;
  });
  if (first) return focusInView(first);
  const heading = main.querySelector<HTMLElement>('h1, h2');
  if (heading) {
    heading.tabIndex = -1;
    focusInView(heading);
  }
}

function screenName(state: AppState): string {
  if (state.screen === 'home' || !state.welcome) return 'home';
  if (!state.info || state.info.status === 'lobby' || !state.view) return 'lobby';
  return state.view.status === 'ended' ? 'end' : 'table';
}

function screen(state: AppState, app: App): (UiNode | null)[] {
  if (state.screen === 'home' || !state.welcome) return homeScreen(state, app);
  const info = state.info;
  if (!info) return [h('main', { id: 'main', class: 'home' }, h('p', { class: 'card', role: 'status' }, t('connecting')))];
  const v = state.view;
  // A removed player's device shows nothing of the seat any more (hand, interests), only why.
  if (state.status === 'closed' && state.statusReason === 'removed') return [h('main', { id: 'main', class: 'home', 'data-testid': 'removed' }, h('h1', null, t('appTitle')))];
  if (info.status === 'lobby' || !v) return lobbyScreen(state, app);
  if (v.kind === 'player') return tableScreen(state, app, v);
  return projectorScreen(state, app, v);
}

/** A watcher by code (no credential) sees the public table; the facilitator sees the console. */
function projectorScreen(state: AppState, app: App, v: ProjectorView): (UiNode | null)[] {
  if (state.welcome?.host) return consoleScreen(state, app, v);
  return [
    h('header', { class: 'topbar' }, h(v.status === 'ended' ? 'span' : 'h1', { class: 'brand' }, t('appTitle'), h('span', { class: 'code-badge' }, state.info?.code ?? '')), languageSwitch(state, app)),
    h(
      'main',
      { id: 'main', class: 'table mode-laptop projector' },
      v.status === 'ended' ? endPanel(state, v, app) : [eventPanel(state, v), reflectionPanel(state, v), projectsPanel(state, app, v), personasPanel(state, app, v), logPanel(state, v)],
    ),
  ];
}

function connectionBanner(state: AppState, app: App): UiNode | null {
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

function toasts(state: AppState, app: App): UiNode[] {
  return state.toasts.map((x) =>
      h(
        'div',
        { class: `toast ${x.kind}`, 'data-testid': `toast-${x.kind}` },
        x.icon ? icon(x.icon, 'role-icon small') : h('span', { class: 'toast-mark', 'aria-hidden': 'true' }, x.kind === 'project' ? '★' : 'ℹ'),
        h('span', null, x.text(state.locale)),
        h('button', { type: 'button', class: 'toast-close', 'aria-label': t('close'), onClick: () => app.dismissToast(x.id) }, '×'),
      ),
  );
}
