import type express from 'express';
import { eventDebrief, type EventReflection, type EventTableGame } from '../../shared/debrief/event/compare';
import { eventExport, type EventExport } from '../../shared/debrief/event/export';
import { isRoomCode, normalizeRoomCode } from '../../shared/protocol/codes';
import { replay } from '../../shared/rules/replay';
import type { JoinBackoff } from '../ratelimit';
import type { RoomContext } from '../room/context';
import { Reflections } from '../room/reflections';
import { hashSecret, matchesHash } from '../secrets';
import { EventBook } from './book';
import { loadEditionCards } from '../editions';

// A training day over HTTP, for the facilitator (the event's host key as Bearer):
//   GET /api/events                  the facilitator's events ("past sessions"), newest first.
//   GET /api/events/<code>/debrief   the debrief across tables and its export (report NL+EN, CSV per
//                                    table and per player, JSON records) over the tables that ended;
//                                    `?csv=tables|players&locale=nl|en` answers one CSV file.
// Records hold every seat's secrets, so only ended tables are in it, and only for the host key.

function bearer(req: express.Request): string {
  const h = req.headers.authorization ?? '';
  return h.startsWith('Bearer ') ? h.slice(7).trim() : '';
}

/** The ended tables of the event, replayed, with their reflections as each table shows them and the observers' notes. */
export async function buildEventExport(ctx: RoomContext, book: EventBook): Promise<EventExport> {
  const games: EventTableGame[] = [];
  const records: EventExport['records'] = [];
  const reflections: EventReflection[] = [];
  for (const { game, codes } of book.data.games) {
    for (let index = 0; index < codes.length; index++) {
      const room = await ctx.store.loadRoom(codes[index]);
      if (!room?.record || room.status !== 'ended') continue;
      await loadEditionCards(ctx.store, room.record.config.edition);
      const state = replay(room.record);
      games.push({ index, code: room.code, game, state, names: room.seats.map((s) => (s.bot ? '' : s.name)) });
      records.push({ table: index, game, code: room.code, record: room.record });
      const items = (await Reflections.load(room.code, ctx.store)).itemsFor(-1, room.settings.anonymousReflections).filter((r) => !r.hidden);
      for (const r of items) reflections.push({ table: index, game, questionId: r.questionId, text: r.text, ...(r.author ? { author: r.author } : {}) });
    }
  }
  // Observers' notes join the reflections, anonymous when the event is.
  for (const n of book.data.notes) {
    const author = n.by === 'host' ? undefined : book.person(n.by)?.name;
    reflections.push({ table: n.table ?? -1, game: 1, questionId: 'note', text: n.text, ...(author && !book.data.settings.anonymousReflections ? { author } : {}) });
  }
  return eventExport(eventDebrief(games, reflections), games, records);
}

export function mountEvents(app: express.Application, ctx: RoomContext, fails: JoinBackoff, keyOf: (req: express.Request) => string): void {
  app.get('/api/events', async (req, res) => {
    const keys = [...new Set(bearer(req).split(/[\s,]+/).filter((k) => /^[A-Za-z0-9_-]{10,64}$/.test(k)))].slice(0, 100);
    if (keys.length === 0) {
      fails.failed(keyOf(req));
      res.status(404).json({ error: 'not_found' });
      return;
    }
    const rows = await ctx.store.eventsByHost(keys.map(hashSecret));
    res.setHeader('Cache-Control', 'no-store');
    res.json({
      events: rows.map((r) => {
        const b = EventBook.fromRow(r);
        return { code: b.code, status: b.data.status, createdAt: b.createdAt, title: b.data.settings.title ?? '', people: b.data.people.length, tables: b.data.games.map((g) => ({ game: g.game, codes: g.codes })) };
      }),
    });
  });

  // Whether a code is a training day's (a person typed the day's code into the start screen's join box):
  // 200 and where to go, or 404. A day's code is as public as a room's; failures count like joins.
  app.get('/api/events/:code', async (req, res) => {
    const code = normalizeRoomCode(String(req.params.code));
    const row = isRoomCode(code) ? await ctx.store.loadEvent(code) : null;
    res.setHeader('Cache-Control', 'no-store');
    if (!row) {
      fails.failed(keyOf(req));
      // ?lookup: the start screen asking about a code that was no room's: "no" is an answer there.
      if (req.query.lookup !== undefined) res.json({ code, href: null });
      else res.status(404).json({ error: 'not_found' });
      return;
    }
    res.json({ code, href: `/?event=${code}` });
  });

  app.get('/api/events/:code/debrief', async (req, res) => {
    const code = normalizeRoomCode(String(req.params.code));
    const row = await ctx.store.loadEvent(code);
    if (!row || !matchesHash(bearer(req), row.hostKeyHash)) {
      fails.failed(keyOf(req));
      res.status(404).json({ error: 'not_found' });
      return;
    }
    const out = await buildEventExport(ctx, EventBook.fromRow(row));
    res.setHeader('Cache-Control', 'no-store');
    const csv = String(req.query.csv ?? '');
    if (csv === 'tables' || csv === 'players') {
      const locale = req.query.locale === 'en' ? 'en' : 'nl';
      res.setHeader('Content-Type', 'text/csv; charset=utf-8');
      res.setHeader('Content-Disposition', `attachment; filename="kaarten-op-tafel-${code}-${csv}-${locale}.csv"`);
      res.send(out.csv[csv][locale]);
      return;
    }
    res.json({ code, ...out });
  });
}
