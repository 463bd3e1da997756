import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../server/app';
import { checkEditionText } from '../../shared/edition/check';
import type { Edition } from '../../shared/edition/format';
import { axeViolations } from './axe';
import { LAPTOP, PHONE, layoutProblems, openDevice, shot, startGameServer, tempDir, browserMissing, type Device } from './browser';

// The edition editor in Chromium against the real server: from the start screen to the editor,
// rename the gemeente, change one event's figure, save on the server under a code, download the
// file; then, on another device, upload that file and see it unchanged, and open it by its code.

const ready = browserMissing() === null;

if (!ready) it.skip(browserMissing()!, () => undefined);

describe.skipIf(!ready)('the edition editor in the browser', () => {
  let server: RunningServer;
  let laptop: Device;
  let phone: Device;
  const dir = tempDir('kot-edition-');

  beforeAll(async () => {
    server = await startGameServer();
    [laptop, phone] = await Promise.all([openDevice(LAPTOP), openDevice(PHONE, { touch: true })]);
  });

  afterAll(async () => {
    await Promise.all([laptop?.close(), phone?.close()]);
    await server?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const pick = async (page: Device['page'], title: string) => {
    const value = await page.$eval('[data-testid="card-pick"]', (s, t) => [...(s as HTMLSelectElement).options].find((o) => o.text.startsWith(t))!.value, title);
    await page.selectOption('[data-testid="card-pick"]', value);
  };
  /** The draft the editor keeps in the browser, once it holds the edition named `name` (stored after the page shows it). */
  const draft = async (page: Device['page'], name: string) => {
    await page.waitForFunction((n) => (JSON.parse(localStorage.getItem('kot.edition.draft') ?? 'null') as { name?: string } | null)?.name === n, name);
    return page.evaluate(() => JSON.parse(localStorage.getItem('kot.edition.draft')!) as Edition);
  };

  let file = '';
  let code = '';

  it('edits an edition, saves it on the server and downloads it', async () => {
    const page = laptop.page;
    await page.goto(server.url);
    await page.waitForSelector('html[data-ready="true"]');
    await page.click('[data-testid="open-editor"]');
    await page.waitForSelector('[data-testid="editor"]');

    await pick(page, 'Gemeente');
    await page.fill('[data-field="name.nl"]', 'Gemeente Dalfsen');
    await page.waitForSelector('[data-testid="card-title"] >> text=Gemeente Dalfsen');
    await page.fill('#ed-name', 'Dalfsen 2027');
    await page.evaluate(() => window.scrollTo(0, 0));
    await shot(page, 'edition-editor-laptop-top');
    expect(await axeViolations(page)).toEqual([]);

    // The kinds of cards are buttons: the keyboard reaches and presses them.
    await page.focus('[data-kind="personas"]');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-kind="interests"][aria-pressed="true"]');
    await page.click('[data-kind="events"]');
    await page.fill('[data-field="effects.0.amount"]', '');
    const problem = await page.waitForSelector('[data-testid="field-problem"]');
    expect(await problem.textContent()).toContain('Verkeerd soort waarde');
    await page.fill('[data-field="effects.0.amount"]', '5');
    await page.waitForSelector('[data-testid="table-card"] >> text=+5');
    await page.waitForSelector('[data-testid="whole-check"] >> text=in orde');
    await shot(page, 'edition-editor-laptop');

    await page.click('[data-testid="ed-save"]');
    const notice = await page.waitForSelector('[data-testid="ed-notice"].ok');
    code = /code ([A-Z0-9]+)/.exec((await notice.textContent())!)![1];
    const stored = (await (await fetch(`${server.url}/api/editions/${code}`)).json()) as Edition;
    expect(stored.name).toBe('Dalfsen 2027');
    expect(stored.content.roles.find((r) => r.id === 'gemeente')!.name.nl).toBe('Gemeente Dalfsen');
    expect(stored.content.events[0].effects[0]).toMatchObject({ amount: 5 });

    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="ed-download"]')]);
    file = path.join(dir, download.suggestedFilename());
    await download.saveAs(file);
    expect(path.basename(file)).toBe('dalfsen-2027.edition.json');
    const checked = checkEditionText(fs.readFileSync(file, 'utf8'));
    expect(checked.ok && !checked.rehashed).toBe(true);
    expect(checked.ok && checked.edition.hash).toBe(stored.hash);

    // The balance check runs the engine's games in a worker: the progress bar moves while the page
    // stays usable; then the figures, the standard edition's beside them, and the verdicts.
    await page.selectOption('#ed-games', '2');
    await page.click('[data-testid="balance-run"]');
    await page.waitForFunction(() => ((document.querySelector('[data-testid="balance-progress"]') as HTMLProgressElement | null)?.value ?? 0) > 0);
    const status = (await page.textContent('[data-testid="balance"] [role="status"]'))!;
    expect(status).toMatch(/^Bezig: \d+ van (\d+) spellen$/);
    // Two games per make-up at a table of 4, for the edition and for the standard edition.
    expect(Number(/van (\d+)/.exec(status)![1])).toBe(2 * 2 * (2 + 10 * 3 + 10 * 4));
    await page.fill('#ed-place', 'Dalfsen');
    await page.waitForSelector('[data-testid="balance-table"]', { timeout: 120_000 });
    const row = (await page.textContent('[data-testid="balance-table"] tbody tr'))!;
    expect(row).toMatch(/^4\d+%standaard \d+%/);
    const verdicts = await page.$$eval('[data-testid="verdicts"] li', (lis) => lis.map((li) => `${li.getAttribute('data-ok')} ${li.textContent}`));
    expect(verdicts).toHaveLength(6);
    for (const v of verdicts) expect(v).toMatch(/^(true ✓ Houdt de les|false ⚠ Breekt de les) \(4 spelers\): \S/);
    await page.$eval('[data-testid="balance-table"]', (el) => el.scrollIntoView());
    await shot(page, 'edition-editor-laptop-balance');
    expect(laptop.errors).toEqual([]);
  });

  it("the facilitator's console opens the editor in a new tab, so the room stays open", async () => {
    const page = laptop.page;
    await page.goto(server.url);
    await page.waitForSelector('html[data-ready="true"]');
    await page.click('[data-testid="create-facilitate"]');
    const link = await page.waitForSelector('[data-testid="print-kit-link"] ~ [data-testid="open-editor"]');
    expect(await link.getAttribute('target')).toBe('_blank');
    const [tab] = await Promise.all([laptop.context.waitForEvent('page'), link.click()]);
    await tab.waitForSelector('[data-testid="editor"]');
    // The editor on this device starts from the draft kept here: the edition made above.
    expect(await tab.inputValue('#ed-name')).toBe('Dalfsen 2027');
    await tab.close();
    expect(laptop.errors).toEqual([]);
  });

  it('on a phone: opens the downloaded file unchanged, refuses a broken one, and opens by code', async () => {
    const page = phone.page;
    await page.goto(`${server.url}/?editie`);
    await page.waitForSelector('[data-testid="editor"]');
    expect(await page.inputValue('#ed-name')).toBe('Standaardeditie');
    await shot(page, 'edition-editor-phone-top');

    const broken = path.join(dir, 'broken.json');
    const bad = JSON.parse(fs.readFileSync(file, 'utf8')) as Edition;
    bad.content.roles[0].name.nl = '<img src=x onerror=alert(1)>';
    fs.writeFileSync(broken, JSON.stringify(bad));
    await page.setInputFiles('[data-testid="ed-upload"]', broken);
    const refused = await page.waitForSelector('[data-testid="ed-notice"].bad');
    expect(await refused.$eval('[data-path="content.roles.0.name.nl"]', (li) => li.textContent)).toContain('opmaakcode');
    expect(await page.$('img[src="x"]')).toBeNull();
    await refused.scrollIntoViewIfNeeded();
    await shot(page, 'edition-editor-phone-refused');
    expect(await axeViolations(page)).toEqual([]);
    expect(await page.inputValue('#ed-name')).toBe('Standaardeditie');

    await page.setInputFiles('[data-testid="ed-upload"]', file);
    await page.waitForSelector('[data-testid="ed-notice"].ok >> text=Dalfsen 2027');
    const opened = await draft(page, 'Dalfsen 2027');
    expect(opened).toEqual(JSON.parse(fs.readFileSync(file, 'utf8')));
    const [again] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="ed-download"]')]);
    const second = path.join(dir, 'again.json');
    await again.saveAs(second);
    expect(fs.readFileSync(second, 'utf8')).toBe(fs.readFileSync(file, 'utf8'));

    page.once('dialog', (d) => void d.accept());
    await page.click('[data-testid="ed-restart"]');
    await page.waitForFunction(() => (document.querySelector('#ed-name') as HTMLInputElement).value === 'Standaardeditie');
    await page.fill('#ed-code', code.toLowerCase());
    await page.click('[data-testid="ed-open"]');
    await page.waitForSelector('[data-testid="ed-notice"].ok >> text=Dalfsen 2027');
    expect((await draft(page, 'Dalfsen 2027')).hash).toBe(opened.hash);

    // A colleague's link with the code opens the edition at once.
    await page.evaluate(() => localStorage.clear());
    await page.goto(`${server.url}/?editie=${code}`);
    await page.waitForSelector('[data-testid="ed-notice"].ok >> text=Dalfsen 2027');
    expect(await page.inputValue('#ed-name')).toBe('Dalfsen 2027');

    await page.click('[data-kind="projects"]');
    expect(await layoutProblems(page)).toEqual([]);
    await shot(page, 'edition-editor-phone');
    await page.fill('[data-field="reach"]', '9');
    const tooMany = await page.waitForSelector('[data-testid="field-problem"] >> text=hoogstens 4');
    await tooMany.scrollIntoViewIfNeeded();
    await shot(page, 'edition-editor-phone-field');
    expect(phone.errors).toEqual([]);
  });
});
