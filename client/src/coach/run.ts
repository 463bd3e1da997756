import type { CoachLines } from '../../../shared/coach/render';
import type { Coach, CoachOptions } from '../../../shared/coach/types';
import type { Locale } from '../../../shared/model/ids';
import type { GameRecord } from '../../../shared/rules/types';

// Runs the coach in a Web Worker (its own chunk, loaded only after a solo game) and reports each
// step, so the page stays responsive and can show a progress bar.

/** The coach with its sentences in both languages, made in the worker (the page needs no templates). */
export interface CoachShown {
  coach: Coach;
  lines: Record<Locale, CoachLines[]>;
}

export type CoachReply = { kind: 'step'; done: number; total: number } | ({ kind: 'done' } & CoachShown) | { kind: 'error'; message: string };

export interface CoachRun {
  /** Resolves with the coach, or rejects when the worker fails. */
  readonly result: Promise<CoachShown>;
  stop(): void;
}

export function runCoach(record: GameRecord, opts: CoachOptions, onStep: (done: number, total: number) => void): CoachRun {
  const worker = new Worker(new URL('./coach-worker.ts', import.meta.url), { type: 'module' });
  const result = new Promise<CoachShown>((resolve, reject) => {
    worker.onmessage = (e: MessageEvent<CoachReply>) => {
      const m = e.data;
      if (m.kind === 'step') onStep(m.done, m.total);
      else {
        worker.terminate();
        if (m.kind === 'done') resolve({ coach: m.coach, lines: m.lines });
        else reject(new Error(m.message));
      }
    };
    worker.onerror = (e) => {
      worker.terminate();
      reject(new Error(e.message || 'worker failed'));
    };
  });
  worker.postMessage({ record, opts });
  return { result, stop: () => worker.terminate() };
}
