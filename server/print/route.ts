import type express from 'express';
import { isKitLang, renderKit, validSeats } from './kit';

// GET /print/kit.pdf?seats=4&lang=nl: the printable kit, for anyone (no account, no room): a
// training day's plan B when the wifi fails. Each of the few variants is made once per process and
// kept, so a page that asks again costs nothing.

export function mountPrint(app: express.Application): void {
  const made = new Map<string, Promise<Buffer>>();
  app.get('/print/kit.pdf', async (req, res) => {
    const seats = Number(req.query.seats ?? 4);
    const lang = req.query.lang ?? 'nl';
    if (!validSeats(seats) || !isKitLang(lang)) {
      res.status(400).json({ error: 'seats 3–8, lang nl or en' });
      return;
    }
    const key = `${seats}-${lang}`;
    let pdf = made.get(key);
    if (!pdf) {
      pdf = renderKit({ seats, lang });
      made.set(key, pdf);
      pdf.catch(() => made.delete(key));
    }
    try {
      const body = await pdf;
      res.setHeader('Content-Type', 'application/pdf');
      res.setHeader('Content-Disposition', `inline; filename="kaarten-op-tafel-${seats}-${lang}.pdf"`);
      res.setHeader('Cache-Control', 'public, max-age=3600');
      res.send(body);
    } catch {
      res.status(500).json({ error: 'print_failed' });
    }
  });
}
