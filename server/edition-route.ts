import { customAlphabet } from 'nanoid';
import express from 'express';
import { checkEdition, type Problem } from '../shared/edition/check';
import { EDITION_MAX_BYTES } from '../shared/edition/format';
import { ROOM_CODE_ALPHABET } from '../shared/protocol/codes';
import { TokenBucket } from './ratelimit';
import type { RoomContext } from './room/context';

// Editions stored on the server under a code, so a facilitator can send a colleague the code:
//   POST /api/editions          an edition file (JSON). Checked like every upload (shared/edition/check.ts):
//                               400 with every problem by its field, or 201 {code, hash, rehashed}. The
//                               same edition saved twice keeps its first code.
//   GET  /api/editions/<code>   the edition file.
//   GET  /api/editions/by-hash/<hash>  the same, by its content hash: what a game's view names
//                               (view.edition), so a browser can show that game's cards.
// No account is needed; saving is limited per browser (a few a minute), and a file is at most
// EDITION_MAX_BYTES. An edition holds no secrets: whoever has the code may read it.

export const EDITION_CODE_LENGTH = 8;
const newEditionCode = customAlphabet(ROOM_CODE_ALPHABET, EDITION_CODE_LENGTH);
const CODE_RE = new RegExp(`^[${ROOM_CODE_ALPHABET}]{${EDITION_CODE_LENGTH}}$`);
/** Saves per browser: 6 at once, then one every 10 s. */
const SAVE_BURST = 6;
const SAVE_PER_SECOND = 0.1;
const BUCKETS_MAX = 5000;

export function normalizeEditionCode(input: string): string {
  return input.trim().toUpperCase().replace(/[\s-]+/g, '');
}

export function mountEditions(app: express.Application, ctx: RoomContext, keyOf: (req: express.Request) => string): void {
  const buckets = new Map<string, TokenBucket>();
  const bucket = (key: string): TokenBucket => {
    let b = buckets.get(key);
    if (!b) {
      if (buckets.size >= BUCKETS_MAX) buckets.delete(buckets.keys().next().value!);
      buckets.set(key, (b = new TokenBucket(SAVE_BURST, SAVE_PER_SECOND)));
    }
    return b;
  };

  app.post('/api/editions', express.json({ limit: EDITION_MAX_BYTES, type: () => true }), async (req, res) => {
    if (!bucket(keyOf(req)).take()) {
      res.setHeader('Retry-After', '10');
      return void res.status(429).json({ error: 'too_many_attempts' });
    }
    const result = checkEdition(req.body);
    if (!result.ok) return void res.status(400).json({ error: 'bad_edition', problems: result.problems satisfies Problem[] });
    let code = newEditionCode();
    for (let tries = 0; ; tries++) {
      try {
        code = await ctx.store.saveEdition(code, result.edition);
        break;
      } catch (e) {
        if (tries >= 3) throw e;
        code = newEditionCode();
      }
    }
    res.status(201).json({ code, hash: result.edition.hash, rehashed: result.rehashed });
  });

  // A body that is not JSON or too large: the same clear answer as any refused edition.
  app.use('/api/editions', (err: { type?: string; status?: number }, _req: express.Request, res: express.Response, next: express.NextFunction) => {
    if (!err || res.headersSent) return next(err);
    const tooLarge = err.type === 'entity.too.large';
    const kb = Math.round(EDITION_MAX_BYTES / 1000);
    res.status(tooLarge ? 413 : 400).json({
      error: 'bad_edition',
      problems: [
        tooLarge
          ? { path: '', nl: `Het bestand is te groot (meer dan ${kb} kB).`, en: `The file is too large (more than ${kb} kB).` }
          : { path: '', nl: 'Dit is geen editiebestand (geen geldige JSON).', en: 'This is not an edition file (not valid JSON).' },
      ],
    });
  });

  app.get('/api/editions/by-hash/:hash', async (req, res) => {
    const hash = String(req.params.hash).toLowerCase();
    const edition = /^[0-9a-f]{64}$/.test(hash) ? await ctx.store.loadEdition({ hash }) : null;
    if (!edition) return void res.status(404).json({ error: 'not_found' });
    // Content named by its own hash never changes.
    res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
    res.json(edition);
  });

  app.get('/api/editions/:code', async (req, res) => {
    const code = normalizeEditionCode(String(req.params.code));
    const edition = CODE_RE.test(code) ? await ctx.store.loadEdition({ code }) : null;
    // ?lookup: a lobby asking for its room's edition: "none" is an answer there, not an error.
    if (!edition && req.query.lookup !== undefined) return void res.json({ edition: null });
    if (!edition) return void res.status(404).json({ error: 'not_found' });
    res.setHeader('Cache-Control', 'no-cache');
    res.json(edition);
  });
}
