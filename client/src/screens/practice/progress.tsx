import type { History } from '../../../../shared/practice/history';
import { progressOf, type Trend } from '../../../../shared/practice/progress';
import type { Locale } from '../../../../shared/model/ids';
import { t, type Key } from '../../i18n';
import * as cards from '../../model/cards';
import { themeKey } from '../../model/practice';

// The progress view across solo games: each game's result and interest points, the share of points
// early and late, and the coach's themes over time (one mark per game, and whether a habit fades).
// Narrow on purpose: it reads on a phone as well as on a laptop.

const TREND: Record<Trend, Key> = { less: 'prgLess', same: 'prgSameTrend', more: 'prgMore' };

export function ProgressView({ history, skipped = 0, locale }: { history: History; skipped?: number; locale: Locale }) {
  const p = progressOf(history);
  const date = (at: string) => new Date(at).toLocaleDateString(locale === 'nl' ? 'nl-NL' : 'en-GB', { day: 'numeric', month: 'short' });
  return (
    <section class="progress-view" aria-labelledby="h-progress" data-testid="progress-view">
      <h2 id="h-progress">{t('prgTitle')}</h2>
      <p class="hint">{t('prgHelp')}</p>
      {skipped > 0 ? <p class="muted">{t('prgSkipped', { n: skipped })}</p> : null}
      {p.games === 0 ? (
        <p class="muted" data-testid="progress-empty">
          {t('prgEmpty')}
        </p>
      ) : (
        <>
          <p data-testid="progress-summary">
            <strong>{p.games === 1 ? t('prgGames1', { wins: p.wins }) : t('prgGames', { n: p.games, wins: p.wins })}</strong>
            <br />
            {t('prgShare', { first: Math.round(p.pointsShare.first * 100), last: Math.round(p.pointsShare.last * 100) })}
          </p>
          <div class="table-scroll">
            <table class="db-table progress-games" data-testid="progress-games">
              <caption class="sr-only">{t('prgTitle')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('prgGame')}</th>
                  <th scope="col">{t('prgResult')}</th>
                  <th scope="col">{t('prgPoints')}</th>
                </tr>
              </thead>
              <tbody>
                {p.byGame.map((g, i) => (
                  <tr key={`${g.at}:${i}`} class={g.won ? 'won' : 'lost'}>
                    <th scope="row">
                      {i + 1} <span class="muted">{date(g.at)}</span>
                      <br />
                      <span class="muted">{cards.roleName(history.games[i].role, locale)}</span>
                    </th>
                    <td>
                      {g.won ? '★ ' : '✕ '}
                      {g.onBoard}/{g.target} {t(g.won ? 'prgWon' : 'prgLost')}
                    </td>
                    <td>
                      <span class="points-bar" style={{ '--share': `${g.maxPoints ? Math.round((g.points / g.maxPoints) * 100) : 0}%` }} aria-hidden="true" />
                      {g.points}/{g.maxPoints}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <h3>{t('prgThemes')}</h3>
          {p.themes.length === 0 ? (
            <p class="muted">{t('prgNoThemes')}</p>
          ) : (
            <ul class="progress-themes" data-testid="progress-themes">
              {p.themes.map((line) => (
                <li key={line.theme} data-theme={line.theme} data-trend={line.trend}>
                  <span class="theme-name">{t(themeKey(line.theme) as Key)}</span>
                  <span class="theme-marks" aria-hidden="true">
                    {line.byGame.map((x) => (x ? '●' : '○')).join(' ')}
                  </span>
                  <span class={`tag trend-${line.trend}`}>
                    {line.byGame.reduce((n, x) => n + x, 0)}/{line.byGame.length} · {t(TREND[line.trend])}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
