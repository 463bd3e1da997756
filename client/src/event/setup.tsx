import { PERSONALITIES } from '../../../shared/bots/types';
import { ROLES, type RoleId } from '../../../shared/model/ids';
import type { EventSettings } from '../../../shared/protocol/event';
import type { Key } from '../i18n';
import { te as t } from '../i18n/event';
import { roleName } from '../model/cards';
import { useEffect } from 'preact/hooks';
import { useEventApp, useEventState } from './context';

// "Ik begeleid een dag": the day's settings, once for all tables, then the console.

const MINUTES = [null, 2, 3, 5, 8, 10, 15];

export function EventSetup() {
  const s = useEventState();
  const app = useEventApp();
  const d = s.draft;
  useEffect(() => void app.loadDays(), [app]);
  const timer = (phase: keyof EventSettings['timers']) => (
    <div class="field">
      <label for={`ev-${phase}`}>{t('evClock', { phase: t(`phase_${phase}` as Key) })}</label>
      <select
        id={`ev-${phase}`}
        value={String(d.timers[phase] === null ? '' : d.timers[phase]! / 60)}
        onChange={(e) => {
          const v = (e.target as HTMLSelectElement).value;
          app.draft({ timers: { ...d.timers, [phase]: v ? Number(v) * 60 : null } });
        }}
      >
        {MINUTES.map((m) => (
          <option key={String(m)} value={m === null ? '' : String(m)}>
            {m === null ? t('evByHand') : t('evMinutes', { n: m })}
          </option>
        ))}
      </select>
    </div>
  );
  const toggleRole = (r: RoleId, on: boolean) => app.draft({ roles: on ? ROLES.filter((x) => x === r || d.roles.includes(x)) : d.roles.filter((x) => x !== r) });
  const check = (id: string, label: string, checked: boolean, set: (v: boolean) => void, hint?: string) => (
    <div class="field check">
      <label>
        <input type="checkbox" id={id} data-testid={id} checked={checked} onChange={(e) => set((e.target as HTMLInputElement).checked)} /> {label}
      </label>
      {hint ? <p class="hint">{hint}</p> : null}
    </div>
  );
  return (
    <main id="main" class="home event-setup">
      <form
        class="card"
        aria-labelledby="ev-setup-h"
        onSubmit={(e) => {
          e.preventDefault();
          void app.create();
        }}
      >
        <h1 id="ev-setup-h">{t('evSetupTitle')}</h1>
        <p class="hint">{t('evSetupHelp')}</p>
        <div class="field">
          <label for="ev-title">{t('evDayTitle')}</label>
          <input id="ev-title" type="text" maxLength={80} value={d.title ?? ''} onInput={(e) => app.draft({ title: (e.target as HTMLInputElement).value || undefined })} />
        </div>
        <div class="ev-grid">
          <div class="field">
            <label for="ev-rounds">{t('rounds')}</label>
            <select id="ev-rounds" data-testid="ev-rounds" value={String(d.rounds)} onChange={(e) => app.draft({ rounds: Number((e.target as HTMLSelectElement).value) })}>
              {[1, 2, 3, 4, 5, 6, 7, 8].map((n) => (
                <option key={n} value={String(n)}>
                  {n}
                </option>
              ))}
            </select>
          </div>
          <div class="field">
            <label for="ev-seats">{t('evSeatsPerTable')}</label>
            <select id="ev-seats" data-testid="ev-seats" value={String(d.seatsPerTable)} onChange={(e) => app.draft({ seatsPerTable: Number((e.target as HTMLSelectElement).value) })}>
              {[3, 4, 5, 6, 7, 8].map((n) => (
                <option key={n} value={String(n)}>
                  {n}
                </option>
              ))}
            </select>
          </div>
          {timer('overleg')}
          {timer('uitvoering')}
        </div>
        <fieldset class="field">
          <legend>{t('evRoles')}</legend>
          <div class="ev-roles">
            {ROLES.map((r) => (
              <label key={r}>
                <input type="checkbox" checked={d.roles.includes(r)} onChange={(e) => toggleRole(r, (e.target as HTMLInputElement).checked)} /> {roleName(r, s.locale)}
              </label>
            ))}
          </div>
        </fieldset>
        <div class="field">
          <label for="ev-bots">{t('evBots')}</label>
          <select id="ev-bots" data-testid="ev-bots" value={d.bots ?? ''} onChange={(e) => app.draft({ bots: ((e.target as HTMLSelectElement).value || null) as EventSettings['bots'] })}>
            <option value="">{t('evNoBots')}</option>
            {PERSONALITIES.map((p) => (
              <option key={p} value={p}>
                {t(`personality_${p}` as Key)}
              </option>
            ))}
          </select>
          <p class="hint">{t('evBotsHelp')}</p>
        </div>
        <fieldset class="field" disabled={d.bots !== null}>
          <legend>{t('evLeftover')}</legend>
          <label>
            <input type="radio" name="ev-leftover" checked={d.leftover === 'share'} onChange={() => app.draft({ leftover: 'share' })} /> {t('evLeftoverShare')}
          </label>
          <label>
            <input type="radio" name="ev-leftover" checked={d.leftover === 'observe'} onChange={() => app.draft({ leftover: 'observe' })} /> {t('evLeftoverObserve')}
          </label>
        </fieldset>
        {check('ev-anon', t('rfAnonSetting'), d.anonymousReflections, (v) => app.draft({ anonymousReflections: v }))}
        {check('ev-second', t('evSecondGame'), d.secondGame, (v) => app.draft({ secondGame: v }), t('evSecondGameHelp'))}
        {check('ev-together', t('evTogether'), d.phasesTogether, (v) => app.draft({ phasesTogether: v }), t('evTogetherHelp'))}
        {s.error ? (
          <p class="error" role="alert">
            {s.error}
          </p>
        ) : null}
        <button type="submit" class="btn primary" data-testid="ev-create" disabled={s.busy}>
          {s.busy ? t('connecting') : t('evCreate')}
        </button>
      </form>
      <MyDays />
    </main>
  );
}

/** Days made on this device: back to their console by the stored key. */
function MyDays() {
  const s = useEventState();
  if (!s.days?.length) return null;
  return (
    <section class="card" aria-labelledby="ev-days-h" data-testid="ev-days">
      <h2 id="ev-days-h">{t('evMyDays')}</h2>
      <ul>
        {s.days.map((x) => (
          <li key={x.code}>
            <a href={`/?event=${x.code}`}>{x.title || t('evDayN', { code: x.code })}</a>{' '}
            <span class="hint">
              {t('evDayWhen', { date: new Date(x.createdAt).toLocaleDateString(s.locale === 'en' ? 'en-GB' : 'nl-NL'), n: x.people })}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
