import { balanceReport } from '../../../shared/edition/balance';
import type { FromWorker, ToWorker } from './balance-types';

// The balance check off the page's thread: plays the edition's games (and the standard edition's,
// with the same seeds, unless the page has them already) and reports progress as it goes.

const post = (msg: FromWorker) => (self as unknown as { postMessage(m: FromWorker): void }).postMessage(msg);

self.onmessage = (e: MessageEvent<ToWorker>) => {
  const { edition, standard, opts } = e.data;
  try {
    const parts = standard ? 2 : 1;
    let total = 0;
    const mine = balanceReport(edition, opts, (done, all) => post({ type: 'progress', done, total: (total = all) * parts }));
    const std = standard ? balanceReport(standard, opts, (done, all) => post({ type: 'progress', done: total + done, total: all * 2 })) : null;
    post({ type: 'done', mine, standard: std });
  } catch (err) {
    post({ type: 'error', message: err instanceof Error ? err.message : String(err) });
  }
};
