import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Server } from '@colyseus/core';
import { WebSocketTransport } from '@colyseus/ws-transport';
import { ROOM_NAME } from '../shared/protocol/messages';
import type { ServerConfig } from './config';
import { mountHttp } from './http';
import { DEFAULT_DOOR_LIMITS, Doors, type DoorLimits } from './doors';
import { boundedColyseusLogger, log, setLogLevel } from './log';
import { installMatchmakingGuards } from './matchmaking';
import { DEFAULT_FLOOD_LIMITS, type BackoffLimits, type FloodLimits } from './ratelimit';
import { restoreActiveRooms } from './restore';
import type { Decide } from './room/botDriver';
import { setRoomContext, type RoomContext } from './room/context';
import { TableRoom } from './room/TableRoom';
import { GameStore } from './store/GameStore';

// Builds the whole server: the records store, the Colyseus server with its one room type, and
// plain HTTP on the same port. Tests start it in-process on port 0; main.ts adds signals.

export interface RunningServer {
  port: number;
  /** http://host:port as reachable from this machine. */
  url: string;
  store: GameStore;
  /** The Colyseus server (tests wrap it in @colyseus/testing). */
  colyseus: Server;
  /** Graceful stop: clients are told, rooms keep their records, the database is closed. */
  stop(): Promise<void>;
}

export interface StartOptions {
  flood?: FloodLimits;
  /** The failed-join backoff per device (default: ten free, then 1 s doubling to 60 s). */
  backoff?: BackoffLimits;
  /** The other door limits (doors.ts); tests shrink them. */
  doors?: Partial<DoorLimits>;
  /** Overrides LOBBY_EXPIRY_MINUTES (tests). */
  lobbyExpiryMs?: number;
  /** Replaces the bots' decisions (tests); default: shared/bots botDecide. */
  botDecide?: Decide;
}

/** A larger frame limit than Colyseus's 4 KiB, so an oversized field is answered, not cut off. */
const MAX_FRAME_BYTES = 64 * 1024;

export async function startServer(config: ServerConfig, options: StartOptions = {}): Promise<RunningServer> {
  setLogLevel(config.logLevel);
  const store = new GameStore(config.dbPath);
  const ctx: RoomContext = {
    config,
    store,
    doors: new Doors({ ...DEFAULT_DOOR_LIMITS, ...(options.backoff ? { deviceBackoff: options.backoff } : {}), ...options.doors }),
    flood: options.flood ?? DEFAULT_FLOOD_LIMITS,
    lobbyExpiryMs: options.lobbyExpiryMs ?? config.lobbyExpiryMinutes * 60_000,
    restoreTickets: new Map(),
    shuttingDown: false,
    botDecide: options.botDecide,
  };
  setRoomContext(ctx);

  const httpServer = http.createServer();
  const transport = new WebSocketTransport({ server: httpServer, maxPayload: MAX_FRAME_BYTES });
  const server = new Server({
    transport,
    greet: false,
    gracefullyShutdown: false,
    logger: boundedColyseusLogger(),
    express: (app) => mountHttp(app, ctx),
  });
  server.define(ROOM_NAME, TableRoom);
  installMatchmakingGuards(ctx);

  await server.listen(config.port, config.host);
  if (!config.trustProxy) {
    // Colyseus reads the client's address from X-Real-IP / X-Forwarded-For; unless a trusted proxy
    // sets them, they are the peer's own address, so per-address limits cannot be dodged.
    const pin = (req: http.IncomingMessage): void => {
      for (const h of ['x-real-ip', 'x-forwarded-for', 'x-client-ip', 'x-forwarded-host', 'x-forwarded-proto']) delete req.headers[h];
      req.headers['x-real-ip'] = req.socket.remoteAddress ?? '';
    };
    httpServer.prependListener('request', pin);
    httpServer.prependListener('upgrade', pin);
  }
  const port = (httpServer.address() as AddressInfo).port;
  const shownHost = config.host === '0.0.0.0' || config.host === '::' ? '127.0.0.1' : config.host;
  const url = `http://${shownHost}:${port}`;
  const restored = await restoreActiveRooms(ctx);
  log.info('server listening', { url, db: config.dbPath, restored });

  let stopping: Promise<void> | null = null;
  const stop = (): Promise<void> =>
    (stopping ??= (async () => {
      ctx.shuttingDown = true;
      log.info('shutting down');
      try {
        await server.gracefullyShutdown(false);
      } finally {
        store.close();
        setRoomContext(null);
        log.info('stopped');
      }
    })());

  return { port, url, store, colyseus: server, stop };
}
