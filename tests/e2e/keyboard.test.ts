import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../server/app';
import { LAPTOP, openDevice, shot, startGameServer, type Device, browserMissing } from './browser';

// The start screen and the lobby with the keyboard only: a sensible Tab order, a focus you can see,
// and Enter to act.

const ready = browserMissing() === null;

if (!ready) it.skip(browserMissing()!, () => undefined);

describe.skipIf(!ready)('keyboard', () => {
  let server: RunningServer;
  let device: Device;

  beforeAll(async () => {
    server = await startGameServer();
    device = await openDevice(LAPTOP);
  });

  afterAll(async () => {
    await device?.close();
    await server?.stop();
  });

  it('reaches every control with Tab, shows where the focus is, and acts on Enter', async () => {
    const page = device.page;
    await page.goto(server.url);
    await page.waitForSelector('html[data-ready="true"]');
    const focused = () => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.testid ?? document.activeElement?.className ?? '');
    const order: string[] = [];
    for (let i = 0; i < 10; i++) {
      await page.keyboard.press('Tab');
      order.push(await focused());
    }
    // Joining by code comes right after the name: most people here are players; then the ways to lead
    // a game (one table, a training day), then practice.
    expect(order).toEqual(['skip', 'lang-nl', 'lang-en', 'name', 'code', 'join', 'create-facilitate', 'create', 'create-event', 'practise']);

    // The focus ring is really drawn.
    await page.focus('[data-testid="create"]');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    const outline = await page.$eval('[data-testid="create"]', (el) => getComputedStyle(el).outlineStyle);
    expect(outline).not.toBe('none');
    await shot(page, 'laptop-focus-ring');

    // Switch language with the keyboard: English, remembered after a reload.
    await page.focus('[data-testid="lang-en"]');
    await page.keyboard.press('Enter');
    await page.waitForSelector('html[lang="en"]');
    await page.reload();
    await page.waitForSelector('html[lang="en"][data-ready="true"]');
    expect(await page.textContent('[data-testid="create"]')).toBe('I play along');
    expect(await page.textContent('[data-testid="create-facilitate"]')).toBe('I facilitate');

    // An empty name is refused with a message on the screen; a good one creates the game.
    await page.focus('[data-testid="name"]');
    await page.keyboard.type('   ');
    await page.focus('[data-testid="create"]');
    await page.keyboard.press('Enter');
    expect(await page.textContent('[data-testid="error-home"]')).toContain('1 to 24 characters');
    await page.fill('[data-testid="name"]', 'Kim');
    // A code that does not exist says so.
    await page.fill('[data-testid="code"]', 'zzz-zzz');
    await page.press('[data-testid="code"]', 'Enter');
    await page.waitForSelector('[data-testid="error-home"]:has-text("No game found with code ZZZZZZ")');
    await page.fill('[data-testid="code"]', '');
    await page.focus('[data-testid="create"]');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-testid="room-code"]');

    // Claim a role with Tab and Enter only.
    let guard = 0;
    while ((await focused()) !== 'claim-bibliotheek' && guard++ < 60) await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-testid="role-bibliotheek"].mine');
    // The browser itself logs the refused join (HTTP 522 from matchmaking); nothing else may fail.
    expect(device.errors.filter((e) => !e.includes('status of 522'))).toEqual([]);
  }, 60_000);
});
