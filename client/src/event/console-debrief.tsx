import type { TableResult } from '../../../shared/debrief/event/compare';
import { te as t } from '../i18n/event';
import { useEventApp, useEventState } from './context';

// The debrief across tables, at the end: every table's result and residents-on-board curve on one
// chart, what the tables that kept most residents did differently (with the lesson it points to),
// the two games compared, everyone's reflections; and the export (report, CSV per table and per
// player, JSON), downloaded with the event's key.

const COLOURS = ['#1b6ca8', '#d1495b', '#2e933c', '#edae49', '#7b2d8b', '#00798c', '#8c564b', '#e377c2'];

export function EventDebriefPanel() {
  const s = useEventState();
  const app = useEventApp();
  const d = s.debrief;
  return (
    <section class="card ev-debrief" aria-labelledby="ev-debrief-h" data-testid="ev-debrief">
      <h2 id="ev-debrief-h">{t('evDebriefTitle')}</h2>
      {!d || d.phase === 'error' ? (
        <>
          {d?.phase === 'error' ? <p class="error">{t('evDebriefError')}</p> : null}
          <button type="button" class="btn primary" data-testid="ev-debrief-load" onClick={() => void app.loadDebrief()}>
            {t('evDebriefLoad')}
          </button>
        </>
      ) : d.phase === 'loading' || !d.data ? (
        <p role="status">{t('evLoading')}</p>
      ) : (
        <DebriefBody />
      )}
    </section>
  );
}

function DebriefBody() {
  const s = useEventState();
  const app = useEventApp();
  const x = s.debrief!.data!;
  const db = x.debrief;
  const l = s.locale;
  return (
    <div class="ev-debrief-body">
      <div class="ev-exports" role="group" aria-label={t('evExport')}>
        <button type="button" class="btn small" data-testid="ev-export-report" onClick={() => void app.download('report')}>
          {t('evExportReport')}
        </button>
        <button type="button" class="btn small" data-testid="ev-export-tables" onClick={() => void app.download('tables')}>
          {t('evExportTables')}
        </button>
        <button type="button" class="btn small" data-testid="ev-export-players" onClick={() => void app.download('players')}>
          {t('evExportPlayers')}
        </button>
        <button type="button" class="btn small" data-testid="ev-export-json" onClick={() => void app.download('json')}>
          {t('evExportJson')}
        </button>
      </div>
      <div class="ev-debrief-cols">
        <div>
          <h3>{t('evResults')}</h3>
          <Curves tables={db.tables} />
          <table class="ev-results" data-testid="ev-results">
            <thead>
              <tr>
                <th scope="col">{t('evTable')}</th>
                <th scope="col">{t('evGame')}</th>
                <th scope="col">{t('evOnBoard')}</th>
                <th scope="col">{t('evProjectsHead')}</th>
              </tr>
            </thead>
            <tbody>
              {db.tables.map((r) => (
                <tr key={`${r.index}-${r.game}`} class={db.topTables.includes(r.index) && r.game === 1 ? 'top' : ''}>
                  <th scope="row">
                    <span class="ev-swatch" style={{ background: COLOURS[r.index % COLOURS.length] }} /> {t('evTableN', { n: r.index + 1 })}
                  </th>
                  <td>{r.game}</td>
                  <td>
                    {r.final} / {r.target}
                  </td>
                  <td>{r.projects}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {db.comparison.length ? (
            <>
              <h3>{t('evTwoGames')}</h3>
              <ul>
                {db.comparison.map((c) => (
                  <li key={c.index}>{t('evTwoGamesLine', { n: c.index + 1, first: c.first, second: c.second, target: c.target })}</li>
                ))}
              </ul>
            </>
          ) : null}
        </div>
        <div>
          <h3>{t('evDifferences')}</h3>
          {db.differences.length ? (
            <ul data-testid="ev-differences">
              {db.differences.map((f) => (
                <li key={f.measure}>{f.text[l]}</li>
              ))}
            </ul>
          ) : (
            <p class="hint">{t('evNoDifferences')}</p>
          )}
          <h3>{t('evReflections')}</h3>
          {db.reflections.length ? (
            <ul class="ev-reflections">
              {db.reflections.map((r, i) => (
                <li key={i}>
                  {r.text}
                  {r.author ? <span class="hint"> · {r.author}</span> : null} {r.table >= 0 ? <span class="hint">({t('evTableN', { n: r.table + 1 })})</span> : null}
                </li>
              ))}
            </ul>
          ) : (
            <p class="hint">{t('evNoReflections')}</p>
          )}
        </div>
      </div>
    </div>
  );
}

/** The residents-on-board curve of every table (first game solid, second dashed) on one chart. */
export function Curves({ tables, width = 520, height = 220 }: { tables: TableResult[]; width?: number; height?: number }) {
  const rounds = Math.max(1, ...tables.flatMap((r) => r.curve.map((p) => p.round)));
  const top = Math.max(1, ...tables.flatMap((r) => [r.target, ...r.curve.map((p) => p.onBoard)]));
  const pad = 28;
  const x = (round: number) => pad + ((width - 2 * pad) * round) / rounds;
  const y = (n: number) => height - pad - ((height - 2 * pad) * n) / top;
  const target = tables[0]?.target ?? 0;
  return (
    <svg class="ev-curves" viewBox={`0 0 ${width} ${height}`} role="img" aria-label={t('evCurves')} data-testid="ev-curves">
      <line class="axis" x1={pad} y1={height - pad} x2={width - pad} y2={height - pad} />
      <line class="axis" x1={pad} y1={pad} x2={pad} y2={height - pad} />
      {target ? <line class="goal" x1={pad} y1={y(target)} x2={width - pad} y2={y(target)} /> : null}
      {Array.from({ length: rounds + 1 }, (_, r) => (
        <text key={r} x={x(r)} y={height - 8} text-anchor="middle">
          {r}
        </text>
      ))}
      <text x={6} y={y(top) + 4}>
        {top}
      </text>
      {tables.map((r) => (
        <polyline
          key={`${r.index}-${r.game}`}
          points={[{ round: 0, onBoard: 0 }, ...r.curve].map((p) => `${x(p.round)},${y(p.onBoard)}`).join(' ')}
          stroke={COLOURS[r.index % COLOURS.length]}
          stroke-dasharray={r.game === 2 ? '6 4' : undefined}
        />
      ))}
    </svg>
  );
}
