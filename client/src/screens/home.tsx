import { t } from '../i18n';
import { loadSession } from '../net/session';
import type { App } from '../state/port';
import { languageSwitch, slot } from '../components/common';
import type { UiNode } from '../components/dom';
import { useApp, useAppState } from '../state/context';
import { SLOT, type AppState } from '../state/state';
import { soloCard } from './solo-form';
import { pastScreen } from './past';
import { printKitCard } from '../components/print-kit';
import { editionCard } from '../components/edition-link';

// The start screen: a name, then create a game or join one by its code (prefilled from a join link).

/** The start screen. */
export function HomeScreen(): UiNode {
  return <>{homeScreen(useAppState(), useApp())}</>;
}

function homeScreen(state: AppState, app: App): (UiNode | null)[] {
  if (state.past) return pastScreen(state, app, state.past);
  const busy = state.busy;
  const fromLink = !!state.codeInput;
  const returning = state.suggestedCode && loadSession(localStorageOrNull(), state.suggestedCode);

  const nameField = (
    <div class="field">
      <label for="name">{t('yourName')}</label>
      <input
        id="name"
        key="name"
        data-key="name"
        data-testid="name"
        type="text"
        maxlength={24}
        autocomplete="nickname"
        value={state.name}
        aria-describedby="name-hint"
        onInput={(e) => app.input('name', (e.target as HTMLInputElement).value)}
        // Enter does the main thing on this screen: join the room of the link, or else create one.
        onKeyDown={(e) => {
          if ((e as KeyboardEvent).key !== 'Enter') return;
          e.preventDefault();
          void (state.codeInput.trim() ? app.join() : app.create());
        }}
      />
      <p id="name-hint" class="hint">
        {t('nameHint')}
      </p>
    </div>
  );

  const join = (
    <form
      class="card"
      aria-labelledby="h-join"
      onSubmit={(e) => {
        e.preventDefault();
        void app.join();
      }}
    >
      <h2 id="h-join">{t('joinTitle')}</h2>
      <p class="hint">{t('joinHelp')}</p>
      <div class="field">
        <label for="code">{t('roomCode')}</label>
        <input
          id="code"
          key="code"
          data-key="code"
          data-testid="code"
          class="code-input"
          type="text"
          inputmode="text"
          autocapitalize="characters"
          autocomplete="off"
          spellcheck={false}
          maxlength={12}
          value={state.codeInput}
          onInput={(e) => app.input('codeInput', (e.target as HTMLInputElement).value)}
        />
      </div>
      <button type="submit" class="btn primary" disabled={busy} key="join" data-key="join" data-testid="join">
        {busy ? t('connecting') : t('join')}
      </button>
    </form>
  );

  const create = (
    <div class="card" role="group" aria-labelledby="h-new">
      <h2 id="h-new">{t('newGameTitle')}</h2>
      <div class="create-choices">
        <div class="create-choice">
          <button
            type="button"
            class="btn"
            disabled={busy}
            key="facilitate"
            data-key="facilitate"
            data-testid="create-facilitate"
            onClick={() => void app.facilitate()}
          >
            {busy ? t('connecting') : t('createFacilitate')}
          </button>
          <p class="hint">{t('createFacilitateHelp')}</p>
        </div>
        <div class="create-choice">
          <button type="button" class="btn" disabled={busy} key="create" data-key="create" data-testid="create" onClick={() => void app.create()}>
            {busy ? t('connecting') : t('createPlay')}
          </button>
          <p class="hint">{t('createPlayHelp')}</p>
        </div>
        {/* A training day: many tables under one code, one console (client/src/event). */}
        <div class="create-choice">
          <a class="btn" href="/?event=new" style={{ textDecoration: 'none' }} data-key="event" data-testid="create-event">
            {t('evCreateDay')}
          </a>
          <p class="hint">{t('evCreateDayHelp')}</p>
        </div>
      </div>
    </div>
  );

  const unfinished = fromLink ? null : app.solo.unfinished((code) => !!loadSession(localStorageOrNull(), code));
  const solo = soloCard(state, app, unfinished);

  const back =
    returning && !fromLink && state.suggestedCode !== unfinished ? (
      <button type="button" class="btn" key="rejoin" data-key="rejoin" onClick={() => void app.join(state.suggestedCode!)}>
        {t('rejoin', { code: state.suggestedCode! })}
      </button>
    ) : null;

  return [
    <header class="topbar">
      <span class="brand">{t('appTitle')}</span>
      {languageSwitch(state, app)}
    </header>,
    <main class="home" id="main">
      <div class="card intro">
        <h1>{t('appTitle')}</h1>
        <p>{t('tagline')}</p>
        {nameField}
      </div>
      {state.soloOpen ? null : slot(state, SLOT.home)}
      {slot(state, SLOT.global)}
      {back}
      {/* Joining by code first: most people on this screen are players who typed the projector's */}
      {/* address on a phone; the facilitator (one per room) scrolls. */}
      {fromLink ? [join, create, solo] : state.soloOpen ? [solo, create, join] : [join, create, solo]}
      {fromLink ? null : printKitCard(state.locale)}
      {fromLink ? null : editionCard()}
      {fromLink ? null : (
        <p class="past-link">
          <button type="button" class="btn" data-testid="past-games" onClick={() => void app.past.open()}>{`🗂 ${t('pastOpen')}`}</button>
        </p>
      )}
    </main>,
  ];
}

function localStorageOrNull(): Storage | null {
  try {
    return localStorage;
  } catch {
    return null;
  }
}
