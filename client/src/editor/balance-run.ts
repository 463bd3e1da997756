import type { BalanceRunner, FromWorker } from './balance-types';

// The page's runner: one Web Worker per check, ended when it answers or the check is stopped.

export const workerRunner: BalanceRunner = (msg, onProgress, signal) =>
  new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./balance-worker.ts', import.meta.url), { type: 'module' });
    const end = () => worker.terminate();
    signal.addEventListener('abort', () => {
      end();
      reject(new Error('stopped'));
    });
    worker.onmessage = (e: MessageEvent<FromWorker>) => {
      const m = e.data;
      if (m.type === 'progress') return onProgress(m.done, m.total);
      end();
      if (m.type === 'done') resolve({ mine: m.mine, standard: m.standard });
      else reject(new Error(m.message));
    };
    worker.onerror = (e) => {
      end();
      reject(new Error(e.message || 'worker'));
    };
    worker.postMessage(msg);
  });
