import { execSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { chromium } from 'playwright-core';
import { CHROMIUM, CLIENT_DIR, startGameServer } from '../e2e/browser';

// `npm run bench:client`: the built client's download size (raw and gzip; what the start screen
// loads, what loads later, and everything) and the time from navigation to the first interactive
// lobby in headless Chromium on loopback (median of several cold loads).
// Aims: under 500 KB gzip of script in total, lobby interactive in under 1.5 s.

const RUNS = Number(process.env.RUNS ?? 9);
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

function sizes() {
  if (!fs.existsSync(path.join(CLIENT_DIR, 'index.html'))) execSync('npm run build', { stdio: 'inherit' });
  const html = fs.readFileSync(path.join(CLIENT_DIR, 'index.html'), 'utf8');
  const initialNames = new Set([...html.matchAll(/(?:src|href)="\/(assets\/[^"]+)"/g)].map((m) => m[1]));
  const rows = files(CLIENT_DIR).map((f) => {
    const buf = fs.readFileSync(f);
    const rel = path.relative(CLIENT_DIR, f);
    return { rel, raw: buf.length, gzip: zlib.gzipSync(buf, { level: 9 }).length, js: rel.endsWith('.js'), initial: initialNames.has(rel) || rel === 'index.html' };
  });
  const sum = (pick: (r: (typeof rows)[number]) => boolean) =>
    rows.filter(pick).reduce((a, r) => ({ raw: a.raw + r.raw, gzip: a.gzip + r.gzip }), { raw: 0, gzip: 0 });
  console.log('\nClient download size (dist/client)');
  for (const r of rows.filter((x) => x.js || x.rel.endsWith('.css') || x.rel.endsWith('.html')).sort((a, b) => b.gzip - a.gzip)) {
    console.log(`  ${r.rel.padEnd(40)} ${kb(r.raw).padStart(10)} raw ${kb(r.gzip).padStart(9)} gzip${r.initial ? '  (start screen)' : '  (loaded later)'}`);
  }
  const lines: [string, { raw: number; gzip: number }][] = [
    ['script, start screen', sum((r) => r.js && r.initial)],
    ['script, all (incl. Phaser, QR)', sum((r) => r.js)],
    ['everything, start screen', sum((r) => r.initial)],
    ['everything (incl. icons)', sum(() => true)],
  ];
  for (const [name, s] of lines) console.log(`  ${name.padEnd(40)} ${kb(s.raw).padStart(10)} raw ${kb(s.gzip).padStart(9)} gzip`);
  return sum((r) => r.js).gzip;
}

async function timing(): Promise<number> {
  const server = await startGameServer();
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const times: number[] = [];
  try {
    for (let i = 0; i < RUNS; i++) {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 } }); // cold cache each run
      const page = await context.newPage();
      await page.goto(server.url);
      await page.waitForSelector('html[data-ready="true"] [data-testid="create"]:not([disabled])');
      const ms = await page.evaluate(() => performance.getEntriesByName('kot-interactive')[0]?.startTime ?? NaN);
      times.push(ms);
      await context.close();
    }
  } finally {
    await browser.close();
    await server.stop();
  }
  const sorted = [...times].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)];
  console.log(`\nNavigation → interactive lobby (headless Chromium, loopback, cold cache, ${RUNS} runs)`);
  console.log(`  median ${median.toFixed(0)} ms   min ${sorted[0].toFixed(0)} ms   max ${sorted[sorted.length - 1].toFixed(0)} ms`);
  console.log(`  runs: ${times.map((t) => t.toFixed(0)).join(', ')}`);
  return median;
}

const scriptGzip = sizes();
const median = await timing();
console.log(`\nAims: script ≤ 500 KB gzip → ${kb(scriptGzip)} ${scriptGzip <= 500 * 1024 ? 'OK' : 'OVER'}; lobby ≤ 1500 ms → ${median.toFixed(0)} ms ${median <= 1500 ? 'OK' : 'OVER'}`);
