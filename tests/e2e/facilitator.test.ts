import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { RunningServer } from '../../server/app';
import { LAPTOP, openDevice, PHONE, shot, startGameServer, WIDE, type Device, browserMissing } from './browser';
import { pledgesShown, readFrozen, readHand, readProjects } from './flow';

// A training day in real browsers: a facilitator who does not play leads from a laptop, the
// projector runs on a second page (its own read-only link), three players join by the QR link and
// by code, and the facilitator paces the whole game from the console. Screenshots of the projector
// (1920×1080 and 1280×720) and the console (1366×768) go to test-artifacts/.

const ready = browserMissing() === null;
const SMALL_PROJECTOR = { width: 1280, height: 720 };
const phase = (page: Page, p: string, round: number) => page.waitForSelector(`[data-testid="phase"][data-phase="${p}"][data-round="${round}"]`);

interface Measure {
  minTextPx: number;
  codeTextPx: number;
  qrPx: number;
  texts: string[];
}
type Hook = { __kotProjector?: { state(): string; measure(): Measure } };
const projectorIn = (page: Page, state: string) => page.waitForFunction((s) => (window as unknown as Hook).__kotProjector?.state() === s, state, { timeout: 20_000 });
const measure = (page: Page) => page.evaluate(() => (window as unknown as Hook).__kotProjector!.measure());

if (!ready) it.skip(browserMissing()!, () => undefined);

describe.skipIf(!ready)('the facilitator’s session', () => {
  let server: RunningServer;
  let host: Device; // the facilitator's laptop
  let beamer: Device; // the projector
  let players: Device[];

  beforeAll(async () => {
    server = await startGameServer();
    [host, beamer, ...players] = await Promise.all([openDevice(LAPTOP), openDevice(WIDE), openDevice(PHONE, { touch: true }), openDevice(PHONE, { touch: true }), openDevice(LAPTOP)]);
  });

  afterAll(async () => {
    await Promise.all([host, beamer, ...(players ?? [])].map((d) => d?.close()));
    await server?.stop();
  });

  it('creates, projects, paces and ends a game without playing in it', async () => {
    try {
      await session();
    } catch (e) {
      await Promise.all([host, beamer, ...players].map((d, i) => shot(d.page, `failure-facilitator-${i}`).catch(() => undefined)));
      throw e;
    }
  }, 300_000);

  async function session() {
    const F = host.page;
    const P = beamer.page;
    const [B, C, D] = players.map((d) => d.page);

    // ---- the facilitator creates a room to lead, with options of their own ----
    await F.goto(server.url);
    await F.click('[data-testid="create-facilitate"]');
    await F.waitForSelector('[data-testid="console"]');
    expect(await F.locator('[data-testid^="claim-"]').count()).toBe(0); // no role to claim: the facilitator does not play
    const code = (await F.textContent('[data-testid="room-code"]'))!.trim();
    await F.selectOption('[data-testid="rounds"]', '2');
    await F.selectOption('[data-testid="timer-gebeurtenis"]', '60');
    await F.selectOption('[data-testid="timer-overleg"]', 'none');
    for (const p of ['uitvoering', 'terugblik']) await F.selectOption(`[data-testid="timer-${p}"]`, 'none'); // by hand, as before the training-day clocks
    await F.uncheck('[data-testid="role-on-ggd"]');
    await F.check('[data-testid="anonymous"]');
    await F.waitForSelector('.host .note');

    // ---- the projector on its own page, by the console's link ----
    const projectorUrl = await F.getAttribute('[data-testid="open-projector"]', 'href');
    expect(projectorUrl).toMatch(new RegExp(`/\\?room=${code}&projector=1&lang=nl#key=`));
    await P.goto(projectorUrl!);
    await projectorIn(P, 'lobby');
    expect(P.url()).not.toContain('#key='); // the key leaves the address bar
    const lobby = await measure(P);
    expect(lobby.codeTextPx).toBeGreaterThanOrEqual(120);
    expect(lobby.qrPx).toBeGreaterThanOrEqual(360);
    expect(lobby.minTextPx).toBeGreaterThanOrEqual(28);
    expect(lobby.texts.join(' ')).toContain(code);
    await F.waitForSelector('[data-testid="watcher-projector"]');

    // ---- three players: two by the QR link, one by typing the code ----
    const joinUrl = await F.getAttribute('[data-testid="join-link"]', 'href');
    const seats = [
      { page: B, name: 'Bram', role: 'bibliotheek', byLink: true },
      { page: C, name: 'Chris', role: 'gemeente', byLink: true },
      { page: D, name: 'Dewi', role: 'uwv', byLink: false },
    ];
    for (const s of seats) {
      await s.page.goto(s.byLink ? joinUrl! : server.url);
      await s.page.fill('[data-testid="name"]', s.name);
      if (!s.byLink) await s.page.fill('[data-testid="code"]', code);
      await s.page.click('[data-testid="join"]');
      expect(await s.page.locator('[data-testid="role-ggd"]').count()).toBe(0); // switched off by the facilitator
      await s.page.click(`[data-testid="claim-${s.role}"]`);
      await s.page.waitForSelector(`[data-testid="role-${s.role}"].mine`);
    }
    await P.waitForFunction((names) => names.every((n) => (window as unknown as Hook).__kotProjector!.measure().texts.some((t) => t.includes(n))), ['Bram', 'Chris', 'Dewi']);
    await shot(P, 'projector-1920-lobby');
    await P.setViewportSize(SMALL_PROJECTOR);
    await shot(P, 'projector-1280-lobby');
    await P.setViewportSize(WIDE);
    await F.evaluate(() => scrollTo(0, 0));
    await shot(F, 'console-1366-lobby');

    // ---- start: the options on screen are the ones in force ----
    await F.click('[data-testid="start"]');
    await Promise.all([F, B, C, D].map((p) => phase(p, 'gebeurtenis', 1)));
    await projectorIn(P, 'play');
    expect(await B.textContent('[data-testid="phase"] .round')).toMatch(/1 van 2/);
    expect(await F.textContent('[data-testid="phase"] .round')).toMatch(/1 van 2/);
    const clockBefore = await secondsLeft(B);
    expect(clockBefore).toBeGreaterThan(30); // Gebeurtenis on a 60 s clock
    expect(clockBefore).toBeLessThanOrEqual(60);

    // Extend, pause, resume.
    await F.click('[data-testid="extend"]');
    await B.waitForFunction((before) => {
      const m = /(\d+):(\d\d)/.exec(document.querySelector('[data-clock]')?.textContent ?? '');
      return !!m && Number(m[1]) * 60 + Number(m[2]) > before + 30;
    }, clockBefore);
    await F.click('[data-testid="pause"]');
    await Promise.all([B, C, D].map((p) => p.waitForSelector('[data-clock]:has-text("⏸")')));
    await F.click('[data-testid="pause"]'); // now "Verder"
    await B.waitForFunction(() => !(document.querySelector('[data-clock]')?.textContent ?? '').includes('⏸'));

    // Next phase: an untimed Overleg.
    await F.click('[data-testid="advance"]');
    await Promise.all([F, B, C, D].map((p) => phase(p, 'overleg', 1)));
    expect(await B.textContent('[data-clock]')).toBe('geen klok');
    await F.waitForSelector('[data-testid="signals"] [data-signal]');

    // Pledges arrive: every player puts a card on the first open project.
    const frozen = await readFrozen(B);
    let pledged = 0;
    for (const s of seats) {
      // This seat's page may not have drawn the previous seat's pledge yet: wait until it has.
      await pledgesShown(s.page, pledged);
      const hand = await readHand(s.page);
      const fits = (await readProjects(s.page)).flatMap((p) => Object.keys(p.missing).filter((r) => p.missing[r] > 0 && (hand[r] ?? 0) > 0 && !frozen.includes(r)).map((r) => ({ project: p, need: r })));
      if (fits.length === 0) continue;
      const { project, need } = fits[0];
      if (await s.page.locator('[data-testid="tab-projects"]').count()) await s.page.click('[data-testid="tab-projects"]'); // a phone shows one tab at a time
      const row = s.page.locator(`[data-testid="project-${project.id}"] .need[data-resource="${need}"]`);
      const before = Number(await row.getAttribute('data-pledged'));
      await s.page.click(`[data-testid="pledge-${project.id}-${need}"]`);
      await s.page.waitForSelector(`[data-testid="project-${project.id}"] .need[data-resource="${need}"][data-pledged="${before + 1}"]`);
      pledged++;
    }
    expect(pledged).toBeGreaterThan(0);
    await P.waitForFunction(() => (window as unknown as Hook).__kotProjector!.measure().texts.length > 0);
    const play = await measure(P);
    expect(play.minTextPx).toBeGreaterThanOrEqual(28);
    await shot(P, 'projector-1920-overleg');
    await P.setViewportSize(SMALL_PROJECTOR);
    await shot(P, 'projector-1280-overleg');
    await P.setViewportSize(WIDE);
    await shot(F, 'console-1366-overleg');

    // ---- remove a player; a seat whose player is gone goes to a bot, and back ----
    await F.click('[data-testid="remove-seat-2"]');
    await F.click('[data-testid="remove-seat-2"]'); // confirmed
    await D.waitForSelector('.conn-banner.closed');
    await F.waitForSelector('[data-testid="console-seat-2"] .tag');
    await F.click('[data-testid="bot-seat-uwv"]');
    await F.waitForSelector('[data-testid="console-seat-2"] >> text=Bot');

    await players[1].page.close(); // Chris's phone drops off the wifi
    await F.waitForSelector('[data-testid="console-seat-1"] .tag', { timeout: 30_000 });
    await F.click('[data-testid="bot-seat-gemeente"]');
    await F.waitForSelector('[data-testid="human-seat-gemeente"]');
    const C2 = await players[1].context.newPage(); // and comes back
    await C2.goto(`${server.url}/?room=${code}`);
    await C2.waitForSelector('[data-testid="bot-plays-for-you"]');
    await F.click('[data-testid="human-seat-gemeente"]');
    await C2.waitForSelector('[data-testid="bot-plays-for-you"]', { state: 'detached' });

    // ---- the console comes back after a reload, and opens on a second device by the facilitator link ----
    await F.reload();
    await F.waitForSelector('[data-testid="console"] [data-testid="console-seats"]');
    expect(await F.locator('[data-testid="console-seats"] li').count()).toBe(3);
    const hostKey = await F.evaluate((c) => JSON.parse(localStorage.getItem(`kot.room.${c}`) ?? '{}').hostKey as string, code);
    const tablet = await openDevice(LAPTOP);
    try {
      await tablet.page.goto(`${server.url}/?room=${code}#host=${hostKey}`);
      await tablet.page.waitForSelector('[data-testid="console"] [data-testid="console-seats"]');
      expect(tablet.page.url()).not.toContain('#host='); // the key leaves the address bar
      expect(await tablet.page.locator('[data-testid="console-seats"] li').count()).toBe(3); // no seat taken
    } finally {
      await tablet.close();
    }

    // ---- end, confirmed ----
    await F.click('[data-testid="end-game"]');
    expect(await F.textContent('[data-testid="end-game"]')).toMatch(/echt/i);
    await F.click('[data-testid="end-game"]');
    await Promise.all([B, C2].map((p) => p.waitForSelector('[data-testid="end-screen"]')));
    await projectorIn(P, 'end');
    expect((await measure(P)).minTextPx).toBeGreaterThanOrEqual(28);
    await shot(P, 'projector-1920-end');
    await P.setViewportSize(SMALL_PROJECTOR);
    await shot(P, 'projector-1280-end');
    await shot(F, 'console-1366-end');
  }
});

async function secondsLeft(page: Page): Promise<number> {
  const text = (await page.textContent('[data-clock]')) ?? '';
  const m = /(\d+):(\d\d)/.exec(text);
  if (!m) throw new Error(`no clock in "${text}"`);
  return Number(m[1]) * 60 + Number(m[2]);
}
