import type { Presence } from '@colyseus/core';
import { liveSignals, type Signal } from '../../shared/debrief/signals';
import { LogFold } from '../../shared/debrief/fold';
import type { TableOverview } from '../../shared/protocol/event';
import { targetFor } from '../../shared/rules/config';
import type { RoleId } from '../../shared/model/ids';
import { log } from '../log';
import type { RoomPort } from './port';
import type { Outcome } from './table';

// A table room of a training day, linked to its event through the server's presence (in one
// process, or across processes through Redis): it publishes its summary for the console's overview
// whenever it changed (looked at four times a second, and once every few seconds anyway so a
// reloaded event hears of every table), and runs the facilitator's commands for all tables. The
// event never touches a table's state: only this link does, through the room's own queue.

export const tablesTopic = (event: string): string => `kot:event:${event}:tables`;
export const commandsTopic = (event: string): string => `kot:event:${event}:cmd`;

export type TableCommand =
  | { kind: 'start' | 'advance' | 'pause' | 'resume' | 'end'; tables?: number[]; codes?: string[] }
  | { kind: 'extend'; seconds: number; tables?: number[]; codes?: string[] }
  | { kind: 'say'; text: string; at: number }
  /** A late arrival takes a bot's seat: the bot plays on until they take it back (`takeBackSeat`). */
  | { kind: 'seatLate'; codes: string[]; tables?: number[]; role: RoleId; name: string; tokenHash: string }
  | { kind: 'roll' };

const LOOK_MS = 250;
const HEARTBEAT_MS = 3000;
const SIGNALS_MS = 1000;

export interface EventLink {
  stop(): void;
}

/** The summary the overview shows: public facts only, plus the table's live signals (facilitator only). */
export function tableOverview(room: RoomPort, index: number, game: 1 | 2, signals: Signal[], links: TableOverview['links'] = []): TableOverview {
  const t = room.table;
  const g = t.game;
  const timer = t.timer.info();
  return {
    index,
    code: t.code,
    game,
    status: t.status,
    round: g?.round ?? 0,
    phase: g?.phase ?? null,
    phaseEndsAt: timer.phaseEndsAt,
    paused: timer.paused,
    onBoard: g ? Object.values(g.personas).filter((p) => p.status === 'reached').length : 0,
    target: g ? targetFor(g.config) : 0,
    projects: g?.projects.completed.length ?? 0,
    actions: t.recorded,
    seats: t.seats.toInfo().map((s) => ({ role: s.role, name: s.name, connected: s.connected, bot: s.bot !== '' })),
    links,
    signals,
    at: Date.now(),
  };
}

export function linkEventTable(room: RoomPort, presence: Presence): EventLink | null {
  const event = room.table.doors.event;
  if (!event) return null;
  let last = '';
  let lastSent = 0;
  let signals: Signal[] = [];
  let links: TableOverview['links'] = [];
  let linksAt = -1;
  let signalsAt = -1;
  let signalsTime = 0;
  // The game's log as read so far (shared/debrief/fold.ts): the signals and the links read only the entries added since.
  const fold = new LogFold();
  const publish = (force: boolean): void => {
    const g = room.table.game;
    const logLength = g ? g.log.length : -1;
    // The signals run the debrief's rules: at most once a second, as the console's own feed (room/signals.ts).
    if (logLength !== signalsAt && (force || Date.now() - signalsTime >= SIGNALS_MS)) {
      signalsAt = logLength;
      signalsTime = Date.now();
      try {
        signals = g && room.table.status === 'playing' ? liveSignals(g, fold) : [];
      } catch (e) {
        log.error('event signals failed', { code: room.roomId, error: String(e) });
        signals = [];
      }
    }
    // Who worked with whom: worked out again only when the log grew.
    if (g && logLength !== linksAt) {
      linksAt = logLength;
      fold.of(g);
      links = fold.network().end.edges.map((e) => ({ a: e.a, b: e.b, weight: e.weight }));
    }
    const summary = tableOverview(room, event.table, event.game, signals, links);
    const key = JSON.stringify({ ...summary, at: 0 });
    if (!force && key === last && Date.now() - lastSent < HEARTBEAT_MS) return;
    last = key;
    lastSent = Date.now();
    void Promise.resolve(presence.publish(tablesTopic(event.code), summary)).catch(() => undefined);
  };
  const onCommand = (cmd: TableCommand): void => {
    if (cmd.kind === 'roll') return publish(true);
    if (cmd.kind === 'say') {
      for (const c of room.clients) c.send('eventSay', { text: cmd.text, at: cmd.at });
      return;
    }
    if (cmd.codes && !cmd.codes.includes(room.table.code)) return;
    if (cmd.tables && !cmd.tables.includes(event.table)) return;
    void room
      .serial(async () => {
        const out = await run(room, cmd);
        if (out.ok) room.afterChange(out.game);
        else log.debug('event command refused', { code: room.roomId, kind: cmd.kind, error: out.error.code });
        publish(true);
      })
      .catch((e: unknown) => log.error('event command failed', { code: room.roomId, error: String(e) }));
  };
  // The first summary goes out once the table listens: the event waits for it before commanding.
  void Promise.resolve(presence.subscribe(commandsTopic(event.code), onCommand))
    .then(() => publish(true))
    .catch((e: unknown) => log.error('event link failed', { code: room.roomId, error: String(e) }));
  const look = room.clock.setInterval(() => publish(false), LOOK_MS);
  return {
    stop() {
      look.clear();
      publish(true);
      void Promise.resolve(presence.unsubscribe(commandsTopic(event.code), onCommand)).catch(() => undefined);
    },
  };
}

async function seatLate(room: RoomPort, cmd: Extract<TableCommand, { kind: 'seatLate' }>): Promise<Outcome> {
  const t = room.table;
  const seat = t.seats.seats.find((s) => s.role === cmd.role && s.bot !== '' && s.tokenHash === null);
  if (t.status !== 'playing' || !seat) return { ok: false, error: { code: 'seat_taken', params: { role: cmd.role } } };
  Object.assign(seat, { tokenHash: cmd.tokenHash, name: cmd.name });
  await t.saveLobby();
  return { ok: true, game: false };
}

function run(room: RoomPort, cmd: Exclude<TableCommand, { kind: 'say' | 'roll' }>): Promise<Outcome> {
  const t = room.table;
  switch (cmd.kind) {
    case 'seatLate':
      return seatLate(room, cmd);
    case 'start':
      return t.start();
    case 'advance':
      return t.advance();
    case 'pause':
      return t.pause();
    case 'resume':
      return t.resume();
    case 'end':
      return t.end();
    case 'extend':
      return t.extend(cmd.seconds);
  }
}
