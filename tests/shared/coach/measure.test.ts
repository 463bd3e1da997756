import { describe, expect, it } from 'vitest';
import { botsBySeat, candidatesOf, coach, coachLines, coachSteps, renderCoach } from '../../../shared/coach';
import { contextOf } from '../../../shared/coach/context';
import { branches, measure, verdictOf } from '../../../shared/coach/measure';
import { outcomeOf, playOn, reseeded } from '../../../shared/coach/play';
import { isOnBoard } from '../../../shared/rules/scoring';
import type { Personality } from '../../../shared/bots/types';
import { findGame, game } from './games';

// "What another choice would have done" is measured by replays: the same bots and the same dice
// after the real choice and after the other one. These tests hold the figures to that.

const BOTS: Personality[] = ['voorzichtig', 'verbinder', 'verbinder', 'verbinder'];

describe('the measured change', () => {
  const record = game('selfish', 2);
  const c = contextOf(record, 0);
  const found = candidatesOf(record, 0);

  it('is reproducible from its seeds, and plain data', () => {
    const a = coach(record, { seeds: [1, 2], bots: { 1: 'verbinder', 2: 'verbinder', 3: 'verbinder' } });
    const b = coach(record, { seeds: [1, 2], bots: { 1: 'verbinder', 2: 'verbinder', 3: 'verbinder' } });
    expect(a.decisions.length).toBeGreaterThan(0);
    expect(b).toEqual(a);
    expect(JSON.parse(JSON.stringify(a))).toEqual(a);
    for (const d of a.decisions) expect(d.effect.seeds).toEqual([1, 2]);
  });

  it('is the difference between playing on after the real choice and after the other, seed by seed', () => {
    const d = found[0];
    const seed = 7;
    const from = branches(c, d)!;
    const real = outcomeOf(playOn(reseeded(from.real, seed), BOTS, seed).state, 0);
    const other = outcomeOf(playOn(reseeded(from.other, seed), BOTS, seed).state, 0);
    const e = measure(c, d, BOTS, [seed])!;
    expect(e.real).toEqual({ onBoard: real.onBoard, projects: real.projects, points: real.points });
    expect(e.other).toEqual({ onBoard: other.onBoard, projects: other.projects, points: other.points });
    expect(e.onBoard).toBe(other.onBoard - real.onBoard);
  });

  it('is zero when the "other" choice is the choice the player made: the two runs share bots and dice', () => {
    const d = found.find((f) => f.mode === 'replace')!;
    const same = { ...d, instead: record.actions[d.at].action };
    const e = measure(c, same, BOTS, [1, 2, 3])!;
    expect([e.onBoard, e.projects, e.points, e.wins]).toEqual([0, 0, 0, 0]);
    expect(verdictOf(e)).toBe('same');
  });

  it('is zero for a move that changes nothing for the table (a private guess): only consequences count', () => {
    const at = c.states.findIndex((s) => s.phase === 'overleg' && s.round === 2);
    const guess = { rule: 'let-go' as const, at, mode: 'insert' as const, instead: { type: 'guess' as const, target: 'gemeente' as const, interestIds: [] }, round: 2, phase: 'overleg' as const, strength: 0, figures: {} };
    const e = measure(c, guess, BOTS, [1, 2, 3])!;
    expect([e.onBoard, e.projects, e.points, e.wins]).toEqual([0, 0, 0, 0]);
  });

  it('tells a better other choice from a worse one, and says so', () => {
    const k = coach(record, { seeds: [1, 2, 3] });
    for (const d of k.decisions) {
      expect(d.verdict).toBe(verdictOf(d.effect));
      const lines = coachLines(d, 'nl');
      if (d.verdict === 'better') expect(lines.instead).toMatch(/^Probeer eens: /);
      if (d.verdict === 'worse') expect(lines.instead).toMatch(/^Je keuze pakte hier goed uit\./);
      expect(lines.effect).toMatch(/^Met de andere keuze, gemiddeld over 3 keer verder spelen met bots: [-+]?\d/);
    }
  });
});

describe('holding on, replayed', () => {
  it('keeps the resident on board in every replay where the player holds them', () => {
    const record = findGame((g) => candidatesOf(g, 0).some((f) => f.rule === 'let-go'));
    const c = contextOf(record, 0);
    const d = candidatesOf(record, 0).find((f) => f.rule === 'let-go')!;
    const from = branches(c, d)!;
    for (const seed of [1, 2, 3]) {
      const end = playOn(reseeded(from.other, seed), BOTS, seed).state;
      expect(isOnBoard(end, d.figures.persona as string)).toBe(true);
    }
  });
});

describe('the coach of a game', () => {
  it('shows 3 to 5 decisions, at most two of one kind, each said in Dutch and English', () => {
    const record = findGame((g) => new Set(candidatesOf(g, 0).map((f) => f.rule)).size >= 3, ['selfish', 'hard']);
    const k = coach(record, { seeds: [1, 2] });
    expect(k.decisions.length).toBeGreaterThanOrEqual(3);
    expect(k.decisions.length).toBeLessThanOrEqual(5);
    expect(k.themes.length).toBeGreaterThanOrEqual(3);
    for (const d of k.decisions) {
      expect(k.decisions.filter((x) => x.rule === d.rule).length).toBeLessThanOrEqual(2);
      for (const l of ['nl', 'en'] as const) {
        const lines = coachLines(d, l);
        for (const line of Object.values(lines)) expect(line).not.toMatch(/[{}]|undefined|NaN/);
      }
    }
    expect(renderCoach(k.decisions, 'nl')).toContain('Je coach');
    expect(renderCoach(k.decisions, 'en')).toContain('Your coach');
  });

  it('can be taken one measured moment at a time, with the same result', () => {
    const record = game('selfish', 2);
    const steps = coachSteps(record, { seeds: [1] });
    const seen: { done: number; total: number }[] = [];
    let r = steps.next();
    while (!r.done) {
      seen.push(r.value);
      r = steps.next();
    }
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.map((x) => x.done)).toEqual(seen.map((_, i) => i + 1));
    expect(seen.every((x) => x.total === seen.length)).toBe(true);
    expect(r.value).toEqual(coach(record, { seeds: [1] }));
  });

  it('takes the bots as the room lists them, by role', () => {
    const record = game('selfish', 2);
    expect(botsBySeat(record, [{ role: 'uwv', personality: 'eigenbelang' }, { role: 'gemeente', personality: 'verbinder' }, { role: 'roc', personality: 'voorzichtig' }])).toEqual({ 1: 'verbinder', 2: 'eigenbelang' });
  });

  it('names a resource as a resource, even where a partner has the same name', () => {
    const d = { ...candidatesOf(game('selfish', 2), 0)[0], effect: { seeds: [1], onBoard: 0, projects: 0, points: 0, wins: 0, real: { onBoard: 0, projects: 0, points: 0 }, other: { onBoard: 0, projects: 0, points: 0 }, split: { better: 0, worse: 0, same: 1 } }, verdict: 'same' as const };
    const lines = coachLines({ ...d, texts: { ...d.texts, choice: { nl: '{cards} en {partner}', en: '{cards} and {partner}' } }, figures: { cards: ['r:vrijwilligers', 'r:vrijwilligers', 'r:bereik'], partner: 'vrijwilligers' } }, 'nl');
    expect(lines.choice).toBe('2× Vrijwilligers en Bereik en Vrijwilligersorganisatie');
  });

  it('says so when a game shows nothing to look at again', () => {
    expect(renderCoach([], 'nl')).toMatch(/geen keuze/);
  });
});
