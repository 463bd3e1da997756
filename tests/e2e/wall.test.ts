import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { RunningServer } from '../../server/app';
import { LAPTOP, openDevice, PHONE, shot, startGameServer, WIDE, type Device, browserMissing } from './browser';
import { readHand, readProjects } from './flow';
import { axeViolations } from './axe';

// The wall and the phones through a facilitated game with a role swap: the swap told on every phone
// with the new role, the Terugblik on the projector with its question and score, the last round's
// warning, the chart's "Einde", the projector following the console's language, and the ended
// console opening the projector again. The wall takes the shape of a 4:3 projector (1440 design px
// wide) and stays readable there. Screenshots at 390×844, 1024×768, 1366×768 and 1920×1080.

const ready = browserMissing() === null;
const FOUR_THREE = { width: 1024, height: 768 };
const phase = (page: Page, p: string, round: number) => page.waitForSelector(`[data-testid="phase"][data-phase="${p}"][data-round="${round}"]`);

type Measure = { minTextPx: number; texts: string[]; width: number; outside: string[]; overlaps: string[] };
type Hook = { __kotProjector?: { state(): string; screen(): string | null; measure(): Measure } };
const projectorIn = (page: Page, state: string) => page.waitForFunction((s) => (window as unknown as Hook).__kotProjector?.state() === s, state, { timeout: 20_000 });
/** Waits until the wall shows a text containing `part`. */
const wallSays = (page: Page, part: string) =>
  page.waitForFunction((p) => (window as unknown as Hook).__kotProjector?.measure().texts.some((t) => t.includes(p)) ?? false, part, { timeout: 20_000 });
const wallText = (page: Page) => page.evaluate(() => (window as unknown as Hook).__kotProjector!.measure().texts.join(' | '));

/** What the wall is laid out for at each size: its own shape, 1920 wide on 16:9, 1440 on 4:3. */
const SIZES = [
  { size: WIDE, width: 1920 },
  { size: LAPTOP, width: 1920 },
  { size: FOUR_THREE, width: 1440 },
];

/**
 * The projector at the three sizes of a training day's walls, once it has been laid out again for
 * each; on the 4:3 wall (`strict`) every text is at least 20 CSS px and stays on the wall, none over another.
 */
async function wallShots(P: Page, name: string, strict = false): Promise<void> {
  for (const { size, width } of SIZES) {
    await P.setViewportSize(size);
    await P.waitForFunction((w) => (window as unknown as Hook).__kotProjector?.measure().width === w, width);
    await P.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    await shot(P, `wall-${name}-${size.width}`);
    const m = await P.evaluate(() => (window as unknown as Hook).__kotProjector!.measure());
    console.log(`wall ${name} at ${size.width}×${size.height}: smallest text ${m.minTextPx.toFixed(1)} px, outside ${m.outside.length}, overlaps ${m.overlaps.length} ${m.overlaps.slice(0, 3).join(' | ')}`);
    expect(m.outside, `${name} at ${size.width}: text off the wall`).toEqual([]);
    if (strict && size === FOUR_THREE) {
      expect(m.minTextPx, `${name} at 1024×768: smallest text`).toBeGreaterThanOrEqual(20);
      expect(m.overlaps, `${name} at 1024×768: text over text`).toEqual([]);
    }
  }
  await P.setViewportSize(WIDE);
  await P.waitForFunction(() => (window as unknown as Hook).__kotProjector?.measure().width === 1920);
}

if (!ready) it.skip(browserMissing()!, () => undefined);

describe.skipIf(!ready)('the wall through a game with a role swap', () => {
  let server: RunningServer;
  let host: Device;
  let beamer: Device;
  let players: Device[];

  beforeAll(async () => {
    server = await startGameServer();
    [host, beamer, ...players] = await Promise.all([openDevice(LAPTOP), openDevice(WIDE), openDevice(PHONE, { touch: true }), openDevice(PHONE, { touch: true }), openDevice(PHONE, { touch: true })]);
  });

  afterAll(async () => {
    await Promise.all([host, beamer, ...(players ?? [])].map((d) => d?.close()));
    await server?.stop();
  });

  it('tells the swap, reviews each round on the wall and speaks the console’s language', async () => {
    try {
      await session();
    } catch (e) {
      await Promise.all([host, beamer, ...players].map((d, i) => shot(d.page, `failure-wall-${i}`).catch(() => undefined)));
      throw e;
    }
  }, 300_000);

  async function session() {
    const F = host.page;
    const P = beamer.page;
    const phones = players.map((d) => d.page);
    const [B] = phones;

    await F.goto(server.url);
    await F.click('[data-testid="create-facilitate"]');
    await F.waitForSelector('[data-testid="console"]');
    const code = (await F.textContent('[data-testid="room-code"]'))!.trim();
    await F.selectOption('[data-testid="rounds"]', '2');
    for (const p of ['gebeurtenis', 'overleg', 'uitvoering', 'terugblik']) await F.selectOption(`[data-testid="timer-${p}"]`, 'none');
    await F.check('[data-testid="role-swap"]');
    await F.waitForSelector('[data-testid="role-swap"]:checked');

    const projectorUrl = await F.getAttribute('[data-testid="open-projector"]', 'href');
    await P.goto(projectorUrl!);
    await projectorIn(P, 'lobby');
    await wallSays(P, 'Zo speel je');
    // The page around the canvas: a Dutch title, a heading, the skip link's #main, the wall in words.
    expect(await P.title()).toBe(`Beamerscherm · Kaarten op Tafel · ${code}`);
    expect(await P.textContent('main#main h1')).toContain(code);
    expect(await P.textContent('[data-testid="wall-text"]')).toContain(code);
    expect(await axeViolations(P)).toEqual([]);

    const seats = [
      { name: 'Anouk', role: 'bibliotheek' },
      { name: 'Bram', role: 'gemeente' },
      { name: 'Chris', role: 'uwv' },
    ];
    for (const [i, s] of seats.entries()) {
      const page = phones[i];
      await page.goto(`${server.url}/?room=${code}`);
      await page.fill('[data-testid="name"]', s.name);
      await page.click('[data-testid="join"]');
      await page.click(`[data-testid="claim-${s.role}"]`);
      await page.waitForSelector(`[data-testid="role-${s.role}"].mine`);
    }
    await wallSays(P, 'Chris');
    await wallShots(P, 'lobby', true);

    await F.click('[data-testid="start"]');
    await Promise.all([F, ...phones].map((p) => phase(p, 'gebeurtenis', 1)));
    await F.click('[data-testid="advance"]');
    await Promise.all([F, ...phones].map((p) => phase(p, 'overleg', 1)));
    await projectorIn(P, 'play');
    await wallSays(P, 'Nog niets gedaan deze fase');

    // Anouk guesses the gemeente's cards before the swap (the matrix names her as the Bibliotheek).
    if (await B.locator('[data-testid="tab-partners"]').count()) await B.tap('[data-testid="tab-partners"]');
    await B.tap('[data-testid="guess-gemeente"]');
    await B.locator('[data-testid^="pick-"]').first().check();
    await B.tap('[data-testid="dialog-submit"]');
    await B.waitForSelector('[data-testid="partner-gemeente"] .guess-line');

    // Chris pledges a card: the wall shows it in the project, with his partner's icon on the card.
    const C = phones[2];
    const hand = await readHand(C);
    const fit = (await readProjects(C)).flatMap((p) => Object.keys(p.missing).filter((r) => p.missing[r] > 0 && (hand[r] ?? 0) > 0).map((r) => ({ id: p.id, need: r })))[0];
    if (fit) {
      if (await C.locator('[data-testid="tab-projects"]').count()) await C.tap('[data-testid="tab-projects"]');
      await C.click(`[data-testid="pledge-${fit.id}-${fit.need}"]`);
      await wallSays(P, 'Nog niets gedaan deze fase: Bibliotheek, Gemeente');
      expect(await wallText(P)).not.toContain('deze fase: Bibliotheek, Gemeente, UWV');
    }
    await wallShots(P, 'overleg', true);

    // A pause is told across the wall.
    await F.click('[data-testid="pause"]');
    await wallSays(P, 'Het spel staat even stil');
    await wallShots(P, 'pause');
    await F.click('[data-testid="pause"]');

    // ---- Terugblik of round 1: the question and the score on the wall ----
    await F.click('[data-testid="advance"]');
    await F.click('[data-testid="advance"]');
    await Promise.all([F, ...phones].map((p) => phase(p, 'terugblik', 1)));
    await wallSays(P, 'Terugblik op ronde 1');
    await wallSays(P, 'Vraag voor de groep');
    await wallSays(P, 'Aan boord:');
    const question = (await phones[1].textContent('[data-testid="reflection"] .prompt').catch(() => null)) ?? (await F.textContent('[data-testid="reflection"] .prompt'));
    expect(await wallText(P)).toContain(question!.trim().slice(0, 20));
    await wallShots(P, 'terugblik', true);

    // The console switches to English: so does the wall.
    await F.click('[data-testid="lang-en"]');
    await wallSays(P, 'Looking back on round 1');
    expect(await P.evaluate(() => document.documentElement.lang)).toBe('en');
    await wallShots(P, 'terugblik-en');
    await F.click('[data-testid="lang-nl"]');
    await wallSays(P, 'Terugblik op ronde 1');

    // ---- round 2: every phone is told about the swap and its new role ----
    await F.click('[data-testid="advance"]');
    await Promise.all([F, ...phones].map((p) => phase(p, 'gebeurtenis', 2)));
    const now = ['gemeente', 'uwv', 'bibliotheek']; // every seat moves on to the next seat's partner
    const nameOf: Record<string, string> = { bibliotheek: 'Bibliotheek', gemeente: 'Gemeente', uwv: 'UWV' };
    for (const [i, page] of phones.entries()) {
      const banner = await page.waitForSelector('[data-testid="swap-banner"]');
      const text = (await banner.textContent())!;
      expect(text).toContain('Rolwissel!');
      expect(text).toContain(`Je speelt nu ${nameOf[now[i]]}`);
      expect(text).toContain(`Eerst was je ${nameOf[seats[i].role]}`);
    }
    await shot(B, 'phone-swap-390');
    await F.click('[data-testid="advance"]');
    await Promise.all([F, ...phones].map((p) => phase(p, 'overleg', 2)));
    await B.waitForSelector('[data-testid="swap-banner"]'); // for the whole round of the swap

    // ---- the last Terugblik warns about the final drop-out ----
    await F.click('[data-testid="advance"]');
    await F.click('[data-testid="advance"]');
    await Promise.all([F, ...phones].map((p) => phase(p, 'terugblik', 2)));
    await wallSays(P, 'laatste ronde');
    await wallShots(P, 'terugblik-last', true);
    await F.click('[data-testid="advance"]');
    await Promise.all([B].map((p) => p.waitForSelector('[data-testid="end-screen"]')));
    await projectorIn(P, 'end');

    // ---- the debrief on the wall: the chart ends with "Einde", a question under each lesson ----
    await F.waitForSelector('[data-testid="show-personas"]');
    await F.click('[data-testid="show-personas"]');
    await wallSays(P, 'Inwoners aan boord per ronde');
    await P.waitForFunction(() => (window as unknown as Hook).__kotProjector?.measure().texts.includes('Einde') ?? false);
    await wallShots(P, 'chart', true);
    await F.click('[data-testid="show-lessons"]');
    await wallSays(P, 'Vraag:');
    await wallShots(P, 'lessons', true);
    // The network, the answers and the result, laid out for each wall as well.
    for (const s of ['network', 'reflections', 'result']) {
      await F.click(`[data-testid="show-${s}"]`);
      await P.waitForFunction((x) => (window as unknown as Hook).__kotProjector?.screen() === x, s);
      await wallShots(P, s, true);
    }

    // The network after each round, on a phone.
    await B.waitForSelector('[data-testid="guess-matrix"]', { timeout: 30_000 });
    await B.locator('[data-testid="network-rounds"]').scrollIntoViewIfNeeded();
    await B.waitForFunction(() => Array.from(document.querySelectorAll<HTMLImageElement>('[data-testid="network-rounds"] img')).every((i) => i.complete && i.naturalWidth > 0));
    await shot(B, 'phone-network-390');

    // The guess matrix names who guessed, as who.
    expect(await B.textContent('[data-testid="guess-matrix"]')).toContain('Anouk · als Bibliotheek (Taalhuis)');
    expect(await B.isVisible('[data-testid="guess-scroll-hint"]')).toBe(true); // a phone is told to slide the table
    await B.locator('[data-testid="guess-matrix"]').scrollIntoViewIfNeeded();
    await shot(B, 'phone-guesses-390');

    // ---- the projector closed: the ended console opens it again ----
    await P.close();
    const link = await F.getAttribute('[data-testid="open-projector"]', 'href');
    expect(link).toMatch(new RegExp(`/\\?room=${code}&projector=1`));
    const P2 = await beamer.context.newPage();
    await P2.goto(link!);
    await projectorIn(P2, 'end');
    await shot(F, 'console-end-1366');
  }
});
