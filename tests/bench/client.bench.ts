import { execSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM, CLIENT_DIR, startGameServer } from '../e2e/browser';

// `npm run bench:client`: the built client's download (gzip) and the time from navigation to an
// interactive start screen in headless Chromium, cold cache, median of several runs.
//
// Sizes: the script the start screen loads (the entry and what index.html preloads), and all other
// script except Phaser (the table's effects and the projector's scene, which load on their own).
// Aims: ≤ 100 KB gzip each.
//
// Timing, under Chromium's 4× CPU slowdown (CDP Emulation.setCPUThrottlingRate) and two network
// profiles (CDP Network.emulateNetworkConditions): DevTools' "Slow 3G" (400 kbit/s, 2 s round trip
// per request) and Lighthouse's mobile profile (1.6 Mbit/s down, 150 ms round trip). Aim: ≤ 2.5 s.
// RUNS sets the runs per profile (default 5).

const RUNS = Number(process.env.RUNS ?? 5);
const AIM_KB = 100;
const AIM_MS = 2500;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

const PROFILES = [
  { name: 'Slow 3G (DevTools): 400 kbit/s, 2000 ms RTT', latency: 2000, down: (500 * 1000 * 0.8) / 8, up: (500 * 1000 * 0.8) / 8 },
  { name: 'Lighthouse mobile: 1.6 Mbit/s, 150 ms RTT', latency: 150, down: (1.6 * 1000 * 1000 * 0.9) / 8, up: (750 * 1000 * 0.9) / 8 },
];

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

function sizes(): { initial: number; rest: number } {
  if (!fs.existsSync(path.join(CLIENT_DIR, 'index.html'))) execSync('npm run build', { stdio: 'inherit' });
  const html = fs.readFileSync(path.join(CLIENT_DIR, 'index.html'), 'utf8');
  const initialNames = new Set([...html.matchAll(/(?:src|href)="\/(assets\/[^"]+)"/g)].map((m) => m[1]));
  const rows = files(CLIENT_DIR).map((f) => {
    const buf = fs.readFileSync(f);
    const rel = path.relative(CLIENT_DIR, f);
    const initial = initialNames.has(rel) || rel === 'index.html';
    const phaser = /\/phaser-[^/]+\.js$/.test(rel);
    // Pages of their own (tests/e2e/bundle.test.ts gives each its budget): the edition editor with its
    // balance worker, the coach's worker, a training day's pages.
    const page = /\/(editor|balance-worker)-/.test(rel) ? 'editor' : /\/coach-worker-/.test(rel) ? 'coach worker' : /\/event-/.test(rel) ? 'training day' : null;
    return { rel, raw: buf.length, gzip: zlib.gzipSync(buf, { level: 9 }).length, js: rel.endsWith('.js'), initial, phaser, page };
  });
  type Row = (typeof rows)[number];
  const sum = (pick: (r: Row) => boolean) => rows.filter(pick).reduce((a, r) => ({ raw: a.raw + r.raw, gzip: a.gzip + r.gzip }), { raw: 0, gzip: 0 });
  const where = (r: Row) => (r.initial ? 'start screen' : r.phaser ? 'Phaser, later' : r.page ? `${r.page}, its own page` : 'later');
  console.log('\nClient download (dist/client)');
  for (const r of rows.filter((x) => x.js || x.rel.endsWith('.css') || x.rel.endsWith('.html')).sort((a, b) => b.gzip - a.gzip)) {
    console.log(`  ${r.rel.padEnd(40)} ${kb(r.raw).padStart(10)} raw ${kb(r.gzip).padStart(9)} gzip  (${where(r)})`);
  }
  const initial = sum((r) => r.js && r.initial);
  const rest = sum((r) => r.js && !r.initial && !r.phaser && !r.page);
  const lines: [string, { raw: number; gzip: number }][] = [
    ['script, start screen', initial],
    ['script, later, except Phaser', rest],
    ['script, the edition editor (own page)', sum((r) => r.js && r.page === 'editor')],
    ['script, the coach worker (own worker)', sum((r) => r.js && r.page === 'coach worker')],
    ['script, a training day (own page)', sum((r) => r.js && r.page === 'training day')],
    ['script, Phaser', sum((r) => r.phaser)],
    ['everything (incl. CSS, icons)', sum(() => true)],
  ];
  for (const [name, s] of lines) console.log(`  ${name.padEnd(40)} ${kb(s.raw).padStart(10)} raw ${kb(s.gzip).padStart(9)} gzip`);
  if (!rows.some((r) => r.phaser)) console.log('  (no phaser-*.js chunk found: is Phaser still split out in client/vite.config.ts?)');
  return { initial: initial.gzip, rest: rest.gzip };
}

interface Run {
  ms: number;
  /** Bytes over the wire when the start screen was found interactive, and whether the scripts came compressed. */
  bytes: number;
  gzip: boolean;
}

async function run(browser: Browser, url: string, p: (typeof PROFILES)[number]): Promise<Run> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } }); // cold cache each run
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    let bytes = 0;
    let gzip = false;
    cdp.on('Network.loadingFinished', (e) => void (bytes += e.encodedDataLength));
    cdp.on('Network.responseReceived', (e) => {
      if (e.response.url.endsWith('.js') && /gzip|br|zstd/.test(String(e.response.headers['content-encoding'] ?? e.response.headers['Content-Encoding'] ?? ''))) gzip = true;
    });
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: p.latency, downloadThroughput: p.down, uploadThroughput: p.up });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.goto(url, { timeout: 60_000 });
    await page.waitForSelector('html[data-ready="true"] [data-testid="create"]:not([disabled])', { timeout: 60_000 });
    const ms = await page.evaluate(() => performance.getEntriesByName('kot-interactive')[0]?.startTime ?? NaN);
    return { ms, bytes, gzip };
  } finally {
    await context.close();
  }
}

async function timing(): Promise<number[]> {
  const server = await startGameServer();
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const medians: number[] = [];
  try {
    for (const p of PROFILES) {
      const runs: Run[] = [];
      for (let i = 0; i < RUNS; i++) runs.push(await run(browser, server.url, p));
      const times = runs.map((r) => r.ms);
      const sorted = [...times].sort((a, b) => a - b);
      const median = sorted[Math.floor(sorted.length / 2)];
      medians.push(median);
      console.log(`\nNavigation → interactive start screen, CPU 4× slower, ${p.name} (cold cache, ${RUNS} runs)`);
      console.log(`  median ${median.toFixed(0)} ms   min ${sorted[0].toFixed(0)} ms   max ${sorted[sorted.length - 1].toFixed(0)} ms`);
      console.log(`  runs: ${times.map((t) => t.toFixed(0)).join(', ')}`);
      const wire = Math.max(...runs.map((r) => r.bytes));
      console.log(`  over the wire when measured (the connection code may have followed): up to ${kb(wire)}, scripts ${runs.some((r) => r.gzip) ? 'compressed' : 'NOT compressed by the server'}`);
    }
  } finally {
    await browser.close();
    await server.stop();
  }
  return medians;
}

const size = sizes();
const medians = await timing();
const mark = (ok: boolean) => (ok ? 'OK' : 'OVER');
console.log(`\nAims: start-screen script ≤ ${AIM_KB} KB gzip → ${kb(size.initial)} ${mark(size.initial <= AIM_KB * 1024)}`);
console.log(`      other script of the game except Phaser ≤ ${AIM_KB} KB gzip → ${kb(size.rest)} ${mark(size.rest <= AIM_KB * 1024)}`);
PROFILES.forEach((p, i) => console.log(`      interactive ≤ ${AIM_MS} ms (${p.name.split(':')[0]}) → ${medians[i].toFixed(0)} ms ${mark(medians[i] <= AIM_MS)}`));
