import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { RunningServer } from '../../server/app';
import { LAPTOP, openDevice, PHONE, shot, startGameServer, tempDir, type Device, browserMissing } from './browser';
import { untimed } from './flow';

// A lost connection is shown plainly and the client comes back by itself: the server is stopped in
// the middle of a game and started again on the same port with the same database.

const ready = browserMissing() === null;
const phase = (page: Page, p: string) => page.waitForSelector(`[data-testid="phase"][data-phase="${p}"]`);

if (!ready) it.skip(browserMissing()!, () => undefined);

describe.skipIf(!ready)('connection', () => {
  const dir = tempDir('kot-e2e-restart-');
  let server: RunningServer | null = null;
  let devices: Device[] = [];

  beforeAll(async () => {
    server = await startGameServer({ dir });
    devices = await Promise.all([openDevice(LAPTOP), openDevice(PHONE, { touch: true }), openDevice(LAPTOP)]);
  });

  afterAll(async () => {
    await Promise.all(devices.map((d) => d.close()));
    await server?.stop();
  });

  it('shows a lost connection and rejoins by itself when the server comes back', async () => {
    const [A, B, C] = devices.map((d) => d.page);
    await A.goto(server!.url);
    await A.fill('[data-testid="name"]', 'Anna');
    await A.press('[data-testid="name"]', 'Enter'); // Enter on the start screen creates a game
    const code = (await A.textContent('[data-testid="room-code"]'))!.trim();
    await A.click('[data-testid="claim-uwv"]');
    for (const [page, name, role] of [[B, 'Bram', 'roc'], [C, 'Chris', 'ggd']] as const) {
      await page.goto(`${server!.url}/?room=${code}`);
      await page.fill('[data-testid="name"]', name);
      await page.click('[data-testid="join"]');
      await page.click(`[data-testid="claim-${role}"]`);
      await page.waitForSelector(`[data-testid="role-${role}"].mine`);
    }
    await untimed(A);
    await A.click('[data-testid="start"]');
    await Promise.all([A, B, C].map((p) => phase(p, 'gebeurtenis')));

    const port = server!.port;
    await server!.stop();
    server = null;
    for (const p of [A, B, C]) await p.waitForSelector('[data-testid="connection-lost"]');
    expect(await B.textContent('[data-testid="connection-lost"]')).toContain('Verbinding verbroken');
    await shot(B, 'phone-connection-lost');

    server = await startGameServer({ dir, port });
    for (const p of [A, B, C]) {
      await p.waitForSelector('[data-testid="connection-lost"]', { state: 'detached', timeout: 30_000 });
      await phase(p, 'gebeurtenis');
    }
    expect(await B.textContent('[data-testid="my-role"]')).toMatch(/ROC/);
    // The host is the host again (the stored host key), and the game goes on for everyone.
    await A.click('[data-testid="advance"]');
    await Promise.all([A, B, C].map((p) => phase(p, 'overleg')));
    for (const d of devices) expect(d.errors.filter((e) => !/WebSocket|ERR_CONNECTION_REFUSED|Failed to load resource/.test(e))).toEqual([]);
  }, 120_000);

  it('shows a dropped network on a phone and returns to the same seat when it is back', async () => {
    const device = await openDevice(PHONE, { touch: true });
    try {
      const page = device.page;
      await page.goto(server!.url);
      await page.fill('[data-testid="name"]', 'Dana');
      await page.tap('[data-testid="create"]');
      await page.tap('[data-testid="claim-schuldhulp"]');
      await page.waitForSelector('[data-testid="role-schuldhulp"].mine');
      await device.context.setOffline(true);
      await page.waitForSelector('[data-testid="connection-lost"]');
      await device.context.setOffline(false);
      await page.waitForSelector('[data-testid="connection-lost"]', { state: 'detached', timeout: 30_000 });
      // Same seat: still one player, still holding the role, still the host.
      await page.waitForSelector('[data-testid="role-schuldhulp"].mine');
      expect(await page.locator('[data-testid="console-seats"] li').count()).toBe(1);
      await page.waitForSelector('[data-testid="start"]');
    } finally {
      await device.close();
    }
  }, 60_000);
});
