import type { ReflectionItem } from '../../../shared/protocol/reflections';
import type { ProjectorView } from '../../../shared/view/types';
import { t, type Key } from '../i18n';
import { formatLogEntry } from '../model/log';
import type { PastGame } from '../model/past';
import { questionsVM } from '../model/reflections';
import type { App } from '../state/port';
import { languageSwitch, section } from '../components/common';
import { type UiNode } from '../components/dom';
import { eventPanel, personasPanel, projectsPanel } from '../components/panels-table';
import type { PastState } from '../state/state';
import type { AppState } from '../state/state';

// "Eerdere spellen": the facilitator's finished games, one game's report, and its replay: a slider
// through the record with the table as the projector showed it at that step (read-only).

type Open = NonNullable<PastState['open']>;

export function pastScreen(state: AppState, app: App, past: PastState): (UiNode | null)[] {
  return [
    <header class="topbar">
      <span class="brand">{t('appTitle')}</span>
      {languageSwitch(state, app)}
    </header>,
    <main id="main" class="past" data-testid="past">
      {past.open ? report(state, app, past.open) : list(state, app, past)}
    </main>,
  ];
}

function date(ms: number | null, locale: string): string {
  return ms === null ? '—' : new Date(ms).toLocaleString(locale === 'nl' ? 'nl-NL' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' });
}

function list(state: AppState, app: App, past: PastState): UiNode {
  return (
    <section class="card past-list" aria-labelledby="h-past">
      <h1 id="h-past">{t('pastTitle')}</h1>
      <p class="hint">{t('pastHelp')}</p>
      <button type="button" class="btn" data-testid="past-close" onClick={() => app.past.close()}>{`← ${t('pastBack')}`}</button>
      {past.phase === 'loading' ? (
        <p role="status">{t('pastLoading')}</p>
      ) : past.phase === 'error' ? (
        <p class="error" role="alert">
          {t('pastError')}
        </p>
      ) : past.games.length === 0 ? (
        <p class="muted" data-testid="past-none">
          {t('pastNone')}
        </p>
      ) : (
        <ul class="past-games" data-testid="past-games">
          {past.games.map((g) => gameItem(state, app, g))}
        </ul>
      )}
    </section>
  );
}

function resultLine(g: PastGame): string {
  if (!g.result) return '';
  return t(g.result.won ? 'pastWon' : 'pastLost', { n: g.result.onBoard, target: g.result.target });
}

function gameItem(state: AppState, app: App, g: PastGame): UiNode {
  return (
    <li class="past-game" data-code={g.code}>
      <h2>{t('pastGame', { code: g.code })}</h2>
      <p>{t('pastWhen', { date: date(g.endedAt ?? g.createdAt, state.locale) })}</p>
      <p>{t('pastPlayers', { names: g.players.join(', ') || '—' })}</p>
      {g.result ? (
        <p class={g.result.won ? 'ok' : 'muted'}>
          {g.result.won ? '★ ' : '✕ '}
          {resultLine(g)}
        </p>
      ) : null}
      <button type="button" class="btn primary" data-testid={`past-open-${g.code}`} onClick={() => void app.past.report(g)}>
        {t('pastReport')}
      </button>
    </li>
  );
}

function report(state: AppState, app: App, open: Open): (UiNode | null)[] {
  const head = (
    <div class="card past-head">
      <h1>{t('pastGame', { code: open.game.code })}</h1>
      <p>{t('pastWhen', { date: date(open.game.endedAt ?? open.game.createdAt, state.locale) })}</p>
      <div class="row wrap no-print">
        <button type="button" class="btn" data-testid="past-back" onClick={() => app.past.back()}>{`← ${t('pastList')}`}</button>
      </div>
    </div>
  );
  if (open.phase !== 'ready' || !open.data || !open.view) {
    return [
      head,
      open.phase === 'error' ? (
        <p class="card error" role="alert">
          {t('pastError')}
        </p>
      ) : (
        <p class="card" role="status">
          {t('pastLoading')}
        </p>
      ),
    ];
  }
  const data = open.data;
  const names = (seat: number) => open.game.players[seat] || `#${seat + 1}`;
  const ui = app.past.ui;
  const sections = ui ? ui.debriefSections(state, app, open.final ?? open.view, data, names) : [];
  return [head, replayPanel(state, app, open, names), answersPanel(state, data.reflections ?? [], data), ...sections];
}

function replayPanel(state: AppState, app: App, open: Open, names: (seat: number) => string): UiNode {
  const v = open.view!;
  const n = open.data!.record.actions.length;
  const at = open.step === 0 ? t('pastStart') : t('pastAt', { round: v.round, rounds: v.rounds, phase: t(`phase_${v.phase}` as Key) });
  const slider = (
    <input
      type="range"
      id="replay-step"
      min={0}
      max={n}
      step={1}
      value={open.step}
      key="replay-step"
      data-key="replay-step"
      data-testid="replay-slider"
      aria-valuetext={`${t('pastStep', { k: open.step, n })}: ${at}`}
      // change: once per keyboard step, and when a drag ends (the screen is drawn anew each time).
      onChange={(e) => app.past.step(Number((e.target as HTMLInputElement).value))}
    />
  );
  return (
    <section class="panel replay" aria-labelledby="h-replay" data-testid="replay">
      <h2 id="h-replay">{t('pastReplay')}</h2>
      <p class="replay-at" data-testid="replay-at" data-round={v.round} data-phase={v.phase} data-step={open.step} role="status">
        <strong>{at}</strong>
        {` · ${t('pastStep', { k: open.step, n })}`}
      </p>
      <div class="replay-controls no-print">
        <button type="button" class="btn small" data-testid="replay-prev" disabled={open.step === 0} onClick={() => app.past.step(open.step - 1)}>
          {`‹ ${t('pastPrev')}`}
        </button>
        <label for="replay-step" class="sr-only">
          {t('pastStepLabel')}
        </label>
        {slider}
        <button type="button" class="btn small" data-testid="replay-next" disabled={open.step === n} onClick={() => app.past.step(open.step + 1)}>
          {`${t('pastNext')} ›`}
        </button>
      </div>
      <div class="replay-board">
        {eventPanel(state, v)}
        {projectsPanel(state, app, v)}
        {personasPanel(state, app, v)}
        {replayLog(state, v, names)}
      </div>
    </section>
  );
}

function replayLog(state: AppState, v: ProjectorView, names: (seat: number) => string): UiNode {
  const ctx = { locale: state.locale, me: null, seatName: names };
  const lines = v.log.slice(-30).reverse();
  return section(
    t('log'),
    'replay-log',
    <ol class="log" data-testid="replay-log" reversed tabindex={0} aria-labelledby="h-replay-log">
      {lines.map((e) => (
        <li>{formatLogEntry(e, ctx)}</li>
      ))}
    </ol>,
  );
}

function answersPanel(state: AppState, items: ReflectionItem[], data: NonNullable<Open['data']>): UiNode | null {
  if (items.length === 0) return null;
  const questions = questionsVM(data.debrief, items, state.locale).filter((q) => q.answers.length > 0);
  return (
    <section class="panel reflections" aria-labelledby="h-past-answers" data-testid="past-reflections">
      <h2 id="h-past-answers">{t('pastReflections')}</h2>
      {questions.map((q) => (
        <article class="question">
          <h3>{q.title}</h3>
          <p class="prompt">{q.prompt}</p>
          <ul class="answers">
            {q.answers.map((a) => (
              <li class="answer">
                <span class="text">{a.text}</span>
                {a.author ? <span class="author">{` — ${a.author}`}</span> : null}
              </li>
            ))}
          </ul>
        </article>
      ))}
    </section>
  );
}
