import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { RunningServer } from '../../server/app';
import { builtClientExists, CHROMIUM, layoutProblems, openDevice, PHONE, shot, startGameServer, WIDE, type Device } from './browser';
import { quickBotGame, seatTable } from './flow';
import fs from 'node:fs';

// Reflections and "Eerdere spellen" in a real browser: a one-round game with bots played to the
// end; two players answer the debrief's questions on their phones, the answers appear on the host's
// screen (anonymously: the room was set so), the host hides one for everyone; then the host opens
// "Eerdere spellen" from the start screen, reopens the report and moves the replay slider.

const ready = fs.existsSync(CHROMIUM) && builtClientExists();
const screen = (page: Page, name: string) => page.waitForSelector(`html[data-screen="${name}"]`);
const phase = (page: Page, p: string, round: number) => page.waitForSelector(`[data-testid="phase"][data-phase="${p}"][data-round="${round}"]`);
const replayAt = (page: Page) =>
  page.$eval('[data-testid="replay-at"]', (e) => ({ step: Number((e as HTMLElement).dataset.step), round: Number((e as HTMLElement).dataset.round), phase: (e as HTMLElement).dataset.phase, text: e.textContent ?? '' }));

describe.skipIf(!ready)('reflections and past games in the browser', () => {
  let server: RunningServer;
  let anna: Device;
  let bram: Device;
  let cas: Device;

  beforeAll(async () => {
    server = await startGameServer({ env: { BOT_PACE_MS: '150,400' } });
    [anna, bram, cas] = await Promise.all([openDevice(WIDE), openDevice(PHONE, { touch: true }), openDevice(PHONE, { touch: true })]);
  });

  afterAll(async () => {
    await Promise.all([anna, bram, cas].map((d) => d?.close()));
    await server?.stop();
  });

  it('shows the answers as they arrive, hides one, and replays the game from "Eerdere spellen"', async () => {
    const [A, B, C] = [anna.page, bram.page, cas.page];
    try {
      // ---- a one-round game: Anna hosts (bibliotheek), Bram and Cas play, Verbinder bots fill in ----
      const code = await seatTable(server.url, { page: A, name: 'Anna', role: 'bibliotheek' }, [
        { page: B, name: 'Bram', role: 'gemeente' },
        { page: C, name: 'Cas', role: 'uwv' },
      ]);
      await quickBotGame(A, 1, { anonymous: true });
      await A.click('[data-testid="start"]');
      await phase(A, 'gebeurtenis', 1);
      for (const p of ['overleg', 'uitvoering', 'terugblik']) {
        await A.click('[data-testid="advance"]');
        await phase(A, p, 1);
        if (p === 'overleg') await A.waitForTimeout(3000); // the bots trade, give and pledge
      }
      await A.click('[data-testid="advance"]');
      await Promise.all([A, B, C].map((p) => screen(p, 'end')));
      for (const P of [A, B, C]) await P.waitForSelector('[data-testid="end-screen"][data-debrief="ready"] [data-testid="reflections"][data-anonymous="true"]');

      // ---- two players answer on their phones; the answers appear on the host's screen ----
      await B.fill('[data-testid="answer-samenwerking"]', 'Elkaar echt leren kennen, en tijd nemen.');
      await B.press('[data-testid="answer-samenwerking"]', 'Enter');
      const lessonQ = (await C.getAttribute('.question[data-question^="lesson:"]', 'data-question'))!;
      await C.fill(`[data-testid="answer-${lessonQ}"]`, 'De gemeente had eerder aan tafel moeten zitten.');
      await C.click(`[data-testid="send-${lessonQ}"]`);
      await A.waitForSelector('[data-testid="reflections"][data-count="2"]');
      const onHost = await A.textContent('[data-testid="reflections"]');
      expect(onHost).toContain('Elkaar echt leren kennen, en tijd nemen.');
      expect(onHost).toContain('De gemeente had eerder aan tafel moeten zitten.');
      expect(await A.locator('[data-testid="reflections"] .answer .author').count()).toBe(0); // anonymous
      expect(onHost).not.toMatch(/Bram|Cas/);
      await B.waitForSelector('[data-testid="reflections"][data-count="2"]');
      expect(await B.textContent('.answer.mine')).toContain('jij');
      expect(await B.inputValue('[data-testid="answer-samenwerking"]')).toBe(''); // the draft is done
      // a too-long answer cannot be typed: the field stops at 280
      await C.fill('[data-testid="answer-samenwerking"]', 'x'.repeat(400));
      expect((await C.inputValue('[data-testid="answer-samenwerking"]')).length).toBe(280);
      await C.fill('[data-testid="answer-samenwerking"]', '');
      expect(await B.locator('[data-testid="hide-reflection"]').count()).toBe(0);

      await A.locator('[data-testid="reflections"]').scrollIntoViewIfNeeded();
      await shot(A, 'reflections-1920');
      await B.locator('[data-testid="reflections"]').scrollIntoViewIfNeeded();
      await shot(B, 'reflections-390');
      expect((await layoutProblems(B)).filter((p) => p.startsWith('page scrolls'))).toEqual([]);

      // ---- the host hides Bram's answer: gone for everyone ----
      await A.locator('li.answer', { hasText: 'Elkaar echt leren kennen' }).locator('[data-testid="hide-reflection"]').click();
      for (const P of [A, B, C]) {
        await P.waitForSelector('[data-testid="reflections"][data-count="1"]');
        expect(await P.textContent('[data-testid="reflections"]')).not.toContain('Elkaar echt leren kennen');
        expect(await P.locator('li.answer[data-hidden="true"]').count()).toBe(1);
      }
      await shot(A, 'reflections-1920-hidden');

      // ---- "Eerdere spellen": the host's list, the report, and the replay slider ----
      await A.goto(server.url);
      await A.click('[data-testid="past-games"]');
      await A.click(`[data-testid="past-open-${code}"]`);
      await A.waitForSelector('[data-testid="replay-slider"]');
      await A.waitForSelector('[data-testid="debrief-lessons"]');
      expect(await A.textContent('[data-testid="past-reflections"]')).toContain('De gemeente had eerder aan tafel moeten zitten.');
      expect(await A.textContent('[data-testid="past-reflections"]')).not.toContain('Elkaar echt');
      const end = await replayAt(A);
      expect(end.step).toBeGreaterThan(4);
      await A.fill('[data-testid="replay-slider"]', '0');
      await A.waitForSelector('[data-testid="replay-at"][data-step="0"]');
      const start = await replayAt(A);
      expect(start).toMatchObject({ round: 1, phase: 'gebeurtenis' });
      expect(start.text).toContain('Begin van het spel');
      // one step on with the keyboard: the host's advance to Overleg
      await A.focus('[data-testid="replay-slider"]');
      await A.keyboard.press('ArrowRight');
      await A.waitForSelector('[data-testid="replay-at"][data-step="1"]');
      expect(await replayAt(A)).toMatchObject({ round: 1, phase: 'overleg' });
      await A.fill('[data-testid="replay-slider"]', String(end.step - 1));
      await A.waitForSelector(`[data-testid="replay-at"][data-step="${end.step - 1}"]`);
      const late = await replayAt(A);
      expect(late.phase).not.toBe('overleg');
      expect(late.text).toMatch(/Ronde 1 van 1/);
      await A.locator('[data-testid="replay"]').scrollIntoViewIfNeeded();
      await shot(A, 'replay-1920');
      await A.setViewportSize(PHONE);
      await A.locator('[data-testid="replay"]').scrollIntoViewIfNeeded();
      await shot(A, 'replay-390');
      expect((await layoutProblems(A)).filter((p) => p.startsWith('page scrolls'))).toEqual([]);
      expect([...anna.errors, ...bram.errors, ...cas.errors]).toEqual([]);
    } catch (e) {
      await Promise.all([shot(A, 'failure-reflections-anna'), shot(B, 'failure-reflections-bram'), shot(C, 'failure-reflections-cas')].map((p) => p.catch(() => undefined)));
      throw e;
    }
  }, 240_000);
});
