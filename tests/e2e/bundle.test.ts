import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { builtClientExists, CLIENT_DIR } from './browser';

// The built client's download: what the start screen loads, what loads later, and what must never
// ship (zod's parser, the libraries the pictures no longer need). Sizes, not timings: the times are
// in `npm run bench:client`.

const gzip = (f: string) => zlib.gzipSync(fs.readFileSync(f), { level: 9 }).length;

describe.skipIf(!builtClientExists())('the client download (skipped without a build: npm run build)', () => {
  const assets = path.join(CLIENT_DIR, 'assets');
  const scripts = builtClientExists() ? fs.readdirSync(assets).filter((f) => f.endsWith('.js')) : [];
  const html = builtClientExists() ? fs.readFileSync(path.join(CLIENT_DIR, 'index.html'), 'utf8') : '';
  const initial = new Set([...html.matchAll(/(?:src|href)="\/assets\/([^"]+\.js)"/g)].map((m) => m[1]));

  // The edition editor checks every field with the game's own schemas, so zod goes with it, in its own
  // chunk that only the editor's page (/?editie) loads.
  const editorChunk = (f: string) => f.startsWith('editor-') || f.startsWith('balance-worker-');

  // A training day's pages (client/src/event, named event-… by client/vite.config.ts) and the chunks
  // only they import: a page of their own (/?event=…), with a budget of its own.
  const refs = (f: string) => [...fs.readFileSync(path.join(assets, f), 'utf8').matchAll(/["/]([\w-]+\.js)"/g)].map((m) => m[1]).filter((x) => x !== f);
  const eventChunks = new Set(scripts.filter((f) => f.startsWith('event-')));
  for (let grew = true; grew; ) {
    grew = false;
    for (const f of scripts) {
      if (eventChunks.has(f) || initial.has(f)) continue;
      const users = scripts.filter((u) => refs(u).includes(f));
      if (users.length > 0 && users.every((u) => eventChunks.has(u))) {
        eventChunks.add(f);
        grew = true;
      }
    }
  }

  it('ships no zod outside the edition editor, and neither Cytoscape nor Chart.js', () => {
    for (const f of scripts) {
      const code = fs.readFileSync(path.join(assets, f), 'utf8');
      if (!editorChunk(f)) expect(code.includes('_zod'), f).toBe(false);
      expect(/cytoscape|Chart\.js|chartjs/i.test(code), f).toBe(false);
    }
  });

  it('loads at most 100 KB gzip of script for the start screen, and at most 100 KB more except Phaser', () => {
    expect(scripts.some((f) => f.startsWith('phaser-'))).toBe(true);
    const start = scripts.filter((f) => initial.has(f)).reduce((n, f) => n + gzip(path.join(assets, f)), 0);
    const later = scripts.filter((f) => !initial.has(f) && !f.startsWith('phaser-') && !editorChunk(f) && !f.startsWith('coach-worker-') && !eventChunks.has(f)).reduce((n, f) => n + gzip(path.join(assets, f)), 0);
    expect(start).toBeLessThanOrEqual(100 * 1024);
    expect(later).toBeLessThanOrEqual(100 * 1024);
    // The coach's worker (the rules, the bots and the cards, to replay a solo game in the background)
    // is its own budget: it loads only when a solo game has ended, on no screen's path.
    const worker = scripts.filter((f) => f.startsWith('coach-worker-'));
    expect(worker).toHaveLength(1);
    expect(initial.has(worker[0])).toBe(false);
    expect(gzip(path.join(assets, worker[0]))).toBeLessThanOrEqual(45 * 1024);
    // The connection to the server is not on the start screen's path.
    for (const f of scripts.filter((x) => initial.has(x))) expect(fs.readFileSync(path.join(assets, f), 'utf8').includes('matchmake/'), f).toBe(false);
  });

  it('keeps a training day’s pages out of the start screen and the game, in at most 30 KB gzip of their own', () => {
    expect([...eventChunks].some((f) => f.startsWith('event-page-'))).toBe(true);
    for (const f of eventChunks) expect(initial.has(f), f).toBe(false);
    expect([...eventChunks].reduce((n, f) => n + gzip(path.join(assets, f)), 0)).toBeLessThanOrEqual(30 * 1024);
  });

  it('keeps the edition editor out of the start screen, in at most 120 KB gzip of its own', () => {
    const editor = scripts.filter(editorChunk);
    expect(editor.some((f) => f.startsWith('editor-'))).toBe(true);
    for (const f of editor) expect(initial.has(f), f).toBe(false);
    expect(editor.reduce((n, f) => n + gzip(path.join(assets, f)), 0)).toBeLessThanOrEqual(120 * 1024);
  });
});
