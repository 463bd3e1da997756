import type PDFDocument from 'pdfkit';
import { A4, MM } from '../../shared/print/layout';
import type { Block } from '../../shared/print/markdown';
import type { SheetSection } from '../../shared/print/rules-sheet';
import { word } from '../../shared/print/words';
import type { Locale } from '../../shared/model/ids';

// The kit's sheets: a cover with the contents, the rules, the round tracker, the score sheet with
// the project log, and the facilitator's guide. Plain layout, big enough to write on.

type Doc = InstanceType<typeof PDFDocument>;
const M = 15 * MM;
const W = A4.width - 2 * M;

function page(doc: Doc): void {
  doc.addPage({ size: 'A4', margins: { top: M, bottom: M, left: M, right: M } });
}

function heading(doc: Doc, text: string, size = 16): void {
  doc.font('bold').fontSize(size).fillColor('#000000').text(text, { width: W });
  doc.moveDown(0.4);
}

export function drawCover(doc: Doc, lang: Locale, seats: number, rounds: number, contents: string[]): void {
  page(doc);
  heading(doc, word(lang, 'kitTitle'), 22);
  doc.font('regular').fontSize(12).text(word(lang, 'kitFor', { seats, rounds }), { width: W });
  doc.moveDown(1);
  heading(doc, word(lang, 'contents'), 13);
  doc.font('regular').fontSize(10.5);
  for (const line of contents) doc.text(`•  ${line}`, { width: W });
  doc.moveDown(1);
  doc.font('regular').fontSize(10.5);
  for (const key of ['printNote', 'cutHere', 'needAlso'] as const) doc.text(word(lang, key), { width: W }).moveDown(0.4);
  doc.text(word(lang, 'suppliesWhy', { seats, rounds }), { width: W });
}

export function drawRules(doc: Doc, sheet: { title: string; sections: SheetSection[] }): void {
  page(doc);
  heading(doc, sheet.title, 17);
  for (const s of sheet.sections) {
    doc.font('bold').fontSize(12.5).text(s.heading, { width: W });
    doc.moveDown(0.15);
    doc.font('regular').fontSize(10.5);
    for (const l of s.lines) doc.text(l, { width: W, paragraphGap: 3 });
    doc.moveDown(0.5);
  }
}

function boxRow(doc: Doc, y: number, cells: string[], widths: number[], h: number, bold = false): void {
  let x = M;
  cells.forEach((c, i) => {
    doc.rect(x, y, widths[i], h).lineWidth(0.5).stroke();
    doc.font(bold ? 'bold' : 'regular').fontSize(8.5).text(c, x + 3, y + 3, { width: widths[i] - 6, height: h - 4 });
    x += widths[i];
  });
}

export function drawTracker(doc: Doc, lang: Locale, seats: number, rounds: number, target: number, personas: number): void {
  page(doc);
  heading(doc, word(lang, 'trackerTitle'));
  let y = doc.y + 4;
  const widths = [W * 0.16, W * 0.5, W * 0.34];
  boxRow(doc, y, [word(lang, 'round', { n: '' }).trim(), word(lang, 'phases'), word(lang, 'eventDrawn')], widths, 20, true);
  y += 20;
  for (let r = 1; r <= rounds; r++) {
    boxRow(doc, y, [word(lang, 'round', { n: r }), '☐ → ☐ → ☐ → ☐', ''], widths, 34);
    y += 34;
  }
  y += 24;
  doc.font('bold').fontSize(10.5).text(word(lang, 'onBoardTrack', { target }), M, y, { width: W });
  y = doc.y + 6;
  // One box per resident card; the target's box is drawn heavy.
  const perRow = 12;
  const size = W / perRow;
  for (let i = 1; i <= personas; i++) {
    const x = M + ((i - 1) % perRow) * size;
    const by = y + Math.floor((i - 1) / perRow) * (size + 4);
    doc.rect(x, by, size - 4, size - 4).lineWidth(i === target ? 2.5 : 0.6).stroke();
    doc.font(i === target ? 'bold' : 'regular').fontSize(11).text(String(i), x, by + size / 2 - 10, { width: size - 4, align: 'center' });
    if (i === target) doc.font('regular').fontSize(7).text(word(lang, 'goal'), x, by + size - 15, { width: size - 4, align: 'center' });
  }
  doc.lineWidth(1);
  // Guesses about each other's interests, for the debrief (they score nothing).
  y += Math.ceil(personas / perRow) * (size + 4) + 24;
  doc.font('bold').fontSize(10.5).text(word(lang, 'guesses'), M, y, { width: W });
  y = doc.y + 4;
  const gw = [W * 0.3, W * 0.7];
  boxRow(doc, y, [word(lang, 'player'), word(lang, 'guessWhat')], gw, 18, true);
  y += 18;
  for (let i = 0; i < seats; i++, y += 24) boxRow(doc, y, ['', ''], gw, 24);
}

export function drawScoreSheet(doc: Doc, lang: Locale, seats: number, target: number): void {
  page(doc);
  heading(doc, word(lang, 'scoreTitle'));
  let y = doc.y + 4;
  const widths = [W * 0.17, W * 0.17, W * 0.24, W * 0.1, W * 0.32];
  boxRow(doc, y, [word(lang, 'player'), word(lang, 'partner'), word(lang, 'interestMet'), word(lang, 'total'), word(lang, 'receivedGiven')], widths, 30, true);
  y += 30;
  for (let i = 0; i < seats; i++, y += 30) boxRow(doc, y, ['', '', '', '', ''], widths, 30);
  doc.font('bold').fontSize(10.5).text(word(lang, 'teamResult', { target }), M, y + 10, { width: W });
  y = doc.y + 14;
  doc.font('bold').fontSize(12).text(word(lang, 'logTitle'), M, y, { width: W });
  y = doc.y + 4;
  const cols = word(lang, 'logCols').split('|');
  const lw = [W * 0.1, W * 0.3, W * 0.38, W * 0.22];
  boxRow(doc, y, cols, lw, 18, true);
  y += 18;
  while (y + 22 + 16 < A4.height - M) {
    boxRow(doc, y, ['', '', '', ''], lw, 22);
    y += 22;
  }
}

export function drawGuide(doc: Doc, title: string, blocks: Block[]): void {
  page(doc);
  heading(doc, title, 18);
  for (const b of blocks) {
    if (b.t === 'heading') {
      if (b.level === 1) continue;
      doc.moveDown(0.3).font('bold').fontSize(b.level === 2 ? 13 : 11).text(b.text, { width: W }).moveDown(0.2);
    } else if (b.t === 'para') doc.font('regular').fontSize(9.5).text(b.text, { width: W, paragraphGap: 4 });
    else if (b.t === 'item') doc.font('regular').fontSize(9.5).text(`${b.mark}  ${b.text}`, M + 8, doc.y, { width: W - 8, paragraphGap: 2 });
    else doc.font('regular').fontSize(9).text(b.cells.join('  ·  '), M, doc.y, { width: W, paragraphGap: 2 });
    doc.x = M;
  }
}
