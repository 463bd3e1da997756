import { ROLES, type RoleId } from '../../../shared/model/ids';
import { t, type Key } from '../i18n';
import * as cards from '../model/cards';
import { BOT_MIXES, type BotMix } from '../model/solo';
import type { App } from '../state/port';
import { slot } from '../components/common';
import { h, type UiNode } from '../components/dom';
import { SLOT, type AppState } from '../state/state';
import { editionField } from '../components/edition-field';

// The start screen's practice card: "Oefenen" opens a short form (role, how the bots play, how many
// partners, rounds) whose Start creates the room, claims the role and starts. Two clicks in all.

export const mixLabel = (m: BotMix): string => t(`personality_${m}` as Key);

export function soloCard(state: AppState, app: App, unfinished: string | null): UiNode {
  const busy = state.busy;
  if (!state.soloOpen) {
    return h(
      'div',
      { class: 'card solo', role: 'group', 'aria-labelledby': 'h-solo' },
      h('h2', { id: 'h-solo' }, t('practiseTitle')),
      h('p', { class: 'hint' }, t('practiseHelp')),
      h(
        'div',
        { class: 'actions' },
        h('button', { type: 'button', class: 'btn primary', disabled: busy, 'data-key': 'practise', 'data-testid': 'practise', onClick: () => openForm(app, true) }, t('practise')),
        unfinished
          ? h('button', { type: 'button', class: 'btn', disabled: busy, 'data-key': 'practise-continue', 'data-testid': 'practise-continue', onClick: () => void app.solo.resume(unfinished) }, t('practiseContinue'))
          : null,
      ),
    );
  }
  const c = state.solo;
  const roleSel = h(
    'select',
    { id: 'solo-role', 'data-key': 'solo-role', 'data-testid': 'solo-role', value: c.role, onChange: (e) => app.solo.choose({ role: (e.target as HTMLSelectElement).value as RoleId | 'random' }) },
    h('option', { value: 'random' }, t('soloRandomRole')),
    ROLES.map((r) => h('option', { value: r }, cards.roleName(r, state.locale))),
  );
  const number = (id: string, values: number[], value: number, change: (n: number) => void) =>
    h(
      'select',
      { id, 'data-key': id, 'data-testid': id, value: String(value), onChange: (e) => change(Number((e.target as HTMLSelectElement).value)) },
      values.map((n) => h('option', { value: String(n) }, String(n))),
    );
  const mixes = h(
    'fieldset',
    { class: 'mixes' },
    h('legend', null, t('soloMix')),
    BOT_MIXES.map((m) =>
      h(
        'label',
        { class: 'choice' },
        h('input', {
          type: 'radio',
          name: 'solo-mix',
          value: m,
          checked: c.mix === m,
          'data-key': `solo-mix-${m}`,
          'data-testid': `solo-mix-${m}`,
          onChange: () => app.solo.choose({ mix: m }),
        }),
        h('span', null, h('strong', null, mixLabel(m)), h('span', { class: 'muted' }, ` — ${t(`personalityHelp_${m}` as Key)}`)),
      ),
    ),
  );
  return h(
    'form',
    {
      class: 'card solo open',
      'aria-labelledby': 'h-solo',
      'data-testid': 'solo-form',
      onSubmit: (e) => {
        e.preventDefault();
        void app.solo.start();
      },
      onKeydown: (e) => {
        if ((e as KeyboardEvent).key !== 'Escape') return;
        e.preventDefault();
        openForm(app, false);
      },
    },
    h('h2', { id: 'h-solo' }, t('soloFormTitle')),
    h('p', { class: 'hint' }, t('practiseHelp')),
    h('div', { class: 'field' }, h('label', { for: 'solo-role' }, t('soloRole')), roleSel),
    mixes,
    h(
      'div',
      { class: 'solo-numbers' },
      h('div', { class: 'field' }, h('label', { for: 'solo-seats' }, t('soloSeats')), number('solo-seats', [3, 4, 5, 6, 7, 8], c.seats, (n) => app.solo.choose({ seats: n }))),
      h('div', { class: 'field' }, h('label', { for: 'solo-rounds' }, t('soloRounds')), number('solo-rounds', [1, 2, 3, 4, 5, 6], c.rounds, (n) => app.solo.choose({ rounds: n }))),
    ),
    editionField(c.edition ?? '', (code) => app.solo.choose({ edition: code })),
    slot(state, SLOT.home), // a refused start shows here, next to the button
    h(
      'div',
      { class: 'actions' },
      h('button', { type: 'submit', class: 'btn primary big', disabled: busy, 'data-key': 'solo-start', 'data-testid': 'solo-start' }, busy ? t('connecting') : t('soloStart')),
      h('button', { type: 'button', class: 'btn', 'data-key': 'solo-cancel', onClick: () => openForm(app, false) }, t('soloCancel')),
    ),
  );
}

/** Open or close the form, and move the keyboard focus with it. */
function openForm(app: App, open: boolean): void {
  app.solo.open(open);
  setTimeout(() => document.querySelector<HTMLElement>(`[data-key="${open ? 'solo-role' : 'practise'}"]`)?.focus(), 0);
}
