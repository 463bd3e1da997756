import { editable } from '../../helpers/editable';
import { describe, expect, it } from 'vitest';
import { interestDeck } from '../../../shared/content';
import { LESSON_RULES } from '../../../shared/debrief';
import { LIVE_RULES, liveSignals } from '../../../shared/debrief/signals';
import type { GameState } from '../../../shared/rules';
import { randomGame } from '../../helpers/random-game';
import { FOUR, inOverleg, pledgeProject, toTerugblik } from './table';

// The console's live signals: what a facilitator can say aloud while the table plays. They come
// from the debrief's own lesson rules (the public ones) and a few checks of what can still change.

const ids = (s: GameState) => liveSignals(s).map((x) => x.id);

/** The same game with every secret changed: other interests, other guesses, other cards of the same count. */
function otherSecrets(s0: GameState): GameState {
  const s = editable(s0);
  for (const r of s.config.roles) {
    const p = s.partners[r]!;
    const open = new Set(s.disclosures.filter((d) => d.role === r).map((d) => d.interestId));
    const spare = interestDeck(r).map((c) => c.id).filter((id) => !p.interests.includes(id));
    p.interests = p.interests.map((id) => (open.has(id) ? id : (spare.shift() ?? id)));
    const n = Object.values(p.hand).reduce((a, b) => a + (b ?? 0), 0);
    p.hand = n > 0 ? { budget: n } : {};
  }
  s.guesses = {};
  return s;
}

describe('live signals', () => {
  it('say that the gemeente is in no project yet, until it pledges', () => {
    const s = inOverleg(FOUR, 42);
    expect(ids(s)).toContain('live-gemeente-outside');
    const signal = liveSignals(s).find((x) => x.id === 'live-gemeente-outside')!;
    expect(signal.text.nl).toBe('De gemeente zit nog in geen enkel project.');
    expect(signal.lessonId).toBe('l-politiek');
    expect(ids(pledgeProject(s, ['gemeente', 'uwv']).s)).not.toContain('live-gemeente-outside');
  });

  it('count the residents reached without a warm handover, while they can still be held', () => {
    const done = toTerugblik(pledgeProject(inOverleg(FOUR, 42), ['bibliotheek', 'gemeente', 'uwv']).s);
    const loose = Object.values(done.personas).filter((p) => p.status === 'reached').length;
    expect(loose).toBeGreaterThan(0);
    const signal = liveSignals(done).find((x) => x.id === 'live-no-handover')!;
    expect(signal.text.nl).toBe(`${loose} inwoners bereikt zonder warme overdracht: ze kunnen nog afhaken.`);
    expect(signal.text.en).toMatch(new RegExp(`^${loose} residents reached`));
  });

  it('are at most four, one per lesson, strongest first, and none once the game is over', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const states: GameState[] = [];
      randomGame(seed, { onStep: (step) => step.after.status === 'playing' && step.after.phase === 'overleg' && states.push(step.after) });
      for (const s of states.filter((_, i) => i % 7 === 0)) {
        const list = liveSignals(s);
        expect(list.length).toBeLessThanOrEqual(4);
        expect(new Set(list.map((x) => x.lessonId)).size).toBe(list.length);
        for (let i = 1; i < list.length; i++) expect(list[i - 1].strength).toBeGreaterThanOrEqual(list[i].strength);
      }
      expect(states.length).toBeGreaterThan(0);
    }
    const ended = randomGame(3).state;
    expect(ended.status).toBe('ended');
    expect(liveSignals(ended)).toEqual([]);
  });

  it('read only what the whole table can see: changing every secret changes no signal', () => {
    let compared = 0;
    for (let seed = 1; seed <= 30; seed++) {
      randomGame(seed, {
        onStep: (step) => {
          if (step.after.status !== 'playing' || step.after.phase !== 'terugblik') return;
          expect(liveSignals(otherSecrets(step.after))).toEqual(liveSignals(step.after));
          compared++;
        },
      });
    }
    expect(compared).toBeGreaterThan(30);
    // Every live rule is a real lesson rule.
    for (const id of LIVE_RULES) expect(LESSON_RULES.some((r) => r.id === id), id).toBe(true);
  });
});
