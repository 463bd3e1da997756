import type PDFDocument from 'pdfkit';
import type { CardSize, DeckKind, KitCard, KitDeck, KitLine } from '../../shared/print/cards';
import { A4, cutMarks, sheets, slot, type Slot } from '../../shared/print/layout';

// Card sheets: one page of fronts, then one page of their backs (mirrored, see layout.ts), with cut
// marks in the margin of both. Text that does not fit is set smaller rather than cut off.

type Doc = InstanceType<typeof PDFDocument>;

/** A light band colour per deck, so sorted decks are easy to tell apart (and still fine in grey). */
const BAND: Record<DeckKind, string> = {
  role: '#d8e6f3',
  resource: '#e8e8e8',
  interest: '#f6dccd',
  project: '#d9efd8',
  persona: '#f4ecc8',
  event: '#e4daf0',
  lesson: '#d3eeee',
};

const TYPE: Record<CardSize, { title: number; body: number; pad: number }> = {
  small: { title: 13, body: 8.5, pad: 6 },
  card: { title: 12.5, body: 9.5, pad: 7 },
  large: { title: 17, body: 12.5, pad: 12 },
};

function fontFor(style: KitLine['style']): string {
  return style === 'strong' ? 'bold' : style === 'italic' ? 'italic' : 'regular';
}

function sizeFor(style: KitLine['style'], body: number): number {
  return style === 'small' ? body * 0.9 : body;
}

/** The height the card's text takes at this body size. */
function measure(doc: Doc, card: KitCard, width: number, title: number, body: number): number {
  let h = doc.font('bold').fontSize(title).heightOfString(card.title, { width }) + body;
  for (const l of card.lines) h += doc.font(fontFor(l.style)).fontSize(sizeFor(l.style, body)).heightOfString(l.text, { width }) + body * 0.4;
  return h;
}

function drawFront(doc: Doc, s: Slot, card: KitCard, kind: DeckKind, size: CardSize): void {
  const t = TYPE[size];
  const inner = { x: s.x + t.pad, w: s.w - 2 * t.pad };
  const footer = t.body * 0.85;
  doc.save().rect(s.x, s.y, s.w, s.h).lineWidth(0.4).strokeColor('#999999').stroke().restore();
  doc.save().rect(s.x + 3, s.y + 3, s.w - 6, t.title * 2.6).fill(BAND[kind]).restore();
  let title = t.title;
  let body = t.body;
  const room = s.h - 2 * t.pad - footer * 2;
  while (measure(doc, card, inner.w, title, body) > room && body > 4.5) {
    body *= 0.92;
    title *= 0.94;
  }
  let y = s.y + t.pad;
  doc.fillColor('#000000').font('bold').fontSize(title).text(card.title, inner.x, y, { width: inner.w });
  y += doc.heightOfString(card.title, { width: inner.w }) + body;
  for (const l of card.lines) {
    doc.font(fontFor(l.style)).fontSize(sizeFor(l.style, body)).text(l.text, inner.x, y, { width: inner.w });
    y += doc.heightOfString(l.text, { width: inner.w }) + body * 0.4;
  }
  doc.font('regular').fontSize(footer).fillColor('#555555').text(card.footer, inner.x, s.y + s.h - t.pad - footer * 1.3, { width: inner.w, lineBreak: false });
  doc.fillColor('#000000');
}

function drawBack(doc: Doc, s: Slot, card: KitCard, kind: DeckKind, size: CardSize): void {
  const t = TYPE[size];
  doc.save().rect(s.x, s.y, s.w, s.h).lineWidth(0.4).strokeColor('#999999').stroke().restore();
  // Inset, so a back printed a little off its front still shows a whole frame.
  doc.save().roundedRect(s.x + t.pad, s.y + t.pad, s.w - 2 * t.pad, s.h - 2 * t.pad, 6).fill(BAND[kind]).restore();
  const big = t.title * 1.4;
  const w = s.w - 4 * t.pad;
  const mid = s.y + s.h / 2;
  doc.fillColor('#000000').font('bold').fontSize(big).text(card.back.title, s.x + 2 * t.pad, mid - big * 1.4, { width: w, align: 'center' });
  doc.font('regular').fontSize(t.body * 1.1).text(card.back.subtitle, s.x + 2 * t.pad, mid + big * 0.2, { width: w, align: 'center' });
}

function drawMarks(doc: Doc, size: CardSize): void {
  doc.save().lineWidth(0.5).strokeColor('#000000');
  for (const m of cutMarks(size)) doc.moveTo(m.x1, m.y1).lineTo(m.x2, m.y2).stroke();
  doc.restore();
}

function pageFoot(doc: Doc, text: string): void {
  doc.font('regular').fontSize(6.5).fillColor('#555555').text(text, 0, A4.height - 22, { width: A4.width, align: 'center', lineBreak: false });
  doc.fillColor('#000000');
}

/** One deck's sheets: a page of fronts, then a page of backs, for every sheet. */
export function drawDeck(doc: Doc, deck: KitDeck, foot: string, backFoot: string): void {
  for (const sheet of sheets(deck.cards, deck.size)) {
    doc.addPage({ size: 'A4', margin: 0 });
    drawMarks(doc, deck.size);
    sheet.forEach((card, i) => drawFront(doc, slot(deck.size, i), card, deck.kind, deck.size));
    pageFoot(doc, foot);
    doc.addPage({ size: 'A4', margin: 0 });
    drawMarks(doc, deck.size);
    sheet.forEach((card, i) => drawBack(doc, slot(deck.size, i, true), card, deck.kind, deck.size));
    pageFoot(doc, backFoot);
  }
}
