import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { RunningServer } from '../../server/app';
import { replay } from '../../shared/rules/replay';
import { computeResult } from '../../shared/rules/scoring';
import type { GameRecord, GameResult } from '../../shared/rules/types';
import { ARTIFACTS, layoutProblems, openDevice, PHONE, shot, startGameServer, WIDE, type Device, browserMissing } from './browser';
import { quickBotGame, seatTable } from './flow';

// The debrief in a real browser: a short game with bots played to the end, then every section of
// the debrief, the CSV and JSON downloads (the record replays to the same result), the report
// printed to PDF by Chromium and turned into PNG pages, and "Nog een keer" taking the group on.

const PDFTOPPM = '/usr/bin/pdftoppm';
const ready = browserMissing() === null;
const screen = (page: Page, name: string) => page.waitForSelector(`html[data-screen="${name}"]`);
const phase = (page: Page, p: string, round: number) => page.waitForSelector(`[data-testid="phase"][data-phase="${p}"][data-round="${round}"]`);
const pledgeCount = async (page: Page) => Number(await page.getAttribute('[data-testid="log"]', 'data-pledges'));
const SECTIONS = ['lessons', 'personas', 'network', 'players', 'guesses', 'interests', 'export'];

if (!ready) it.skip(browserMissing()!, () => undefined);

describe.skipIf(!ready)('the debrief in the browser', () => {
  let server: RunningServer;
  let anna: Device;
  let bram: Device;

  beforeAll(async () => {
    server = await startGameServer({ env: { BOT_PACE_MS: '150,400' } });
    [anna, bram] = await Promise.all([openDevice(WIDE), openDevice(PHONE, { touch: true })]);
  });

  afterAll(async () => {
    await Promise.all([anna, bram].map((d) => d?.close()));
    await server?.stop();
  });

  it('shows the debrief, exports it, prints it, and takes the group to a new game', async () => {
    const A = anna.page;
    const B = bram.page;
    try {
      // ---- a two-round game: Anna (host, bibliotheek), Bram (gemeente), Verbinder bots ----
      const code = await seatTable(server.url, { page: A, name: 'Anna', role: 'bibliotheek' }, [{ page: B, name: 'Bram', role: 'gemeente' }]);
      await quickBotGame(A, 2);
      await A.click('[data-testid="start"]');
      for (const round of [1, 2]) {
        await phase(A, 'gebeurtenis', round);
        for (const p of ['overleg', 'uitvoering', 'terugblik']) {
          const pledges = await pledgeCount(A);
          await A.click('[data-testid="advance"]');
          await phase(A, p, round);
          // The bots trade, give and pledge: go on once they have pledged a few cards in this Overleg.
          if (p === 'overleg') await A.waitForFunction((n) => Number(document.querySelector('[data-testid="log"]')?.getAttribute('data-pledges')) >= n, pledges + 3);
        }
        await A.click('[data-testid="advance"]');
      }
      await Promise.all([A, B].map((p) => screen(p, 'end')));

      // ---- every section of the debrief, on both screens ----
      for (const P of [A, B]) {
        await P.waitForSelector('[data-testid="end-screen"][data-debrief="ready"]');
        for (const s of SECTIONS) await P.waitForSelector(`[data-testid="debrief-${s}"]`);
        await P.waitForSelector('[data-testid="personas-chart"][data-ready="true"]');
        await P.waitForSelector('[data-testid="network"][data-ready="true"]');
      }
      const lessons = await A.$$eval('[data-testid="debrief-lessons"] li.lesson', (els) => els.map((e) => e.textContent ?? ''));
      expect(lessons.length).toBeGreaterThanOrEqual(3);
      expect(lessons.length).toBeLessThanOrEqual(5);
      for (const l of lessons) expect(l).not.toMatch(/\{\w+\}/);
      expect(await A.locator('[data-testid="players-table"] tbody tr').count()).toBe(8);
      expect(await A.textContent('[data-testid="debrief-interests"]')).toMatch(/behaald/);
      expect(await A.locator('[data-testid="network-image"]').first().getAttribute('src')).toMatch(/^data:image\/png;base64,/);
      // The network as it grew: one picture per round before the last (this game has two rounds).
      await A.locator('[data-testid="network-rounds"] figure').first().waitFor();
      expect(await A.locator('[data-testid="network-rounds"] figure').count()).toBe(1);
      expect(await A.textContent('[data-testid="network-rounds"]')).toContain('Na ronde 1');
      expect(await B.textContent('[data-testid="wait-next"]')).toContain('Nog een keer');

      // ---- screenshots: projector and phone ----
      // The network picture is final (its icons drawn) once it says it is ready, which the test waited for above.
      await shot(A, 'debrief-1920-top');
      for (const s of ['personas', 'players', 'interests']) {
        await A.locator(`[data-testid="debrief-${s}"]`).scrollIntoViewIfNeeded();
        await shot(A, `debrief-1920-${s}`);
      }
      expect(await layoutProblems(A)).toEqual([]);
      for (const s of ['lessons', 'network', 'players']) {
        await B.locator(s === 'network' ? '[data-testid="network-image"]' : `[data-testid="debrief-${s}"]`).first().scrollIntoViewIfNeeded();
        await shot(B, `debrief-phone-${s}`);
      }
      expect((await layoutProblems(B)).filter((p) => p.startsWith('page scrolls'))).toEqual([]);

      // ---- downloads: CSV of the partners, JSON record that replays to the same result ----
      const csv = await download(A, 'download-csv');
      const lines = csv.trim().split('\r\n');
      // In Dutch: semicolons, Dutch headers, partners and players by name.
      expect(csv.startsWith('\ufeff')).toBe(true); // so a spreadsheet reads it as UTF-8
      expect(lines[0]).toMatch(/^Partner;Gespeeld door;Kaarten gegeven;Kaarten gekregen;/);
      expect(lines).toHaveLength(9);
      expect(lines.some((l) => l.startsWith('Bibliotheek (Taalhuis);Anna;'))).toBe(true);
      // In English: commas and English headers.
      await A.click('[data-testid="lang-en"]');
      const csvEn = (await download(A, 'download-csv')).trim().split('\r\n');
      expect(csvEn[0]).toMatch(/^Partner,Played by,Cards given,Cards received,/);
      expect(csvEn.some((l) => l.includes(',Anna,'))).toBe(true);
      await A.click('[data-testid="lang-nl"]');
      const json = JSON.parse(await download(A, 'download-json')) as { code: string; record: GameRecord; result: GameResult };
      expect(json.code).toBe(code);
      const final = replay(json.record);
      expect(final.status).toBe('ended');
      expect(computeResult(final, json.result.endedEarly)).toEqual(json.result);
      expect(final.result ?? json.result).toEqual(json.result);
      const fromBram = JSON.parse(await download(B, 'download-json')) as { record: GameRecord };
      expect(fromBram.record.actions.length).toBe(json.record.actions.length);
      const agreement = await download(A, 'download-md');
      expect(agreement).toMatch(/^# Concept: lokale samenwerkingsafspraak/);
      expect(await A.inputValue('[data-testid="agreement"]')).toBe(agreement);

      // ---- the printed report: A4 PDF, its pages as PNG ----
      fs.mkdirSync(ARTIFACTS, { recursive: true });
      const pdf = path.join(ARTIFACTS, 'debrief-report.pdf');
      await A.pdf({ path: pdf, format: 'A4', printBackground: true });
      expect(fs.statSync(pdf).size).toBeGreaterThan(20_000);
      if (fs.existsSync(PDFTOPPM)) {
        for (const f of fs.readdirSync(ARTIFACTS)) if (/^debrief-report-\d+\.png$/.test(f)) fs.rmSync(path.join(ARTIFACTS, f));
        execFileSync(PDFTOPPM, ['-png', '-r', '70', pdf, path.join(ARTIFACTS, 'debrief-report')]);
        const pages = fs.readdirSync(ARTIFACTS).filter((f) => /^debrief-report-\d+\.png$/.test(f));
        expect(pages.length).toBeGreaterThanOrEqual(4);
      }

      // ---- the way on: the host starts a new room; Bram's end screen gets its link ----
      await A.click('[data-testid="play-again"]');
      await screen(A, 'lobby');
      const next = (await A.textContent('[data-testid="room-code"]'))!.trim();
      expect(next).not.toBe(code);
      await B.waitForSelector('[data-testid="next-room"]', { timeout: 20_000 });
      expect(await B.textContent('[data-testid="next-room"]')).toContain(next);
      await B.click('[data-testid="join-next"]');
      await screen(B, 'lobby');
      expect((await B.textContent('[data-testid="room-code"]'))!.trim()).toBe(next);
      await A.waitForSelector('text=Bram');
      expect(await A.inputValue('[data-testid="rounds"]')).toBe('2');
      expect([...anna.errors, ...bram.errors]).toEqual([]);
    } catch (e) {
      await Promise.all([shot(A, 'failure-debrief-anna'), shot(B, 'failure-debrief-bram')].map((p) => p.catch(() => undefined)));
      throw e;
    }
  }, 240_000);
});

async function download(page: Page, testid: string): Promise<string> {
  const [d] = await Promise.all([page.waitForEvent('download'), page.click(`[data-testid="${testid}"]`)]);
  const file = await d.path();
  return fs.readFileSync(file, 'utf8');
}
