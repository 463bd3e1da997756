import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { RunningServer } from '../../server/app';
import { LAPTOP, openDevice, shot, startGameServer, type Device, browserMissing } from './browser';
import { quickBotGame, seatTable } from './flow';

// Bots in team play: the host fills the empty roles with bots in the lobby; during the game a bot
// takes over the seat of a player who is gone, and the player takes it back on return.

const ready = browserMissing() === null;
const phase = (page: Page, p: string) => page.waitForSelector(`[data-testid="phase"][data-phase="${p}"]`);

if (!ready) it.skip(browserMissing()!, () => undefined);

describe.skipIf(!ready)('bots in team play', () => {
  let server: RunningServer;
  let anna: Device;
  let bram: Device;

  beforeAll(async () => {
    server = await startGameServer({ env: { BOT_PACE_MS: '300,800' } });
    [anna, bram] = await Promise.all([openDevice(LAPTOP), openDevice(LAPTOP)]);
  });

  afterAll(async () => {
    await Promise.all([anna, bram].map((d) => d?.close()));
    await server?.stop();
  });

  it('fills empty roles with bots, and lets a bot play for an absent player until they are back', async () => {
    const A = anna.page;
    const B = bram.page;
    try {
      const code = await seatTable(server.url, { page: A, name: 'Anna', role: 'bibliotheek' }, [{ page: B, name: 'Bram', role: 'gemeente' }]);

      // ---- lobby: "Lege rollen met bots vullen", with a personality ----
      await quickBotGame(A, 1);
      expect(await A.textContent('[data-testid="bots-will-play"]')).toContain('Verbinder');
      await B.waitForSelector('[data-testid="bot-if-free-uwv"]');
      expect(await B.textContent('[data-testid="bot-if-free-uwv"]')).toContain('Bot · Verbinder');
      await shot(A, 'lobby-bots-laptop');
      await A.click('[data-testid="start"]');
      await Promise.all([A, B].map((p) => phase(p, 'gebeurtenis')));
      // The settings chosen before ticking the box were kept: one round, no clock.
      expect(await A.textContent('[data-testid="phase"]')).toMatch(/Ronde 1 van 1.*geen klok/);
      const bots = await A.$$eval('li.partner .who', (els) => els.map((e) => e.textContent ?? '').filter((t) => t.startsWith('Bot · Verbinder')));
      expect(bots).toHaveLength(6); // 8 seats: two players and six bots

      // ---- Bram is gone: the host lets a bot play his seat ----
      await B.goto('about:blank');
      const seat = A.locator('[data-testid="partner-gemeente"]');
      await seat.locator('[data-testid="bot-seat-gemeente"]').waitFor();
      await A.selectOption('[data-testid="bot-kind-gemeente"]', 'voorzichtig');
      await A.click('[data-testid="bot-seat-gemeente"]');
      await A.waitForFunction(() => document.querySelector('[data-testid="partner-gemeente"] .who')?.textContent?.includes('Bot · Voorzichtig'));
      expect(await seat.locator('.who').textContent()).toBe('Bram (nu: Bot · Voorzichtig)');
      await seat.locator('[data-testid="human-seat-gemeente"]').waitFor();
      await shot(A, 'host-bot-for-absent');

      // ---- Bram comes back: a bot plays for him until he takes the seat back ----
      await B.goto(`${server.url}/?room=${code}`);
      await B.waitForSelector('[data-testid="bot-plays-for-you"]');
      expect(await B.textContent('[data-testid="bot-plays-for-you"]')).toContain('Een bot speelt nu voor jou');
      await shot(B, 'bot-plays-for-you');
      await B.click('[data-testid="take-back"]');
      await B.waitForSelector('[data-testid="bot-plays-for-you"]', { state: 'detached' });
      await A.waitForFunction(() => document.querySelector('[data-testid="partner-gemeente"] .who')?.textContent === 'Bram');
      expect(await seat.locator('[data-testid="human-seat-gemeente"]').count()).toBe(0);
      expect([...anna.errors, ...bram.errors]).toEqual([]);
    } catch (e) {
      await Promise.all([shot(A, 'failure-bots-anna'), shot(B, 'failure-bots-bram')].map((p) => p.catch(() => undefined)));
      throw e;
    }
  }, 120_000);
});
