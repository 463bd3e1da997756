import { te as t } from '../i18n/event';
import { EVENT_SAY_MAX } from '../../../shared/protocol/constants';
import { ConsoleLobby } from './console-lobby';
import { EventDebriefPanel } from './console-debrief';
import { useEventApp, useEventState } from './context';
import { OnBoard, PhaseLine, Ring, SeatList } from './table-card';
import type { TableOverview } from '../../../shared/protocol/event';
import { loadCredentials } from './net';

// The console of a training day (a 1366×768 laptop): before the start, the people and where they
// sit; during play every table side by side, with the commands for all tables or one, a message to
// everyone and what the event's projector shows; at the end the debrief across tables.

export function EventConsole() {
  const s = useEventState();
  const o = s.overview;
  if (!s.welcome || !o) {
    return (
      <main id="main" class="home">
        <p class="card" role="status">
          {s.error ?? t('connecting')}
        </p>
      </main>
    );
  }
  return (
    <main id="main" class="ev-console" data-testid="event-console">
      <Controls />
      {o.status === 'lobby' ? (
        <ConsoleLobby />
      ) : (
        <section class="ev-tables" aria-label={t('evTablesTitle')} data-testid="ev-tables">
          {o.tables.map((tab) => (
            <TableCard key={tab.code} tab={tab} />
          ))}
        </section>
      )}
      {o.status !== 'lobby' && o.tables.length > 0 && o.tables.every((x) => x.status === 'ended') ? <EventDebriefPanel /> : null}
    </main>
  );
}

function Controls() {
  const s = useEventState();
  const app = useEventApp();
  const o = s.overview!;
  const playing = o.status !== 'lobby';
  const allEnded = playing && o.tables.length > 0 && o.tables.every((x) => x.status === 'ended');
  const projector = `${location.origin}/?event=${s.code}&projector=1#key=${encodeURIComponent(s.welcome!.projectorKey ?? '')}`;
  return (
    <section class="ev-controls" aria-label={t('evControls')}>
      <div class="ev-row">
        {playing ? (
          <>
            <div class="ev-target" role="group" aria-label={t('evFor')}>
              <button type="button" class="btn small" aria-pressed={s.target === 'all'} data-testid="ev-target-all" onClick={() => app.target('all')}>
                {t('evAllTables')}
              </button>
              {o.tables.map((x) => (
                <button key={x.index} type="button" class="btn small" aria-pressed={s.target === x.index} data-testid={`ev-target-${x.index}`} onClick={() => app.target(x.index)}>
                  {t('evTableN', { n: x.index + 1 })}
                </button>
              ))}
            </div>
            <button type="button" class="btn" data-testid="ev-advance" onClick={() => app.forTables('advance')}>
              {t('evNext')}
            </button>
            <button type="button" class="btn" data-testid="ev-pause" onClick={() => app.forTables('pause')}>
              {t('evPause')}
            </button>
            <button type="button" class="btn" data-testid="ev-resume" onClick={() => app.forTables('resume')}>
              {t('evResume')}
            </button>
            <button type="button" class="btn" data-testid="ev-extend" onClick={() => app.forTables('advance', 60)}>
              {t('evPlusMinute')}
            </button>
            <button type="button" class="btn danger" data-testid="ev-end" onClick={() => app.forTables('end')}>
              {t('evEnd')}
            </button>
            <label class="ev-together">
              <input type="checkbox" checked={o.phasesTogether} data-testid="ev-together" onChange={(e) => app.host({ kind: 'phasesTogether', together: (e.target as HTMLInputElement).checked })} /> {t('evTogether')}
            </label>
            {allEnded && o.game === 1 && o.secondGame ? (
              <button type="button" class="btn primary" data-testid="ev-second" onClick={() => app.host({ kind: 'secondGame' })}>
                {t('evSecondGameStart')}
              </button>
            ) : null}
          </>
        ) : (
          <button type="button" class="btn primary" data-testid="ev-start" onClick={() => app.host({ kind: 'start' })}>
            {t('evStart')}
          </button>
        )}
        <a class="btn" href={projector} target="kot-event-projector" rel="noopener" data-testid="ev-open-projector">
          {t('evOpenWall')}
        </a>
      </div>
      <div class="ev-row">
        <form
          class="ev-say"
          onSubmit={(e) => {
            e.preventDefault();
            app.say();
          }}
        >
          <label for="ev-say">{t('evSayLabel')}</label>
          <input id="ev-say" data-testid="ev-say" type="text" maxLength={EVENT_SAY_MAX} value={s.sayDraft} onInput={(e) => app.typed('sayDraft', (e.target as HTMLInputElement).value)} />
          <button type="submit" class="btn small">
            {t('evSaySend')}
          </button>
        </form>
        {playing ? (
          <div class="ev-focus" role="group" aria-label={t('evFocus')}>
            <span>{t('evFocus')}</span>
            <button type="button" class="btn small" aria-pressed={o.focus === null} data-testid="ev-focus-wall" onClick={() => app.host({ kind: 'focus', table: null })}>
              {t('evFocusWall')}
            </button>
            {o.tables.map((x) => (
              <button key={x.index} type="button" class="btn small" aria-pressed={o.focus === x.index} onClick={() => app.host({ kind: 'focus', table: x.index })}>
                {x.index + 1}
              </button>
            ))}
            <button type="button" class="btn small" aria-pressed={o.focus === 'compare'} data-testid="ev-focus-compare" onClick={() => app.host({ kind: 'focus', table: 'compare' })}>
              {t('evFocusCompare')}
            </button>
          </div>
        ) : null}
        <span class="ev-status" role="status" data-testid="ev-status">
          {s.error ? <span class="error">{s.error}</span> : s.note}
        </span>
      </div>
    </section>
  );
}

function TableCard({ tab }: { tab: TableOverview }) {
  const s = useEventState();
  const key = loadCredentials(localStorageOrNull(), s.code ?? '').hostKey ?? '';
  return (
    <article class={`ev-table card${s.target === tab.index ? ' chosen' : ''}`} data-testid={`ev-table-${tab.index}`} aria-labelledby={`ev-t${tab.index}`}>
      <header>
        <h2 id={`ev-t${tab.index}`}>{t('evTableN', { n: tab.index + 1 })}</h2>
        <span class="code-badge">{tab.code}</span>
      </header>
      <p class="ev-phase">
        <PhaseLine tab={tab} />
      </p>
      <div class="ev-main">
        <OnBoard tab={tab} />
        <Ring tab={tab} size={120} />
      </div>
      <p class="hint" data-testid="table-moves">
        {t('evMoves', { n: tab.actions })}
      </p>
      <SeatList tab={tab} />
      {tab.signals.length ? (
        <div class="ev-signals">
          <h3>{t('evSignals')}</h3>
          <ul>
            {tab.signals.slice(0, 3).map((x) => (
              <li key={x.id} class={x.tone}>
                {x.text[s.locale]}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <a class="btn small" href={`/?room=${tab.code}#host=${encodeURIComponent(key)}`} target={`kot-table-${tab.code}`} rel="noopener" data-testid={`ev-open-${tab.index}`}>
        {t('evOpenTable')}
      </a>
    </article>
  );
}

function localStorageOrNull(): Storage | null {
  try {
    return localStorage;
  } catch {
    return null;
  }
}
