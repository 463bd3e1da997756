import { editionField } from '../components/edition-field';
import { PHASES, ROLES } from '../../../shared/model/ids';
import { parseSettings } from '../../../shared/protocol/room';
import { FACILITATED_TIMERS, UNTIMED_TIMERS } from '../../../shared/protocol/settings';
import { t } from '../i18n';
import { personalityName } from '../model/bots';
import * as cards from '../model/cards';
import { draftFrom, TIMER_OPTIONS, toggleRole, type ConsoleDraft, type TimerChoice } from '../model/console';
import { claimedCount } from '../model/lobby';
import { BOT_MIXES, type BotMix } from '../model/solo';
import type { App } from '../state/port';
import { slot } from '../components/common';
import { projectorCard } from './console-projector';
import { type UiNode } from '../components/dom';
import { mixLabel } from './solo-form';
import { SLOT, type AppState } from '../state/state';

// The host's lobby card: every option of the room, and Start. A change is sent at once (players
// see it) and kept as the form's draft, so a player joining meanwhile does not undo it; Start sends
// the form as it stands, so what is on screen is what the game uses.

function field(id: string, label: string, control: UiNode, hint?: string): UiNode {
  return (
    <div class="field">
      <label for={id}>{label}</label>
      {control}
      {hint ? <p class="hint">{hint}</p> : null}
    </div>
  );
}

function choice(id: string, checked: boolean, label: string, hint: string, onChange: (on: boolean) => void, disabled = false): UiNode {
  const box = (
    <input
      type="checkbox"
      id={id}
      key={id}
      data-key={id}
      data-testid={id}
      checked={checked}
      disabled={disabled}
      onChange={(e) => onChange((e.target as HTMLInputElement).checked)}
    />
  );
  return (
    <div class="field">
      <label class="choice" for={id}>
        {box}
        <span>
          <strong>{label}</strong>
          <br />
          <span class="hint">{hint}</span>
        </span>
      </label>
    </div>
  );
}

function timerSelect(draft: ConsoleDraft, phase: (typeof PHASES)[number], change: (d: ConsoleDraft) => void): UiNode {
  const id = `timer-${phase}`;
  const value = draft.timers[phase];
  const options = TIMER_OPTIONS[phase].map(String);
  if (value !== 'none' && !options.includes(value)) options.push(value);
  const select = (
    <select
      id={id}
      key={id}
      data-key={id}
      data-testid={id}
      value={value}
      onChange={(e) => change({ ...draft, timers: { ...draft.timers, [phase]: (e.target as HTMLSelectElement).value as TimerChoice } })}
    >
      <option value="none">{t('untimedPhase')}</option>
      {options.map((s) => (
        <option value={s}>{Number(s) === 60 ? t('minute1') : Number(s) % 60 === 0 ? t('minutes', { n: Number(s) / 60 }) : t('secondsOpt', { n: s })}</option>
      ))}
    </select>
  );
  return field(id, t('timerFor', { phase: t(`phase_${phase}`) }), select);
}

/** Every clock off (the facilitator paces by hand), or back to the training day's clocks: one click each. */
function clockPresets(draft: ConsoleDraft, change: (d: ConsoleDraft) => void): UiNode {
  const none = PHASES.every((p) => draft.timers[p] === 'none');
  const set = (timers: ConsoleDraft['timers']) => change({ ...draft, timers });
  return (
    <p class="row clock-presets">
      {none ? (
        <button
          type="button"
          class="btn small"
          key="clocks-default"
          data-key="clocks-default"
          data-testid="clocks-default"
          onClick={() => set(timerChoices(FACILITATED_TIMERS))}
        >
          {t('clocksDefault')}
        </button>
      ) : (
        <button
          type="button"
          class="btn small"
          key="clocks-none"
          data-key="clocks-none"
          data-testid="clocks-none"
          onClick={() => set(timerChoices(UNTIMED_TIMERS))}
        >
          {t('clocksNone')}
        </button>
      )}
    </p>
  );
}

function timerChoices(timers: Record<(typeof PHASES)[number], number | null>): ConsoleDraft['timers'] {
  return Object.fromEntries(PHASES.map((p) => [p, timers[p] === null ? 'none' : String(timers[p])])) as ConsoleDraft['timers'];
}

export function hostPanel(state: AppState, app: App): UiNode {
  const info = state.info!;
  const locale = state.locale;
  const settings = parseSettings(info);
  const draft = state.lobbyDraft ?? draftFrom(info);
  const claimed = new Set<string>(info.seats.map((s) => s.role).filter(Boolean));
  const botsPlaying = (settings?.bots ?? []).filter((b) => !claimed.has(b.role));
  const n = claimedCount(info.seats) + botsPlaying.length;
  if (!draft)
    return (
      <section class="card host">
        <p role="status">{t('connecting')}</p>
      </section>
    );
  const change = (next: ConsoleDraft) => app.changeSettings(next);

  const rounds = (
    <select
      id="rounds"
      key="rounds"
      data-key="rounds"
      data-testid="rounds"
      value={String(draft.rounds)}
      onChange={(e) => change({ ...draft, rounds: Number((e.target as HTMLSelectElement).value) })}
    >
      {[1, 2, 3, 4, 5, 6, 7, 8].map((r) => (
        <option value={String(r)}>{String(r)}</option>
      ))}
    </select>
  );
  const mix = (
    <select
      id="bot-mix"
      key="bot-mix"
      data-key="bot-mix"
      data-testid="bot-mix"
      disabled={!draft.fill}
      value={draft.mix}
      onChange={(e) => change({ ...draft, mix: (e.target as HTMLSelectElement).value as BotMix })}
    >
      {BOT_MIXES.map((m) => (
        <option value={m}>{mixLabel(m)}</option>
      ))}
    </select>
  );
  const roles = (
    <fieldset class="field roles-in-play">
      <legend>{t('rolesInPlay')}</legend>
      <p class="hint">{t('rolesInPlayHelp')}</p>
      <div class="role-toggles">
        {ROLES.map((r) => (
          <label class="choice small" for={`role-on-${r}`}>
            <input
              type="checkbox"
              id={`role-on-${r}`}
              key={`role-on-${r}`}
              data-key={`role-on-${r}`}
              data-testid={`role-on-${r}`}
              checked={draft.roles.includes(r)}
              disabled={claimed.has(r)}
              onChange={(e) => change(toggleRole(draft, r, (e.target as HTMLInputElement).checked, claimed))}
            />
            <span>{cards.roleName(r, locale)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );

  return (
    <section
      class="card host console"
      aria-labelledby="h-host"
      data-testid="console"
      // The settings the server holds now (tests wait on it): every phase without a clock.
      data-untimed={String(!!settings && Object.values(settings.timers).every((s) => s === null))}
    >
      <h2 id="h-host">{t('consoleTitle')}</h2>
      <div class="start-row">
        <button type="button" class="btn primary big" key="start" data-key="start" data-testid="start" onClick={() => app.startGame()}>
          {t('startGame')}
        </button>
        {n < 3 ? <p class="hint">{t('needPlayers', { n })}</p> : null}
        {botsPlaying.length ? (
          <p class="hint bot-tag" data-testid="bots-will-play">
            {t('botsWillPlay', { roles: botsPlaying.map((b) => `${cards.roleName(b.role, locale)} (${personalityName(b.personality, locale)})`).join(', ') })}
          </p>
        ) : null}
        {slot(state, SLOT.host)}
      </div>
      {state.welcome?.projectorKey ? projectorCard(state, app) : null}
      <form class="settings" onSubmit={(e) => e.preventDefault()}>
        <h3>{t('consoleOptions')}</h3>
        <p class="hint">{t('consoleOptionsHelp')}</p>
        {field('rounds', t('rounds'), rounds)}
        {editionField(draft.edition, (code) => change({ ...draft, edition: code }), 'edition', 'change')}
        <div class="timers">{PHASES.map((p) => timerSelect(draft, p, change))}</div>
        {clockPresets(draft, change)}
        {roles}
        {choice('fill-bots', draft.fill, t('fillBots'), t('fillBotsHelp'), (on) => change({ ...draft, fill: on }))}
        {field('bot-mix', t('botPersonality'), mix)}
        {choice('anonymous', draft.anonymous, t('rfAnonSetting'), t('rfAnonSettingHelp'), (on) => change({ ...draft, anonymous: on }))}
        {choice('role-swap', draft.roleSwap, t('roleSwapSetting'), t('roleSwapSettingHelp'), (on) => change({ ...draft, roleSwap: on }), draft.rounds < 2)}
      </form>
    </section>
  );
}
