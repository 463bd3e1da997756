import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { matchMaker, Server } from '@colyseus/core';
import { WebSocketTransport } from '@colyseus/ws-transport';
import { ROOM_NAME } from '../shared/protocol/messages';
import type { ServerConfig } from './config';
import { mountHttp } from './http';
import { DEFAULT_DOOR_LIMITS, Doors, type DoorLimits } from './doors';
import { boundedColyseusLogger, log, setLogFields, setLogLevel } from './log';
import { createMetrics, type Metrics } from './metrics';
import { clusterServices } from './cluster';
import { installMatchmakingGuards } from './matchmaking';
import { DEFAULT_FLOOD_LIMITS, type BackoffLimits, type FloodLimits } from './ratelimit';
import { restoreActiveRooms } from './restore';
import type { Decide } from './room/botDriver';
import { setRoomContext, type RoomContext } from './room/context';
import { TableRoom } from './room/TableRoom';
import { LaterRounds } from './room/later';
import { Packing } from './room/views';
import { EventRoom } from './event/EventRoom';
import { listenForLoads } from './event/spread';
import { EVENT_ROOM_NAME } from '../shared/protocol/event';
import { openStore } from './store';
import type { RecordStore } from './store/types';

// Builds the whole server: the records store, the Colyseus server with its one room type, and
// plain HTTP on the same port. Tests start it in-process on port 0; main.ts adds signals.

export interface RunningServer {
  port: number;
  /** http://host:port as reachable from this machine. */
  url: string;
  /** The records store (SQLite, or PostgreSQL with DATABASE_URL). */
  store: RecordStore;
  metrics: Metrics;
  /** This process's Colyseus process id (several processes: each its own). */
  processId: string;
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
  /** How far apart reflections go out (default 2 s). */
  reflectionBatchMs?: number;
}

/** A larger frame limit than Colyseus's 4 KiB, so an oversized field is answered, not cut off. */
const MAX_FRAME_BYTES = 64 * 1024;

export async function startServer(config: ServerConfig, options: StartOptions = {}): Promise<RunningServer> {
  setLogLevel(config.logLevel, config.logFormat);
  const metrics = createMetrics({
    rooms: () => matchMaker.stats.local.roomCount,
    clients: () => matchMaker.stats.local.ccu,
  });
  const store = await openStore(config, metrics);
  const cluster = config.redisUrl ? clusterServices(config.redisUrl) : null;
  if (cluster && !config.databaseUrl) log.warn('REDIS_URL without DATABASE_URL: every process must open the same SQLite file (one machine only)');
  if (cluster && !config.publicAddress) log.warn('REDIS_URL without PUBLIC_ADDRESS: clients must reach this process at the address they matchmade through');
  const ctx: RoomContext = {
    config,
    store,
    metrics,
    cluster: cluster !== null,
    doors: new Doors({ ...DEFAULT_DOOR_LIMITS, ...(options.backoff ? { deviceBackoff: options.backoff } : {}), ...options.doors }),
    flood: options.flood ?? DEFAULT_FLOOD_LIMITS,
    lobbyExpiryMs: options.lobbyExpiryMs ?? config.lobbyExpiryMinutes * 60_000,
    restoreTickets: new Map(),
    shuttingDown: false,
    botDecide: options.botDecide,
    reflectionBatchMs: options.reflectionBatchMs ?? 2000,
    packing: new Packing(),
    later: new LaterRounds(),
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
    ...(cluster
      ? {
          presence: cluster.presence,
          driver: cluster.driver,
          ...(config.publicAddress ? { publicAddress: config.publicAddress } : {}),
          // Rooms are created (and restored) in the process that was asked: the room context, the
          // restore tickets and the door limits are this process's.
          selectProcessIdToCreateRoom: async () => matchMaker.processId,
        }
      : {}),
  });
  server.define(ROOM_NAME, TableRoom);
  server.define(EVENT_ROOM_NAME, EventRoom);
  installMatchmakingGuards(ctx);

  await server.listen(config.port, config.host);
  setLogFields(cluster ? { process: matchMaker.processId } : {});
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
  if (cluster) await listenForLoads(ctx); // an event's tables spread over the processes (event/spread.ts)
  const restored = await restoreActiveRooms(ctx);
  log.info('server listening', { url, store: store.kind, db: store.where, cluster: cluster !== null, restored });

  let stopping: Promise<void> | null = null;
  const stop = (): Promise<void> =>
    (stopping ??= (async () => {
      ctx.shuttingDown = true;
      log.info('shutting down');
      try {
        // Every room: clients told (notice shutdown, close 4001: reconnect), queued changes
        // finished, clock saved, writes committed (TableRoom.onDispose); then presence and driver.
        await server.gracefullyShutdown(false);
      } finally {
        await store.close().catch((e: unknown) => log.error('store not closed', { error: String(e) }));
        metrics.stop();
        setRoomContext(null);
        log.info('stopped');
      }
    })());

  return { port, url, store, metrics, processId: matchMaker.processId, colyseus: server, stop };
}
