import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { standardEdition } from '../../shared/edition/standard';
import type { Edition } from '../../shared/edition/format';
import type { RunningServer } from '../../server/app';
import { LAPTOP, layoutProblems, openDevice, PHONE, shot, startGameServer, WIDE, type Device, browserMissing } from './browser';
import { quickBotGame } from './flow';

// A game with an edition of its own in a real browser: the edition is saved over the API (the
// gemeente renamed "Gemeente Dalfsen", the figure of one event changed), the practice form names it
// by its code, and the table shows the edition's names from its first render (never the standard
// ones first), through to the debrief at the end; a facilitator's console names it too, and the
// projector's wall shows its names.

const ready = browserMissing() === null;
type Hook = { __kotProjector?: { state(): string; measure(): { texts: string[] } } };
const screen = (page: Page, name: string) => page.waitForSelector(`html[data-screen="${name}"]`);
const phase = (page: Page, p: string, round = 1) => page.waitForSelector(`[data-testid="phase"][data-phase="${p}"][data-round="${round}"]`);

if (!ready) it.skip(browserMissing()!, () => undefined);

function dalfsen(): Edition {
  const e = standardEdition();
  e.name = 'Dalfsen leest';
  e.content.roles.find((r) => r.id === 'gemeente')!.name.nl = 'Gemeente Dalfsen';
  const heerlen = e.content.events.find((x) => x.title.nl === '16% tegen 11%')!;
  heerlen.title.nl = '27% tegen 11%';
  heerlen.text.nl = heerlen.text.nl.replace('16%', '27%');
  // Whichever event a game draws, its card on the table is the edition's: each says where it happened.
  for (const x of e.content.events) x.text.nl = `${x.text.nl} Zo ging het ook in Dalfsen.`;
  return e;
}

describe.skipIf(!ready)('an edition in play in the browser', () => {
  let server: RunningServer;
  let dev: Device;

  beforeAll(async () => {
    server = await startGameServer({ env: { BOT_PACE_MS: '200,500' } });
    dev = await openDevice(LAPTOP);
  });

  afterAll(async () => {
    await dev?.close();
    await server?.stop();
  });

  it('plays a practice game with a saved edition and shows its names on the table and in the debrief', async () => {
    try {
      await play(dev.page);
    } catch (e) {
      await shot(dev.page, 'failure-edition-play').catch(() => undefined);
      throw e;
    }
  }, 180_000);

  it('lets the console choose the edition, and the projector shows its names', async () => {
    const wall = await openDevice(WIDE);
    try {
      await facilitate(dev.page, wall.page);
      expect(wall.errors).toEqual([]);
    } catch (e) {
      await shot(dev.page, 'failure-edition-console').catch(() => undefined);
      await shot(wall.page, 'failure-edition-wall').catch(() => undefined);
      throw e;
    } finally {
      await wall.close();
    }
  }, 180_000);

  async function facilitate(F: Page, W: Page) {
    const saved = await fetch(`${server.url}/api/editions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(dalfsen()) });
    const { code } = (await saved.json()) as { code: string };
    await F.goto(server.url);
    await F.click('[data-testid="create-facilitate"]');
    await F.waitForSelector('[data-testid="console"]');
    await F.fill('[data-testid="edition"]', code);
    await F.press('[data-testid="edition"]', 'Tab'); // the setting goes to the server when the field is left
    await F.waitForFunction((c) => document.querySelector<HTMLAnchorElement>('[data-testid="print-kit-link"]')?.href.includes(`edition=${c}`), code);
    // The lobby already speaks the edition's names (the room's settings name it by code).
    await F.waitForFunction(() => document.querySelector('label[for="role-on-gemeente"]')?.textContent?.includes('Gemeente Dalfsen'));
    await quickBotGame(F, 1);
    await W.goto((await F.getAttribute('[data-testid="open-projector"]', 'href'))!);
    await W.waitForFunction(() => (window as unknown as Hook).__kotProjector?.state() === 'lobby', undefined, { timeout: 20_000 });
    await F.click('[data-testid="start"]');
    await F.click('[data-testid="advance"]');
    await W.waitForFunction(() => (window as unknown as Hook).__kotProjector?.state() === 'play', undefined, { timeout: 20_000 });
    await W.waitForFunction(() => (window as unknown as Hook).__kotProjector!.measure().texts.some((t) => t.includes('Gemeente Dalfsen')), undefined, { timeout: 20_000 });
    const texts = await W.evaluate(() => (window as unknown as Hook).__kotProjector!.measure().texts);
    expect(texts.some((t) => t.startsWith('Gemeente (beleid'))).toBe(false);
    await shot(W, 'edition-wall-1920');
  }

  async function play(P: Page) {
    const edition = dalfsen();
    const saved = await fetch(`${server.url}/api/editions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(edition) });
    expect(saved.status).toBe(201);
    const { code } = (await saved.json()) as { code: string };

    await P.goto(server.url);
    await screen(P, 'home');
    await P.click('[data-testid="practise"]');
    await P.waitForSelector('[data-testid="solo-form"]');

    // A code that is not stored: the game does not start, and the player reads why.
    await P.fill('[data-testid="solo-edition"]', 'NOPE2345');
    await P.click('[data-testid="solo-start"]');
    await P.waitForFunction(() => /Er is geen editie met deze code/.test(document.body.textContent ?? ''));
    await P.getByText('Er is geen editie met deze code', { exact: false }).first().scrollIntoViewIfNeeded();
    await shot(P, 'edition-refused-laptop');
    await P.goto(server.url);
    await screen(P, 'home');
    await watchGemeente(P);
    await P.click('[data-testid="practise"]');
    await P.waitForSelector('[data-testid="solo-form"]');
    await P.selectOption('[data-testid="solo-role"]', 'bibliotheek'); // the gemeente is always a partner
    await P.selectOption('[data-testid="solo-rounds"]', '1');
    await P.fill('[data-testid="solo-edition"]', code.toLowerCase().replace(/(....)/, '$1-'));
    await P.click('[data-testid="solo-start"]');

    await phase(P, 'gebeurtenis');
    await P.waitForSelector('[data-testid="partner-gemeente"]');
    expect(await P.textContent('[data-testid="partner-gemeente"] h3')).toBe('Gemeente Dalfsen');
    expect(await P.evaluate(() => (window as unknown as { __gemeente: string[] }).__gemeente)).toEqual(['Gemeente Dalfsen']);
    // The event on the table is one of the edition's (the changed figure, when that event is drawn).
    const shown = (await P.textContent('[data-testid="event"] h3'))!.trim();
    expect(edition.content.events.map((x) => x.title.nl)).toContain(shown);
    expect(shown).not.toBe('16% tegen 11%');
    const text = (await P.textContent('[data-testid="event"] p'))!.trim();
    expect(text).toBe(edition.content.events.find((x) => x.title.nl === shown)!.text.nl);
    expect(text).toMatch(/Zo ging het ook in Dalfsen\.$/);
    expect(text).not.toMatch(/16%/);
    await shot(P, 'edition-table-laptop');
    expect(await layoutProblems(P)).toEqual([]);
    await P.setViewportSize(PHONE);
    await P.waitForFunction((w) => innerWidth === w, PHONE.width);
    await shot(P, 'edition-table-phone');
    await P.setViewportSize(LAPTOP);
    await P.waitForFunction((w) => innerWidth === w, LAPTOP.width);

    for (const p of ['overleg', 'uitvoering', 'terugblik']) {
      await P.click('[data-testid="advance"]');
      await phase(P, p);
    }
    await P.click('[data-testid="advance"]');
    await screen(P, 'end');
    // The debrief: the server's agreement text and the players' table name the edition's gemeente.
    const agreement = P.locator('[data-testid="agreement"]');
    await agreement.waitFor({ timeout: 30_000 });
    expect(await agreement.inputValue()).toContain('**Gemeente Dalfsen**');
    expect(await P.textContent('[data-testid="players-table"]')).toContain('Gemeente Dalfsen');
    await P.locator('[data-testid="players-table"]').scrollIntoViewIfNeeded();
    await shot(P, 'edition-end-laptop');
    await P.setViewportSize(PHONE);
    await P.waitForFunction((w) => innerWidth === w, PHONE.width);
    await P.locator('[data-testid="players-table"]').scrollIntoViewIfNeeded();
    await shot(P, 'edition-end-phone');
    await P.setViewportSize(LAPTOP);

    // Back at the start, the next game begins with the standard cards again.
    await P.click('[data-testid="back-home"]');
    await screen(P, 'home');
    await P.click('[data-testid="practise"]');
    await P.waitForSelector('[data-testid="solo-form"]');
    expect(await P.textContent('[data-testid="solo-role"] option[value="gemeente"]')).toBe('Gemeente (beleid & wethouder)');
    expect(dev.errors).toEqual([]);
  }
});

/** Records every name the gemeente's partner card shows, from its first render on (a flash of the standard name would show). */
async function watchGemeente(P: Page): Promise<void> {
  await P.evaluate(() => {
    const seen: string[] = ((window as unknown as { __gemeente: string[] }).__gemeente = []);
    new MutationObserver(() => {
      const name = document.querySelector('[data-testid="partner-gemeente"] h3')?.textContent;
      if (name && seen[seen.length - 1] !== name) seen.push(name);
    }).observe(document.body, { childList: true, subtree: true, characterData: true });
  });
}
