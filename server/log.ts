import type { LogLevel } from './config';

// A tiny leveled logger: one line per event, to stdout/stderr, so a service manager can collect it.
// LOG_FORMAT=text: `<time> <LEVEL> <message> {data}`; LOG_FORMAT=json: one object per line,
// `{"time","level","msg","pid",...data}` (and `process`, this server's Colyseus process id, once
// known), for a log collector.

const ORDER: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 };
let threshold = ORDER.info;
let format: 'text' | 'json' = 'text';
let base: Record<string, unknown> = {};

export function setLogLevel(level: LogLevel, fmt: 'text' | 'json' = format): void {
  threshold = ORDER[level];
  format = fmt;
}

/** Fields every JSON line carries (the process id in a cluster). */
export function setLogFields(fields: Record<string, unknown>): void {
  base = { ...fields };
}

function emit(level: Exclude<LogLevel, 'silent'>, msg: string, data?: Record<string, unknown>): void {
  if (ORDER[level] < threshold) return;
  const line =
    format === 'json'
      ? JSON.stringify({ time: new Date().toISOString(), level, msg, pid: process.pid, ...base, ...data })
      : `${new Date().toISOString()} ${level.toUpperCase()} ${msg}${data ? ' ' + JSON.stringify(data) : ''}`;
  (level === 'error' || level === 'warn' ? console.error : console.log)(line);
}

export const log = {
  debug: (msg: string, data?: Record<string, unknown>) => emit('debug', msg, data),
  info: (msg: string, data?: Record<string, unknown>) => emit('info', msg, data),
  warn: (msg: string, data?: Record<string, unknown>) => emit('warn', msg, data),
  error: (msg: string, data?: Record<string, unknown>) => emit('error', msg, data),
};

/**
 * Colyseus's own log lines (it prints a stack trace for every frame it cannot decode, every failed
 * reconnection, …), through ours: one line each (the first line of a stack), at most 30 a minute,
 * then a count of what was left out. So no client can fill the disk through Colyseus.
 */
export function boundedColyseusLogger(perMinute = 30, now: () => number = Date.now) {
  let windowStart = now();
  let used = 0;
  let dropped = 0;
  const line = (args: unknown[]): string =>
    args
      .map((a) => (a instanceof Error ? `${a.name}: ${a.message}` : String(a)))
      .join(' ')
      .split('\n')[0]
      .slice(0, 300);
  const out = (level: 'debug' | 'info' | 'warn' | 'error') => (...args: unknown[]) => {
    if (ORDER[level] < threshold) return;
    const t = now();
    if (t - windowStart >= 60_000) {
      if (dropped > 0) emit('warn', 'colyseus: log lines left out', { count: dropped });
      windowStart = t;
      used = 0;
      dropped = 0;
    }
    if (used >= perMinute) {
      dropped++;
      return;
    }
    used++;
    emit(level, `colyseus: ${line(args)}`);
  };
  return { debug: out('debug'), trace: out('debug'), info: out('info'), warn: out('warn'), error: out('error') };
}
