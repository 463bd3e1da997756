import { t } from '../i18n';
import { loadSession } from '../model/session';
import type { App } from '../state/port';
import { languageSwitch, slot } from '../components/common';
import { frag, h, type UiNode } from '../components/dom';
import { useApp, useAppState } from '../state/context';
import { SLOT, type AppState } from '../state/state';
import { soloCard } from './solo-form';
import { pastScreen } from './past';
import { printKitCard } from '../components/print-kit';

// The start screen: a name, then create a game or join one by its code (prefilled from a join link).

/** The start screen. */
export function HomeScreen(): UiNode {
  return frag(...homeScreen(useAppState(), useApp()));
}

function homeScreen(state: AppState, app: App): (UiNode | null)[] {
  if (state.past) return pastScreen(state, app, state.past);
  const busy = state.busy;
  const fromLink = !!state.codeInput;
  const returning = state.suggestedCode && loadSession(localStorageOrNull(), state.suggestedCode);

  const nameField = h(
    'div',
    { class: 'field' },
    h('label', { for: 'name' }, t('yourName')),
    h('input', {
      id: 'name',
      'data-key': 'name',
      'data-testid': 'name',
      type: 'text',
      maxlength: 24,
      autocomplete: 'nickname',
      value: state.name,
      'aria-describedby': 'name-hint',
      onInput: (e) => app.input('name', (e.target as HTMLInputElement).value),
      // Enter does the main thing on this screen: join the room of the link, or else create one.
      onKeydown: (e) => {
        if ((e as KeyboardEvent).key !== 'Enter') return;
        e.preventDefault();
        void (state.codeInput.trim() ? app.join() : app.create());
      },
    }),
    h('p', { id: 'name-hint', class: 'hint' }, t('nameHint')),
  );

  const join = h(
    'form',
    {
      class: 'card',
      'aria-labelledby': 'h-join',
      onSubmit: (e) => {
        e.preventDefault();
        void app.join();
      },
    },
    h('h2', { id: 'h-join' }, t('joinTitle')),
    h('p', { class: 'hint' }, t('joinHelp')),
    h(
      'div',
      { class: 'field' },
      h('label', { for: 'code' }, t('roomCode')),
      h('input', {
        id: 'code',
        'data-key': 'code',
        'data-testid': 'code',
        class: 'code-input',
        type: 'text',
        inputmode: 'text',
        autocapitalize: 'characters',
        autocomplete: 'off',
        spellcheck: 'false',
        maxlength: 12,
        value: state.codeInput,
        onInput: (e) => app.input('codeInput', (e.target as HTMLInputElement).value),
      }),
    ),
    h('button', { type: 'submit', class: 'btn primary', disabled: busy, 'data-key': 'join', 'data-testid': 'join' }, busy ? t('connecting') : t('join')),
  );

  const create = h(
    'div',
    { class: 'card', role: 'group', 'aria-labelledby': 'h-new' },
    h('h2', { id: 'h-new' }, t('newGameTitle')),
    h(
      'div',
      { class: 'create-choices' },
      h(
        'div',
        { class: 'create-choice' },
        h(
          'button',
          { type: 'button', class: 'btn', disabled: busy, 'data-key': 'facilitate', 'data-testid': 'create-facilitate', onClick: () => void app.facilitate() },
          busy ? t('connecting') : t('createFacilitate'),
        ),
        h('p', { class: 'hint' }, t('createFacilitateHelp')),
      ),
      h(
        'div',
        { class: 'create-choice' },
        h(
          'button',
          { type: 'button', class: 'btn', disabled: busy, 'data-key': 'create', 'data-testid': 'create', onClick: () => void app.create() },
          busy ? t('connecting') : t('createPlay'),
        ),
        h('p', { class: 'hint' }, t('createPlayHelp')),
      ),
      // A training day: many tables under one code, one console (client/src/event).
      h(
        'div',
        { class: 'create-choice' },
        h('a', { class: 'btn', href: '/?event=new', style: 'text-decoration: none', 'data-key': 'event', 'data-testid': 'create-event' }, t('evCreateDay')),
        h('p', { class: 'hint' }, t('evCreateDayHelp')),
      ),
    ),
  );

  const unfinished = fromLink ? null : app.solo.unfinished((code) => !!loadSession(localStorageOrNull(), code));
  const solo = soloCard(state, app, unfinished);

  const back =
    returning && !fromLink && state.suggestedCode !== unfinished
      ? h(
          'button',
          { type: 'button', class: 'btn', 'data-key': 'rejoin', onClick: () => void app.join(state.suggestedCode!) },
          t('rejoin', { code: state.suggestedCode! }),
        )
      : null;

  return [
    h('header', { class: 'topbar' }, h('span', { class: 'brand' }, t('appTitle')), languageSwitch(state, app)),
    h(
      'main',
      { class: 'home', id: 'main' },
      h('div', { class: 'card intro' }, h('h1', null, t('appTitle')), h('p', null, t('tagline')), nameField),
      state.soloOpen ? null : slot(state, SLOT.home),
      slot(state, SLOT.global),
      back,
      // Joining by code first: most people on this screen are players who typed the projector's
      // address on a phone; the facilitator (one per room) scrolls.
      ...(fromLink ? [join, create, solo] : state.soloOpen ? [solo, create, join] : [join, create, solo]),
      fromLink ? null : printKitCard(state.locale),
      fromLink
        ? null
        : h('p', { class: 'past-link' }, h('button', { type: 'button', class: 'btn', 'data-testid': 'past-games', onClick: () => void app.past.open() }, `🗂 ${t('pastOpen')}`)),
    ),
  ];
}

function localStorageOrNull(): Storage | null {
  try {
    return localStorage;
  } catch {
    return null;
  }
}
