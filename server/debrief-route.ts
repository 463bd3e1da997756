import express from 'express';
import { agreement, debrief, strengthsMarkdown, strengthsView } from '../shared/debrief';
import { lessonPractices } from '../shared/content';
import { normalizeRoomCode } from '../shared/protocol/codes';
import { replay } from '../shared/rules/replay';
import type { JoinBackoff } from './ratelimit';
import { Reflections } from './room/reflections';
import { isProjectorKey, matchesHash } from './secrets';
import type { RoomContext } from './room/context';
import type { StoredRoom } from './store/types';
import { loadEditionCards } from './editions';

// The debrief over HTTP, for the end screen and its exports:
//   GET  /api/games/<code>/debrief  the record, its debrief (shared/debrief), the draft agreement and,
//        to take home beside it, the krachtenanalyse and afwegingstabel (both as markdown, nl and en).
//        A finished game only, for anyone in it (a seat token, the host key or the projector key, as
//        Bearer). While a game runs nobody gets it: the record holds every seat's secrets, and the
//        host key may belong to a player.
//   POST /api/games/<code>/next     {"code": "<new room>"}: the host says where the group plays again.
//   GET  /api/games/<code>/next     where that is, for anyone in the finished game.
// "Next" is kept in this process's memory only (bounded, forgotten after a day): a hint for the
// players' end screens, not game data.

type Who = 'host' | 'player' | 'projector' | null;

const NEXT_TTL_MS = 24 * 3600_000;
const NEXT_MAX = 2000;
const CACHE_MAX = 50;

function bearer(req: express.Request): string {
  const h = req.headers.authorization ?? '';
  return h.startsWith('Bearer ') ? h.slice(7).trim() : '';
}

function whoIs(room: StoredRoom | null, token: string): Who {
  if (!room || token === '') return null;
  if (matchesHash(token, room.hostKeyHash)) return 'host';
  if (isProjectorKey(token, room.code, room.hostKeyHash, room.doors.projectorEpoch)) return 'projector';
  return room.seats.some((s) => matchesHash(token, s.tokenHash)) ? 'player' : null;
}

export function mountDebrief(app: express.Application, ctx: RoomContext, fails: JoinBackoff, keyOf: (req: express.Request) => string): void {
  const next = new Map<string, { code: string; at: number }>();
  const cache = new Map<string, { debrief: unknown; agreement: string; agreementEn: string; strengths: string; strengthsEn: string; strengthsView: unknown; practices: unknown }>();

  const deny = (req: express.Request, res: express.Response) => {
    fails.failed(keyOf(req));
    res.status(404).json({ error: 'not_found' });
  };

  async function load(req: express.Request): Promise<{ code: string; room: StoredRoom | null; who: Who }> {
    const code = normalizeRoomCode(String(req.params.code));
    const room = await ctx.store.loadRoom(code);
    return { code, room, who: whoIs(room, bearer(req)) };
  }

  function nextOf(code: string): string | null {
    const n = next.get(code);
    if (n && Date.now() - n.at > NEXT_TTL_MS) next.delete(code);
    return next.get(code)?.code ?? null;
  }

  app.get('/api/games/:code/debrief', async (req, res) => {
    const { code, room, who } = await load(req);
    if (!room || !who) return deny(req, res);
    if (!room.record || room.status !== 'ended') {
      res.status(409).json({ error: 'not_ended', status: room.status });
      return;
    }
    let made = cache.get(code);
    if (!made) {
      try {
        await loadEditionCards(ctx.store, room.record.config.edition);
        const end = replay(room.record);
        const made0 = debrief(room.record);
        made = {
          debrief: made0,
          agreement: agreement(end, 'nl'),
          agreementEn: agreement(end, 'en'),
          strengths: strengthsMarkdown(end, 'nl'),
          strengthsEn: strengthsMarkdown(end, 'en'),
          // The same krachtenanalyse as text in each language, for the debrief screen's tables and form.
          strengthsView: { nl: strengthsView(end, 'nl'), en: strengthsView(end, 'en') },
          // Where each lesson shown was done for real (the place, the project, what they did).
          practices: made0.lessons.shown.flatMap((f) => lessonPractices(f.lessonId)),
        };
      } catch {
        res.status(500).json({ error: 'record_does_not_replay' });
        return;
      }
      if (cache.size >= CACHE_MAX) cache.delete(cache.keys().next().value!);
      cache.set(code, made);
    }
    // The players' answers as the room shows them (anonymous or not), the hidden ones left out.
    const reflections = (await Reflections.load(code, ctx.store)).itemsFor(-1, room.settings.anonymousReflections).filter((r) => !r.hidden);
    res.setHeader('Cache-Control', 'no-store');
    res.json({ code, status: room.status, createdAt: room.createdAt, endedAt: room.endedAt, record: room.record, result: room.result, ...made, reflections, next: nextOf(code) });
  });

  app.get('/api/games/:code/next', async (req, res) => {
    const { code, room, who } = await load(req);
    if (!room || !who) return deny(req, res);
    res.setHeader('Cache-Control', 'no-store');
    res.json({ next: nextOf(code) });
  });

  app.post('/api/games/:code/next', express.json({ limit: '1kb' }), async (req, res) => {
    const { code, room, who } = await load(req);
    if (!room || who !== 'host') return deny(req, res);
    const target = normalizeRoomCode(String((req.body as { code?: unknown } | undefined)?.code ?? ''));
    if (room.status !== 'ended' || target === code || (await ctx.store.roomStatus(target)) !== 'lobby') {
      res.status(400).json({ error: 'bad_next' });
      return;
    }
    if (next.size >= NEXT_MAX) next.delete(next.keys().next().value!);
    next.set(code, { code: target, at: Date.now() });
    res.json({ next: target });
  });
}
