import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { RunningServer } from '../../server/app';
import { roleCard } from '../../shared/content';
import { nextPractice, parseHistory, HISTORY_KEY } from '../../shared/practice';
import { LAPTOP, layoutProblems, openDevice, PHONE, shot, startGameServer, type Device, browserMissing } from './browser';
import { quickBotGame, seatTable } from './flow';
import { axeViolations } from './axe';

// From a game to real work, in a real browser: a solo game to the coach's screen (measured in a
// worker, with a progress bar), the progress view on the phone and the laptop, the next practice
// chosen for a weak spot; and a team game's krachtenanalyse filled in, kept over a reload and
// exported with the agreement.

const ready = browserMissing() === null;
const screen = (page: Page, name: string) => page.waitForSelector(`html[data-screen="${name}"]`);
const phase = (page: Page, p: string, round: number) => page.waitForSelector(`[data-testid="phase"][data-phase="${p}"][data-round="${round}"]`);

async function playRounds(P: Page, rounds: number): Promise<void> {
  for (let round = 1; round <= rounds; round++) {
    await phase(P, 'gebeurtenis', round);
    for (const p of ['overleg', 'uitvoering', 'terugblik']) {
      await P.click('[data-testid="advance"]');
      await phase(P, p, round);
    }
    await P.click('[data-testid="advance"]');
  }
  await screen(P, 'end');
}

/** A new viewport, once the page has laid itself out for it (two frames after the resize). */
async function resize(P: Page, size: { width: number; height: number }): Promise<void> {
  await P.setViewportSize(size);
  await P.waitForFunction((w) => innerWidth === w, size.width);
  await P.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

async function download(page: Page, testid: string): Promise<[string, string]> {
  const [d] = await Promise.all([page.waitForEvent('download'), page.click(`[data-testid="${testid}"]`)]);
  return [d.suggestedFilename(), fs.readFileSync(await d.path(), 'utf8')];
}

if (!ready) it.skip(browserMissing()!, () => undefined);

describe.skipIf(!ready)('the coach, the progress view and the krachtenanalyse in the browser', () => {
  let server: RunningServer;
  let laptop: Device;
  let phone: Device;

  beforeAll(async () => {
    server = await startGameServer({ env: { BOT_PACE_MS: '150,400' } });
    [laptop, phone] = await Promise.all([openDevice(LAPTOP), openDevice(PHONE, { touch: true })]);
  });

  afterAll(async () => {
    await Promise.all([laptop, phone].map((d) => d?.close()));
    await server?.stop();
  });

  it('a solo game ends at the coach, joins the progress view, and the next game practises a weak spot', async () => {
    const P = laptop.page;
    try {
      await P.goto(server.url);
      await screen(P, 'home');
      await P.click('[data-testid="practise"]');
      await P.waitForSelector('[data-testid="weak-spot"][data-focus="first"]'); // no history yet
      await P.selectOption('[data-testid="solo-rounds"]', '2');
      await P.click('[data-testid="solo-start"]');
      await playRounds(P, 2);

      // ---- the coach: a progress bar while the worker replays, then the decisions ----
      await P.waitForSelector('[data-testid="coach"]');
      await P.waitForSelector('[data-testid="coach"][data-phase="done"]', { timeout: 90_000 });
      const decisions = P.locator('[data-testid="coach-decisions"] > li');
      const n = await decisions.count();
      expect(n).toBeGreaterThanOrEqual(1);
      expect(n).toBeLessThanOrEqual(5);
      for (let i = 0; i < n; i++) {
        const text = (await decisions.nth(i).textContent())!;
        expect(text).toMatch(/Met de andere keuze, gemiddeld over 5 keer verder spelen met bots/);
        expect(text).not.toMatch(/\{\w+\}/);
      }
      await P.waitForSelector('[data-testid="coach-saved"]');
      expect(laptop.errors).toEqual([]);
      await P.locator('[data-testid="coach"]').scrollIntoViewIfNeeded();
      await shot(P, 'coach-laptop');

      // ---- the progress view, from the coach's screen ----
      await P.click('[data-testid="coach"] [data-testid="progress-toggle"]');
      await P.waitForSelector('[data-testid="progress-view"]');
      expect(await P.locator('[data-testid="progress-games"] tbody tr').count()).toBe(1);
      await P.locator('[data-testid="progress-view"]').scrollIntoViewIfNeeded();
      await shot(P, 'progress-coach-laptop');
      const stored = await P.evaluate((k) => localStorage.getItem(k), HISTORY_KEY);
      const history = parseHistory(stored);
      expect(history.skipped).toBe(0);
      expect(history.history.games).toHaveLength(1);
      expect(await axeViolations(P)).toEqual([]);
      await resize(P, PHONE);
      await P.locator('[data-testid="coach"]').scrollIntoViewIfNeeded();
      await shot(P, 'coach-phone');
      await P.locator('[data-testid="progress-view"]').scrollIntoViewIfNeeded();
      await shot(P, 'progress-coach-phone');
      expect(await layoutProblems(P)).toEqual([]);
      await P.setViewportSize(LAPTOP);

      // ---- back at the start: the progress view, and the practice chosen for the weak spot ----
      await P.click('[data-testid="back-home"]');
      await screen(P, 'home');
      await P.click('[data-testid="progress-toggle"]');
      await P.waitForSelector('[data-testid="progress-view"] [data-testid="progress-games"]');
      await P.locator('[data-testid="progress-view"]').scrollIntoViewIfNeeded();
      await shot(P, 'progress-home-laptop');
      await resize(P, PHONE);
      await P.locator('[data-testid="progress-view"]').scrollIntoViewIfNeeded();
      await shot(P, 'progress-home-phone');
      expect(await layoutProblems(P)).toEqual([]);
      await P.setViewportSize(LAPTOP);
      await P.click('[data-testid="practise"]');
      const setup = nextPractice(history.history);
      await P.waitForSelector(`[data-testid="weak-spot"][data-focus="${setup.focus}"]`);
      expect(await P.textContent('[data-testid="weak-spot-reason"]')).toBe(setup.reason.nl);
      await shot(P, 'weak-spot-laptop');
      await P.click('[data-testid="weak-spot-start"]');
      await phase(P, 'gebeurtenis', 1);
      expect(await P.getAttribute('[data-testid="my-role"]', 'data-role')).toBe(setup.role);
      expect(await P.locator('li.partner').count()).toBe(setup.seats - 1);
    } catch (e) {
      await shot(P, 'failure-coach').catch(() => undefined);
      throw e;
    }
  }, 240_000);

  it('a team game\'s krachtenanalyse is filled in, kept over a reload, and exported with the agreement', async () => {
    const A = laptop.page;
    const B = phone.page;
    try {
      await A.evaluate(() => localStorage.clear());
      await seatTable(server.url, { page: A, name: 'Anna', role: 'bibliotheek' }, [{ page: B, name: 'Bram', role: 'gemeente' }]);
      await quickBotGame(A, 1);
      await A.click('[data-testid="start"]');
      await playRounds(A, 1);
      await screen(B, 'end');
      for (const P of [A, B]) await P.waitForSelector('[data-testid="debrief-strengths"] [data-testid="strengths-form"]');
      expect(await A.locator('[data-testid="coach"]').count()).toBe(0); // the coach is for solo games
      // Each lesson links to its practice in the seeds.
      const lessons = await A.locator('[data-testid="debrief-lessons"] li.lesson').count();
      expect(await A.locator('[data-testid="debrief-lessons"] .lesson-practice').count()).toBe(lessons);

      const roles = await A.$$eval('[data-testid="strengths-game"] tbody tr', (els) => els.map((e) => e.getAttribute('data-role')));
      expect(roles.slice(0, 2)).toEqual(['bibliotheek', 'gemeente']);
      await A.fill('[data-testid="st-0-partner"]', 'Bibliotheek Rijnstad');
      await A.fill('[data-testid="st-1-depends"]', 'de wethouder');
      await A.reload();
      await A.waitForSelector('[data-testid="debrief-strengths"] [data-testid="strengths-form"]');
      expect(await A.inputValue('[data-testid="st-0-partner"]')).toBe('Bibliotheek Rijnstad');
      expect(await A.inputValue('[data-testid="st-1-depends"]')).toBe('de wethouder');

      const [nlName, nl] = await download(A, 'st-download-nl');
      const [enName, en] = await download(A, 'st-download-en');
      expect(nlName).toMatch(/krachtenanalyse\.nl\.md$/);
      expect(enName).toMatch(/krachtenanalyse\.en\.md$/);
      expect(nl).toContain(`| ${roleCard('bibliotheek').name.nl} | Bibliotheek Rijnstad |`);
      expect(nl).toContain('de wethouder');
      expect(nl).toContain('## 3. Afwegingstabel');
      expect(nl).toMatch(/Samenwerkingsafspraak/i);
      expect(en).toContain(`| ${roleCard('bibliotheek').name.en} | Bibliotheek Rijnstad |`);
      expect(en).toContain('# Strengths analysis and weighing table');

      await A.locator('[data-testid="debrief-strengths"]').scrollIntoViewIfNeeded();
      await shot(A, 'strengths-laptop');
      await A.locator('[data-testid="strengths-form"]').scrollIntoViewIfNeeded();
      await shot(A, 'strengths-form-laptop');
      await B.locator('[data-testid="strengths-game"]').scrollIntoViewIfNeeded();
      await shot(B, 'strengths-phone');
      await B.locator('[data-testid="st-download-nl"]').scrollIntoViewIfNeeded();
      await shot(B, 'strengths-export-phone');
      expect(await layoutProblems(B)).toEqual([]);
      expect(await axeViolations(A)).toEqual([]);
      expect([...laptop.errors, ...phone.errors]).toEqual([]);
    } catch (e) {
      await Promise.all([shot(A, 'failure-strengths-laptop'), shot(B, 'failure-strengths-phone')]).catch(() => undefined);
      throw e;
    }
  }, 240_000);
});
