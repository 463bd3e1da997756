import { render } from 'preact';
import { useLayoutEffect } from 'preact/hooks';
import { LOCALES } from '../../../shared/model/ids';
import { te as t } from '../i18n/event';
import { EventConsole } from './console';
import { EventContext, useEventApp, useEventState } from './context';
import { EventApp } from './controller';
import { EventPhone } from './phone';
import { EventSetup } from './setup';
import { EventWall } from './wall';
import './event.css';

// A training day's pages (`/?event=…`): the settings, the console, a participant's phone, the
// event's projector. One Preact tree over the event's own store.

export function startEventPage(root: HTMLElement, endpoint: string, storage: Storage | null): EventApp {
  const app = new EventApp(storage, endpoint);
  render(
    <EventContext.Provider value={app}>
      <EventRoot />
    </EventContext.Provider>,
    root,
  );
  app.start();
  setInterval(() => app.store.tick(Date.now()), 500);
  return app;
}

export function EventRoot() {
  const s = useEventState();
  useLayoutEffect(() => {
    document.documentElement.lang = s.locale;
    document.documentElement.dataset.screen = `event-${s.mode}`;
    document.documentElement.dataset.ready = 'true';
    document.title = s.code ? `${t('evTitle')} · ${s.code}` : t('evTitle');
  });
  return (
    <div class={`event event-${s.mode}`}>
      {s.mode === 'wall' ? null : <EventTop />}
      {s.status === 'reconnecting' ? (
        <div class="conn-banner" role="alert" data-testid="connection-lost">
          <span class="spinner" aria-hidden="true" />
          <span>{t('connectionLost')}</span>
        </div>
      ) : null}
      <SayBanner />
      {s.mode === 'setup' ? <EventSetup /> : s.mode === 'console' ? <EventConsole /> : s.mode === 'wall' ? <EventWall /> : <EventPhone />}
    </div>
  );
}

function EventTop() {
  const s = useEventState();
  const app = useEventApp();
  return (
    <header class="topbar">
      <span class="brand">
        {t('appTitle')}
        {s.code && s.welcome ? <span class="code-badge">{s.code}</span> : null}
      </span>
      <div class="lang" role="group" aria-label={t('language')}>
        {LOCALES.map((l) => (
          <button key={l} type="button" class="lang-btn" lang={l} aria-pressed={s.locale === l} data-testid={`lang-${l}`} onClick={() => app.setLocale(l)}>
            {l.toUpperCase()}
          </button>
        ))}
      </div>
    </header>
  );
}

/** The facilitator's last message, on every screen of the event. */
function SayBanner() {
  const s = useEventState();
  if (!s.say) return null;
  return (
    <div class="event-say" role="status" data-testid="event-say">
      <strong>{t('evSayFrom')}</strong> {s.say.text}
    </div>
  );
}
