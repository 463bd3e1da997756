/// <reference lib="webworker" />
import { coachLines, coachSteps, type CoachOptions } from '../../../shared/coach';
import type { GameRecord } from '../../../shared/rules/types';
import type { CoachReply } from './run';

// The coach in a worker: replaying a game a few dozen times takes seconds of CPU, so it runs here,
// away from the page, and says how far it is after each measured moment.

self.onmessage = (e: MessageEvent<{ record: GameRecord; opts: CoachOptions }>) => {
  const post = (m: CoachReply) => (self as unknown as Worker).postMessage(m);
  try {
    const steps = coachSteps(e.data.record, e.data.opts);
    for (;;) {
      const r = steps.next();
      if (r.done) return post({ kind: 'done', coach: r.value, lines: { nl: r.value.decisions.map((d) => coachLines(d, 'nl')), en: r.value.decisions.map((d) => coachLines(d, 'en')) } });
      post({ kind: 'step', ...r.value });
    }
  } catch (err) {
    post({ kind: 'error', message: String(err) });
  }
};
