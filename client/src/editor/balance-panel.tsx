import { useRef, useState } from 'preact/hooks';
import type { Edition } from '../../../shared/edition/format';
import { standardEdition } from '../../../shared/edition/standard';
import type { Locale } from '../../../shared/model/ids';
import { t } from '../i18n';
import { BALANCE_DEFAULT_SEATS, BALANCE_GAMES, BALANCE_SEATS, BALANCE_SEED, type BalanceOptions, type BalancePair, type BalanceReport, type BalanceRunner } from './balance-types';
import { BalanceFigures } from './balance-figures';

// The balance check: the facilitator chooses the table sizes and how many games; one press plays
// the edition (and the standard edition with the same seeds, kept on this device after the first
// time) in a worker, with a progress bar and a stop button; then the figures with the standard's
// beside them and each verdict marked as keeping or breaking the lesson. It warns; it never blocks.

type Run = { state: 'idle' } | { state: 'busy'; done: number; total: number } | { state: 'done'; pair: BalancePair } | { state: 'failed'; reason: string };

const cacheKey = (hash: string, o: BalanceOptions) => `kot.balance.standard.${hash.slice(0, 16)}.${o.seats.join('-')}.${o.games}.${o.seed ?? 1}`;

function cached(storage: Storage | null, key: string): BalanceReport | null {
  try {
    const raw = storage?.getItem(key);
    return raw ? (JSON.parse(raw) as BalanceReport) : null;
  } catch {
    return null;
  }
}

interface Props {
  edition: Edition;
  locale: Locale;
  runner: BalanceRunner;
  canRun: boolean;
  storage: Storage | null;
}

export function BalancePanel({ edition, locale, runner, canRun, storage }: Props) {
  const [run, setRun] = useState<Run>({ state: 'idle' });
  const [seats, setSeats] = useState<number[]>(BALANCE_DEFAULT_SEATS);
  const [games, setGames] = useState(BALANCE_GAMES[1]);
  const stop = useRef<AbortController | null>(null);
  const start = () => {
    const opts: BalanceOptions = { seats, games, seed: BALANCE_SEED };
    const standard = standardEdition(locale);
    const key = cacheKey(standard.hash, opts);
    const known = cached(storage, key);
    const ctl = (stop.current = new AbortController());
    setRun({ state: 'busy', done: 0, total: 1 });
    runner({ edition, standard: known ? null : standard, opts }, (done, total) => setRun({ state: 'busy', done, total }), ctl.signal).then(
      ({ mine, standard: std }) => {
        if (std) {
          try {
            storage?.setItem(key, JSON.stringify(std));
          } catch {
            /* full: computed again next time */
          }
        }
        setRun({ state: 'done', pair: { mine, standard: (std ?? known)! } });
      },
      (err: Error) => setRun(err.message === 'stopped' ? { state: 'idle' } : { state: 'failed', reason: err.message }),
    );
  };
  const busy = run.state === 'busy';
  return (
    <section class="card ed-balance" aria-labelledby="h-ed-balance" data-testid="balance">
      <h2 id="h-ed-balance">{t('edBalance')}</h2>
      <p class="hint">{t('edBalanceHelp')}</p>
      <fieldset class="ed-field" disabled={busy}>
        <legend>{t('edBalanceSeats')}</legend>
        <div class="ed-choices">
          {BALANCE_SEATS.map((n) => (
            <label key={n} class="ed-choice">
              <input type="checkbox" checked={seats.includes(n)} data-seats={n} onChange={(e) => setSeats(BALANCE_SEATS.filter((x) => (x === n ? (e.currentTarget as HTMLInputElement).checked : seats.includes(x))))} /> {n}
            </label>
          ))}
        </div>
      </fieldset>
      <div class="ed-field ed-games">
        <label for="ed-games">{t('edBalanceGames')}</label>
        <select id="ed-games" value={String(games)} disabled={busy} onChange={(e) => setGames(Number((e.currentTarget as HTMLSelectElement).value))}>
          {BALANCE_GAMES.map((n, i) => (
            <option key={n} value={String(n)}>
              {t(i === 0 ? 'edGamesQuick' : i === 1 ? 'edGamesNormal' : 'edGamesThorough', { n })}
            </option>
          ))}
        </select>
      </div>
      <p class="row">
        <button type="button" class="btn" disabled={busy || !canRun || seats.length === 0} onClick={start} data-testid="balance-run">
          {t('edBalanceRun')}
        </button>
        {busy ? (
          <button type="button" class="btn ghost" onClick={() => stop.current?.abort()} data-testid="balance-stop">
            {t('edBalanceStop')}
          </button>
        ) : null}
      </p>
      {busy ? (
        <p class="ed-progress">
          <progress max={run.total} value={run.done} aria-label={t('edBalance')} data-testid="balance-progress" />
          <span role="status">{t('edBalanceBusy', { done: run.done, total: run.total })}</span>
        </p>
      ) : null}
      {run.state === 'failed' ? (
        <p class="warn" role="alert">
          {t('edBalanceFailed', { reason: run.reason })}
        </p>
      ) : null}
      {run.state === 'done' ? <BalanceFigures pair={run.pair} locale={locale} /> : null}
    </section>
  );
}
