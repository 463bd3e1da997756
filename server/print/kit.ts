import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import PDFDocument from 'pdfkit';
import { CONTENT, type Content } from '../../shared/content';
import { LOCALES, MAX_SEATS, MIN_SEATS, type Locale } from '../../shared/model/ids';
import { kitDecks } from '../../shared/print/cards';
import { readMarkdown } from '../../shared/print/markdown';
import { rulesSheet } from '../../shared/print/rules-sheet';
import { word } from '../../shared/print/words';
import { defaultConfig, TARGET_BY_SEATS } from '../../shared/rules/config';
import { drawDeck } from './cards-pdf';
import { FONTS } from './fonts';
import { drawCover, drawGuide, drawRules, drawScoreSheet, drawTracker } from './sheets-pdf';

// The printable kit as one PDF: sheets first, then the card sheets (each front on an odd page, so
// the whole file prints double-sided), then the facilitator's guide. Made with pdfkit.

export interface KitRequest {
  seats: number;
  lang: Locale;
  rounds?: number;
  /** The edition's name, printed on every card sheet (absent: the standard edition). */
  edition?: string;
}

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The facilitator's guide in the kit's language: docs/FACILITATOR.md, or its English companion. */
export function guidePath(lang: Locale): string {
  return join(ROOT, lang === 'nl' ? 'docs/FACILITATOR.md' : 'docs/FACILITATOR.en.md');
}

export function isKitLang(x: unknown): x is Locale {
  return typeof x === 'string' && (LOCALES as readonly string[]).includes(x);
}

export function validSeats(seats: number): boolean {
  return Number.isInteger(seats) && seats >= MIN_SEATS && seats <= MAX_SEATS;
}

export function renderKit(req: KitRequest, content: Content = CONTENT): Promise<Buffer> {
  if (!validSeats(req.seats)) throw new Error(`seats must be ${MIN_SEATS}–${MAX_SEATS}`);
  const { seats, lang } = req;
  const rounds = req.rounds ?? defaultConfig([]).rounds;
  const target = TARGET_BY_SEATS[seats];
  const decks = kitDecks(content, { seats, lang, rounds });
  const doc = new PDFDocument({ size: 'A4', autoFirstPage: false, info: { Title: word(lang, 'kitTitle'), Subject: word(lang, 'kitFor', { seats, rounds }) } });
  for (const [name, path] of Object.entries(FONTS)) doc.registerFont(name, path);
  let pages = 0;
  doc.on('pageAdded', () => pages++);
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const resources = decks.find((d) => d.kind === 'resource')!;
  const contents = [
    ...decks
      .filter((d) => d.kind !== 'resource')
      .map((d) => word(lang, 'cardsOf', { n: d.cards.length, what: word(lang, d.kind) })),
    ...content.resources.map((r) => word(lang, 'cardsOf', { n: resources.cards.filter((c) => c.id === r.id).length, what: `${word(lang, 'resource')}: ${r.name[lang]}` })),
  ];
  drawCover(doc, lang, seats, rounds, contents);
  drawRules(doc, rulesSheet(lang, seats, rounds));
  drawTracker(doc, lang, seats, rounds, target, content.personas.length);
  drawScoreSheet(doc, lang, seats, target);
  // A blank back when needed, so every card front lands on the front of a sheet.
  if (pages % 2 === 1) doc.addPage({ size: 'A4', margin: 0 });
  const game = req.edition ? `${word(lang, 'game')} (${req.edition})` : word(lang, 'game');
  const foot = `${game} · ${word(lang, 'kitFor', { seats, rounds })} · ${word(lang, 'cutHere')}`;
  for (const deck of decks) drawDeck(doc, deck, foot, `${word(lang, 'backsNote')} · ${word(lang, deck.kind)}`);
  drawGuide(doc, word(lang, 'guideTitle'), readMarkdown(readFileSync(guidePath(lang), 'utf8')));
  doc.end();
  return done;
}
