import { describe, expect, it } from 'vitest';
import { debriefOf } from '../../../shared/debrief';
import { liveSignals } from '../../../shared/debrief/signals';
import { finish, FOUR, inOverleg, spreadPledges as spread } from './table';

// What the console told the room, the debrief does not contradict: cards spread over many
// half-filled projects were flagged live ("Kies vooral energieke partners"), so the end does not
// praise the dense network without saying the same.

describe('spread thin: console and debrief agree', () => {
  it('the console warns at three half-filled projects, and the debrief says it too', () => {
    const s = spread(inOverleg(FOUR, 42), 3);
    const live = liveSignals(s).find((x) => x.id === 'live-spread-thin');
    expect(live?.lessonId).toBe('l-energieke-partners');
    const d = debriefOf(finish(s));
    const finding = d.lessons.all.find((f) => f.rule === 'spread-thin')!;
    expect(finding.lessonId).toBe('l-energieke-partners');
    expect(finding.figures.n).toBe(3);
    expect(finding.strength).toBeGreaterThanOrEqual(0.5);
    // The lesson the console pointed at is among those shown (by this finding or a stronger one of it).
    expect(d.lessons.shown.some((f) => f.lessonId === 'l-energieke-partners')).toBe(true);
    // The dense network is not praised on its own then.
    expect(d.lessons.all.some((f) => f.rule === 'dense-network')).toBe(false);
  });

  it('two half-filled projects are no warning, live or after', () => {
    const s = spread(inOverleg(FOUR, 42), 2);
    expect(liveSignals(s).some((x) => x.id === 'live-spread-thin')).toBe(false);
    expect(debriefOf(finish(s)).lessons.all.some((f) => f.rule === 'spread-thin')).toBe(false);
  });
});
