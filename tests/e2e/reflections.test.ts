import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { RunningServer } from '../../server/app';
import { LAPTOP, layoutProblems, openDevice, PHONE, shot, startGameServer, WIDE, type Device, browserMissing } from './browser';
import { pledgesShown, facilitatedTable, quickBotGame } from './flow';

// Reflections, the projector's debrief and "Eerdere spellen" in a real browser: a facilitator who
// does not play leads a one-round game with bots to the end from the console, the projector runs on
// its own page; two players answer the debrief's questions on their phones, the answers appear on
// the console and on the projector (anonymously: the room was set so), the facilitator hides one for
// everyone and walks the projector through the debrief; then opens "Eerdere spellen" from the start
// screen, reopens the report and moves the replay slider.

const ready = browserMissing() === null;
const screen = (page: Page, name: string) => page.waitForSelector(`html[data-screen="${name}"]`);
const phase = (page: Page, p: string, round: number) => page.waitForSelector(`[data-testid="phase"][data-phase="${p}"][data-round="${round}"]`);
const replayAt = (page: Page) =>
  page.$eval('[data-testid="replay-at"]', (e) => ({ step: Number((e as HTMLElement).dataset.step), round: Number((e as HTMLElement).dataset.round), phase: (e as HTMLElement).dataset.phase, text: e.textContent ?? '' }));
type Hook = { __kotProjector?: { state(): string; screen(): string; measure(): { minTextPx: number; texts: string[] } } };
const wall = (page: Page) => page.evaluate(() => (window as unknown as Hook).__kotProjector!.measure());
const onWall = (page: Page, screenName: string, text: string) =>
  page.waitForFunction(
    ([s, t]) => {
      const p = (window as unknown as Hook).__kotProjector;
      return p?.screen() === s && p.measure().texts.some((x) => x.includes(t));
    },
    [screenName, text],
    { timeout: 20_000 },
  );

if (!ready) it.skip(browserMissing()!, () => undefined);

describe.skipIf(!ready)('reflections, the projector’s debrief and past games in the browser', () => {
  let server: RunningServer;
  let anna: Device; // the facilitator's laptop
  let beamer: Device;
  let bram: Device;
  let cas: Device;

  beforeAll(async () => {
    server = await startGameServer({ env: { BOT_PACE_MS: '150,400' } });
    [anna, beamer, bram, cas] = await Promise.all([openDevice(LAPTOP), openDevice(WIDE), openDevice(PHONE, { touch: true }), openDevice(PHONE, { touch: true })]);
  });

  afterAll(async () => {
    await Promise.all([anna, beamer, bram, cas].map((d) => d?.close()));
    await server?.stop();
  });

  it('shows the answers as they arrive, on the projector too, hides one, and replays the game from "Eerdere spellen"', async () => {
    const [A, P, B, C] = [anna.page, beamer.page, bram.page, cas.page];
    try {
      // ---- a one-round game led by Anna, who does not play; Bram and Cas play, Verbinder bots fill in ----
      const code = await facilitatedTable(server.url, A, [
        { page: B, name: 'Bram', role: 'gemeente' },
        { page: C, name: 'Cas', role: 'uwv' },
      ]);
      await quickBotGame(A, 1, { anonymous: true });
      await P.goto((await A.getAttribute('[data-testid="open-projector"]', 'href'))!);
      await P.waitForFunction(() => (window as unknown as Hook).__kotProjector?.state() === 'lobby');
      await A.click('[data-testid="start"]');
      await phase(A, 'gebeurtenis', 1);
      for (const p of ['overleg', 'uitvoering', 'terugblik']) {
        await A.click('[data-testid="advance"]');
        await phase(A, p, 1);
        if (p === 'overleg') await pledgesShown(A, 3); // the bots pledge
      }
      await A.click('[data-testid="advance"]');
      await Promise.all([A, B, C].map((p) => screen(p, 'end')));
      for (const X of [A, B, C]) await X.waitForSelector('[data-testid="end-screen"][data-debrief="ready"] [data-testid="reflections"][data-anonymous="true"]');

      // ---- two players answer on their phones; the answers appear on the console and the projector ----
      await A.click('[data-testid="show-reflections"]');
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
      await onWall(P, 'reflections', 'De gemeente had eerder aan tafel');
      await onWall(P, 'reflections', 'Elkaar echt leren kennen');
      const answers = await wall(P);
      expect(answers.texts.join(' ')).not.toMatch(/Bram|Cas/);
      expect(answers.minTextPx).toBeGreaterThanOrEqual(28);
      await shot(P, 'projector-1920-reflections');
      await B.waitForSelector('[data-testid="reflections"][data-count="2"]');
      expect(await B.textContent('.answer.mine')).toContain('jij');
      expect(await B.inputValue('[data-testid="answer-samenwerking"]')).toBe(''); // the draft is done
      // a too-long answer cannot be typed: the field stops at 280
      await C.fill('[data-testid="answer-samenwerking"]', 'x'.repeat(400));
      expect((await C.inputValue('[data-testid="answer-samenwerking"]')).length).toBe(280);
      await C.fill('[data-testid="answer-samenwerking"]', '');
      expect(await B.locator('[data-testid="hide-reflection"]').count()).toBe(0);

      await A.locator('[data-testid="reflections"]').scrollIntoViewIfNeeded();
      await shot(A, 'reflections-console-1366');
      await B.locator('[data-testid="reflections"]').scrollIntoViewIfNeeded();
      await shot(B, 'reflections-390');
      expect((await layoutProblems(B)).filter((p) => p.startsWith('page scrolls'))).toEqual([]);

      // ---- the facilitator hides Bram's answer: gone for everyone, the projector too ----
      await A.locator('li.answer', { hasText: 'Elkaar echt leren kennen' }).locator('[data-testid="hide-reflection"]').click();
      for (const X of [A, B, C]) {
        await X.waitForSelector('[data-testid="reflections"][data-count="1"]');
        expect(await X.textContent('[data-testid="reflections"]')).not.toContain('Elkaar echt leren kennen');
        expect(await X.locator('li.answer[data-hidden="true"]').count()).toBe(1);
      }
      await P.waitForFunction(() => !(window as unknown as Hook).__kotProjector!.measure().texts.some((t) => t.includes('Elkaar echt')));

      // ---- the facilitator walks the projector through the debrief ----
      for (const s of ['lessons', 'personas', 'network', 'result']) {
        await A.click(`[data-testid="show-${s}"]`);
        await P.waitForFunction((x) => (window as unknown as Hook).__kotProjector!.screen() === x, s);
        await P.waitForFunction(() => !(window as unknown as Hook).__kotProjector!.measure().texts.some((t) => /wordt geladen/.test(t)));
        expect((await wall(P)).minTextPx).toBeGreaterThanOrEqual(28);
        await shot(P, `projector-1920-${s}`);
      }
      expect([...beamer.errors]).toEqual([]);

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
      await shot(A, 'replay-1366');
      await A.setViewportSize(PHONE);
      await A.locator('[data-testid="replay"]').scrollIntoViewIfNeeded();
      await shot(A, 'replay-390');
      expect((await layoutProblems(A)).filter((p) => p.startsWith('page scrolls'))).toEqual([]);
      expect([...anna.errors, ...bram.errors, ...cas.errors]).toEqual([]);
    } catch (e) {
      await Promise.all([shot(A, 'failure-reflections-anna'), shot(P, 'failure-reflections-projector'), shot(B, 'failure-reflections-bram'), shot(C, 'failure-reflections-cas')].map((p) => p.catch(() => undefined)));
      throw e;
    }
  }, 240_000);
});
