import { allowed } from '../helpers/allowed';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { replay, type Action } from '../../shared/rules';
import { seedState, type Rng } from '../../shared/rng';
import { pickAction } from '../helpers/random-game';
import { FOUR_ROLES, Player, settings, startTestServer, table, type TestServer } from './helpers';

// A complete game of four clients, from room creation to the end, through messages only. The
// moves are chosen with the engine's options (the test reads the server's state to choose),
// but every move travels as an `action` message from the seat's own client.

let srv: TestServer;
beforeAll(async () => {
  // Bots type faster than people: lift the per-connection message limit for this file.
  srv = await startTestServer({}, { flood: { burst: 10_000, perSecond: 10_000, maxStrikes: 10_000, strikesDrainPerSecond: 1 } });
});
afterAll(async () => {
  await srv?.stop();
});

describe('a complete game over real sockets', () => {
  it('creates a room, seats four players, plays every phase to the end and records it', async () => {
    const { code, players, host } = await table(srv, FOUR_ROLES, { settings: settings({ rounds: 2 }), start: false });
    expect(code).toMatch(/^[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{6}$/);
    const projector = await Player.join(srv.sdk(), code, { spectator: true });
    expect(projector.welcome).toMatchObject({ spectator: true, seat: null, seatToken: null, hostKey: null });
    await host.until(() => host.info().seats.every((s) => s.role !== '') && host.info().spectators === 1);

    const firstViews = [...players, projector].map((p) => p.next('view'));
    await host.host({ kind: 'start' });
    await Promise.all(firstViews);
    players.forEach((p, seat) => expect(p.playerView).toMatchObject({ kind: 'player', seat, role: FOUR_ROLES[seat], round: 1 }));
    expect(projector.view?.kind).toBe('projector');
    await host.until(() => host.info().status === 'playing');

    const room = srv.room(code);
    const rng: Rng = { state: seedState(20261121) };
    let moves = 0;
    // A move within a phase changes nothing the room syncs (RoomInfo), so the room does not compare it
    // field by field after one: a full sync after each move finds nothing to patch.
    let patches = 0;
    const patch = room.broadcastPatch.bind(room);
    room.broadcastPatch = () => (patches++, patch());
    while (room.table.game!.status === 'playing') {
      const game = room.table.game!;
      if (game.phase === 'overleg') {
        for (let turn = 0; turn < 3; turn++) {
          for (let seat = 0; seat < players.length; seat++) {
            const picked = pickAction(rng, allowed(room.table.game!, seat)) as Action | null;
            if (!picked) continue;
            // An offer by the id the seat's own view shows (the server accepts no engine ids).
            const action = 'offerId' in picked ? { ...picked, offerId: room.offerIds.out(picked.offerId) } : picked;
            await players[seat].ok('action', { action });
            moves++;
            const before = patches;
            room.sync();
            expect(patches, `a full sync after a ${action.type} patched the room`).toBe(before);
          }
        }
      }
      const seen = players.map((p) => p.next('view'));
      await host.host({ kind: 'advance' });
      await Promise.all(seen);
    }
    expect(moves).toBeGreaterThan(10);

    // Everyone sees the end: the result and the reveal for the debrief.
    await host.until(() => host.info().status === 'ended');
    for (const p of [...players, projector]) {
      await p.until(() => p.view?.status === 'ended', 'final view');
      expect(p.view!.result).not.toBeNull();
      expect(p.view!.reveal).not.toBeNull();
    }

    // The record is durable and replays to exactly the state the room holds.
    const stored = srv.sqlite.loadRoom(code)!;
    expect(stored.status).toBe('ended');
    expect(stored.result).toEqual(room.table.game!.result);
    expect(replay(stored.record!)).toEqual(room.table.game);
    expect(srv.sqlite.listGames('ended').map((g) => g.code)).toContain(code);

    // Moves after the end are refused with the engine's code.
    const late = await players[1].refused('action', { action: { type: 'gift', to: 'bibliotheek', resources: { budget: 1 } } });
    expect(late.code).toBe('game_over');
  });
});
