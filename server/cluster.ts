import { RedisDriver } from '@colyseus/redis-driver';
import { RedisPresence } from '@colyseus/redis-presence';

// Several server processes (REDIS_URL): Colyseus keeps the list of rooms in Redis (RedisDriver)
// and passes seat reservations and reconnections between processes over Redis pub/sub
// (RedisPresence). A room lives in one process; a client matchmaking through any process gets a
// seat reservation naming the room's process and connects its WebSocket there (PUBLIC_ADDRESS).
// The records are shared through the database (DATABASE_URL), so when a process dies its rooms
// load again in whichever process the players rejoin through (restore.ts).

export function clusterServices(redisUrl: string): { presence: RedisPresence; driver: RedisDriver } {
  return { presence: new RedisPresence(redisUrl), driver: new RedisDriver(redisUrl) };
}
