import { mountEvents } from './event/routes';
import { createHash, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import compression from 'compression';
import express from 'express';
import { DEVICE_COOKIE, deviceFromCookie, newDeviceId } from './doors';
import { JoinBackoff } from './ratelimit';
import { hashSecret, matchesHash } from './secrets';
import { mountDebrief } from './debrief-route';
import { mountEditions } from './edition-route';
import { mountPrint } from './print/route';
import { normalizeRoomCode } from '../shared/protocol/codes';
import type { RoomContext } from './room/context';

// Plain HTTP on the same port as the game: /healthz, the built client (with a fallback to
// index.html so a join link like /ABC234 opens the app), and the game records. Every response
// without one sets the `kot_device` cookie: failed joins are counted per device (doors.ts).
// Failed /api requests have a backoff of their own: they never slow down joining.

const PLACEHOLDER = `<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><title>Kaarten op Tafel</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body style="font-family: sans-serif; max-width: 40rem; margin: 3rem auto; line-height: 1.5">
<h1>Kaarten op Tafel</h1>
<p>De server draait, maar de app is nog niet gebouwd. Voer <code>npm run build</code> uit.</p>
<p lang="en">The server is running, but the client is not built yet. Run <code>npm run build</code>.</p>
</body></html>`;

/** Constant-time comparison of a sent token with the configured one. */
function sameSecret(sent: string, token: string): boolean {
  const a = createHash('sha256').update(sent).digest();
  return timingSafeEqual(a, createHash('sha256').update(token).digest());
}

function bearer(req: express.Request): string {
  const h = req.headers.authorization ?? '';
  return h.startsWith('Bearer ') ? h.slice(7).trim() : '';
}

const MAX_HOST_KEYS = 100;

/** Host keys sent as one Bearer value, separated by spaces or commas (each as a host key looks). */
function hostKeysOf(token: string): string[] {
  const keys = token.split(/[\s,]+/).filter((k) => /^[A-Za-z0-9_-]{10,64}$/.test(k));
  return [...new Set(keys)].slice(0, MAX_HOST_KEYS);
}

/** The client's address as the matchmaker sees it (app.ts pins X-Real-IP unless a proxy is trusted). */
function clientIp(req: express.Request): string | undefined {
  const first = (h: string | string[] | undefined): string | undefined => (Array.isArray(h) ? h[0] : h)?.split(',')[0].trim() || undefined;
  return first(req.headers['x-real-ip']) ?? first(req.headers['x-forwarded-for']) ?? req.socket.remoteAddress;
}

/**
 * Failed /api requests are counted per browser (address and device cookie), as failed joins are:
 * everyone at a venue shares its address, and one device's failures must not cost the others
 * their debrief. The secrets /api asks for cannot be guessed, so a script that drops its cookie
 * gains nothing by not being slowed down.
 */
function apiKey(req: express.Request): string {
  return `${clientIp(req) ?? ''}|${deviceFromCookie(req.headers.cookie)}`;
}

export function mountHttp(app: express.Application, ctx: RoomContext): void {
  app.disable('x-powered-by');
  const apiFails = new JoinBackoff();

  app.use((req, res, next) => {
    if (!deviceFromCookie(req.headers.cookie)) {
      res.append('Set-Cookie', `${DEVICE_COOKIE}=${newDeviceId()}; Path=/; Max-Age=31536000; HttpOnly; SameSite=Lax`);
    }
    next();
  });

  app.use('/api', (req, res, next) => {
    const wait = apiFails.waitMs(apiKey(req));
    if (wait > 0) {
      res.setHeader('Retry-After', String(Math.ceil(wait / 1000)));
      res.status(429).json({ error: 'too_many_attempts' });
      return;
    }
    next();
  });

  // Up or not, and nothing more: how many games run is for /metrics (kept internal), not for anyone
  // who can reach the game.
  app.get('/healthz', (_req, res) => {
    res.status(ctx.shuttingDown ? 503 : 200).json({ ok: !ctx.shuttingDown });
  });

  // Prometheus text format (metrics.ts), only with METRICS_TOKEN as Bearer: how busy the server is,
  // and its rooms and clients, are for its operators, not for anyone who can reach the game.
  app.get('/metrics', async (req, res) => {
    const token = ctx.config.metricsToken;
    if (token === '') return void res.status(404).json({ error: 'not_found' });
    if (!sameSecret(bearer(req), token)) {
      res.setHeader('WWW-Authenticate', 'Bearer');
      return void res.status(401).json({ error: 'not_allowed' });
    }
    res.setHeader('Content-Type', ctx.metrics.registry.contentType);
    res.send(await ctx.metrics.registry.metrics());
  });

  // The list of games, for reports: all of them with ADMIN_TOKEN; for a facilitator, the games
  // created with the host keys their browser kept (Bearer <key> <key> …: only games whose host-key
  // hash matches one of them).
  app.get('/api/games', async (req, res) => {
    const token = bearer(req);
    const admin = ctx.config.adminToken !== '' && token === ctx.config.adminToken;
    const keys = admin ? [] : hostKeysOf(token);
    if (!admin && keys.length === 0) {
      if (ctx.config.adminToken && token !== '') apiFails.failed(apiKey(req));
      res.status(ctx.config.adminToken ? 401 : 404).json({ error: 'not_allowed' });
      return;
    }
    const status = String(req.query.status ?? 'ended');
    if (!['lobby', 'playing', 'ended', 'abandoned'].includes(status)) {
      res.status(400).json({ error: 'bad_status' });
      return;
    }
    res.setHeader('Cache-Control', 'no-store');
    const games = admin
      ? await ctx.store.listGames(status as 'ended')
      : await ctx.store.listGamesByHost(keys.map(hashSecret), status as 'ended', MAX_HOST_KEYS);
    res.json({ games });
  });

  // One game's full record (config, seed, actions): for its host (Bearer <hostKey>) or the admin.
  // The record holds every seat's interests, hands, guesses and private offers, and the host key
  // may belong to a player ("Ik speel mee"), so the host gets it only once the game has ended.
  app.get('/api/games/:code/record', async (req, res) => {
    const code = normalizeRoomCode(String(req.params.code));
    const room = await ctx.store.loadRoom(code);
    const token = bearer(req);
    const allowed =
      room !== null && token !== '' && (matchesHash(token, room.hostKeyHash) || (ctx.config.adminToken !== '' && token === ctx.config.adminToken));
    if (!allowed) {
      apiFails.failed(apiKey(req));
      res.status(404).json({ error: 'not_found' });
      return;
    }
    const admin = ctx.config.adminToken !== '' && token === ctx.config.adminToken;
    if (!admin && room.status !== 'ended') {
      res.setHeader('Cache-Control', 'no-store');
      res.status(409).json({ error: 'not_ended', status: room.status });
      return;
    }
    res.json({ code, status: room.status, createdAt: room.createdAt, endedAt: room.endedAt, record: room.record, result: room.result });
  });

  mountDebrief(app, ctx, apiFails, apiKey);
  mountEvents(app, ctx, apiFails, apiKey);
  mountEditions(app, ctx, apiKey);
  mountPrint(app, ctx.store);

  const clientDir = ctx.config.clientDir;
  const index = path.join(clientDir, 'index.html');
  // The client's files gzipped on the way (the start screen's script is 81 KB gzip against 289 KB
  // as built): on a phone's slow connection this is most of the time to a usable lobby.
  app.use(compression());
  app.use(express.static(clientDir, { index: 'index.html', maxAge: '1h', setHeaders: noCacheForHtml }));
  app.use((req, res, next) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || req.path.startsWith('/api/') || req.path.startsWith('/matchmake/')) {
      next();
      return;
    }
    if (path.extname(req.path) !== '') {
      res.status(404).type('text/plain').send('Not found');
      return;
    }
    res.setHeader('Cache-Control', 'no-cache');
    if (fs.existsSync(index)) res.sendFile(index);
    else res.type('html').send(PLACEHOLDER);
  });
}

function noCacheForHtml(res: express.Response, file: string): void {
  if (file.endsWith('.html')) res.setHeader('Cache-Control', 'no-cache');
}
