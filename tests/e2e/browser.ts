import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { startServer, type RunningServer } from '../../server/app';
import { loadConfig } from '../../server/config';

// Browser test helpers: the real server in-process serving the production build, and one headless
// Chromium per player (a persistent context each, so each has its own storage like a real device).

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const ARTIFACTS = path.resolve('test-artifacts');
export const CLIENT_DIR = path.resolve('dist/client');

export const PHONE = { width: 390, height: 844 };
export const LAPTOP = { width: 1366, height: 768 };
export const WIDE = { width: 1920, height: 1080 };

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function tempDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export function builtClientExists(): boolean {
  return fs.existsSync(path.join(CLIENT_DIR, 'index.html'));
}

/** Why a browser test file cannot run here (no Chromium, no built client), or null when it can. */
export function browserMissing(): string | null {
  if (!fs.existsSync(CHROMIUM)) return `no Chromium at ${CHROMIUM} (set CHROMIUM_PATH): skipped`;
  if (!builtClientExists()) return 'no built client in dist/client (run npm run build first): skipped';
  return null;
}

/** The real server on a free port (or `port`), with its own database in `dir` (kept for a restart); `env` adds settings (e.g. BOT_PACE_MS). */
export async function startGameServer(opts: { dir?: string; port?: number; env?: Record<string, string> } = {}): Promise<RunningServer> {
  const dir = opts.dir ?? tempDir('kot-e2e-');
  return startServer(
    loadConfig({
      PORT: String(opts.port ?? 0),
      HOST: '127.0.0.1',
      KOT_DB_PATH: path.join(dir, 'kaarten.db'),
      CLIENT_DIR,
      LOG_LEVEL: 'error',
      ...opts.env,
    }),
  );
}

export interface Device {
  context: BrowserContext;
  page: Page;
  /** Console errors and page errors, so a test can assert none happened. */
  errors: string[];
  close(): Promise<void>;
}

export async function openDevice(viewport: { width: number; height: number }, opts: { touch?: boolean } = {}): Promise<Device> {
  const dir = tempDir('kot-chromium-');
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    viewport,
    hasTouch: opts.touch ?? false,
    isMobile: false,
    deviceScaleFactor: 1,
    locale: 'nl-NL',
  });
  const page = context.pages()[0] ?? (await context.newPage());
  page.setDefaultTimeout(15_000);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  return {
    context,
    page,
    errors,
    close: async () => {
      await context.close().catch(() => undefined);
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function shot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const file = path.join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}

/** Elements wider than the screen or controls smaller than a finger: what "cut off" means here. */
export async function layoutProblems(page: Page, minTarget = 40): Promise<string[]> {
  return page.evaluate((min) => {
    const out: string[] = [];
    const w = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth > w + 1) out.push(`page scrolls sideways: ${document.documentElement.scrollWidth} > ${w}`);
    for (const el of Array.from(document.querySelectorAll<HTMLElement>('button, input, select, a[href]:not(.skip), [role="tab"]'))) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      const style = getComputedStyle(el);
      if (style.visibility === 'hidden') continue;
      if (r.right > w + 1 || r.left < -1) out.push(`outside: ${el.outerHTML.slice(0, 80)}`);
      const small = el.tagName !== 'A' && el.getAttribute('type') !== 'radio' && el.getAttribute('type') !== 'checkbox' && (r.height < min || r.width < min);
      if (small) out.push(`small target ${Math.round(r.width)}x${Math.round(r.height)}: ${el.outerHTML.slice(0, 80)}`);
    }
    return out;
  }, minTarget);
}
