import { Connecting } from '../components/connecting';
import { useLayoutEffect, useRef } from 'preact/hooks';
import type { ProjectorView } from '../../../shared/view/types';
import { t } from '../i18n';
import { languageSwitch } from '../components/common';
import type { UiNode } from '../components/dom';
import { useFocusHome, useNewScreenFocus } from '../components/focus';
import { panels } from '../components/panels';
import { useApp, useAppState } from '../state/context';
import type { App } from '../state/port';
import { SLOT, type AppState } from '../state/state';
import { ConsoleScreen } from './console';
import { endPanel } from './end';
import { HomeScreen } from './home';
import { LobbyScreen } from './lobby';
import { TableScreen } from './table';

// The app's root component: chooses the screen from the store, with the connection banner; keeps
// the page's title, language and screen name in step; keeps focus where the player was.

export function Root({ container }: { container: HTMLElement }) {
  const state = useAppState();
  const app = useApp();
  const name = screenName(state);
  // A new screen starts at its first control; a control drawn away leaves focus in its box
  // (components/focus.tsx), and if no box took it, somewhere near it on the page.
  useNewScreenFocus(container, name);
  useFocusHome(useRef<HTMLElement | null>(container), false);
  useLayoutEffect(() => {
    document.documentElement.lang = state.locale;
    const skip = document.querySelector('.skip');
    if (skip) skip.textContent = t('skip');
    document.title = state.info ? `${t('appTitle')} · ${state.info.code}` : t('appTitle');
    container.className = `screen-${name}`;
    document.documentElement.dataset.screen = name;
    if (!document.documentElement.dataset.ready) {
      document.documentElement.dataset.ready = 'true';
      performance.mark('kot-interactive'); // read by the benchmark: navigation → usable start screen
    }
  });
  return (
    <>
      <ConnectionBanner />
      <Screen state={state} app={app} />
    </>
  );
}

export function screenName(state: AppState): string {
  if (state.screen === 'home' || !state.welcome) return 'home';
  if (!state.info || state.info.status === 'lobby' || !state.view) return 'lobby';
  return state.view.status === 'ended' ? 'end' : 'table';
}

function Screen({ state, app }: { state: AppState; app: App }) {
  if (state.screen === 'home' || !state.welcome) return <HomeScreen />;
  const info = state.info;
  if (!info) {
    return <Connecting />;
  }
  const v = state.view;
  // A removed player's device shows nothing of the seat any more (hand, interests), only why.
  if (state.status === 'closed' && state.statusReason === 'removed') {
    return (
      <main id="main" class="home" data-testid="removed">
        <h1>{t('appTitle')}</h1>
      </main>
    );
  }
  if (info.status === 'lobby' || !v) return <LobbyScreen />;
  if (v.kind === 'player') return <TableScreen v={v} />;
  if (state.welcome?.host) return <ConsoleScreen v={v} />;
  return watcherScreen(state, app, v);
}

/** A watcher by code (no credential) sees the public table. */
function watcherScreen(state: AppState, app: App, v: ProjectorView): UiNode {
  const Brand = v.status === 'ended' ? 'span' : 'h1';
  return (
    <>
      <header class="topbar">
        <Brand class="brand">
          {t('appTitle')}
          <span class="code-badge">{state.info?.code ?? ''}</span>
        </Brand>
        {languageSwitch(state, app)}
      </header>
      <main id="main" class="table mode-laptop projector">
        {v.status === 'ended' ? endPanel(state, v, app) : panels(['event', 'reflection', 'projects', 'personas', 'log'], v)}
      </main>
    </>
  );
}

function ConnectionBanner() {
  const state = useAppState();
  const app = useApp();
  if (state.status === 'reconnecting') {
    return (
      <div class="conn-banner" role="alert" data-testid="connection-lost">
        <span class="spinner" aria-hidden="true" />
        <span>{t('connectionLost')}</span>
      </div>
    );
  }
  if (state.status === 'closed' && state.screen === 'room') {
    return (
      <div class="conn-banner closed" role="alert">
        {'⚠ '}
        {state.errors[SLOT.global] ?? t('connectionLost')}{' '}
        <button type="button" class="btn small" onClick={() => void app.leave()}>
          {t('leave')}
        </button>
      </div>
    );
  }
  return null;
}
