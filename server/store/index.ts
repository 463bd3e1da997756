import type { ServerConfig } from '../config';
import type { Metrics } from '../metrics';
import { PgStore } from './postgres';
import { SqliteStore } from './sqlite';
import type { RecordStore } from './types';

// The records store for this configuration: PostgreSQL with DATABASE_URL, else embedded SQLite.
// With metrics, every call is timed (kot_store_seconds by operation).

export async function openStore(config: Pick<ServerConfig, 'databaseUrl' | 'dbPath'>, metrics?: Metrics): Promise<RecordStore> {
  const store: RecordStore = config.databaseUrl ? await PgStore.open(config.databaseUrl) : new SqliteStore(config.dbPath);
  return metrics ? timed(store, metrics) : store;
}

/** The same store, each method's duration observed (failures too). */
function timed(store: RecordStore, metrics: Metrics): RecordStore {
  return new Proxy(store, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver) as unknown;
      if (typeof value !== 'function' || prop === 'close') return typeof value === 'function' ? value.bind(target) : value;
      return (...args: unknown[]) => {
        const end = metrics.storeSeconds.startTimer({ op: String(prop) });
        const p = (value as (...a: unknown[]) => Promise<unknown>).apply(target, args);
        return p.finally(() => end());
      };
    },
  });
}
