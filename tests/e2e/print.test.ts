import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../server/app';
import { axeViolations } from './axe';
import { LAPTOP, openDevice, shot, startGameServer, type Device, browserMissing } from './browser';

// "Print het spel" on the start screen and in the facilitator's console: each leads to the kit's
// PDF for the chosen (or the room's) number of players, in the screen's language.

const ready = browserMissing() === null;

if (!ready) it.skip(browserMissing()!, () => undefined);

describe.skipIf(!ready)('print the game', () => {
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

  it('the start screen asks for the number of players and gives the PDF in its language', async () => {
    const page = device.page;
    await page.goto(server.url);
    await page.waitForSelector('html[data-ready="true"]');
    await page.click('[data-testid="lang-en"]');
    await page.waitForSelector('[data-testid="print-kit"] >> text=Print the game');
    await page.selectOption('#print-seats', '8');
    // What the form sends, as the browser builds it.
    const href = await page.$eval('[data-testid="print-kit"]', (f) => {
      const form = f as HTMLFormElement;
      return `${form.action}?${new URLSearchParams(new FormData(form) as unknown as Record<string, string>)}`;
    });
    expect(href).toMatch(/\/print\/kit\.pdf\?seats=8&lang=en$/);
    const res = await page.request.get(href);
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toBe('application/pdf');
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'home-print-kit');
  });

  it("the facilitator's console links the kit for the room", async () => {
    const page = device.page;
    await page.click('[data-testid="lang-nl"]');
    await page.fill('[data-testid="name"]', 'Fien');
    await page.click('[data-testid="create-facilitate"]');
    await page.waitForSelector('[data-testid="print-kit-link"]');
    const href = (await page.getAttribute('[data-testid="print-kit-link"]', 'href'))!;
    expect(href).toMatch(/^\/print\/kit\.pdf\?seats=[3-8]&lang=nl$/);
    expect(await page.textContent('[data-testid="print-kit-link"]')).toContain('Print het spel');
    expect((await page.request.get(new URL(href, server.url).toString())).status()).toBe(200);
  });
});
