import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { RunningServer } from '../../server/app';
import { axeViolations } from './axe';
import { LAPTOP, openDevice, PHONE, shot, startGameServer, type Device, browserMissing } from './browser';
import { planPledges, readFrozen, readHand, readProjects, untimed } from './flow';

// A facilitated game walked with the keyboard at 1366×768 (Kim) and 390×844 (Piet, in English):
// after joining, accepting, declining, withdrawing, a pledge that completes a project, holding a
// resident and the end, focus is on a sensible control in view — never the language switch.
// Piet's screen reader hears the first phase, pause and resume, his offer declined, an offer to him
// withdrawn, an interest shown to him, others' pledges and the result, in English. axe finds nothing
// on the console during play, the table in Terugblik and a past game's report, at both sizes.

const ready = browserMissing() === null;
const phase = (page: Page, p: string) => page.waitForSelector(`[data-testid="phase"][data-phase="${p}"]`);
const blur = (page: Page) => page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
const heard = (page: Page, re: RegExp) => page.waitForFunction((src) => new RegExp(src).test(document.getElementById('announce')?.textContent ?? ''), re.source);
const toasted = (page: Page, re: RegExp) => page.waitForFunction((src) => new RegExp(src).test(document.getElementById('toasts')?.textContent ?? ''), re.source);

/** Tab until the focused element matches `selector`; keyboard only. */
async function tabTo(page: Page, selector: string, max = 250): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** Where focus is: in the main part, on screen, not the language switch; and inside `within` if given. */
async function focusSensible(page: Page, what: string, within?: string): Promise<void> {
  const f = await page.evaluate((sel) => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { ok: false, why: 'nothing focused' };
    const r = el.getBoundingClientRect();
    const inView = r.bottom > 0 && r.top < innerHeight && r.height > 0;
    const lang = !!el.closest('.lang');
    const main = !!el.closest('main');
    const inside = sel ? !!el.closest(sel) : true;
    return { ok: inView && !lang && main && inside, why: `${el.tagName}.${el.className} key=${el.dataset.key ?? ''} inView=${inView} lang=${lang} main=${main} inside=${inside}` };
  }, within ?? '');
  expect(f.ok, `${what}: ${f.why}`).toBe(true);
}

/** A trade offer from one page to a role: one card of `give` for one of `get` (by mouse: set-up). */
async function offer(page: Page, to: string, give: string, get: string): Promise<void> {
  if (await page.locator('[data-testid="tab-partners"]').count()) await page.click('[data-testid="tab-partners"]');
  await page.click(`[data-testid="trade-${to}"]`);
  await page.click(`[data-testid="give-plus-${give}"]`);
  await page.click(`[data-testid="get-plus-${get}"]`);
  await page.click('[data-testid="dialog-submit"]');
  await page.waitForSelector('dialog', { state: 'detached' });
}

/** Resources this round's event locks (read once Overleg begins): no card of them changes hands. */
let frozen: string[] = [];
const some = (hand: Record<string, number>, not = '') => {
  const free = Object.keys(hand).filter((r) => hand[r] > 0 && r !== not && !frozen.includes(r));
  return free.find((r) => r !== 'bereik' && r !== 'vrijwilligers') ?? free[0]!;
};

if (!ready) it.skip(browserMissing()!, () => undefined);

describe.skipIf(!ready)('keyboard and screen reader at a facilitated table', () => {
  let server: RunningServer;
  let fac: Device;
  let kim: Device; // laptop, keyboard only
  let piet: Device; // phone size, keyboard only, English
  let chris: Device; // laptop, mouse

  beforeAll(async () => {
    server = await startGameServer();
    [fac, kim, piet, chris] = await Promise.all([openDevice(LAPTOP), openDevice(LAPTOP), openDevice(PHONE), openDevice(LAPTOP)]);
  });

  afterAll(async () => {
    await Promise.all([fac, kim, piet, chris].map((d) => d?.close()));
    await server?.stop();
  });

  it('keeps focus sensible and says what happens', async () => {
    const [F, K, P, C] = [fac.page, kim.page, piet.page, chris.page];
    try {
      await F.goto(server.url);
      await F.click('[data-testid="create-facilitate"]');
      const code = (await F.textContent('[data-testid="room-code"]'))!.trim();
      await F.selectOption('[data-testid="rounds"]', '1');
      await untimed(F);

      // ---- joining with the keyboard: Kim types the code, Piet follows the link (in English) ----
      await K.goto(server.url);
      await K.waitForSelector('html[data-ready="true"]');
      await tabTo(K, '[data-testid="name"]');
      await K.keyboard.type('Kim');
      await K.keyboard.press('Tab');
      await K.keyboard.type(code);
      await K.keyboard.press('Enter');
      await K.waitForSelector('[data-testid="claim-gemeente"]');
      await focusSensible(K, 'after joining (laptop)');
      await P.goto(`${server.url}/?room=${code}`);
      await P.click('[data-testid="lang-en"]');
      await tabTo(P, '[data-testid="name"]');
      await P.keyboard.type('Piet');
      await P.keyboard.press('Enter');
      await P.waitForSelector('[data-testid="claim-bibliotheek"]');
      await focusSensible(P, 'after joining (phone)');
      await K.click('[data-testid="claim-gemeente"]');
      await P.click('[data-testid="claim-bibliotheek"]');
      await C.goto(`${server.url}/?room=${code}`);
      await C.fill('[data-testid="name"]', 'Chris');
      await C.click('[data-testid="join"]');
      await C.click('[data-testid="claim-uwv"]');
      await C.waitForSelector('[data-testid="role-uwv"].mine');

      // ---- the first phase is said; the console during play passes axe at both sizes ----
      await F.click('[data-testid="start"]');
      await Promise.all([K, P, C].map((p) => phase(p, 'gebeurtenis')));
      await heard(P, /^Phase: Event\. Round 1 of 1\./);
      await phase(F, 'gebeurtenis');
      expect(await axeViolations(F), 'console in play, laptop').toEqual([]);
      await shot(F, 'console-1366-play');
      await F.setViewportSize(PHONE);
      expect(await axeViolations(F), 'console in play, phone').toEqual([]);
      await shot(F, 'console-390-play');
      await F.setViewportSize(LAPTOP);
      await F.click('[data-testid="advance"]');
      await Promise.all([K, P, C].map((p) => phase(p, 'overleg')));
      frozen = await readFrozen(K);
      await heard(P, /Phase: Negotiation/);
      await F.click('[data-testid="pause"]');
      await heard(P, /The game is paused\./);
      await F.click('[data-testid="pause"]'); // the same button, now to resume
      await heard(P, /The game goes on again\./);
      for (const p of [K, P]) if (await p.locator('[data-testid="hints-off"]').count()) await p.click('[data-testid="hints-off"]');

      // Kim will need a Bereik or Vrijwilligers card to hold a resident: Chris or Piet gives her one.
      const kNow = await readHand(K);
      if (!kNow.bereik && !kNow.vrijwilligers) {
        const giver = [{ page: C, hand: await readHand(C) }, { page: P, hand: await readHand(P) }].find((g) => g.hand.bereik || g.hand.vrijwilligers);
        expect(giver, 'someone with Bereik or Vrijwilligers for Kim').toBeDefined();
        const r = giver!.hand.bereik && !frozen.includes('bereik') ? 'bereik' : 'vrijwilligers';
        if (giver!.page === P) await P.click('[data-testid="tab-partners"]');
        await giver!.page.click('[data-testid="gift-gemeente"]');
        await giver!.page.click(`[data-testid="gift-plus-${r}"]`);
        await giver!.page.click('[data-testid="dialog-submit"]');
        await K.waitForSelector(`[data-testid="hand"] [data-resource="${r}"]`);
      }

      const [kHand, pHand, cHand] = await Promise.all([readHand(K), readHand(P), readHand(C)]);

      // ---- Piet's offer declined by Kim (keyboard): focus stays in Kim's offers; Piet is told ----
      await offer(P, 'gemeente', some(pHand), some(kHand));
      await K.waitForSelector('[data-testid^="decline-"]');
      await blur(K);
      await tabTo(K, '[data-testid^="decline-"]');
      await K.keyboard.press('Enter');
      await K.waitForSelector('[data-testid^="decline-"]', { state: 'detached' });
      await focusSensible(K, 'after declining');
      await toasted(P, /declines your offer/);

      // ---- Kim withdraws her offer to Piet (keyboard); Piet is told ----
      await offer(K, 'bibliotheek', some(kHand), some(pHand));
      await K.waitForSelector('[data-testid^="withdraw-"]');
      await blur(K);
      await tabTo(K, '[data-testid^="withdraw-"]');
      await K.keyboard.press('Enter');
      await K.waitForSelector('[data-testid^="withdraw-"]', { state: 'detached' });
      await focusSensible(K, 'after withdrawing');
      await toasted(P, /withdraws the offer to you/);

      // ---- Chris's offer accepted by Kim on the laptop, Kim's by Piet on the phone ----
      await offer(C, 'gemeente', some(cHand), some(kHand));
      await blur(K);
      await tabTo(K, '[data-testid^="accept-"]:not([disabled])');
      await K.keyboard.press('Enter');
      await K.waitForSelector('[data-testid^="accept-"]', { state: 'detached' });
      await focusSensible(K, 'after accepting (laptop)');
      const k2 = await readHand(K);
      const p2 = await readHand(P);
      await offer(K, 'bibliotheek', some(k2), some(p2));
      await P.click('[data-testid="tab-offers"]');
      await blur(P);
      await tabTo(P, '[data-testid^="accept-"]:not([disabled])');
      await P.keyboard.press('Enter');
      await P.waitForSelector('[data-testid^="accept-"]', { state: 'detached' });
      await focusSensible(P, 'after accepting (phone)', '[data-panel="offers"]');

      // ---- Chris shows an interest to everyone and pledges: Piet hears both ----
      await C.click('[data-testid^="disclose-"]');
      await C.click('[data-testid="disclose-to-all"]');
      await C.click('[data-testid="dialog-submit"]');
      await toasted(P, /shows you an interest/);

      // ---- a pledge by Kim (keyboard) that completes a project: focus stays on that project ----
      const hands = await Promise.all([readHand(K), readHand(P), readHand(C)]);
      const keep = hands[0].bereik ? 'bereik' : 'vrijwilligers';
      hands[0][keep] -= 1; // Kim keeps one card to hold a resident with
      const projects = await readProjects(K);
      let chosen: { id: string; plan: { player: number; resource: string }[] } | null = null;
      for (const pr of projects) {
        const plan = planPledges(pr, hands);
        const last = plan?.findIndex((s) => s.player === 0) ?? -1;
        if (plan && last >= 0) {
          plan.push(...plan.splice(last, 1)); // Kim's card last
          chosen = { id: pr.id, plan };
          break;
        }
      }
      expect(chosen, 'a project the three can complete with a card of Kim last').not.toBeNull();
      const pages = [K, P, C];
      for (const s of chosen!.plan.slice(0, -1)) {
        const page = pages[s.player];
        if (page === P) await P.click('[data-testid="tab-projects"]');
        const need = `[data-testid="project-${chosen!.id}"] .need[data-resource="${s.resource}"]`;
        const n = Number(await K.getAttribute(need, 'data-pledged'));
        await page.click(`[data-testid="pledge-${chosen!.id}-${s.resource}"]`);
        await K.waitForSelector(`${need}[data-pledged="${n + 1}"]`);
      }
      await heard(P, /pledges/);
      const lastCard = chosen!.plan.at(-1)!;
      await K.waitForSelector(`[data-testid="pledge-${chosen!.id}-${lastCard.resource}"]:not([disabled])`);
      await blur(K);
      await tabTo(K, `[data-testid="pledge-${chosen!.id}-${lastCard.resource}"]`);
      await K.keyboard.press('Enter');
      await K.waitForSelector(`li.project.ready[data-testid="project-${chosen!.id}"]`);
      await focusSensible(K, 'after a completing pledge', `[data-testid="project-${chosen!.id}"]`);

      // ---- Uitvoering reaches residents; in Terugblik Kim holds one (keyboard) ----
      // Kim switches to English during the game: what she hears next is English.
      await K.click('[data-testid="lang-en"]');
      await F.click('[data-testid="advance"]');
      await Promise.all([K, P, C].map((p) => phase(p, 'uitvoering')));
      await heard(K, /^Phase: Execution\./);
      await K.click('[data-testid="lang-nl"]');
      await F.click('[data-testid="advance"]');
      await Promise.all([K, P, C].map((p) => phase(p, 'terugblik')));
      const hold = await K.locator('[data-testid^="hold-"]:not([disabled])').first().getAttribute('data-testid', { timeout: 5000 }).catch(() => null);
      expect(hold, 'a resident Kim can hold').not.toBeNull();
      {
        const persona = (await K.locator(`[data-testid="${hold}"]`).evaluate((b) => b.closest('li')!.getAttribute('data-testid')))!;
        await blur(K);
        await tabTo(K, `[data-testid="${hold}"]`);
        await K.keyboard.press('Enter');
        await K.waitForSelector(`[data-testid="${hold}"]`, { state: 'detached' });
        await focusSensible(K, 'after holding', `[data-testid="${persona}"]`);
      }
      expect(await axeViolations(K), 'Terugblik, laptop').toEqual([]);
      await P.click('[data-testid="tab-projects"]');
      expect(await axeViolations(P), 'Terugblik, phone').toEqual([]);
      await shot(K, 'table-1366-terugblik');
      await shot(P, 'table-390-terugblik');

      // ---- the end: focus on a control in view, the result said once, no chorus of empty counts ----
      await tabTo(K, 'main button:not([disabled])');
      await F.click('[data-testid="advance"]');
      await Promise.all([K, P].map((p) => p.waitForSelector('[data-testid="end-screen"]')));
      await focusSensible(K, 'after the end');
      await heard(P, /residents are on board/);
      const chorus = await P.$$eval('[aria-live]:not(#announce):not(#toasts), [role="status"]', (els) => els.map((e) => e.textContent?.trim() ?? '').filter((t) => /^0 |loaded|geladen/.test(t)));
      expect(chorus, 'nothing said for questions without answers, nor "loading"').toEqual([]);
      await F.waitForSelector('[data-testid="open-projector"]');
      await shot(F, 'console-1366-end');

      // ---- a past game's report (the facilitator's list): axe at both sizes ----
      await F.goto(server.url);
      await F.click('[data-testid="past-games"]');
      await F.click(`[data-testid="past-open-${code}"]`);
      await F.waitForSelector('[data-testid="replay-log"]');
      expect(await axeViolations(F), 'past report, laptop').toEqual([]);
      await shot(F, 'past-1366-report');
      await F.setViewportSize(PHONE);
      expect(await axeViolations(F), 'past report, phone').toEqual([]);
      await shot(F, 'past-390-report');
      for (const d of [kim, piet]) expect(d.errors.filter((e) => !/WebSocket|Failed to load resource/.test(e))).toEqual([]);
    } catch (e) {
      await Promise.all([shot(F, 'failure-focus-fac'), shot(K, 'failure-focus-kim'), shot(P, 'failure-focus-piet')].map((p) => p.catch(() => undefined)));
      throw e;
    }
  }, 240_000);
});
