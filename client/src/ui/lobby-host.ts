import { parseSettings } from '../../../shared/protocol/room';
import { t } from '../i18n';
import { personalityName } from '../model/bots';
import * as cards from '../model/cards';
import { claimedCount } from '../model/lobby';
import { BOT_MIXES, mixOf, type BotMix } from '../model/solo';
import type { App } from './app';
import { slot } from './common';
import { h } from './dom';
import { mixLabel } from './solo';
import { SLOT, type AppState } from './state';

// The host's lobby card: rounds, the Overleg clock, bots for the empty roles, and Start. What the
// host changes is kept as a draft until saved, so a player joining meanwhile does not undo it.

export function hostPanel(state: AppState, app: App): HTMLElement {
  const info = state.info!;
  const locale = state.locale;
  const settings = parseSettings(info);
  const bots = settings?.bots ?? [];
  const claimedRoles = new Set(info.seats.map((s) => s.role));
  const botsPlaying = bots.filter((b) => !claimedRoles.has(b.role));
  const n = claimedCount(info.seats) + botsPlaying.length;
  const overleg = settings?.timers.overleg ?? null;
  const draft = state.lobbyDraft ?? {
    rounds: settings?.rounds ?? 4,
    timer: overleg === null ? 'none' : String(overleg),
    fill: bots.length > 0,
    mix: bots.length ? mixOf(bots) : ('surprise' as BotMix),
    anonymous: settings?.anonymousReflections ?? false,
  };
  const remember = () => {
    state.lobbyDraft = { rounds: Number(roundsSel.value), timer: timerSel.value, fill: fillBox.checked, mix: mixSel.value as BotMix, anonymous: anonBox.checked };
    mixSel.disabled = !fillBox.checked;
  };
  const roundsSel = h(
    'select',
    { id: 'rounds', 'data-key': 'rounds', 'data-testid': 'rounds', onChange: remember },
    [1, 2, 3, 4, 5, 6].map((r) => h('option', { value: r, selected: draft.rounds === r }, String(r))),
  );
  const timerSel = h(
    'select',
    { id: 'timer', 'data-key': 'timer', 'data-testid': 'timer', onChange: remember },
    h('option', { value: 'none', selected: draft.timer === 'none' }, t('byHand')),
    [120, 240, 360].map((s) => h('option', { value: s, selected: draft.timer === String(s) }, t('minutes', { n: s / 60 }))),
  );
  const fillBox = h('input', { type: 'checkbox', id: 'fill-bots', 'data-key': 'fill-bots', 'data-testid': 'fill-bots', checked: draft.fill, onChange: remember });
  const anonBox = h('input', { type: 'checkbox', id: 'anonymous', 'data-key': 'anonymous', 'data-testid': 'anonymous', checked: !!draft.anonymous, onChange: remember });
  const mixSel = h(
    'select',
    { id: 'bot-mix', 'data-key': 'bot-mix', 'data-testid': 'bot-mix', disabled: !draft.fill, onChange: remember },
    BOT_MIXES.map((m) => h('option', { value: m, selected: draft.mix === m }, mixLabel(m))),
  );
  return h(
    'section',
    { class: 'card host', 'aria-labelledby': 'h-host' },
    h('h2', { id: 'h-host' }, t('hostTitle')),
    h(
      'form',
      {
        class: 'settings',
        onSubmit: (e) => {
          e.preventDefault();
          const secs = timerSel.value === 'none' ? null : Number(timerSel.value);
          app.configure(Number(roundsSel.value), secs, fillBox.checked ? (mixSel.value as BotMix) : null, anonBox.checked);
        },
      },
      h('div', { class: 'field' }, h('label', { for: 'rounds' }, t('rounds')), roundsSel),
      h('div', { class: 'field' }, h('label', { for: 'timer' }, t('overlegTimer')), timerSel),
      h(
        'div',
        { class: 'field bots-field' },
        h('label', { class: 'choice', for: 'fill-bots' }, fillBox, h('span', null, h('strong', null, t('fillBots')), h('br'), h('span', { class: 'hint' }, t('fillBotsHelp')))),
      ),
      h('div', { class: 'field' }, h('label', { for: 'bot-mix' }, t('botPersonality')), mixSel),
      h('div', { class: 'field' }, h('label', { class: 'choice', for: 'anonymous' }, anonBox, h('span', null, h('strong', null, t('rfAnonSetting')), h('br'), h('span', { class: 'hint' }, t('rfAnonSettingHelp'))))),
      h('button', { type: 'submit', class: 'btn', 'data-key': 'save-settings', 'data-testid': 'save-settings' }, t('saveSettings')),
    ),
    botsPlaying.length
      ? h(
          'p',
          { class: 'hint bot-tag', 'data-testid': 'bots-will-play' },
          t('botsWillPlay', { roles: botsPlaying.map((b) => `${cards.roleName(b.role, locale)} (${personalityName(b.personality, locale)})`).join(', ') }),
        )
      : null,
    n < 3 ? h('p', { class: 'hint' }, t('needPlayers', { n })) : null,
    h('button', { type: 'button', class: 'btn primary big', 'data-key': 'start', 'data-testid': 'start', onClick: () => app.startGame() }, t('startGame')),
    slot(state, SLOT.host),
  );
}
