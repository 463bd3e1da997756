import type { BalanceFn, FromWorker, ToWorker } from './balance-types';

// The balance check off the page's thread: plays the edition's games and the standard edition's
// with the same seeds, and reports progress as it goes. The engine's `balanceReport` is found by name
// in shared/edition/balance.ts; until that file exists the worker answers 'missing'.

const found = import.meta.glob<{ balanceReport: BalanceFn }>('../../../shared/edition/balance.ts', { eager: true });
const balanceReport = Object.values(found)[0]?.balanceReport;

const post = (msg: FromWorker) => (self as unknown as { postMessage(m: FromWorker): void }).postMessage(msg);

self.onmessage = (e: MessageEvent<ToWorker>) => {
  if (!balanceReport) return post({ type: 'missing' });
  const { edition, standard, opts } = e.data;
  try {
    const per = opts.seats.length * opts.games;
    const mine = balanceReport(edition, opts, (done) => post({ type: 'progress', done, total: 2 * per }));
    const std = balanceReport(standard, opts, (done) => post({ type: 'progress', done: per + done, total: 2 * per }));
    post({ type: 'done', pair: { mine, standard: std } });
  } catch (err) {
    post({ type: 'error', message: err instanceof Error ? err.message : String(err) });
  }
};
