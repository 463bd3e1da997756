import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import type { RunningServer } from '../../server/app';
import { browserMissing, CHROMIUM, LAPTOP, layoutProblems, PHONE, shot, startGameServer, WIDE } from './browser';
import { observerEvent } from './event-observer';

// A training day in real browsers: the facilitator makes the day from the start screen on a laptop,
// the event's projector runs on a wide screen, fourteen participants join on phone-sized pages by the
// one link and are placed at three tables; the facilitator moves one and lets two share a role; a
// late arrival is placed; all tables start, phases run together, a move at one table shows on the
// overview, a message reaches every screen, and at the end the debrief across tables is exported.
// Screenshots go to test-artifacts/ (event-*.png).

const ready = browserMissing() === null;
if (!ready) it.skip(browserMissing()!, () => undefined);

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const screenIs = (page: Page, name: string) => page.waitForFunction((n) => document.documentElement.dataset.screen === n, name, { timeout: 30_000 });

describe.skipIf(!ready)('a training day in the browser', () => {
  let server: RunningServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const errors: string[] = [];

  async function open(viewport: { width: number; height: number }): Promise<Page> {
    const context = await browser.newContext({ viewport, locale: 'nl-NL', acceptDownloads: true });
    contexts.push(context);
    const page = await context.newPage();
    page.setDefaultTimeout(20_000);
    page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
    return page;
  }

  beforeAll(async () => {
    server = await startGameServer();
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
  });

  afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => undefined);
    await browser?.close();
    await server?.stop();
  });

  it('places 14 phones at 3 tables, runs them together and exports the debrief across tables', async () => {
    const F = await open(LAPTOP);
    const W = await open(WIDE);
    try {
      await day(F, W);
    } catch (e) {
      await shot(F, 'failure-event-console').catch(() => undefined);
      await shot(W, 'failure-event-wall').catch(() => undefined);
      throw e;
    }
    expect(errors).toEqual([]);
  }, 240_000);

  async function day(F: Page, W: Page) {
    // ---- the facilitator: "Ik begeleid een dag" → the settings → the console ----
    await F.goto(server.url);
    await F.click('[data-testid="create-event"]');
    await F.waitForSelector('[data-testid="ev-create"]');
    await F.fill('#ev-title', 'Landelijke dag Basisvaardigheden');
    await F.selectOption('[data-testid="ev-rounds"]', '1');
    await F.selectOption('#ev-overleg', '');
    await F.selectOption('#ev-uitvoering', '');
    await F.check('[data-testid="ev-second"]');
    await shot(F, 'event-setup-1366');
    await F.click('[data-testid="ev-create"]');
    const code = (await F.textContent('[data-testid="ev-code"]'))!.trim();
    expect(code).toMatch(/^[A-Z0-9]{6}$/);
    const joinUrl = (await F.getAttribute('[data-testid="ev-join-link"]', 'href'))!;
    expect(joinUrl).toBe(`${server.url}/?event=${code}`);
    await F.waitForSelector('.ev-qr');

    // ---- the event's projector, by the console's link ----
    await W.goto((await F.getAttribute('[data-testid="ev-open-projector"]', 'href'))!);
    await W.waitForSelector(`[data-testid="ev-wall"][data-view="lobby"]`);
    expect(await W.textContent('[data-testid="ev-wall-code"]')).toBe(code);
    expect(W.url()).not.toContain('#key='); // the key leaves the address bar

    // ---- fourteen phones join by the link, each its own browser context (its own storage) ----
    const phones = await Promise.all(Array.from({ length: 14 }, () => open(PHONE)));
    const names = phones.map((_, i) => `Deelnemer ${i + 1}`);
    for (let i = 0; i < phones.length; i += 5) {
      await Promise.all(
        phones.slice(i, i + 5).map(async (p, k) => {
          await p.goto(joinUrl);
          await p.fill('[data-testid="ev-name"]', names[i + k]);
          await p.click('[data-testid="ev-join"]');
          await p.waitForSelector('[data-testid="ev-placed-message"]');
        }),
      );
    }
    // Placed automatically at three tables, as even as 14 allows.
    await F.waitForFunction(() => document.querySelectorAll('[data-testid^="ev-person-"]').length === 14);
    const sizes = await F.$$eval('[data-testid^="ev-plan-"]', (els) => els.map((e) => e.querySelectorAll('li').length));
    expect(sizes).toEqual([5, 5, 4]);
    // Every phone shows its table and role (Dutch), or would say it waits.
    const messages = await Promise.all(phones.map((p) => p.textContent('[data-testid="ev-placed-message"]')));
    expect(messages.every((m) => /^Tafel [123]: jij speelt .+\. Wacht op de start\.$/.test(m ?? ''))).toBe(true);
    // The Bibliotheek and the gemeente at every table.
    for (const n of [1, 2, 3]) for (const role of ['Bibliotheek', 'Gemeente']) expect(messages.some((m) => m!.startsWith(`Tafel ${n}: jij speelt ${role}`)), `${role} at ${n}`).toBe(true);
    await W.waitForFunction(() => document.querySelectorAll('.ev-wall-plan-table').length === 3);
    await shot(phones[0], 'event-phone-390-placed');
    expect(await layoutProblems(phones[0])).toEqual([]);
    await shot(W, 'event-wall-1920-lobby');

    // ---- the facilitator moves the last arrival (table 3) to table 1's open seat ----
    const phoneOf = (name: string) => phones[names.indexOf(name)];
    const at = (t: number) => F.$$eval(`[data-testid="ev-plan-${t}"] li .ev-name`, (els) => els.map((e) => e.textContent ?? ''));
    const moved = (await at(2)).at(-1)!;
    await F.click(`[data-testid="ev-pick-${moved}"]`);
    await F.click('[data-testid="ev-move-to-0"]');
    await phoneOf(moved).waitForFunction(() => /^Tafel 1:/.test(document.querySelector('[data-testid="ev-placed-message"]')?.textContent ?? ''));
    // ---- two share one role: someone of table 2 plays the Bibliotheek of table 1 together with its player ----
    const sharer = (await at(1)).at(-1)!;
    const partner = (await at(0))[0];
    await F.click(`[data-testid="ev-pick-${sharer}"]`);
    await F.click(`[data-testid="ev-share-${partner}"]`);
    await phoneOf(sharer).waitForFunction((p) => (document.querySelector('[data-testid="ev-placed-message"]')?.textContent ?? '').includes(`samen met ${p}`), partner);
    await phoneOf(partner).waitForSelector('.ev-placed .ev-tag');
    await shot(phoneOf(sharer), 'event-phone-390-shared');

    // ---- a late arrival takes the open seat at the emptiest table (table 3, now 3 people) ----
    const late = await open(PHONE);
    await late.goto(joinUrl);
    await late.fill('[data-testid="ev-name"]', 'Laatkomer');
    await late.click('[data-testid="ev-join"]');
    await late.waitForFunction(() => /^Tafel 3:/.test(document.querySelector('[data-testid="ev-placed-message"]')?.textContent ?? ''));
    // The console hears of the newcomer in its own time: wait until its plan counts 15 people.
    await F.waitForFunction(() => document.querySelectorAll('[data-testid^="ev-plan-"] li').length === 15);
    expect(await F.$$eval('[data-testid^="ev-plan-"]', (els) => els.map((e) => e.querySelectorAll('li').length))).toEqual([7, 4, 4]);
    await shot(F, 'event-console-1366-lobby');

    // ---- start: every phone goes to its table as a player; the shared role is one seat on two phones ----
    await F.click('[data-testid="ev-start"]');
    const all = [...phones, late];
    await Promise.all(all.map((p) => screenIs(p, 'table')));
    await F.waitForFunction(() => document.querySelectorAll('[data-testid^="ev-table-"]').length === 3);
    await phoneOf(sharer).waitForSelector('[data-testid="phase"]');
    expect(await phoneOf(sharer).evaluate(() => document.body.innerText)).toContain('Bibliotheek');
    await shot(phoneOf(sharer), 'event-phone-390-shared-table');
    // The overview: three tables in Gebeurtenis, bots for the empty roles, the shared seat named after both.
    const seatsText = await F.textContent('[data-testid="ev-table-0"] .ev-seats');
    expect(seatsText).toContain(`${partner} & ${sharer}`);
    expect(await F.locator('[data-testid="ev-table-2"] .ev-seats li.bot').count()).toBe(2);

    // ---- phases together: one "Volgende fase" moves all three tables (and their phones) to Overleg ----
    await F.click('[data-testid="ev-advance"]');
    await F.waitForFunction(() => Array.from(document.querySelectorAll('[data-testid="table-phase"]')).every((e) => /Overleg/.test(e.textContent ?? '')));
    await Promise.all([phones[0], phoneOf(moved), late].map((p) => p.waitForSelector('[data-testid="phase"][data-phase="overleg"]')));

    // ---- a move at table 2 shows on the console's overview ----
    const tableCode = (i: number) => F.textContent(`[data-testid="ev-table-${i}"] .code-badge`).then((s) => s!.trim());
    const code2 = await tableCode(1);
    const atTable2 = all.filter((p) => p.url().includes(code2));
    expect(atTable2.length).toBe(4);
    const player = atTable2[0];
    const movesBefore = Number((await F.textContent('[data-testid="ev-table-1"] [data-testid="table-moves"]'))!.replace(/\D/g, ''));
    const interest = (await player.getAttribute('[data-testid^="interest-"]', 'data-testid'))!.replace('interest-', '');
    await player.click(`[data-testid="disclose-${interest}"]`);
    await player.check('[data-testid="disclose-to-all"]');
    await player.click('[data-testid="dialog-submit"]');
    await F.waitForFunction((n) => Number((document.querySelector('[data-testid="ev-table-1"] [data-testid="table-moves"]')?.textContent ?? '').replace(/\D/g, '')) > n, movesBefore);

    // ---- a message to everyone: on the console, the wall and every table's phones ----
    await F.fill('[data-testid="ev-say"]', 'Nog vijf minuten!');
    await F.press('[data-testid="ev-say"]', 'Enter');
    await Promise.all([phones[0], atTable2[1], late].map((p) => p.waitForFunction(() => /Nog vijf minuten!/.test(document.getElementById('toasts')?.textContent ?? ''))));
    await W.waitForSelector('[data-testid="event-say"]');
    await W.waitForSelector('[data-testid="ev-wall"][data-view="wall"]');
    await shot(F, 'event-console-1366-overview');
    expect((await layoutProblems(F, 32)).filter((x) => x.startsWith('page scrolls') || x.startsWith('outside'))).toEqual([]);
    await shot(W, 'event-wall-1920-tables');
    // The console's laptop reloads: the day goes on and the overview comes back on the stored key.
    await F.reload();
    await F.waitForFunction(() => document.querySelectorAll('[data-testid^="ev-table-"]').length === 3);
    await W.reload(); // the wall too comes back after a reload, on the key kept on its device
    await W.waitForSelector('[data-testid="ev-wall"][data-view="wall"]');
    // One table in focus on the wall, chosen from the console.
    await F.click('.ev-focus button:has-text("2")');
    await W.waitForSelector('[data-testid="ev-wall-focus"]');
    await F.click('[data-testid="ev-focus-wall"]');
    await W.waitForSelector('[data-testid="ev-wall"][data-view="wall"]');

    // ---- the end for all tables: the comparison on the wall, the debrief across tables and its export ----
    await F.click('[data-testid="ev-end"]');
    await F.waitForFunction(() => Array.from(document.querySelectorAll('[data-testid^="ev-table-"] .ev-phase')).every((e) => /Afgelopen/.test(e.textContent ?? '')));
    await W.waitForSelector('[data-testid="ev-wall-compare"]');
    await shot(W, 'event-wall-1920-compare');
    await F.click('[data-testid="ev-debrief-load"]');
    await F.waitForSelector('[data-testid="ev-results"]');
    expect(await F.locator('[data-testid="ev-results"] tbody tr').count()).toBe(3);
    const [download] = await Promise.all([F.waitForEvent('download'), F.click('[data-testid="ev-export-tables"]')]);
    const csv = fs.readFileSync((await download.path())!, 'utf8');
    expect(csv.split(/\r?\n/).filter(Boolean)).toHaveLength(4);
    expect(csv.split(/\r?\n/)[0]).toContain('Tafel;Spel;Code');
    const [json] = await Promise.all([F.waitForEvent('download'), F.click('[data-testid="ev-export-json"]')]);
    const data = JSON.parse(fs.readFileSync((await json.path())!, 'utf8')) as { records: unknown[]; debrief: { tables: unknown[] } };
    expect(data.records).toHaveLength(3);
    await F.locator('[data-testid="ev-debrief"]').scrollIntoViewIfNeeded();
    await shot(F, 'event-console-1366-debrief');

    // ---- the second game with the cards on the table: every phone goes on to its new table by itself ----
    const going = [phones[0], phoneOf(sharer), late];
    const before = going.map((p) => p.url());
    await F.click('[data-testid="ev-second"]');
    await Promise.all(going.map((p, i) => p.waitForURL((u) => u.href !== before[i], { timeout: 30_000 })));
    await Promise.all(going.map((p) => screenIs(p, 'table')));
    await F.waitForFunction(() => Array.from(document.querySelectorAll('[data-testid="table-phase"]')).length === 3);
    // Every interest is on the table from the start.
    await phones[0].waitForSelector('[data-testid^="interest-"]');
    expect(await phones[0].locator('[data-testid^="disclose-"]').count()).toBe(0);
    expect(await phones[0].evaluate(() => document.body.innerText)).toContain('Op tafel voor iedereen');

    // ---- the day among "your days on this device", and back to its console from there ----
    await F.goto(`${server.url}/?event=new`);
    await F.click(`[data-testid="ev-days"] a[href="/?event=${code}"]`);
    await F.waitForFunction(() => document.querySelectorAll('[data-testid^="ev-table-"]').length === 3);

    // ---- an observer (a second, small day without bots): the table as its projector shows it, and notes ----
    await observerEvent(server, await open(PHONE));
  }
});
