import type express from 'express';
import { normalizeEditionCode } from '../edition-route';
import { editionByCode } from '../editions';
import { playedContent } from '../../shared/edition/standard';
import type { RecordStore } from '../store/types';
import { isKitLang, renderKit, validSeats } from './kit';

// GET /print/kit.pdf?seats=4&lang=nl[&edition=CODE]: the printable kit, for anyone (no account, no
// room): a training day's plan B when the wifi fails. With an edition's code, the kit prints that
// edition's cards (an unknown code: 404). Each variant is made once per process and kept (the
// editions' variants in a small bounded set), so a page that asks again costs nothing.

/** Kits of editions kept at once; the standard kits (12 variants) are always kept. */
const EDITION_KITS_MAX = 24;

export function mountPrint(app: express.Application, store: RecordStore | null = null): void {
  const made = new Map<string, Promise<Buffer>>();
  const editionKeys: string[] = [];
  app.get('/print/kit.pdf', async (req, res) => {
    const seats = Number(req.query.seats ?? 4);
    const lang = req.query.lang ?? 'nl';
    const code = typeof req.query.edition === 'string' && req.query.edition.trim() ? normalizeEditionCode(req.query.edition) : null;
    if (!validSeats(seats) || !isKitLang(lang) || (code !== null && !/^[A-Z2-9]{8}$/.test(code))) {
      res.status(400).json({ error: 'seats 3–8, lang nl or en, edition a code of 8 letters and digits' });
      return;
    }
    const edition = code && store ? await editionByCode(store, code) : null;
    if (code && !edition) return void res.status(404).json({ error: 'unknown_edition' });
    const key = `${seats}-${lang}-${edition?.hash ?? 'standard'}`;
    let pdf = made.get(key);
    if (!pdf) {
      pdf = edition ? renderKit({ seats, lang, edition: edition.name }, playedContent(edition)) : renderKit({ seats, lang });
      made.set(key, pdf);
      if (edition) {
        editionKeys.push(key);
        if (editionKeys.length > EDITION_KITS_MAX) made.delete(editionKeys.shift()!);
      }
      pdf.catch(() => made.delete(key));
    }
    try {
      const body = await pdf;
      const name = `kaarten-op-tafel-${seats}-${lang}${code ? `-${code}` : ''}.pdf`;
      res.setHeader('Content-Type', 'application/pdf');
      res.setHeader('Content-Disposition', `inline; filename="${name}"`);
      res.setHeader('Cache-Control', code ? 'no-cache' : 'public, max-age=3600');
      res.send(body);
    } catch {
      res.status(500).json({ error: 'print_failed' });
    }
  });
}
