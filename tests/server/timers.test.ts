import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Player, settings, startTestServer, table, UNTIMED, type TestServer } from './helpers';
import type { TableRoom } from '../../server/room/TableRoom';
import { parseSettings } from '../../shared/protocol/room';

// Phase deadlines are kept by the server; pause, resume and extend; untimed phases wait for the
// host. Instead of waiting out a phase, a test makes the room's own Colyseus clock reach the
// deadline (the timeout then fires through the normal path).

let srv: TestServer;
beforeAll(async () => {
  srv = await startTestServer();
});
afterAll(async () => {
  await srv?.stop();
});

/** Lets every pending timeout of the room's clock fire on its next tick. */
function timeRunsOut(room: TableRoom): void {
  for (const d of room.clock.delayed) if (d.active && !d.paused) d.elapsedTime = d.time;
}

const TIMED = { gebeurtenis: 10, overleg: 60, uitvoering: null, terugblik: 10 };

describe('phase timers', () => {
  it('keeps the deadline, pauses, resumes, extends, and advances by itself when time is up', async () => {
    const { code, players, host } = await table(srv, undefined, { settings: settings({ timers: TIMED }) });
    const room = srv.room(code);
    await host.until(() => host.info().phaseEndsAt > 0, 'deadline published');
    const started = Date.now();
    expect(host.info().phaseEndsAt - started).toBeGreaterThan(8_000);
    expect(host.info().phaseEndsAt - started).toBeLessThanOrEqual(10_000);

    await host.host({ kind: 'pause' });
    await host.until(() => host.info().paused);
    expect(host.info()).toMatchObject({ phaseEndsAt: 0, paused: true });
    expect(host.info().pausedRemainingMs).toBeGreaterThan(8_000);
    expect(await players[1].refused('action', { action: { type: 'guess', target: 'bibliotheek', interestIds: [] } })).toMatchObject({ code: 'paused' });
    expect(await host.refused('host', { command: { kind: 'pause' } })).toMatchObject({ code: 'paused' });
    await host.host({ kind: 'extend', seconds: 30 });
    await host.until(() => host.info().pausedRemainingMs > 38_000, 'extended while paused');
    await host.host({ kind: 'resume' });
    await host.until(() => !host.info().paused && host.info().phaseEndsAt > 0);
    expect(host.info().phaseEndsAt - Date.now()).toBeGreaterThan(35_000);
    expect(await host.refused('host', { command: { kind: 'resume' } })).toMatchObject({ code: 'not_paused' });

    // Time is up: the server advances as the host, records it, and starts the next phase's clock.
    const views = players.map((p) => p.next('view', (v) => v.phase === 'overleg'));
    timeRunsOut(room);
    await Promise.all(views);
    const record = srv.sqlite.gameRecord(code)!;
    expect(record.actions).toEqual([{ actor: 'host', action: { type: 'advancePhase' } }]);
    await host.until(() => host.info().phaseEndsAt - Date.now() > 50_000, 'overleg deadline');

    // An untimed phase waits for the host.
    await host.host({ kind: 'advance' });
    await host.until(() => host.info().phaseEndsAt === 0);
    expect(room.table.game!.phase).toBe('uitvoering');
    expect(await host.refused('host', { command: { kind: 'extend', seconds: 60 } })).toMatchObject({ code: 'untimed' });
    expect(room.clock.delayed.filter((d) => d.active).length).toBeLessThanOrEqual(1);
  });

  it('holds an untimed game on pause too', async () => {
    const { players, host } = await table(srv, undefined, { settings: settings({ timers: UNTIMED }) });
    expect(host.info().phaseEndsAt).toBe(0);
    await host.host({ kind: 'pause' });
    expect(await players[2].refused('action', { action: { type: 'guess', target: 'bibliotheek', interestIds: [] } })).toMatchObject({ code: 'paused' });
    await host.host({ kind: 'resume' });
    await players[2].ok('action', { action: { type: 'guess', target: 'bibliotheek', interestIds: [] } });
  });

  it('runs timers by default in team play and in a facilitated room (the facilitator may switch them off)', async () => {
    const player = await Player.create(srv.sdk(), { name: 'Ann' });
    expect(parseSettings(player.info())!.timers.overleg).toBe(240);
    const facilitator = await Player.create(srv.sdk(), {});
    expect(facilitator.welcome).toMatchObject({ host: true, spectator: true, seat: null, seatToken: null });
    expect(parseSettings(facilitator.info())!.timers).toEqual({ gebeurtenis: 60, overleg: 300, uitvoering: 60, terugblik: 120 });
    await facilitator.host({ kind: 'configure', settings: settings({ timers: TIMED, rounds: 3 }) });
    await facilitator.until(() => parseSettings(facilitator.info())!.rounds === 3);
  });
});
