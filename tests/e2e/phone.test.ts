import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { RunningServer } from '../../server/app';
import { LAPTOP, layoutProblems, openDevice, PHONE, shot, startGameServer, type Device, browserMissing } from './browser';
import { facilitatedTable, pledgesShown, readHand, untimed } from './flow';
import { wordsBrokenAcrossLines } from './words';
import { axeViolations } from './axe';

// A player on a phone (390×844) at a facilitated table with bots: the start screen shows the code
// field without scrolling, no text wraps inside a word on any tab in any phase, the table keeps room
// for itself (a compact tip, at most two toasts), an offer asking cards the player lacks can be
// countered, and a removed player's phone shows nothing of the seat any more.

const ready = browserMissing() === null;
const TABS = ['me', 'offers', 'projects', 'personas', 'partners'];
const phase = (page: Page, p: string) => page.waitForSelector(`[data-testid="phase"][data-phase="${p}"]`);

/** Every phone tab in turn: no word broken over two lines; a screenshot of the projects tab. */
async function wordsWhole(page: Page, when: string): Promise<void> {
  for (const tab of TABS) {
    await page.tap(`[data-testid="tab-${tab}"]`);
    await page.waitForSelector(`[data-testid="tab-${tab}"][aria-selected="true"]`);
    expect(await wordsBrokenAcrossLines(page), `${when}, tab ${tab}`).toEqual([]);
    // Whole words must not push anything off the side instead.
    expect((await layoutProblems(page)).filter((p) => !p.startsWith('small target')), `${when}, tab ${tab}`).toEqual([]);
  }
  await page.tap('[data-testid="tab-projects"]');
  await shot(page, `phone-390-${when}-projects`);
}

if (!ready) it.skip(browserMissing()!, () => undefined);

describe.skipIf(!ready)('a player on a phone', () => {
  let server: RunningServer;
  let fac: Device;
  let bram: Device; // phone
  let kim: Device; // laptop

  beforeAll(async () => {
    server = await startGameServer({ env: { BOT_PACE_MS: '200,600' } });
    [fac, bram, kim] = await Promise.all([openDevice(LAPTOP), openDevice(PHONE, { touch: true }), openDevice(LAPTOP)]);
  });

  afterAll(async () => {
    await Promise.all([fac, bram, kim].map((d) => d?.close()));
    await server?.stop();
  });

  it('reads whole words, keeps room for the table, counters what it cannot give, and forgets a removed seat', async () => {
    const [F, B, K] = [fac.page, bram.page, kim.page];
    try {
      // ---- the start screen: the code field in the first screen of a phone ----
      await B.goto(server.url);
      await B.waitForSelector('html[data-ready="true"]');
      const box = await B.evaluate(() => ['code', 'join'].map((id) => document.querySelector(`[data-testid="${id}"]`)!.getBoundingClientRect().bottom));
      for (const bottom of box) expect(bottom, 'the code field and its button without scrolling').toBeLessThanOrEqual(PHONE.height);
      expect(await B.evaluate(() => window.scrollY)).toBe(0);
      expect(await wordsBrokenAcrossLines(B), 'start screen').toEqual([]);
      await shot(B, 'phone-390-start');
      await K.goto(server.url);
      await K.waitForSelector('html[data-ready="true"]');
      await shot(K, 'start-1366');

      // ---- a facilitated table: Bram, Kim and three bots, one of each character ----
      await facilitatedTable(server.url, F, [
        { page: B, name: 'Bram', role: 'bibliotheek' },
        { page: K, name: 'Kim', role: 'gemeente' },
      ]);
      expect(await F.locator('[data-testid="clocks-none"]').count(), 'a clock on every phase by default').toBe(1);
      expect(await F.inputValue('[data-testid="timer-overleg"]')).toBe('300');
      expect(await F.textContent('[data-testid="timer-gebeurtenis"] option[value="60"]')).toBe('1 minuut');
      await shot(F, 'console-1366-lobby-clocks');
      await F.selectOption('[data-testid="rounds"]', '1');
      for (const r of ['vrijwilligers', 'werkgever', 'ggd', 'schuldhulp', 'taalambassadeur']) await F.uncheck(`[data-testid="role-on-${r}"]`);
      await untimed(F);
      await F.check('[data-testid="fill-bots"]');
      await F.selectOption('[data-testid="bot-mix"]', 'surprise');
      await F.waitForSelector('[data-testid="bots-will-play"]');
      const characters = (await F.textContent('[data-testid="bots-will-play"]'))!.match(/Verbinder|Eigen belang|Voorzichtig/g) ?? [];
      expect(characters).toHaveLength(3);
      expect(new Set(characters).size, '"Verras me": each bot its own character').toBe(3);
      await F.click('[data-testid="start"]');
      await Promise.all([B, K].map((p) => phase(p, 'gebeurtenis')));
      await wordsWhole(B, 'gebeurtenis');

      // ---- Overleg: the bots pledge; Kim asks Bram for cards he does not have ----
      await F.click('[data-testid="advance"]');
      await Promise.all([B, K].map((p) => phase(p, 'overleg')));
      await pledgesShown(B, 3);
      const hand = await readHand(B);
      const kHand = await readHand(K);
      await K.click('[data-testid="trade-bibliotheek"]');
      // Kinds this round's event froze cannot change hands (their + is off): leave them out.
      const enabled = (id: string) => K.locator(`[data-testid="${id}"]`).isEnabled();
      const kinds = ['budget', 'draagvlak', 'cijfers', 'expertise', 'bereik', 'vrijwilligers', 'locatie'];
      let lacking = '';
      for (const r of kinds) if (!hand[r] && (await enabled(`get-plus-${r}`))) { lacking = r; break; }
      let kGive = '';
      for (const r of Object.keys(kHand)) if (kHand[r] > 0 && r !== lacking && (await enabled(`give-plus-${r}`))) { kGive = r; break; }
      expect([lacking, kGive], 'a kind Bram lacks and one Kim can give').not.toContain('');
      await K.click(`[data-testid="give-plus-${kGive}"]`);
      await K.click(`[data-testid="get-plus-${lacking}"]`);
      await K.click(`[data-testid="get-plus-${lacking}"]`);
      await K.click('[data-testid="dialog-submit"]');
      await K.waitForSelector('dialog', { state: 'detached' });
      await B.tap('[data-testid="tab-offers"]');
      const kims = B.locator('li.offer.in:has-text("Gemeente")'); // bots may make offers too
      const accept = kims.locator('[data-testid^="accept-"]').first();
      await accept.waitFor();
      expect(await accept.isDisabled(), 'he cannot accept: the cards are not in his hand').toBe(true);
      // A room with a tip and toasts still leaves most of the phone to the table.
      const room = await B.evaluate(() => ({
        mainTop: document.querySelector('main')!.getBoundingClientRect().top,
        toasts: [...document.querySelectorAll('.toast')].filter((t) => getComputedStyle(t).display !== 'none').length,
      }));
      expect(room.toasts, 'at most two toasts on a phone').toBeLessThanOrEqual(2);
      expect(room.mainTop, 'header and tip take at most a third of the phone').toBeLessThanOrEqual(PHONE.height / 3);
      expect(await wordsBrokenAcrossLines(B), 'an offer he cannot accept').toEqual([]);
      await shot(B, 'phone-390-overleg-offer-lacking');
      const counter = kims.locator('[data-testid^="counter-"]').first();
      expect(await counter.isDisabled(), 'a counter-offer is possible').toBe(false);
      await counter.tap();
      await B.waitForSelector('dialog[open] [data-testid="dialog-trade"]');
      // Something else than he would get, and not a kind the round's event froze (its + is off).
      let mine = '';
      for (const r of Object.keys(hand)) if (hand[r] > 0 && r !== kGive && (await B.locator(`[data-testid="give-plus-${r}"]`).isEnabled())) { mine = r; break; }
      expect(mine, 'a kind Bram holds and may give').not.toBe('');
      await B.tap(`[data-testid="give-plus-${mine}"]`);
      await shot(B, 'phone-390-counter-dialog');
      await B.tap('[data-testid="dialog-submit"]');
      await B.waitForSelector('dialog', { state: 'detached' });
      await K.waitForSelector(`li.offer:has-text("tegenbod") [data-testid^="accept-"]`);
      await wordsWhole(B, 'overleg');

      // ---- Uitvoering and Terugblik ----
      await F.click('[data-testid="advance"]');
      await Promise.all([B, K].map((p) => phase(p, 'uitvoering')));
      await wordsWhole(B, 'uitvoering');
      await F.click('[data-testid="advance"]');
      await Promise.all([B, K].map((p) => phase(p, 'terugblik')));
      await wordsWhole(B, 'terugblik');

      // ---- the facilitator removes Kim: her laptop shows nothing of the seat; no second "Verwijder" ----
      const seat = await F.$$eval('[data-testid^="console-seat-"]', (els) => els.find((e) => e.textContent?.includes('Kim'))!.getAttribute('data-testid')!.replace('console-seat-', ''));
      await F.click(`[data-testid="remove-seat-${seat}"]`);
      await F.click(`[data-testid="remove-seat-${seat}"]`);
      await K.waitForSelector('[data-testid="removed"]');
      expect(await K.locator('[data-testid="hand"], [data-panel="interests"]').count(), 'no hand, no interests').toBe(0);
      await F.waitForFunction((s) => !document.querySelector(`[data-testid="console-seat-${s}"]`)?.textContent?.includes('Kim'), seat);
      expect(await F.locator(`[data-testid="remove-seat-${seat}"]`).count(), 'an emptied seat has nobody to remove').toBe(0);
      await shot(K, 'removed-1366');

      // ---- the end ----
      await F.click('[data-testid="advance"]');
      await B.waitForSelector('[data-testid="end-screen"]');
      expect(await wordsBrokenAcrossLines(B), 'the end').toEqual([]);
      await shot(B, 'phone-390-end');
      // ---- practice on the phone: the player's own bar above the table stays compact ----
      await B.goto(server.url);
      await B.click('[data-testid="practise"]');
      await B.click('[data-testid="solo-start"]');
      await phase(B, 'gebeurtenis');
      await B.waitForSelector('.hostbar');
      const bar = await B.evaluate(() => {
        const buttons = [...document.querySelectorAll<HTMLElement>('.hostbar button')];
        return {
          top: document.querySelector('main')!.getBoundingClientRect().top,
          rows: new Set(buttons.map((b) => Math.round(b.getBoundingClientRect().top))).size,
          names: buttons.map((b) => b.textContent?.trim() ?? ''),
        };
      });
      console.log(`header and practice bar on a phone: ${bar.top.toFixed(1)} px`);
      expect(bar.rows, 'the practice bar keeps to one row').toBe(1);
      expect(bar.top, 'header and practice bar take at most 120 px').toBeLessThanOrEqual(120);
      // Every button keeps its words as its name, shown as a glyph on a phone.
      expect(bar.names).toEqual(['Volgende fase ›', 'Pauze', 'Later verder', 'Spel beëindigen']);
      expect(await axeViolations(B)).toEqual([]);
      expect(await wordsBrokenAcrossLines(B), 'practice').toEqual([]);
      await shot(B, 'phone-390-practice');
      expect(bram.errors.filter((e) => !/WebSocket|Failed to load resource/.test(e))).toEqual([]);
    } catch (e) {
      await Promise.all([shot(F, 'failure-phone-fac'), shot(B, 'failure-phone-bram'), shot(K, 'failure-phone-kim')].map((p) => p.catch(() => undefined)));
      throw e;
    }
  }, 180_000);
});
