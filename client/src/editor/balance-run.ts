import type { BalancePair, BalanceRunner, FromWorker } from './balance-types';

// The page's runner: one Web Worker per check, ended when it answers.

export const workerRunner: BalanceRunner = (msg, onProgress) =>
  new Promise<BalancePair>((resolve, reject) => {
    const worker = new Worker(new URL('./balance-worker.ts', import.meta.url), { type: 'module' });
    const end = () => worker.terminate();
    worker.onmessage = (e: MessageEvent<FromWorker>) => {
      const m = e.data;
      if (m.type === 'progress') return onProgress(m.done, m.total);
      end();
      if (m.type === 'done') resolve(m.pair);
      else reject(new Error(m.type === 'missing' ? 'missing' : m.message));
    };
    worker.onerror = (e) => {
      end();
      reject(new Error(e.message || 'worker'));
    };
    worker.postMessage(msg);
  });
