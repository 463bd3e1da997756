import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// Every document the project cites exists, and so does a section it names: `docs/RULES.md "De
// kaarten"` must find a heading "De kaarten" in docs/RULES.md. A path is read from the repository's
// root, or from the citing file's own folder (as Markdown links are).

const ROOT = path.resolve('.');
const SCAN = ['server', 'shared', 'client', 'tests', 'scripts', 'docs', 'README.md'];
const SKIP = new Set(['node_modules', 'dist', 'test-artifacts']);
const TEXT = /\.(ts|tsx|md|css|html)$/;

function files(p: string): string[] {
  const abs = path.join(ROOT, p);
  if (!existsSync(abs)) return [];
  if (statSync(abs).isFile()) return TEXT.test(p) ? [p] : [];
  return readdirSync(abs).flatMap((n) => (SKIP.has(n) ? [] : files(path.join(p, n))));
}

interface Citation {
  file: string;
  line: number;
  doc: string;
  section: string | null;
}

/** A path ending in .md, optionally followed by a quoted section: `"Heading"` or `("Heading")`. */
const CITE = /(?<![\w/.-])((?:\.{0,2}\/)?[\w./-]*[\w-]\.md)\b(?:\s+\(?"([^"]+)"\)?)?/g;

function citations(file: string): Citation[] {
  const out: Citation[] = [];
  readFileSync(path.join(ROOT, file), 'utf8')
    .split('\n')
    .forEach((text, i) => {
      for (const m of text.matchAll(CITE)) out.push({ file, line: i + 1, doc: m[1], section: m[2] ?? null });
    });
  return out;
}

function resolve(c: Citation): string | null {
  for (const base of [ROOT, path.join(ROOT, path.dirname(c.file))]) {
    const p = path.resolve(base, c.doc);
    if (existsSync(p)) return p;
  }
  return null;
}

function headings(doc: string): string[] {
  return readFileSync(doc, 'utf8')
    .split('\n')
    .filter((l) => /^#{1,6}\s/.test(l))
    .map((l) => l.replace(/^#+\s+/, '').trim());
}

describe('cited documents', () => {
  const all = SCAN.flatMap(files).flatMap(citations);

  it('finds the citations it checks (the scan is not empty)', () => {
    expect(all.some((c) => c.doc === 'docs/RULES.md')).toBe(true);
    expect(all.some((c) => c.section !== null)).toBe(true);
  });

  it('every cited *.md path exists', () => {
    const missing = all.filter((c) => resolve(c) === null).map((c) => `${c.file}:${c.line} cites ${c.doc}`);
    expect(missing).toEqual([]);
  });

  it('every cited section is a heading of that document', () => {
    const missing = all
      .filter((c) => c.section !== null && resolve(c) !== null)
      .filter((c) => !headings(resolve(c)!).some((h) => h === c.section || h.startsWith(`${c.section!}`)))
      .map((c) => `${c.file}:${c.line} cites ${c.doc} "${c.section}"`);
    expect(missing).toEqual([]);
  });
});
