import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT } from '../../../shared/content';
import type { ResourceId } from '../../../shared/model/ids';
import { checkEdition, checkEditionText, type Problem } from '../../../shared/edition/check';
import { EDITION_MAX_BYTES, type Edition } from '../../../shared/edition/format';
import { canonicalJson, editionHash } from '../../../shared/edition/hash';
import { makeEdition, playedContent, standardEdition } from '../../../shared/edition/standard';

const std = () => structuredClone(standardEdition()) as Edition;

function problems(raw: unknown): Problem[] {
  const r = checkEdition(raw);
  if (r.ok) throw new Error('expected the edition to be refused');
  return r.problems;
}
const paths = (raw: unknown) => problems(raw).map((p) => p.path);

describe('an edition file', () => {
  it('the standard edition is accepted as it is, with its own hash', () => {
    const r = checkEdition(std());
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.rehashed).toBe(false);
    expect(r.edition.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(playedContent(r.edition)).toEqual(CONTENT);
  });

  it('the hash does not depend on the order the file was written in, and changes with any card', () => {
    const e = std();
    const reverse = (v: unknown): unknown =>
      Array.isArray(v) ? v.map(reverse) : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).reverse().map(([k, x]) => [k, reverse(x)])) : v;
    const reordered = reverse(e) as Edition;
    expect(JSON.stringify(reordered)).not.toBe(JSON.stringify(e));
    expect(editionHash(reordered.content, reordered.off)).toBe(e.hash);
    expect(canonicalJson({ b: 1, a: [2, { d: 1, c: 2 }] })).toBe('{"a":[2,{"c":2,"d":1}],"b":1}');
    e.content.events[0].text.nl += '!';
    expect(editionHash(e.content, e.off)).not.toBe(std().hash);
  });

  it('a file changed outside the editor is accepted with a new hash, and said so', () => {
    const e = std();
    e.content.roles[1].name.nl = 'Gemeente Dalfsen';
    const r = checkEdition(e);
    expect(r.ok && r.rehashed).toBe(true);
    if (r.ok) expect(r.edition.hash).toBe(makeEdition(e.content, e.off, e.name).hash);
  });

  it('refuses wrong types, naming the field, in both languages', () => {
    const e = std() as unknown as { content: { projects: { minPartners: unknown }[] } };
    e.content.projects[2].minPartners = 'twee';
    const [p] = problems(e);
    expect(p.path).toBe('content.projects.2.minPartners');
    expect(p.nl).toMatch(/Verkeerd soort waarde/);
    expect(p.en).toMatch(/Wrong kind of value/);
  });

  it('refuses a text of a megabyte, both as a field and as a file', () => {
    const e = std();
    e.content.personas[0].portrait.nl = 'x'.repeat(1_000_000);
    expect(paths(e)).toEqual(['content.personas.0.portrait.nl']);
    const text = JSON.stringify(e);
    expect(text.length).toBeGreaterThan(EDITION_MAX_BYTES);
    const r = checkEditionText(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0].en).toMatch(/too large/);
  });

  it('refuses markup in any text, e.g. a script in a name', () => {
    const e = std();
    e.content.roles[1].name.nl = 'Gemeente <script>alert(1)</script>';
    e.content.events[3].text.en = '<img src=x onerror=alert(1)>';
    e.content.personas[5].name = 'javascript:alert(1)';
    const found = problems(e);
    expect(found.map((p) => p.path).sort()).toEqual(['content.events.3.text.en', 'content.personas.5.name', 'content.roles.1.name.nl']);
    expect(found[0].nl).toMatch(/opmaakcode/);
  });

  it('refuses a project needing a resource no partner has and no event gives', () => {
    const e = std();
    const project = e.content.projects.findIndex((p) => Object.keys(p.needs).length > 0);
    const r = Object.keys(e.content.projects[project].needs)[0] as ResourceId;
    for (const role of e.content.roles) {
      delete role.hand[r];
      delete role.income[r];
    }
    for (const ev of e.content.events) ev.effects = ev.effects.map((f) => (f.kind === 'gain' && f.resource === r ? { kind: 'freeze' as const, resource: r } : f));
    const found = paths(e);
    expect(found).toContain(`content.projects.${project}.needs.${r}`);
  });

  it('refuses doubled ids, a missing partner, changed lessons, and unknown cards switched off', () => {
    const e = std();
    e.content.projects[4].id = e.content.projects[3].id;
    e.content.roles = e.content.roles.filter((r) => r.id !== 'ggd');
    e.content.lessons.pop();
    e.off.events = ['e-bestaat-niet'];
    const found = paths(e);
    expect(found).toContain('content.projects.4.id');
    expect(found).toContain('content.roles');
    expect(found).toContain('content.lessons');
    expect(found).toContain('off.events.0');
  });

  it('switching cards off is allowed until a game would lack them', () => {
    const e = std();
    e.off.events = e.content.events.slice(0, 5).map((x) => x.id);
    const ok = checkEdition(e);
    expect(ok.ok).toBe(true);
    if (ok.ok) expect(playedContent(ok.edition).events).toHaveLength(CONTENT.events.length - 5);
    e.off.events = e.content.events.slice(0, CONTENT.events.length - 9).map((x) => x.id);
    expect(paths(e)).toEqual(['content.events']);
  });

  it('refuses what is not an edition at all', () => {
    expect(checkEditionText('{').ok).toBe(false);
    expect(paths({ format: 'iets anders' })[0]).toBe('format');
    expect(checkEdition(null).ok).toBe(false);
  });
});

describe('npm run edition', () => {
  const run = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'scripts/edition.ts', ...args], { encoding: 'utf8' });
  const dir = mkdtempSync(join(tmpdir(), 'kot-edition-'));

  it('exports the standard edition, and checks it: exit 0', () => {
    const file = join(dir, 'standaard.json');
    const out = run('export', '--out', file);
    expect(out.status).toBe(0);
    expect(JSON.parse(readFileSync(file, 'utf8')).hash).toBe(standardEdition().hash);
    const check = run('check', file);
    expect(check.status).toBe(0);
    expect(check.stdout).toMatch(/in orde/);
  });

  it('a broken edition: a non-zero exit and the fields that are wrong', () => {
    const e = std();
    e.content.roles[0].name.en = '<b>Library</b>';
    const file = join(dir, 'kapot.json');
    writeFileSync(file, JSON.stringify(e));
    const check = run('check', file, '--lang', 'en');
    expect(check.status).toBe(1);
    expect(check.stderr).toMatch(/content\.roles\.0\.name\.en: Text may not contain markup/);
    expect(run('check').status).toBe(2);
  });
});
