import { editionField } from '../components/edition-field';
import { ROLES, type RoleId } from '../../../shared/model/ids';
import { t, type Key } from '../i18n';
import * as cards from '../model/cards';
import { BOT_MIXES, type BotMix } from '../model/solo';
import type { App } from '../state/port';
import { slot } from '../components/common';
import { type UiNode } from '../components/dom';
import { SLOT, type AppState } from '../state/state';
import { PracticeLazy } from './practice/lazy';

// The start screen's practice card: "Oefenen" opens a short form (role, how the bots play, how many
// partners, rounds) whose Start creates the room, claims the role and starts. Two clicks in all.

export const mixLabel = (m: BotMix): string => t(`personality_${m}` as Key);

export function soloCard(state: AppState, app: App, unfinished: string | null): UiNode {
  const busy = state.busy;
  if (!state.soloOpen) {
    return (
      <div class="card solo" role="group" aria-labelledby="h-solo">
        <h2 id="h-solo">{t('practiseTitle')}</h2>
        <p class="hint">{t('practiseHelp')}</p>
        <div class="actions">
          <button
            type="button"
            class="btn primary"
            disabled={busy}
            key="practise"
            data-key="practise"
            data-testid="practise"
            onClick={() => openForm(app, true)}
          >
            {t('practise')}
          </button>
          {unfinished ? (
            <button
              type="button"
              class="btn"
              disabled={busy}
              key="practise-continue"
              data-key="practise-continue"
              data-testid="practise-continue"
              onClick={() => void app.solo.resume(unfinished)}
            >
              {t('practiseContinue')}
            </button>
          ) : null}
        </div>
        {/* the progress across practice games (loaded on demand) */}
        <PracticeLazy part="progress" />
      </div>
    );
  }
  const c = state.solo;
  const roleSel = (
    <select
      id="solo-role"
      key="solo-role"
      data-key="solo-role"
      data-testid="solo-role"
      value={c.role}
      onChange={(e) => app.solo.choose({ role: (e.target as HTMLSelectElement).value as RoleId | 'random' })}
    >
      <option value="random">{t('soloRandomRole')}</option>
      {ROLES.map((r) => (
        <option value={r}>{cards.roleName(r, state.locale)}</option>
      ))}
    </select>
  );
  const number = (id: string, values: number[], value: number, change: (n: number) => void) => (
    <select id={id} key={id} data-key={id} data-testid={id} value={String(value)} onChange={(e) => change(Number((e.target as HTMLSelectElement).value))}>
      {values.map((n) => (
        <option value={String(n)}>{String(n)}</option>
      ))}
    </select>
  );
  const mixes = (
    <fieldset class="mixes">
      <legend>{t('soloMix')}</legend>
      {BOT_MIXES.map((m) => (
        <label class="choice">
          <input
            type="radio"
            name="solo-mix"
            value={m}
            checked={c.mix === m}
            key={`solo-mix-${m}`}
            data-key={`solo-mix-${m}`}
            data-testid={`solo-mix-${m}`}
            onChange={() => app.solo.choose({ mix: m })}
          />
          <span>
            <strong>{mixLabel(m)}</strong>
            <span class="muted">{` — ${t(`personalityHelp_${m}` as Key)}`}</span>
          </span>
        </label>
      ))}
    </fieldset>
  );
  return (
    <form
      class="card solo open"
      aria-labelledby="h-solo"
      data-testid="solo-form"
      onSubmit={(e) => {
        e.preventDefault();
        void app.solo.start();
      }}
      onKeyDown={(e) => {
        if ((e as KeyboardEvent).key !== 'Escape') return;
        e.preventDefault();
        openForm(app, false);
      }}
    >
      <h2 id="h-solo">{t('soloFormTitle')}</h2>
      <p class="hint">{t('practiseHelp')}</p>
      {/* "Oefen je zwakke plek": the next game chosen for a weak spot */}
      <PracticeLazy part="weak-spot" />
      <div class="field">
        <label for="solo-role">{t('soloRole')}</label>
        {roleSel}
      </div>
      {mixes}
      <div class="solo-numbers">
        <div class="field">
          <label for="solo-seats">{t('soloSeats')}</label>
          {number('solo-seats', [3, 4, 5, 6, 7, 8], c.seats, (n) => app.solo.choose({ seats: n }))}
        </div>
        <div class="field">
          <label for="solo-rounds">{t('soloRounds')}</label>
          {number('solo-rounds', [1, 2, 3, 4, 5, 6], c.rounds, (n) => app.solo.choose({ rounds: n }))}
        </div>
      </div>
      {editionField(c.edition ?? '', (code) => app.solo.choose({ edition: code }))}
      {slot(state, SLOT.home)}
      <div class="actions">
        <button type="submit" class="btn primary big" disabled={busy} key="solo-start" data-key="solo-start" data-testid="solo-start">
          {busy ? t('connecting') : t('soloStart')}
        </button>
        <button type="button" class="btn" key="solo-cancel" data-key="solo-cancel" onClick={() => openForm(app, false)}>
          {t('soloCancel')}
        </button>
      </div>
    </form>
  );
}

/** Open or close the form, and move the keyboard focus with it. */
function openForm(app: App, open: boolean): void {
  app.solo.open(open);
  setTimeout(() => document.querySelector<HTMLElement>(`[data-key="${open ? 'solo-role' : 'practise'}"]`)?.focus(), 0);
}
