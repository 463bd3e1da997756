// @vitest-environment happy-dom
import { cleanup, fireEvent } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { coach } from '../../shared/coach';
import { coachLines } from '../../shared/coach/render';
import type { Coach } from '../../shared/coach/types';
import { SummarySchema, nextPractice, parseHistory, serializeHistory, summarize, HISTORY_KEY, type GameSummary, type History } from '../../shared/practice';
import { setLocale } from '../../client/src/i18n';
import { isSummary, readHistory, rememberGame, themeKey } from '../../client/src/model/practice';
import { CoachView, type CoachRunState } from '../../client/src/screens/debrief/coach';
import { ProgressView } from '../../client/src/screens/practice/progress';
import { WeakSpotView } from '../../client/src/screens/practice/index';
import { DICT } from '../../client/src/i18n';
import { COACH_RULES } from '../../shared/coach/types';
import { game } from '../shared/coach/games';
import { fixedState, rig } from './ui-kit';

// The coach's screen, the progress view and "Oefen je zwakke plek", drawn from fixed data: a real
// coach of a recorded solo game, a stored history as the browser keeps it.

beforeEach(() => localStorage.clear());
afterEach(() => {
  cleanup();
  setLocale('nl');
});

const q = (sel: string) => document.querySelector<HTMLElement>(sel);
const all = (sel: string) => [...document.querySelectorAll<HTMLElement>(sel)];

const record = game('selfish', 1);
const measured: Coach = coach(record, { seeds: [1, 2] });
/** The sentences as the worker makes them. */
const linesOf = (c: Coach) => ({ nl: c.decisions.map((d) => coachLines(d, 'nl')), en: c.decisions.map((d) => coachLines(d, 'en')) });

const base: GameSummary = {
  v: 1, at: '2026-12-01T10:00:00Z', role: 'uwv', seats: 4, rounds: 4, won: false, onBoard: 4, target: 6, points: 1, maxPoints: 4,
  interests: 2, shown: 0, holds: 0, dropped: 2, projects: 1, stranded: 1, offers: 2, taken: 0, themes: ['hidden-interest', 'let-go'], focus: null,
};
const history: History = {
  v: 1,
  games: [
    { ...base },
    { ...base, at: '2026-12-02T10:00:00Z', won: true, onBoard: 6, points: 2, themes: ['let-go'] },
    { ...base, at: '2026-12-03T10:00:00Z', won: true, onBoard: 7, points: 4, shown: 2, themes: [], focus: 'hold' },
  ],
};

describe('the coach screen', () => {
  const done: CoachRunState = { phase: 'done', done: 4, total: 4, coach: measured, lines: linesOf(measured), saved: true };

  it('shows the 3–5 decisions, each with what happened, the other choice and the measured change, to one person', () => {
    expect(measured.decisions.length).toBeGreaterThanOrEqual(3);
    rig(<CoachView run={done} locale="nl" />, fixedState({}));
    const items = all('[data-testid="coach-decisions"] > li');
    expect(items.map((li) => li.dataset.rule)).toEqual(measured.decisions.map((d) => d.rule));
    for (const [i, d] of measured.decisions.entries()) {
      const lines = coachLines(d, 'nl');
      const text = items[i].textContent!;
      for (const line of [lines.choice, lines.next, lines.instead, lines.effect]) expect(text).toContain(line);
      expect(text).toMatch(/gemiddeld over 2 keer verder spelen/);
      expect(items[i].dataset.verdict).toBe(d.verdict);
      // The caution shows exactly when the replays disagree.
      const mixed = d.effect.split.better > 0 && d.effect.split.worse > 0;
      expect(!!items[i].querySelector('[data-testid="coach-mixed"]')).toBe(mixed);
    }
    // Addressed to one person: "je"/"jij", never the group's "jullie".
    expect(q('[data-testid="coach"]')!.textContent).not.toMatch(/\bjullie\b/i);
    expect(q('[data-testid="coach-saved"]')).not.toBeNull();
  });

  it('shows a caution when the replays disagree, and none when they agree', () => {
    const d = measured.decisions[0];
    const mixed: Coach = { ...measured, decisions: [{ ...d, effect: { ...d.effect, split: { better: 1, worse: 1, same: 0 } } }] };
    rig(<CoachView run={{ ...done, coach: mixed, lines: linesOf(mixed) }} locale="nl" />, fixedState({}));
    expect(q('[data-testid="coach-mixed"]')?.textContent).toContain('de uitkomsten lopen uiteen');
    cleanup();
    const agreed: Coach = { ...measured, decisions: [{ ...d, effect: { ...d.effect, split: { better: 2, worse: 0, same: 0 } } }] };
    rig(<CoachView run={{ ...done, coach: agreed, lines: linesOf(agreed) }} locale="nl" />, fixedState({}));
    expect(q('[data-testid="coach-mixed"]')).toBeNull();
  });

  it('shows a progress bar while the replays run, and a way to try again when they fail', () => {
    rig(<CoachView run={{ phase: 'running', done: 3, total: 8, coach: null, lines: null, saved: false }} locale="nl" />, fixedState({}));
    expect(q('[data-testid="coach-busy"]')!.textContent).toContain('3 van 8');
    const bar = q('[data-testid="coach-busy"] progress') as HTMLProgressElement;
    expect([bar.getAttribute('value'), bar.getAttribute('max')]).toEqual(['3', '8']);
    cleanup();
    let retried = 0;
    rig(<CoachView run={{ phase: 'error', done: 0, total: 0, coach: null, lines: null, saved: false }} locale="nl" onRetry={() => retried++} />, fixedState({}));
    fireEvent.click([...document.querySelectorAll('button')].find((b) => b.textContent === 'Probeer opnieuw')!);
    expect(retried).toBe(1);
  });

  it('speaks English when the player does', () => {
    setLocale('en');
    rig(<CoachView run={done} locale="en" />, fixedState({ locale: 'en' }));
    expect(q('[data-testid="coach"] h2')!.textContent).toBe('Your coach');
    expect(q('[data-testid="coach-effect"]')!.textContent).toMatch(/^With the other choice, on average over 2 replays/);
  });
});

describe('the progress view', () => {
  it('shows each game\'s result and points, and the coach\'s themes over time with their trend', () => {
    rig(<ProgressView history={history} locale="nl" />, fixedState({}));
    expect(q('[data-testid="progress-summary"]')!.textContent).toContain('3 spellen, 2 gewonnen');
    const rows = all('[data-testid="progress-games"] tbody tr');
    expect(rows.map((r) => r.querySelectorAll('td')[1].textContent)).toEqual(['1/4', '2/4', '4/4']);
    expect(rows[0].textContent).toContain('4/6 niet gehaald');
    expect(rows[2].textContent).toContain('7/6 gewonnen');
    const themes = all('[data-testid="progress-themes"] li');
    expect(themes.map((t) => [t.dataset.theme, t.dataset.trend])).toEqual([
      ['hidden-interest', 'less'],
      ['let-go', 'less'],
    ]);
    expect(themes[1].textContent).toContain('Een inwoner laten gaan');
    expect(themes[1].textContent).toContain('2/3 · minder vaak');
  });

  it('says so when there are no games yet, and when stored games could not be read', () => {
    rig(<ProgressView history={{ v: 1, games: [] }} skipped={2} locale="nl" />, fixedState({}));
    expect(q('[data-testid="progress-empty"]')).not.toBeNull();
    expect(q('[data-testid="progress-view"]')!.textContent).toContain('2 opgeslagen spellen konden niet worden gelezen');
  });

  it('has a name for every coach theme in both languages', () => {
    for (const r of COACH_RULES) for (const l of ['nl', 'en'] as const) expect((DICT[l] as Record<string, string>)[themeKey(r)], `${l} ${r}`).toBeTruthy();
  });
});

describe('Oefen je zwakke plek', () => {
  it('offers the set-up nextPractice picks, with its reason, and starts exactly that', () => {
    const setup = nextPractice(history);
    expect(setup.focus).toBe('hold'); // let-go in 2 of the last 3 games
    const r = rig(<WeakSpotView setup={setup} history={history} locale="nl" busy={false} />, fixedState({}));
    expect(q('[data-testid="weak-spot"]')!.dataset.focus).toBe('hold');
    expect(q('[data-testid="weak-spot-reason"]')!.textContent).toBe(setup.reason.nl);
    expect(q('[data-testid="weak-spot"]')!.textContent).toContain('5 rondes');
    fireEvent.click(q('[data-testid="weak-spot-start"]')!);
    expect(r.called('solo.practise')).toEqual([[setup]]);
  });
});

describe('the history as the browser keeps it (without zod)', () => {
  it('reads what shared/practice writes, leaves out damaged entries and counts them', () => {
    const good = summarize(record, { at: '2026-12-04T20:00:00Z', themes: measured.themes });
    const raw = JSON.stringify({ v: 1, games: [good, { ...good, points: -1 }, { ...good, extra: 1 }, 'x', { ...good, themes: ['nope'] }] });
    localStorage.setItem(HISTORY_KEY, raw);
    const mine = readHistory(localStorage);
    const theirs = parseHistory(raw);
    expect(mine).toEqual(theirs);
    expect(mine.skipped).toBe(4);
    localStorage.setItem(HISTORY_KEY, '{broken');
    expect(readHistory(localStorage)).toEqual({ history: { v: 1, games: [] }, skipped: 1 });
  });

  it('agrees with the schema on every field', () => {
    const good = summarize(record, { at: '2026-12-04T20:00:00Z', themes: measured.themes, focus: 'hold' });
    const variants: unknown[] = [good, { ...good, seats: 9 }, { ...good, at: 'short' }, { ...good, won: 'yes' }, { ...good, focus: 'x' }, { ...good, role: 'nobody' }, { ...good, v: 2 }];
    for (const v of variants) expect(isSummary(v), JSON.stringify(v).slice(0, 80)).toBe(SummarySchema.safeParse(v).success);
  });

  it('keeps a finished game once, however often its end screen is drawn', () => {
    const good = summarize(record, { at: '2026-12-04T20:00:00Z', themes: measured.themes });
    expect(rememberGame(localStorage, good)).toBe(true);
    expect(rememberGame(localStorage, good)).toBe(false);
    expect(parseHistory(localStorage.getItem(HISTORY_KEY)).history.games).toEqual([good]);
    expect(serializeHistory(readHistory(localStorage).history)).toBe(localStorage.getItem(HISTORY_KEY));
  });
});
