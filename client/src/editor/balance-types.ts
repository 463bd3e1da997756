import type { BalanceOptions, BalanceReport } from '../../../shared/edition/balance';
import type { Edition } from '../../../shared/edition/format';

// The messages between the editor and the worker that runs the balance check
// (shared/edition/balance.ts computes it; the editor shows it).

export type { BalanceOptions, BalanceReport, BalanceRow } from '../../../shared/edition/balance';

/** The edition's report and the standard edition's, with the same seeds. */
export interface BalancePair {
  mine: BalanceReport;
  standard: BalanceReport;
}

/** `standard` is null when the page already has the standard edition's report for these options. */
export type ToWorker = { edition: Edition; standard: Edition | null; opts: BalanceOptions };
export type FromWorker =
  | { type: 'progress'; done: number; total: number }
  | { type: 'done'; mine: BalanceReport; standard: BalanceReport | null }
  | { type: 'error'; message: string };

/** Runs the check somewhere (a worker in the page, a fixed answer in a test); `signal` stops it. */
export type BalanceRunner = (
  msg: ToWorker,
  onProgress: (done: number, total: number) => void,
  signal: AbortSignal,
) => Promise<{ mine: BalanceReport; standard: BalanceReport | null }>;

/** Table sizes offered, those checked at first, games per make-up to choose from, and the first seed (as `npm run simulate`). */
export const BALANCE_SEATS = [3, 4, 5, 6, 7, 8];
export const BALANCE_DEFAULT_SEATS = [4];
export const BALANCE_GAMES = [2, 5, 20];
export const BALANCE_SEED = 1;
