import type { Locale } from '../../../shared/model/ids';
import { t } from '../i18n';
import type { BalancePair, BalanceRow } from './balance-types';

// The balance check's answer: per table size the figures, the standard edition's beside each; then
// every verdict, marked as keeping or breaking the game's lesson.

const pct = (x: number) => `${Math.round(x * 100)}%`;

interface Column {
  key: 'edB_verbinder' | 'edB_eigen' | 'edB_target' | 'edB_dilemma' | 'edB_cards' | 'edB_absent';
  value: (r: BalanceRow) => string;
}

const COLUMNS: Column[] = [
  { key: 'edB_verbinder', value: (r) => pct(r.verbinderWin) },
  { key: 'edB_eigen', value: (r) => pct(r.eigenbelangWin) },
  { key: 'edB_target', value: (r) => pct(r.targetAfterRound1) },
  { key: 'edB_dilemma', value: (r) => `${r.dilemma.filter((d) => d.ok).length}/${r.dilemma.length}` },
  { key: 'edB_cards', value: (r) => `${r.cards.filter((c) => c.band !== 'ok').length}/${r.cards.length}` },
  { key: 'edB_absent', value: (r) => pct(Math.max(0, ...r.absentCost.map((a) => a.cost))) },
];

export function BalanceFigures({ pair, locale }: { pair: BalancePair; locale: Locale }) {
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
        {pair.mine.verdicts.map((v, i) => (
          <li key={`${v.key}-${v.seats}-${i}`} class={v.ok ? 'keep' : 'break'} data-ok={String(v.ok)}>
            <span class="ed-mark">{v.ok ? '✓' : '⚠'}</span> <strong>{t(v.ok ? 'edKeep' : 'edBreak')}</strong> ({t('edVerdictSeats', { n: v.seats })}): {v[locale]}
          </li>
        ))}
      </ul>
    </>
  );
}
