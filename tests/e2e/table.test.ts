import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { RunningServer } from '../../server/app';
import { axeViolations } from './axe';
import { LAPTOP, openDevice, PHONE, shot, startGameServer, WIDE, type Device, browserMissing } from './browser';
import { facilitatedTable, readFrozen, readHand, tradePair, untimed } from './flow';

// The player's table as a player meets it: nothing moves under a phone player while others act,
// a keyboard-only player keeps a sensible focus after each move and inside the trade dialog, the
// first-round hints come once each and can be switched off, axe finds nothing (WCAG 2.1 A/AA) on
// the start screen, the lobby, the table in Overleg with an offer open and the end, on a phone and a
// laptop. Screenshots of the lobby, an Overleg with an offer open and the end at three sizes.

const ready = browserMissing() === null;
const phase = (page: Page, p: string, round: number) => page.waitForSelector(`[data-testid="phase"][data-phase="${p}"][data-round="${round}"]`);
const focusedKey = (page: Page) => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset?.key ?? document.activeElement?.tagName ?? '');

/** Tab (or Shift+Tab) until the focused element matches `selector`; keyboard only. */
async function tabTo(page: Page, selector: string, max = 250, key = 'Tab'): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press(key);
  }
  throw new Error(`Tab never reached ${selector}`);
}

if (!ready) it.skip(browserMissing()!, () => undefined);

describe.skipIf(!ready)('the player’s table', () => {
  let server: RunningServer;
  let fac: Device; // facilitator, laptop
  let bram: Device; // phone
  let kim: Device; // laptop, keyboard only
  let chris: Device; // laptop, then the wide screen

  beforeAll(async () => {
    server = await startGameServer();
    [fac, bram, kim, chris] = await Promise.all([openDevice(LAPTOP), openDevice(PHONE, { touch: true }), openDevice(LAPTOP), openDevice(LAPTOP)]);
  });

  afterAll(async () => {
    await Promise.all([fac, bram, kim, chris].map((d) => d?.close()));
    await server?.stop();
  });

  it('keeps the player’s place, focus and dialog, teaches once, and passes axe', async () => {
    const [F, B, K, C] = [fac.page, bram.page, kim.page, chris.page];
    const players = [B, K, C];
    const advanceTo = async (p: string, round: number) => {
      await F.click('[data-testid="advance"]');
      await Promise.all([F, ...players].map((page) => phase(page, p, round)));
    };

    // ---- the start screen, on a phone and a laptop ----
    for (const p of [B, K]) {
      await p.goto(server.url);
      await p.waitForSelector('html[data-ready="true"]');
      expect(await p.locator('h1').count(), 'one h1 on the start screen').toBe(1);
      expect(await axeViolations(p), 'home').toEqual([]);
    }

    // ---- the lobby: code and players before the roles ----
    await facilitatedTable(server.url, F, [
      { page: B, name: 'Bram', role: 'bibliotheek' },
      { page: K, name: 'Kim', role: 'gemeente' },
      { page: C, name: 'Chris', role: 'uwv' },
    ]);
    await F.selectOption('[data-testid="rounds"]', '1');
    await untimed(F);
    const order = await B.evaluate(() => ['room-code', 'players', 'roles'].map((id) => (document.querySelector(`[data-testid="${id}"]`)?.getBoundingClientRect().top ?? -1e6) + window.scrollY));
    expect(order[0]).toBeGreaterThanOrEqual(0);
    expect(order[0], 'code above the players').toBeLessThan(order[1]);
    expect(order[1], 'players above the roles').toBeLessThan(order[2]);
    expect(order[1], 'the players within the first screen of a phone').toBeLessThan(PHONE.height);
    for (const [p, name] of [[B, 'phone'], [K, 'laptop']] as const) {
      expect(await p.locator('h1').count(), 'one h1 in the lobby').toBe(1);
      expect(await axeViolations(p), `lobby ${name}`).toEqual([]);
    }
    await shot(B, 'table-390-lobby');
    await shot(K, 'table-1366-lobby');
    await C.setViewportSize(WIDE);
    await shot(C, 'table-1920-lobby');
    await C.setViewportSize(LAPTOP);

    // ---- round 1: the target's hint at once, Overleg's when it starts ----
    await F.click('[data-testid="start"]');
    await Promise.all(players.map((p) => phase(p, 'gebeurtenis', 1)));
    await B.waitForSelector('[data-testid="hint"][data-hint="target"]');
    await B.click('[data-testid="hint-ok"]');
    await B.waitForSelector('[data-testid="hint"]', { state: 'detached' });
    await advanceTo('overleg', 1);
    await B.waitForFunction(() => /Fase: Overleg/.test(document.getElementById('announce')?.textContent ?? '')); // said to a screen reader
    await B.waitForSelector('[data-testid="hint"][data-hint="overleg"]');
    await B.click('[data-testid="hints-off"]'); // Bram switches them off: none again on this device
    await B.waitForSelector('[data-testid="hint"]', { state: 'detached' });
    await K.waitForSelector('[data-testid="hint"][data-hint="overleg"]');

    // ---- Bram on his phone, scrolled down the projects, a control focused: two others act ----
    await B.tap('[data-testid="tab-projects"]');
    const pluses = B.locator('.need-actions button:not([disabled])');
    expect(await pluses.count()).toBeGreaterThan(1);
    const target = pluses.last();
    await target.scrollIntoViewIfNeeded();
    await B.evaluate(() => window.scrollBy(0, -120));
    await target.focus();
    await B.evaluate(() => ((document.activeElement as HTMLElement & { mark?: boolean }).mark = true));
    // How far down Bram is (the window and every scrolled box: the phone's tab scrolls in its own
    // box), and where the focused control is on his screen. Content above that grows or shrinks
    // (a pledge elsewhere) may change the scroll offset — the browser keeps what is on screen in
    // place — so "nothing moves" is measured where the player sees it: the control's position.
    const place = () =>
      B.evaluate(() => ({
        scrolled: window.scrollY + Array.from(document.querySelectorAll<HTMLElement>('main, main *')).reduce((n, e) => n + e.scrollTop, 0),
        top: Math.round((document.activeElement as HTMLElement).getBoundingClientRect().top),
        key: (document.activeElement as HTMLElement).dataset.key,
        same: (document.activeElement as HTMLElement & { mark?: boolean }).mark === true,
      }));
    const before = await place();
    expect(before.scrolled).toBeGreaterThan(300);
    const pledgedOnB = () => B.evaluate(() => Array.from(document.querySelectorAll('.need[data-pledged]')).reduce((n, e) => n + Number(e.getAttribute('data-pledged')), 0));
    const start = await pledgedOnB();
    for (const p of [C, K]) {
      await p.locator('.need-actions button[data-testid^="pledge-"]:not([disabled])').first().click();
    }
    await B.waitForFunction((n) => Array.from(document.querySelectorAll('.need[data-pledged]')).reduce((k, e) => k + Number(e.getAttribute('data-pledged')), 0) >= n + 2, start);
    const after = await place();
    expect({ key: after.key, same: after.same }).toEqual({ key: before.key, same: true });
    expect(Math.abs(after.top - before.top), `the focused control moved from ${before.top} to ${after.top} px`).toBeLessThanOrEqual(1);
    expect(after.scrolled).toBeGreaterThan(300);
    expect(await pledgedOnB()).toBe(start + 2);

    // The phone's tab bar is one Tab stop; arrows move between the tabs.
    await B.focus('[data-testid="tab-projects"]');
    await B.keyboard.press('ArrowRight');
    await B.waitForSelector('[data-testid="tab-personas"][aria-selected="true"]');
    expect(await focusedKey(B)).toBe('tab-personas');
    await shot(B, 'table-390-residents');
    expect(await B.locator('.tabs [tabindex="0"]').count()).toBe(1);
    await B.keyboard.press('ArrowLeft');
    await B.waitForSelector('[data-testid="tab-projects"][aria-selected="true"]');

    // Kim pledged: the Overleg hint is done without a click; the target's comes next.
    await K.waitForSelector('[data-testid="hint"][data-hint="target"]');
    await K.click('[data-testid="hint-ok"]');

    // ---- Kim, keyboard only: pledge and take it back, focus stays where it makes sense ----
    await K.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    // A "+" on a project that one card will not finish (a finished project's pledges are locked).
    const pick = await K.evaluate(() =>
      Array.from(document.querySelectorAll<HTMLButtonElement>('.need-actions button[data-testid^="pledge-"]:not([disabled])')).find(
        (b) => Array.from(b.closest('[data-testid^="project-"]')!.querySelectorAll('.need')).reduce((n, e) => n + Number(e.getAttribute('data-missing')), 0) >= 2,
      )?.dataset.testid,
    );
    expect(pick).toBeDefined();
    await tabTo(K, `[data-testid="${pick}"]`);
    const pledgeKey = await focusedKey(K);
    const project = pledgeKey.split('-').slice(1, -1).join('-');
    const resource = pledgeKey.split('-').at(-1)!;
    const mineSel = `[data-testid="project-${project}"] .need[data-resource="${resource}"]`;
    const mineBefore = Number(await K.getAttribute(mineSel, 'data-mine'));
    await K.keyboard.press('Enter');
    await K.waitForSelector(`${mineSel}[data-mine="${mineBefore + 1}"]`);
    const afterPledge = await K.evaluate(() => document.activeElement?.closest('[data-testid^="project-"]')?.getAttribute('data-testid') ?? document.activeElement?.tagName);
    expect(afterPledge, 'after a pledge, focus stays in the project').toBe(`project-${project}`);
    await tabTo(K, `[data-testid="unpledge-${project}-${resource}"]`, 12, 'Shift+Tab');
    await K.keyboard.press('Enter');
    await K.waitForSelector(`${mineSel}[data-mine="${mineBefore}"]`);
    expect(await K.evaluate(() => document.activeElement?.closest('[data-testid^="project-"]')?.getAttribute('data-testid') ?? document.activeElement?.tagName), 'after taking it back').toBe(`project-${project}`);

    // ---- Chris offers Kim a trade; Kim's offer hint; Kim accepts with the keyboard ----
    const frozen = await readFrozen(C);
    const pair = tradePair(await readHand(C), await readHand(K), frozen);
    expect(pair).not.toBeNull();
    await C.click('[data-testid="trade-gemeente"]');
    await C.click(`[data-testid="give-plus-${pair!.give}"]`);
    await C.click(`[data-testid="get-plus-${pair!.get}"]`);
    await C.click('[data-testid="dialog-submit"]');
    await K.waitForSelector('[data-testid="hint"][data-hint="offer"]');
    expect(await B.locator('[data-testid="hint"]').count(), 'hints stay off for Bram').toBe(0);
    // The table with an offer open, at three sizes, and axe on it.
    await K.waitForSelector('[data-testid^="accept-"]');
    await shot(K, 'table-1366-overleg-offer');
    await C.setViewportSize(WIDE);
    await shot(C, 'table-1920-overleg-offer');
    await C.setViewportSize(LAPTOP);
    expect(await axeViolations(K), 'table with an offer, laptop').toEqual([]);
    await K.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await tabTo(K, '[data-testid^="accept-"]');
    await K.keyboard.press('Enter');
    await K.waitForSelector('[data-testid^="accept-"]', { state: 'detached' });
    expect(await K.evaluate(() => !!document.activeElement && document.activeElement !== document.body && !!document.activeElement.closest('main')), 'after accepting, focus on a control in the table').toBe(true);
    await K.waitForSelector('[data-testid="hint"][data-hint="offer"]', { state: 'detached' });

    // ---- a trade dialog with the keyboard only: focus never leaves it until it closes ----
    await K.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await tabTo(K, '[data-testid="trade-uwv"]');
    await K.keyboard.press('Enter');
    await K.waitForSelector('dialog[open] [data-testid="dialog-trade"]');
    const inDialog = () => K.evaluate(() => !!document.activeElement?.closest('dialog[open]'));
    expect(await inDialog()).toBe(true);
    const kHand = await readHand(K);
    const give = Object.keys(kHand).find((r) => kHand[r] > 0 && !frozen.includes(r))!;
    const want = ['budget', 'bereik', 'vrijwilligers', 'expertise', 'draagvlak', 'cijfers'].find((r) => r !== give && !frozen.includes(r))!;
    await tabTo(K, `[data-testid="give-plus-${give}"]`, 40);
    await K.keyboard.press('Enter');
    await K.waitForSelector(`[data-testid="give-count-${give}"]:has-text("1")`);
    await K.keyboard.press('Shift+Tab');
    expect(await focusedKey(K)).toBe(`give-minus-${give}`);
    await K.keyboard.press('Enter'); // to 0: the "−" is disabled now
    await K.waitForSelector(`[data-testid="give-count-${give}"]:has-text("0")`);
    expect(await inDialog(), 'focus stays in the dialog when "−" reaches 0').toBe(true);
    for (let i = 0; i < 30; i++) {
      await K.keyboard.press('Tab');
      expect(await inDialog(), `Tab ${i + 1}`).toBe(true);
    }
    await tabTo(K, `[data-testid="give-plus-${give}"]`, 40);
    await K.keyboard.press('Enter');
    await tabTo(K, `[data-testid="get-plus-${want}"]`, 40);
    await K.keyboard.press('Enter');
    // The dialog open on a phone too, for axe and the screenshot.
    await B.tap('[data-testid="tab-partners"]');
    await B.click('[data-testid="trade-gemeente"]');
    await B.waitForSelector('dialog[open]');
    await shot(B, 'table-390-overleg-offer');
    expect(await axeViolations(B), 'trade dialog, phone').toEqual([]);
    expect(await axeViolations(K), 'trade dialog, laptop').toEqual([]);
    await B.keyboard.press('Escape');
    await B.waitForSelector('dialog', { state: 'detached' });
    await tabTo(K, '[data-testid="dialog-submit"]', 40);
    await K.keyboard.press('Enter');
    await K.waitForSelector('dialog', { state: 'detached' });
    expect(await focusedKey(K), 'focus back on the button that opened it').toBe('trade-uwv');
    // Chris's offer to Kim is gone (accepted); Bram's phone shows the offers tab.
    await B.tap('[data-testid="tab-offers"]');
    await shot(B, 'table-390-overleg-offers-tab');
    await B.tap('[data-testid="tab-projects"]');
    expect(await axeViolations(B), 'table, phone').toEqual([]);

    await B.tap('[data-testid="tab-me"]');
    await shot(B, 'table-390-hand');

    // ---- Overleg ends with Kim's offer open: it lapses, and Kim is told ----
    await advanceTo('uitvoering', 1);
    await K.waitForSelector('[data-testid="toast-info"]:has-text("vervallen")');
    await advanceTo('terugblik', 1);
    await F.click('[data-testid="advance"]');
    for (const p of players) await p.waitForSelector('[data-testid="end-screen"]');

    // ---- the end ----
    for (const [p, name] of [[B, 'phone'], [K, 'laptop']] as const) {
      expect(await p.locator('h1').count(), 'one h1 at the end').toBe(1);
      expect(await axeViolations(p), `end ${name}`).toEqual([]);
    }
    // Typed text and focus stay while someone else's answer arrives.
    const box = K.locator('textarea[data-testid^="answer-"]').first();
    const qid = (await box.getAttribute('data-testid'))!.slice('answer-'.length);
    await box.click();
    await K.keyboard.type('Samen plannen');
    await B.fill(`[data-testid="answer-${qid}"]`, 'Eerder overleggen met de gemeente');
    await B.click(`[data-testid="send-${qid}"]`);
    await K.waitForSelector(`[data-testid="answers-${qid}"] >> text=Eerder overleggen`);
    expect(await K.evaluate((id) => { const t = document.activeElement as HTMLTextAreaElement; return [t.dataset.testid === `answer-${id}`, t.value, t.selectionStart]; }, qid)).toEqual([true, 'Samen plannen', 13]);
    await shot(B, 'table-390-end');
    await shot(K, 'table-1366-end');
    await C.setViewportSize(WIDE);
    await shot(C, 'table-1920-end');
    for (const d of [bram, kim, chris]) expect(d.errors.filter((e) => !/WebSocket|Failed to load resource/.test(e))).toEqual([]);
  });
});
