import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { standardEdition } from '../../shared/edition/standard';
import { startTestServer, type TestServer } from './helpers';

// Editions stored under a code over real HTTP: a colleague opens one by its code; a broken or
// hostile file is refused with every problem by its field; the same edition keeps its code.

let srv: TestServer;
beforeAll(async () => {
  srv = await startTestServer();
});
afterAll(async () => {
  await srv?.stop();
});

const post = (body: string) => fetch(`${srv.url}/api/editions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });

describe('editions on the server', () => {
  it('stores an edition under a code, gives it back unchanged, and keeps one code per edition', async () => {
    const e = standardEdition();
    e.name = 'Dalfsen 2027';
    e.content.roles[1].name.nl = 'Gemeente Dalfsen';
    const saved = await post(JSON.stringify(e));
    expect(saved.status).toBe(201);
    const { code, hash, rehashed } = await saved.json();
    expect(code).toMatch(/^[A-Z2-9]{8}$/);
    expect(rehashed).toBe(true);
    const back = await fetch(`${srv.url}/api/editions/${code.toLowerCase()}`).then((r) => r.json());
    expect(back.content.roles[1].name.nl).toBe('Gemeente Dalfsen');
    expect(back.hash).toBe(hash);
    const again = await post(JSON.stringify(back)).then((r) => r.json());
    expect(again).toEqual({ code, hash, rehashed: false });
  });

  it('refuses a hostile edition with the fields that are wrong, and a body that is not an edition', async () => {
    const e = standardEdition();
    e.content.projects[0].name.nl = '<script>alert(1)</script>';
    const bad = await post(JSON.stringify(e));
    expect(bad.status).toBe(400);
    const body = await bad.json();
    expect(body.problems.map((p: { path: string }) => p.path)).toEqual(['content.projects.0.name.nl']);
    const notJson = await post('{"format": ');
    expect(notJson.status).toBe(400);
    expect((await notJson.json()).problems[0].en).toMatch(/not valid JSON/);
    const huge = await post(JSON.stringify({ ...e, name: 'x'.repeat(600_000) }));
    expect(huge.status).toBe(413);
    expect((await huge.json()).problems[0].nl).toMatch(/te groot/);
    expect((await fetch(`${srv.url}/api/editions/NOPE2345`)).status).toBe(404);
    // A lobby looks up its room's edition: none is an answer, not an error.
    const none = await fetch(`${srv.url}/api/editions/NOPE2345?lookup`);
    expect(none.status).toBe(200);
    expect(await none.json()).toEqual({ edition: null });
    expect((await fetch(`${srv.url}/api/editions/%3Cscript%3E`)).status).toBe(404);
  });

  it('limits how often one browser saves', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 10; i++) statuses.push((await post('{}')).status);
    expect(statuses).toContain(429);
  });
});
