import { useState } from 'preact/hooks';
import type { Edition } from '../../../shared/edition/format';
import { standardEdition } from '../../../shared/edition/standard';
import type { Locale } from '../../../shared/model/ids';
import { t } from '../i18n';
import { BALANCE_GAMES, BALANCE_SEATS, BALANCE_SEED, type BalancePair, type BalanceRow, type BalanceRunner } from './balance-types';

// The balance check: one press plays the edition (and the standard edition, with the same seeds) in
// a worker, with a progress bar; then a table of the figures per table size with the standard's
// beside them, and the verdicts marked as keeping or breaking the lesson. It warns; it never blocks.

type Run = { state: 'idle' } | { state: 'busy'; done: number; total: number } | { state: 'done'; pair: BalancePair } | { state: 'failed'; reason: string };

const pct = (x: number) => `${Math.round(x * 100)}%`;

interface Column {
  key: 'edB_verbinder' | 'edB_eigen' | 'edB_target' | 'edB_dilemma' | 'edB_cards' | 'edB_absent';
  value: (r: BalanceRow) => string;
}

const COLUMNS: Column[] = [
  { key: 'edB_verbinder', value: (r) => pct(r.verbinderWin) },
  { key: 'edB_eigen', value: (r) => pct(r.eigenbelangWin) },
  { key: 'edB_target', value: (r) => String(Math.round(r.targetAfterRound1 * 10) / 10) },
  { key: 'edB_dilemma', value: (r) => `${r.dilemma.filter((d) => d.ok).length}/${r.dilemma.length}` },
  { key: 'edB_cards', value: (r) => String(r.cards.filter((c) => c.band !== 'ok').length) },
  { key: 'edB_absent', value: (r) => String(Math.max(0, ...r.absentCost.map((a) => a.cost))) },
];

export function BalancePanel({ edition, locale, runner, canRun }: { edition: Edition; locale: Locale; runner: BalanceRunner; canRun: boolean }) {
  const [run, setRun] = useState<Run>({ state: 'idle' });
  const start = () => {
    setRun({ state: 'busy', done: 0, total: 1 });
    const msg = { edition, standard: standardEdition(locale), opts: { seats: BALANCE_SEATS, games: BALANCE_GAMES, seed: BALANCE_SEED } };
    runner(msg, (done, total) => setRun({ state: 'busy', done, total })).then(
      (pair) => setRun({ state: 'done', pair }),
      (err: Error) => setRun({ state: 'failed', reason: err.message }),
    );
  };
  return (
    <section class="card ed-balance" aria-labelledby="h-ed-balance" data-testid="balance">
      <h2 id="h-ed-balance">{t('edBalance')}</h2>
      <p class="hint">{t('edBalanceHelp')}</p>
      <button type="button" class="btn" disabled={run.state === 'busy' || !canRun} onClick={start} data-testid="balance-run">
        {t('edBalanceRun')}
      </button>
      {run.state === 'busy' ? (
        <p class="ed-progress">
          <progress max={run.total} value={run.done} aria-label={t('edBalance')} />
          <span role="status">{t('edBalanceBusy', { done: run.done, total: run.total })}</span>
        </p>
      ) : null}
      {run.state === 'failed' ? (
        <p class="warn" role="alert">
          {run.reason === 'missing' ? t('edBalanceMissing') : t('edBalanceFailed', { reason: run.reason })}
        </p>
      ) : null}
      {run.state === 'done' ? <Figures pair={run.pair} locale={locale} /> : null}
    </section>
  );
}

function Figures({ pair, locale }: { pair: BalancePair; locale: Locale }) {
  const std = (seats: number) => pair.standard.rows.find((r) => r.seats === seats);
  return (
    <>
      <div class="ed-table-wrap">
        <table class="ed-figures" data-testid="balance-table">
          <thead>
            <tr>
              <th scope="col">{t('edB_seats')}</th>
              {COLUMNS.map((c) => (
                <th key={c.key} scope="col">
                  {t(c.key)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {pair.mine.rows.map((r) => {
              const s = std(r.seats);
              return (
                <tr key={r.seats}>
                  <th scope="row">{r.seats}</th>
                  {COLUMNS.map((c) => (
                    <td key={c.key}>
                      <strong>{c.value(r)}</strong>
                      {s ? <span class="ed-std">{t('edB_standard', { v: c.value(s) })}</span> : null}
                    </td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <h3>{t('edVerdicts')}</h3>
      <ul class="ed-verdicts" data-testid="verdicts">
        {pair.mine.verdicts.map((v) => (
          <li key={v.key} class={v.ok ? 'keep' : 'break'} data-ok={String(v.ok)}>
            <span class="ed-mark">{v.ok ? '✓' : '⚠'}</span> <strong>{t(v.ok ? 'edKeep' : 'edBreak')}:</strong> {v[locale]}
          </li>
        ))}
      </ul>
    </>
  );
}
