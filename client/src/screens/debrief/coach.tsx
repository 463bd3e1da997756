import { useEffect, useState } from 'preact/hooks';
import type { Personality } from '../../../../shared/bots/types';
import type { Coach, CoachDecision } from '../../../../shared/coach/types';
import type { Locale } from '../../../../shared/model/ids';
import { summarize } from '../../../../shared/practice/summarize';
import type { GameRecord } from '../../../../shared/rules/types';
import { runCoach, type CoachShown } from '../../coach/run';
import { t, type Key } from '../../i18n';
import { rememberGame } from '../../model/practice';
import { takePracticeFocus } from '../../model/practice-focus';
import { PracticeLazy } from '../practice/lazy';
import '../../coach.css';

// The coach's screen after a solo game: the 3–5 decisions that mattered most, each with what
// happened next and what another choice would likely have done, measured by replays in a worker
// (a progress bar meanwhile). When it is done, the game's summary joins the progress on this device.

export interface CoachRunState {
  phase: 'running' | 'done' | 'error';
  done: number;
  total: number;
  coach: Coach | null;
  /** The coach's sentences per decision, in both languages. */
  lines: CoachShown['lines'] | null;
  saved: boolean;
}

type Store = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;
const storage = (): Store | null => {
  try {
    return localStorage;
  } catch {
    return null;
  }
};

/** The coach for one finished solo game, run once per game (and again on "Probeer opnieuw"). */
export function CoachPanel({ record, seat, bots, endedAt, locale }: { record: GameRecord; seat: number; bots: { role: string; personality: Personality }[]; endedAt: number; locale: Locale }) {
  const [run, setRun] = useState<CoachRunState>({ phase: 'running', done: 0, total: 0, coach: null, lines: null, saved: false });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    setRun({ phase: 'running', done: 0, total: 0, coach: null, lines: null, saved: false });
    const bySeat: Partial<Record<number, Personality>> = {};
    for (const b of bots) if (record.config.roles.indexOf(b.role as never) >= 0) bySeat[record.config.roles.indexOf(b.role as never)] = b.personality;
    let job: ReturnType<typeof runCoach>;
    try {
      job = runCoach(record, { seat, bots: bySeat }, (done, total) => setRun((r) => ({ ...r, done, total })));
    } catch {
      setRun((r) => ({ ...r, phase: 'error' }));
      return;
    }
    let live = true;
    job.result.then(
      ({ coach, lines }) => {
        if (!live) return;
        const store = storage();
        const summary = summarize(record, { seat, at: new Date(endedAt).toISOString(), themes: coach.themes, focus: takePracticeFocus(store) });
        const saved = rememberGame(store, summary);
        setRun((r) => ({ ...r, phase: 'done', coach, lines, saved }));
      },
      () => live && setRun((r) => ({ ...r, phase: 'error' })),
    );
    return () => {
      live = false;
      job.stop();
    };
  }, [record, seat, attempt]);
  return <CoachView run={run} locale={locale} onRetry={() => setAttempt((n) => n + 1)} />;
}

const VERDICT_KEY: Record<CoachDecision['verdict'], Key> = { better: 'coBetter', worse: 'coWorse', same: 'coSame' };

/** What the coach shows, from its state: pure, for tests. */
export function CoachView({ run, locale, onRetry }: { run: CoachRunState; locale: Locale; onRetry?: () => void }) {
  return (
    <section class="panel db-panel db-coach" aria-labelledby="h-db-coach" data-testid="coach" data-phase={run.phase}>
      <h2 id="h-db-coach">{t('coTitle')}</h2>
      <p class="hint">{t('coHelp')}</p>
      {run.phase === 'running' ? (
        <div class="coach-busy" role="status" data-testid="coach-busy">
          <p>{run.total > 0 ? t('coBusy', { done: run.done, total: run.total }) : t('coBusyStart')}</p>
          <progress max={Math.max(1, run.total)} value={run.done} aria-label={t('coTitle')} />
        </div>
      ) : null}
      {run.phase === 'error' ? (
        <p class="err" role="status">
          {t('coFailed')}{' '}
          <button type="button" class="btn small" onClick={onRetry}>
            {t('coRetry')}
          </button>
        </p>
      ) : null}
      {run.phase === 'done' && run.coach && run.lines ? <Decisions coach={run.coach} lines={run.lines[locale]} /> : null}
      {run.phase === 'done' && run.saved ? (
        <p class="hint no-print" data-testid="coach-saved">
          {t('coSaved')}
        </p>
      ) : null}
      {run.phase === 'done' ? <PracticeLazy part="progress" /> : null}
    </section>
  );
}

function Decisions({ coach, lines }: { coach: Coach; lines: CoachShown['lines'][Locale] }) {
  if (coach.decisions.length === 0) return <p class="muted">{t('coNone')}</p>;
  return (
    <ol class="coach-decisions" data-testid="coach-decisions">
      {coach.decisions.map((d, i) => {
        const x = lines[i];
        const mixed = d.effect.split.better > 0 && d.effect.split.worse > 0;
        return (
          <li key={`${d.rule}:${d.at}`} class={`coach-decision ${d.verdict}`} data-rule={d.rule} data-verdict={d.verdict}>
            <h3>
              <span class="tag">{t('coRound', { n: d.round })}</span> {x.choice}
            </h3>
            <dl>
              <dt>{t('coNext')}</dt>
              <dd>{x.next}</dd>
              <dt>{t('coInstead')}</dt>
              <dd>{x.instead}</dd>
              <dt>
                {t('coMeasured')} <span class={`badge ${d.verdict === 'better' ? 'gap' : 'ok'}`}>{t(VERDICT_KEY[d.verdict])}</span>
              </dt>
              <dd data-testid="coach-effect">{x.effect}</dd>
              {mixed ? (
                <dd class="coach-mixed" data-testid="coach-mixed">
                  ⚠ {t('coMixed')}
                </dd>
              ) : null}
            </dl>
          </li>
        );
      })}
    </ol>
  );
}
