import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CONTENT } from '../../../shared/content';
import type { Locale } from '../../../shared/model/ids';
import { resourceSupply } from '../../../shared/print/supply';
import { rulesSheet } from '../../../shared/print/rules-sheet';
import { word } from '../../../shared/print/words';
import { cutMarks, A4 } from '../../../shared/print/layout';
import { renderKit } from '../../../server/print/kit';

// The printed kit as a reader sees it: text pulled out of the PDF with pdftotext, pages measured
// with pdfinfo, and a few pages drawn with pdftoppm into test-artifacts/ to look at.

const tools = ['pdftotext', 'pdfinfo', 'pdftoppm'].every((t) => existsSync(`/usr/bin/${t}`));
if (!tools) console.warn('kit PDF tests skipped: poppler-utils (pdftotext, pdfinfo, pdftoppm) is not installed');

const ARTIFACTS = path.resolve('test-artifacts', 'kit');
// pdftotext joins a word wrapped after its hyphen ("low-income" comes out "lowincome"): compare
// without hyphens, and with every run of white space as one space.
const flat = (s: string) => s.replace(/-\s*/g, '').replace(/\s+/g, ' ');

describe.skipIf(!tools)('the printable kit', () => {
  const cases: [number, Locale][] = [
    [4, 'nl'],
    [4, 'en'],
    [8, 'nl'],
    [8, 'en'],
  ];
  const files = new Map<string, string>();
  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    for (const [seats, lang] of cases) {
      const file = path.join(ARTIFACTS, `kit-${seats}-${lang}.pdf`);
      writeFileSync(file, await renderKit({ seats, lang }));
      files.set(`${seats}-${lang}`, file);
    }
  }, 120_000);

  it.each(cases)('%i seats, %s: every card title, in the language asked', (seats, lang) => {
    const text = flat(execFileSync('pdftotext', [files.get(`${seats}-${lang}`)!, '-'], { encoding: 'utf8' }));
    const titles = [
      ...CONTENT.roles.map((c) => c.name[lang]),
      ...CONTENT.projects.map((c) => c.name[lang]),
      ...CONTENT.interests.map((c) => c.title[lang]),
      ...CONTENT.events.map((c) => c.title[lang]),
      ...CONTENT.lessons.map((c) => c.heading[lang]),
      ...CONTENT.personas.map((c) => c.name),
    ];
    const missing = titles.filter((t) => !text.includes(flat(t)));
    expect(missing).toEqual([]);
    // Characters outside WinAnsi come through (the embedded font): the arrow on every event card.
    expect(text.split('→').length - 1).toBeGreaterThanOrEqual(CONTENT.events.length);
    expect(text).toContain(word(lang, 'kitFor', { seats, rounds: 4 }));
  });

  it.each(cases)('%i seats, %s: the resource cards in the numbers for that table', (seats, lang) => {
    // From page 2 on: the cover lists the numbers, the cards themselves are counted here.
    const text = execFileSync('pdftotext', ['-f', '2', files.get(`${seats}-${lang}`)!, '-'], { encoding: 'utf8' });
    const supply = resourceSupply(CONTENT, seats, 4);
    for (const r of CONTENT.resources) {
      const label = `${word(lang, 'resource')}: ${r.name[lang]}`;
      expect(text.split(label).length - 1, label).toBe(supply[r.id]);
    }
    const cover = flat(execFileSync('pdftotext', ['-l', '1', files.get(`${seats}-${lang}`)!, '-'], { encoding: 'utf8' }));
    for (const r of CONTENT.resources) expect(cover).toContain(`${supply[r.id]} × ${word(lang, 'resource')}: ${r.name[lang]}`);
  });

  it.each(cases)('%i seats, %s: the rules sheet, the round tracker and the score sheet each fit one page', (seats, lang) => {
    const page = (n: number) => execFileSync('pdftotext', ['-f', String(n), '-l', String(n), files.get(`${seats}-${lang}`)!, '-'], { encoding: 'utf8' });
    expect(page(2)).toContain(rulesSheet(lang, seats).title);
    expect(page(3).trimStart().startsWith(word(lang, 'trackerTitle'))).toBe(true);
    expect(page(4).trimStart().startsWith(word(lang, 'scoreTitle'))).toBe(true);
    // The card sheets start on an odd page, so fronts and backs pair up when printed double-sided.
    expect(flat(page(5))).toContain(flat(CONTENT.roles[0].name[lang]));
  });

  it('every page is A4, and a table of eight needs more resource cards than a table of four', () => {
    for (const file of files.values()) {
      const info = execFileSync('pdfinfo', ['-l', '999', file], { encoding: 'utf8' });
      const sizes = [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/g)];
      expect(sizes.length).toBeGreaterThan(40);
      for (const [, w, h] of sizes) expect([Number(w), Number(h)]).toEqual([A4.width, A4.height]);
    }
    const total = (s: number) => Object.values(resourceSupply(CONTENT, s, 4)).reduce((a, b) => a + b, 0);
    expect(total(8)).toBeGreaterThan(total(4));
  });

  it('card sheets carry cut marks, fronts and backs alike (pictures kept in test-artifacts/kit)', () => {
    const file = files.get('4-nl')!;
    // Page 5: the first partner sheet's fronts; page 6: its backs. Gray pictures at 36 dpi.
    for (const pageNo of [1, 2, 3, 4, 5, 6, 7, 35, 48]) {
      execFileSync('pdftoppm', ['-r', '60', '-png', '-f', String(pageNo), '-l', String(pageNo), '-singlefile', file, path.join(ARTIFACTS, `kit-4-nl-p${pageNo}`)]);
    }
    for (const pageNo of [5, 6]) {
      const out = path.join(ARTIFACTS, `marks-p${pageNo}`);
      execFileSync('pdftoppm', ['-r', '36', '-gray', '-f', String(pageNo), '-l', String(pageNo), '-singlefile', file, out]);
      const img = readPgm(`${out}.pgm`);
      const scale = 36 / 72;
      // The middle of every cut mark is dark; so each mark is really drawn.
      for (const m of cutMarks('large')) {
        const x = Math.round(((m.x1 + m.x2) / 2) * scale);
        const y = Math.round(((m.y1 + m.y2) / 2) * scale);
        const darkest = Math.min(...[-1, 0, 1].flatMap((dx) => [-1, 0, 1].map((dy) => img.at(x + dx, y + dy))));
        expect(darkest, `mark at ${x},${y} on page ${pageNo}`).toBeLessThan(160);
      }
    }
  });
});

/** A binary PGM (P5) picture, as pdftoppm -gray writes it. */
function readPgm(file: string): { at(x: number, y: number): number } {
  const buf = readFileSync(file);
  const header = buf.subarray(0, 64).toString('latin1');
  const m = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(header)!;
  const [w, offset] = [Number(m[1]), m[0].length];
  return { at: (x, y) => buf[offset + y * w + x] };
}
