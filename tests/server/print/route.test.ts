import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mountPrint } from '../../../server/print/route';

// The kit over HTTP (no account, no room) and from the command line (npm run print-kit).

let url = '';
let close: () => void = () => {};
beforeAll(async () => {
  const app = express();
  mountPrint(app);
  const server = app.listen(0);
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  close = () => server.close();
});
afterAll(() => close());

describe('the printable kit, served and scripted', () => {
  it('GET /print/kit.pdf gives a PDF for 3–8 seats in nl or en, to anyone', async () => {
    const res = await fetch(`${url}/print/kit.pdf?seats=3&lang=en`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toContain('kaarten-op-tafel-3-en.pdf');
    const body = Buffer.from(await res.arrayBuffer());
    expect(body.subarray(0, 5).toString()).toBe('%PDF-');
    // Asked again, the same bytes (made once per process).
    const again = Buffer.from(await (await fetch(`${url}/print/kit.pdf?seats=3&lang=en`)).arrayBuffer());
    expect(again.equals(body)).toBe(true);
  });

  it('refuses a table size or a language the game does not have', async () => {
    for (const q of ['seats=2&lang=nl', 'seats=9&lang=nl', 'seats=four&lang=nl', 'seats=4&lang=de']) {
      expect((await fetch(`${url}/print/kit.pdf?${q}`)).status, q).toBe(400);
    }
  });

  it('npm run print-kit writes the same kind of PDF to a file', () => {
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'kit-')), 'kit.pdf');
    const said = execFileSync(process.execPath, ['--import', 'tsx', 'scripts/print-kit.ts', '--seats', '5', '--lang', 'nl', '--out', out], { encoding: 'utf8' });
    expect(said).toContain('5 seats, nl');
    expect(readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');
    expect(() => execFileSync(process.execPath, ['--import', 'tsx', 'scripts/print-kit.ts', '--seats', '12'], { stdio: 'pipe' })).toThrow();
  });
});
