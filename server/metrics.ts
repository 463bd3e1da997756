import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { LoopWait } from './loop-wait';
import { WindowQuantiles } from './window-quantiles';

// /metrics in Prometheus's text format (prom-client). One registry per server, so tests can run
// several servers in one process. Moves per second: rate(kot_moves_total[1m]) (or the gauge
// kot_moves_per_second, over the last minute); p99 move → ack: kot_move_ack_quantile_seconds
// (last 10 minutes, window-quantiles.ts) or
// histogram_quantile(0.99, rate(kot_move_ack_seconds_bucket[5m])). A move is timed from its frame's
// arrival at the process (loop-wait.ts: the time the frame waited for a busy event loop included,
// as players feel it), to the moment its ack is handed to the socket.

export interface Metrics {
  registry: Registry;
  moves: Counter<string>;
  moveAckSeconds: Histogram<string>;
  /** Move → ack over the last 10 minutes (window-quantiles.ts), published as kot_move_ack_quantile_seconds. */
  moveAckWindow: WindowQuantiles;
  storeSeconds: Histogram<'op'>;
  throttled: Counter<string>;
  disconnected: Counter<'reason'>;
  /** One accepted move, answered after `seconds` (arrival → ack, the commit included). */
  moveAcked(seconds: number): void;
  /** When the frame being read now reached the process (performance.now() time, loop-wait.ts). */
  arrival(): number;
  /** How long the latest frames waited for the event loop (ms; loop-wait.ts `behind`). */
  behindMs(): number;
  /** Stops noting the loop's turns (server stop). */
  stop(): void;
}

const BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5];

export function createMetrics(live: { rooms(): number; clients(): number }): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'kot_' });
  const recent: number[] = [];
  const moves = new Counter({ name: 'kot_moves_total', help: 'Accepted moves (players and bots; host phase commands included)', registers: [registry] });
  new Gauge({
    name: 'kot_moves_per_second',
    help: 'Accepted moves per second over the last minute',
    registers: [registry],
    collect() {
      const since = Date.now() - 60_000;
      while (recent.length > 0 && recent[0] < since) recent.shift();
      this.set(recent.length / 60);
    },
  });
  new Gauge({ name: 'kot_rooms', help: 'Rooms loaded in this process', registers: [registry], collect() { this.set(live.rooms()); } });
  new Gauge({ name: 'kot_clients', help: 'Connections to rooms of this process', registers: [registry], collect() { this.set(live.clients()); } });
  const moveAckSeconds = new Histogram({
    name: 'kot_move_ack_seconds',
    help: "A move from its frame's arrival at the process (the wait for the event loop included) to its ack (engine and commit included)",
    buckets: BUCKETS,
    registers: [registry],
  });
  const loopWaitSeconds = new Histogram({
    name: 'kot_frame_wait_seconds',
    help: 'How long frames waited for a busy event loop before they were read (per turn of the loop that read frames; estimated from its busy time since a recent poll)',
    buckets: BUCKETS,
    registers: [registry],
  });
  const loopWait = new LoopWait((s) => loopWaitSeconds.observe(s));
  const moveAckWindow = new WindowQuantiles(600_000, 5);
  new Gauge({
    name: 'kot_move_ack_quantile_seconds',
    help: 'Quantiles of move → ack over the last 10 minutes (within 1 %; NaN before the first move)',
    labelNames: ['quantile'],
    registers: [registry],
    collect() {
      for (const q of [0.5, 0.9, 0.99]) this.set({ quantile: String(q) }, moveAckWindow.quantile(q));
    },
  });
  // A histogram, not a summary: an observation is a count in its bucket, and the buckets of several
  // processes add up.
  const storeSeconds = new Histogram({
    name: 'kot_store_seconds',
    help: 'Records store calls by operation',
    labelNames: ['op'],
    buckets: BUCKETS,
    registers: [registry],
  });
  const throttled = new Counter({ name: 'kot_throttled_frames_total', help: 'Client frames dropped by the flood guard', registers: [registry] });
  const disconnected = new Counter({
    name: 'kot_disconnected_clients_total',
    help: 'Connections closed by the server (flooded, replaced, removed) or dropped by the client',
    labelNames: ['reason'],
    registers: [registry],
  });
  return {
    registry,
    moves,
    moveAckSeconds,
    moveAckWindow,
    storeSeconds,
    throttled,
    disconnected,
    moveAcked(seconds) {
      moves.inc();
      recent.push(Date.now());
      if (recent.length > 100_000) recent.splice(0, recent.length - 100_000);
      moveAckSeconds.observe(seconds);
      moveAckWindow.observe(seconds);
    },
    arrival: () => loopWait.arrival(),
    behindMs: () => loopWait.behind(),
    stop: () => loopWait.stop(),
  };
}
