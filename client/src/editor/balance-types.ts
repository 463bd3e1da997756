import type { Edition } from '../../../shared/edition/format';
import type { RoleId } from '../../../shared/model/ids';

// What the balance check answers (shared/edition/balance.ts computes it; the editor shows it), and
// the messages between the editor and the worker that runs it.

export interface BalanceRow {
  seats: number;
  verbinderWin: number;
  eigenbelangWin: number;
  targetAfterRound1: number;
  dilemma: { role: RoleId; ok: boolean }[];
  cards: { id: string; band: 'low' | 'ok' | 'high' }[];
  absentCost: { role: RoleId; cost: number }[];
}

export interface BalanceReport {
  rows: BalanceRow[];
  verdicts: { key: string; ok: boolean; nl: string; en: string }[];
}

export interface BalanceOptions {
  seats: number[];
  games: number;
  seed?: number;
}

export type BalanceFn = (edition: Edition, opts: BalanceOptions, onProgress?: (done: number, total: number) => void) => BalanceReport;

/** The edition's report and the standard edition's, with the same seeds. */
export interface BalancePair {
  mine: BalanceReport;
  standard: BalanceReport;
}

export type ToWorker = { edition: Edition; standard: Edition; opts: BalanceOptions };
export type FromWorker =
  | { type: 'progress'; done: number; total: number }
  | { type: 'done'; pair: BalancePair }
  | { type: 'missing' }
  | { type: 'error'; message: string };

/** Runs the check somewhere (a worker in the page, a fixed answer in a test). Rejects with 'missing' when the check is not there. */
export type BalanceRunner = (msg: ToWorker, onProgress: (done: number, total: number) => void) => Promise<BalancePair>;

export const BALANCE_SEATS = [3, 4, 5, 6];
export const BALANCE_GAMES = 60;
export const BALANCE_SEED = 1;
