import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { roleCard } from '../../shared/content';
import type { RoleId } from '../../shared/model/ids';
import type { RunningServer } from '../../server/app';
import { LAPTOP, layoutProblems, openDevice, PHONE, shot, startGameServer, type Device, browserMissing } from './browser';
import { readFrozen, readHand } from './flow';

// Solo practice in a real browser: from the start screen (Oefenen → Start) to the end screen that
// compares the player's choices with the bots'. The human offers a bot a trade through the dialog,
// reads why the bot answered, comes back after a reload and after "Later verder", and paces the
// phases with "Volgende fase". The server's bots are quick here (BOT_PACE_MS).

const ready = browserMissing() === null;
const screen = (page: Page, name: string) => page.waitForSelector(`html[data-screen="${name}"]`);
const phase = (page: Page, p: string, round = 1) => page.waitForSelector(`[data-testid="phase"][data-phase="${p}"][data-round="${round}"]`);

if (!ready) it.skip(browserMissing()!, () => undefined);

describe.skipIf(!ready)('solo practice in the browser', () => {
  let server: RunningServer;
  let dev: Device;

  beforeAll(async () => {
    server = await startGameServer({ env: { BOT_PACE_MS: '300,800' } });
    dev = await openDevice(LAPTOP);
  });

  afterAll(async () => {
    await dev?.close();
    await server?.stop();
  });

  it('plays a practice game against bots from the start screen to the comparison at the end', async () => {
    try {
      await practise(dev.page);
    } catch (e) {
      await shot(dev.page, 'failure-solo').catch(() => undefined);
      throw e;
    }
  }, 180_000);

  async function practise(P: Page) {
    // ---- the form: one click to open (here with the keyboard), defaults, then Start ----
    await P.goto(server.url);
    await screen(P, 'home');
    await P.focus('[data-testid="practise"]');
    await P.keyboard.press('Enter');
    await P.waitForSelector('[data-testid="solo-form"]');
    await P.waitForFunction(() => document.activeElement?.id === 'solo-role'); // focus moved into the form
    expect(await P.inputValue('[data-testid="solo-seats"]')).toBe('4');
    expect(await P.inputValue('[data-testid="solo-rounds"]')).toBe('4');
    expect(await P.isChecked('[data-testid="solo-mix-surprise"]')).toBe(true);
    expect(await P.textContent('[data-testid="solo-form"]')).toContain('Verbinder');
    await shot(P, 'solo-form-laptop');
    expect(await layoutProblems(P)).toEqual([]);
    await P.setViewportSize(PHONE);
    await P.waitForFunction((w) => innerWidth === w, PHONE.width);
    await shot(P, 'solo-form-phone');
    expect(await layoutProblems(P)).toEqual([]);
    await P.setViewportSize(LAPTOP);
    await P.selectOption('[data-testid="solo-rounds"]', '1'); // a short game for the test; the default stays 4
    await P.click('[data-testid="solo-start"]');

    // ---- at the table: the game started at once, bots in the other seats ----
    await phase(P, 'gebeurtenis');
    const me = await myRole(P);
    const partners = await P.$$eval('li.partner', (els) => els.map((e) => ({ role: e.getAttribute('data-testid')!.replace(/^partner-/, ''), who: e.querySelector('.who')?.textContent ?? '' })));
    expect(partners).toHaveLength(3);
    for (const p of partners) expect(p.who).toMatch(/^Bot · (Verbinder|Eigen belang|Voorzichtig)$/);
    expect(await P.textContent('.hostbar')).toContain('Volgende fase');
    await P.click('[data-testid="advance"]');
    await phase(P, 'overleg');

    // ---- a trade offer to a bot through the dialog; the bot answers and says why ----
    const offerId = await offerTrade(P, partners.map((p) => p.role as RoleId));
    const reply = P.locator(`[data-testid="bot-reply-${offerId}"]`);
    await reply.waitFor({ timeout: 30_000 });
    const reason = (await P.textContent(`[data-testid="bot-reason-${offerId}"]`))!;
    expect(reason.length).toBeGreaterThan(12);
    expect(await reply.textContent()).toMatch(/\(bot\) (neemt je bod aan|wijst je bod af|doet een tegenbod)/);
    await P.waitForSelector('[data-testid="log"] li.bot-line'); // and a line in the feed
    await shot(P, 'solo-bot-reason-laptop');
    await P.setViewportSize(PHONE);
    await P.click('[data-testid="tab-offers"]');
    await P.waitForSelector(`[data-testid="bot-reason-${offerId}"]`);
    await shot(P, 'solo-bot-reason-phone');
    expect(await layoutProblems(P)).toEqual([]);
    await P.setViewportSize(LAPTOP);

    // ---- a reload returns to the same seat; "Later verder" pauses and the start screen offers to continue ----
    await P.reload();
    await phase(P, 'overleg');
    expect(await myRole(P)).toBe(me);
    await P.click('[data-testid="solo-later"]');
    await screen(P, 'home');
    await P.click('[data-testid="practise-continue"]');
    await phase(P, 'overleg');
    expect(await myRole(P)).toBe(me);
    expect(await P.textContent('[data-testid="pause"]')).toBe('Verder'); // it waited for us
    await P.click('[data-testid="pause"]');
    await P.waitForSelector('[data-testid="pause"]:text-is("Pauze")');

    // ---- the player paces the phases to the end ----
    for (const p of ['uitvoering', 'terugblik']) {
      await P.click('[data-testid="advance"]');
      await phase(P, p);
    }
    await P.click('[data-testid="advance"]');
    await screen(P, 'end');
    const compare = P.locator('[data-testid="compare"]');
    await compare.waitFor();
    expect(await compare.locator('li.cmp-seat').count()).toBe(4);
    const mine = P.locator(`[data-testid="compare-${me}"]`);
    expect(await mine.textContent()).toContain('Jij');
    expect(await P.locator('li.cmp-seat').first().getAttribute('data-testid')).toBe(`compare-${me}`);
    for (const p of partners) expect(await P.textContent(`[data-testid="compare-${p.role}"]`)).toMatch(/Bot · (Verbinder|Eigen belang|Voorzichtig)/);
    for (const key of ['gave', 'received', 'kept', 'disclosed', 'projects', 'points']) expect(await mine.locator(`[data-cmp="${key}"]`).count()).toBe(1);
    await calm(P);
    await compare.scrollIntoViewIfNeeded();
    await shot(P, 'solo-end-compare-laptop');
    expect(await layoutProblems(P)).toEqual([]);
    await P.setViewportSize(PHONE);
    await P.waitForFunction((w) => innerWidth === w, PHONE.width);
    await compare.scrollIntoViewIfNeeded();
    await shot(P, 'solo-end-compare-phone');
    expect(await layoutProblems(P)).toEqual([]);
    await P.setViewportSize(LAPTOP);

    // A finished practice game is not offered as "Verder oefenen" any more.
    await P.goto(server.url);
    await screen(P, 'home');
    expect(await P.locator('[data-testid="practise-continue"]').count()).toBe(0);
    expect(dev.errors).toEqual([]);
  }
});

/** Let the celebration finish and close the toasts, so a screenshot shows the page itself. */
async function calm(P: Page): Promise<void> {
  await P.waitForSelector('#fx:not([data-moving="true"])', { state: 'attached' });
  for (let i = 0; i < 8 && (await P.locator('.toast-close').count()) > 0; i++) await P.locator('.toast-close').first().click().catch(() => undefined);
}

async function myRole(P: Page): Promise<RoleId> {
  return (await P.getAttribute('[data-testid="my-role"]', 'data-role')) as RoleId;
}

/** Offer a bot one of my resources for one of theirs (from what the role brings), through the dialog. */
async function offerTrade(P: Page, bots: RoleId[]): Promise<string> {
  const frozen = await readFrozen(P);
  const hand = await readHand(P);
  const give = Object.keys(hand).find((r) => hand[r] > 0 && !frozen.includes(r));
  expect(give, 'something to give').toBeTruthy();
  for (const bot of bots) {
    const theirs = Object.keys(roleCard(bot).hand).filter((r) => r !== give && !frozen.includes(r));
    if (theirs.length === 0) continue;
    await P.click(`[data-testid="trade-${bot}"]`);
    await P.waitForSelector('[data-testid="dialog-trade"]');
    await P.click(`[data-testid="give-plus-${give}"]`);
    await P.click(`[data-testid="get-plus-${theirs[0]}"]`);
    await P.click('[data-testid="dialog-submit"]');
    const done = await P.waitForSelector('[data-testid="dialog-trade"]', { state: 'detached', timeout: 5000 }).then(
      () => true,
      () => false,
    );
    if (!done) {
      await P.keyboard.press('Escape');
      continue;
    }
    // My offer is the newest in "Van jou" (or already answered: then the reply carries its id).
    const id = await P.waitForFunction(
      (to) => {
        const out = [...document.querySelectorAll('[data-testid="offers-out"] li.offer')].find((li) => li.textContent?.includes(to));
        const reply = document.querySelector('[data-testid^="bot-reply-"]');
        return out?.getAttribute('data-testid')?.replace(/^offer-/, '') ?? reply?.getAttribute('data-testid')?.replace(/^bot-reply-/, '') ?? null;
      },
      (await P.textContent(`[data-testid="partner-${bot}"] h3`)) ?? '',
    );
    return (await id.jsonValue()) as string;
  }
  throw new Error('no trade offer could be made');
}
