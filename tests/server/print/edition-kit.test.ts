import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { standardEdition } from '../../../shared/edition/standard';
import { startTestServer, type TestServer } from '../helpers';

// The printable kit of an edition, over HTTP: GET /print/kit.pdf?edition=CODE prints the edition's
// cards (read back with pdftotext), an unknown code gets a 404 and the standard kit stays the standard.

const tools = existsSync('/usr/bin/pdftotext');
const ARTIFACTS = path.resolve('test-artifacts', 'kit');
const flat = (s: string) => s.replace(/-\s*/g, '').replace(/\s+/g, ' ');

let srv: TestServer;
beforeAll(async () => {
  srv = await startTestServer();
});
afterAll(async () => {
  await srv?.stop();
});

async function pdfText(url: string, name: string): Promise<string> {
  const res = await fetch(url);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toBe('application/pdf');
  mkdirSync(ARTIFACTS, { recursive: true });
  const file = path.join(ARTIFACTS, name);
  writeFileSync(file, Buffer.from(await res.arrayBuffer()));
  return flat(execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }));
}

describe.skipIf(!tools)('the printable kit of an edition', () => {
  it('prints the edition in use, and only for a code that is stored', async () => {
    const e = standardEdition();
    e.name = 'Dalfsen leest';
    e.content.roles.find((r) => r.id === 'gemeente')!.name.nl = 'Gemeente Dalfsen';
    const saved = await fetch(`${srv.url}/api/editions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(e) });
    const { code } = (await saved.json()) as { code: string };

    const own = await pdfText(`${srv.url}/print/kit.pdf?seats=4&lang=nl&edition=${code.toLowerCase()}`, 'kit-edition-4-nl.pdf');
    expect(own).toContain('Gemeente Dalfsen');
    expect(own).toContain('Dalfsen leest');
    const plain = await pdfText(`${srv.url}/print/kit.pdf?seats=4&lang=nl`, 'kit-standard-4-nl.pdf');
    expect(plain).not.toContain('Gemeente Dalfsen');

    expect((await fetch(`${srv.url}/print/kit.pdf?seats=4&lang=nl&edition=NOPE2345`)).status).toBe(404);
    expect((await fetch(`${srv.url}/print/kit.pdf?seats=4&lang=nl&edition=%3Cscript%3E`)).status).toBe(400);
  }, 60_000);
});
