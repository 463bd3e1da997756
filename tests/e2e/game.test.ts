import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { create } from 'qrcode';
import type { RunningServer } from '../../server/app';
import { LAPTOP, layoutProblems, openDevice, PHONE, shot, startGameServer, WIDE, type Device, browserMissing } from './browser';
import { planPledges, readFrozen, readHand, readProjects, tradePair, untimed } from './flow';

// A whole game in real browsers: the production build served by the real server, three players on
// their own devices (a phone and two laptops, one of them in English), joining by code and by link,
// playing only through clicks and keys. Screenshots go to test-artifacts/.

const ready = browserMissing() === null;
const screen = (page: Page, name: string) => page.waitForSelector(`html[data-screen="${name}"]`);
const phase = (page: Page, p: string, round: number) => page.waitForSelector(`[data-testid="phase"][data-phase="${p}"][data-round="${round}"]`);

if (!ready) it.skip(browserMissing()!, () => undefined);

describe.skipIf(!ready)('a whole game in the browser', () => {
  let server: RunningServer;
  let anna: Device; // host, laptop, Dutch
  let bram: Device; // phone, touch, Dutch, joins by link
  let chris: Device; // laptop, English, joins by typing the code

  beforeAll(async () => {
    server = await startGameServer();
    [anna, bram, chris] = await Promise.all([openDevice(LAPTOP), openDevice(PHONE, { touch: true }), openDevice(LAPTOP)]);
  });

  afterAll(async () => {
    await Promise.all([anna, bram, chris].map((d) => d?.close()));
    await server?.stop();
  });

  /** The host moves the game on and waits until every player sees the new phase. */
  async function advanceTo(p: string, round: number) {
    await anna.page.click('[data-testid="advance"]');
    await Promise.all([anna, bram, chris].map((d) => phase(d.page, p, round)));
  }

  it('lets three players join, claim roles and play a complete game', async () => {
    try {
      await playGame();
    } catch (e) {
      // Keep what each player saw at the moment of failure.
      await Promise.all([anna, bram, chris].map((d, i) => shot(d.page, `failure-${['anna', 'bram', 'chris'][i]}`).catch(() => undefined)));
      throw e;
    }
  }, 240_000);

  async function playGame() {
    const A = anna.page;
    const B = bram.page;
    const C = chris.page;

    // ---- lobby: create, join by link and by code, claim roles ----
    await A.goto(server.url);
    await screen(A, 'home');
    expect(await A.textContent('h1')).toBe('Kaarten op Tafel'); // Dutch by default
    await A.fill('[data-testid="name"]', 'Anna');
    await A.click('[data-testid="create"]');
    const code = (await A.textContent('[data-testid="room-code"]'))!.trim();
    expect(code).toMatch(/^[A-Z2-9]{6}$/);
    await A.waitForSelector('img.qr');
    const link = await A.getAttribute('[data-testid="join-link"]', 'href');
    expect(link).toContain(`room=${code}`);
    // The QR code is the join link's: its dark and light modules, read off the picture, are the
    // qrcode package's own code of the link (error correction M, a margin of one module).
    const modules = await A.$eval('img.qr', async (img: HTMLImageElement) => {
      await img.decode();
      const c = document.createElement('canvas');
      c.width = img.naturalWidth;
      c.height = img.naturalHeight;
      const g = c.getContext('2d')!;
      g.drawImage(img, 0, 0);
      return { width: c.width, px: Array.from(g.getImageData(0, 0, c.width, c.height).data.filter((_, i) => i % 4 === 0)) };
    });
    const want = create(link!, { errorCorrectionLevel: 'M' }).modules;
    const cell = modules.width / (want.size + 2);
    const seen = Array.from({ length: want.size * want.size }, (_, k) => {
      const [y, x] = [Math.floor(k / want.size), k % want.size];
      return modules.px[Math.floor((y + 1.5) * cell) * modules.width + Math.floor((x + 1.5) * cell)] < 128 ? 1 : 0;
    });
    expect(seen).toEqual(Array.from(want.data));
    await A.click('[data-testid="claim-bibliotheek"]');
    await A.waitForSelector('[data-testid="role-bibliotheek"].mine');

    await B.goto(`${server.url}/${code}`); // the short link form
    await B.tap('[data-testid="name"]');
    await B.keyboard.type('Bram');
    await B.keyboard.press('Enter'); // Enter submits the join form
    await screen(B, 'lobby');
    await B.tap('[data-testid="claim-gemeente"]');
    await B.waitForSelector('[data-testid="role-gemeente"].mine');
    await shot(B, 'phone-lobby');
    expect(await layoutProblems(B)).toEqual([]);

    await C.goto(server.url);
    await C.click('[data-testid="lang-en"]');
    await C.waitForSelector('html[lang="en"]');
    await C.fill('[data-testid="name"]', 'Chris');
    await C.fill('[data-testid="code"]', code.toLowerCase()); // typed as a person would
    await C.click('[data-testid="join"]');
    await screen(C, 'lobby');
    // Someone else's role cannot be claimed: it shows who has it instead of a button.
    expect(await C.textContent('[data-testid="role-gemeente"]')).toContain('Chosen by Bram');
    await C.click('[data-testid="claim-welzijn"]');
    await C.waitForSelector('[data-testid="role-welzijn"].mine');

    await A.waitForFunction(() => document.querySelectorAll('[data-testid="console-seats"] li').length === 3);
    await A.selectOption('[data-testid="rounds"]', '2');
    await untimed(A);
    await shot(A, 'laptop-lobby');
    await A.click('[data-testid="start"]');
    await Promise.all([A, B, C].map((p) => phase(p, 'gebeurtenis', 1)));

    // ---- only what the engine accepts is offered: no pledging before Overleg, and the table says when ----
    const first = (await readProjects(A))[0];
    const need = Object.keys(first.missing)[0];
    expect(await A.locator(`[data-testid="pledge-${first.id}-${need}"]`).count()).toBe(0);
    expect(await A.textContent('[data-panel="projects"] .when')).toContain('Overleg');
    await shot(A, 'laptop-gebeurtenis');
    expect(await C.textContent('[data-panel="projects"] .when')).toContain('Negotiation phase');

    await advanceTo('overleg', 1);
    // In Overleg every "+" is enabled exactly for a card Anna holds; the others say why, before she tries.
    const handA = await readHand(A);
    const pluses = await A.locator('.need-actions button[data-testid^="pledge-"]').evaluateAll((els) =>
      els.map((e) => ({ r: e.closest('.need')!.getAttribute('data-resource')!, disabled: (e as HTMLButtonElement).disabled, why: e.getAttribute('data-why'), text: e.nextElementSibling?.classList.contains('why') ? e.nextElementSibling.textContent : null })),
    );
    expect(pluses.length).toBeGreaterThan(0);
    for (const p of pluses) {
      if ((handA[p.r] ?? 0) > 0) expect(p.disabled, p.r).toBe(false);
      else expect([p.disabled, p.why, p.text === 'Niet in je hand.'], p.r).toEqual([true, 'insufficient_resources', true]);
    }
    await shot(B, 'phone-table-overleg');
    for (const tab of ['me', 'offers', 'projects', 'personas', 'partners']) {
      await B.tap(`[data-testid="tab-${tab}"]`);
      expect(await layoutProblems(B), `phone tab ${tab}`).toEqual([]);
    }
    await B.tap('[data-testid="tab-me"]');
    await shot(A, 'laptop-table-overleg');
    await C.setViewportSize(WIDE);
    await shot(C, 'wide-table-overleg');
    expect(await layoutProblems(C)).toEqual([]);
    await C.setViewportSize(LAPTOP);

    // ---- a trade: Bram offers, Anna counters, Bram accepts ----
    const frozen = await readFrozen(A);
    const pair = tradePair(await readHand(B), await readHand(A), frozen);
    expect(pair).not.toBeNull();
    const annaBefore = await readHand(A);
    await B.tap('[data-testid="tab-partners"]');
    await B.tap('[data-testid="trade-bibliotheek"]');
    await B.tap(`[data-testid="give-plus-${pair!.give}"]`);
    await B.tap(`[data-testid="get-plus-${pair!.get}"]`);
    await shot(B, 'phone-trade-dialog');
    await B.focus('[data-testid="dialog-submit"]');
    await B.keyboard.press('Enter');
    await B.waitForSelector('[data-testid="dialog-trade"]', { state: 'detached' });

    await A.waitForSelector('[data-testid="toast-offer"]'); // noticed without reading the log
    const counter = A.locator('[data-testid^="counter-"]').first();
    await counter.click();
    await A.click('[data-testid="dialog-submit"]');
    await A.waitForSelector('[data-testid="dialog-trade"]', { state: 'detached' });
    await B.tap('[data-testid="tab-offers"]');
    const accept = B.locator('[data-testid^="accept-"]').first();
    await accept.waitFor();
    await shot(B, 'phone-offer-incoming');
    await accept.tap();
    await Promise.all([A.waitForSelector('[data-testid="toast-trade"]'), B.waitForSelector('[data-testid="toast-trade"]')]);
    await shot(A, 'laptop-cards-flying'); // the Phaser layer flies the traded cards between the two
    await A.waitForSelector('#fx canvas', { state: 'attached' });
    const annaAfter = await readHand(A);
    if (pair!.give !== pair!.get) {
      expect(annaAfter[pair!.give] ?? 0).toBe((annaBefore[pair!.give] ?? 0) + 1);
      expect(annaAfter[pair!.get] ?? 0).toBe((annaBefore[pair!.get] ?? 0) - 1);
    }

    // ---- an offer declined, and one withdrawn ----
    const pair2 = tradePair(await readHand(C), await readHand(A), frozen)!;
    await C.click('[data-testid="trade-bibliotheek"]');
    await C.click(`[data-testid="give-plus-${pair2.give}"]`);
    await C.click('[data-testid="dialog-submit"]');
    await C.waitForSelector('[data-testid="offers-out"]');
    await A.locator('[data-testid^="decline-"]').first().click();
    await C.waitForSelector('[data-testid="offers-out"]', { state: 'detached' });
    await B.tap('[data-testid="tab-partners"]');
    await B.tap('[data-testid="trade-welzijn"]');
    await B.tap(`[data-testid="get-plus-${Object.keys(await readHand(C)).find((r) => !frozen.includes(r))}"]`);
    await B.tap('[data-testid="dialog-submit"]');
    await C.waitForSelector('[data-testid="offers-in"]');
    await B.tap('[data-testid="tab-offers"]');
    await B.locator('[data-testid^="withdraw-"]').first().tap();
    await C.waitForSelector('[data-testid="offers-in"]', { state: 'detached' });

    // ---- cards on the table: Chris to everyone, Anna only to Bram ----
    const chrisInterest = (await C.getAttribute('[data-testid^="interest-"]', 'data-testid'))!.replace('interest-', '');
    await C.click(`[data-testid="disclose-${chrisInterest}"]`);
    await C.check('[data-testid="disclose-to-all"]');
    await C.click('[data-testid="dialog-submit"]');
    await A.waitForSelector(`[data-testid="disclosed-welzijn-${chrisInterest}"]`);
    await B.tap('[data-testid="tab-partners"]');
    await B.waitForSelector(`[data-testid="disclosed-welzijn-${chrisInterest}"]`);

    const annaInterest = (await A.getAttribute('[data-testid^="interest-"]', 'data-testid'))!.replace('interest-', '');
    await A.click(`[data-testid="disclose-${annaInterest}"]`);
    await A.check('[data-testid="disclose-to-gemeente"]');
    await A.keyboard.press('Enter'); // Enter on the chosen option sends the form
    await B.waitForSelector(`[data-testid="disclosed-bibliotheek-${annaInterest}"] .tag`);
    expect(await C.locator(`[data-testid="disclosed-bibliotheek-${annaInterest}"]`).count()).toBe(0);

    // ---- a guess and a gift ----
    await B.tap('[data-testid="guess-welzijn"]');
    await B.locator('[data-testid^="pick-"]').first().check();
    await B.tap('[data-testid="dialog-submit"]');
    await B.waitForSelector('[data-testid="partner-welzijn"] .guess-line');
    const chrisHand = await readHand(C);
    const giftRes = Object.keys(chrisHand).find((r) => chrisHand[r] > 0 && !frozen.includes(r))!;
    await C.click('[data-testid="gift-bibliotheek"]');
    await C.click(`[data-testid="gift-plus-${giftRes}"]`);
    await C.click('[data-testid="dialog-submit"]');
    await A.waitForSelector('[data-testid="toast-gift"]');

    // ---- a reload in the middle returns Bram to his seat ----
    const bramHand = await readHand(B);
    await B.reload();
    await phase(B, 'overleg', 1);
    expect(await B.textContent('[data-testid="my-role"]')).toContain('Gemeente');
    expect(await readHand(B)).toEqual(bramHand);

    // ---- finish a project together, pledging through the UI ----
    const hands = [await readHand(A), await readHand(B), await readHand(C)];
    const projects = await readProjects(A);
    const choice = projects.map((p) => ({ p, plan: planPledges(p, hands) })).find((x) => x.plan !== null);
    expect(choice, `no project can be finished with ${JSON.stringify(hands)}`).toBeDefined();
    const { p: project, plan } = choice!;
    // Pledge to another project and take it back again.
    const annaHand = hands[0];
    const other = projects.find((p) => p.id !== project.id && Object.keys(p.missing).some((r) => p.missing[r] > 0 && annaHand[r] > 0));
    if (other) {
      const r = Object.keys(other.missing).find((x) => other.missing[x] > 0 && annaHand[x] > 0)!;
      const mine = `[data-testid="project-${other.id}"] .need[data-resource="${r}"]`;
      await A.click(`[data-testid="pledge-${other.id}-${r}"]`);
      await A.waitForSelector(`${mine}[data-mine="1"]`);
      await A.click(`[data-testid="unpledge-${other.id}-${r}"]`);
      await A.waitForSelector(`${mine}[data-mine="0"]`);
    }
    await B.tap('[data-testid="tab-projects"]');
    // Count the pledges here rather than reading them from the page that pledges next: that page
    // may not have drawn the previous player's pledge yet.
    const pledged: Record<string, number> = {};
    for (const step of plan!) {
      const page = [A, B, C][step.player];
      const row = `[data-testid="project-${project.id}"] .need[data-resource="${step.resource}"]`;
      pledged[step.resource] ??= Number(await A.locator(row).getAttribute('data-pledged'));
      pledged[step.resource] += 1;
      await page.locator(`[data-testid="pledge-${project.id}-${step.resource}"]`).click();
      await page.waitForSelector(`${row}[data-pledged="${pledged[step.resource]}"]`);
    }
    await A.waitForSelector(`[data-testid="project-${project.id}"][data-ready="true"]`);
    await shot(A, 'laptop-project-ready');
    await shot(B, 'phone-project-ready');

    await advanceTo('uitvoering', 1);
    await B.waitForSelector('[data-testid="toast-project"]');
    await shot(B, 'phone-project-done');
    await shot(A, 'laptop-project-done');
    await A.waitForSelector(`[data-testid="completed"] [data-anchor="completed:${project.id}"]`);
    expect(await A.textContent('[data-testid="onboard"]')).not.toMatch(/^0 van/);

    await advanceTo('terugblik', 1);
    await A.waitForSelector('[data-testid="reflection"]');
    await shot(A, 'laptop-terugblik');

    // ---- round 2, then the end ----
    await advanceTo('gebeurtenis', 2);
    await advanceTo('overleg', 2);
    await advanceTo('uitvoering', 2);
    await advanceTo('terugblik', 2);
    await A.click('[data-testid="advance"]');
    await Promise.all([A, B, C].map((p) => p.waitForSelector('[data-testid="end-screen"]')));
    expect(await A.locator('[data-testid="scores"] li').count()).toBe(3);
    expect(await B.textContent('[data-testid="guess-result-welzijn"]')).toMatch(/Jouw gok: [01] van 1 goed/);
    expect(await C.textContent('[data-testid="team-result"]')).toMatch(/residents are on board/);
    await shot(A, 'laptop-end');
    await shot(B, 'phone-end');
    await chris.page.setViewportSize(WIDE);
    await shot(C, 'wide-end');

    // Nothing cut off on either device, and no script errors anywhere.
    expect(await layoutProblems(B)).toEqual([]);
    expect(await layoutProblems(A)).toEqual([]);
    for (const d of [anna, bram, chris]) expect(d.errors).toEqual([]);
  }
});
