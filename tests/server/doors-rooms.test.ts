import { createHash } from 'node:crypto';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Room as SDKRoom } from '@colyseus/sdk';
import { parseJoinError } from '../../shared/protocol/errors';
import { ROOM_NAME } from '../../shared/protocol/messages';
import { CREATE_PROOF, solveProof } from '../../shared/protocol/proof';
import { applyAction, createGame, defaultConfig } from '../../shared/rules';
import { GameStore } from '../../server/store/GameStore';
import { hashSecret } from '../../server/secrets';
import { Player, settings, startTestServer, tempDir, waitFor, type TestServer, refusal } from './helpers';

// "No door left open", door 6: rooms. Creating them is limited (past an address's rooms, by a
// proof of work), a lobby nobody is in expires (its row is deleted), and a restart reloads neither
// stale lobbies nor finished games (which stay records). The database is prepared before the server starts, as a restart would find it; an
// empty lobby expires after 1.5 s here. The test failed before the door was closed.

const HOUR = 60 * 60_000;
const ROLES = ['bibliotheek', 'gemeente', 'uwv'] as const;
let srv: TestServer;
let staleLobby: string;
let finished: string;

beforeAll(async () => {
  const dir = tempDir();
  const store = new GameStore(path.join(dir, 'kaarten.db'));
  const now = Date.now();
  // A lobby left an hour ago (well within IDLE_ROOM_MINUTES, past the lobby expiry).
  staleLobby = 'LBBYQQ';
  store.createRoom(staleLobby, settings(), hashSecret('host-key-of-the-lobby'), [{ name: 'Ann', role: '', tokenHash: hashSecret('ann-seat-token-123') }], now - HOUR);
  // A game that ended a minute ago.
  finished = 'ENDDQQ';
  const config = defaultConfig([...ROLES]);
  const seats = ROLES.map((role, i) => ({ name: `P${i}`, role, tokenHash: hashSecret(`seat-token-number-${i}`) }));
  store.createRoom(finished, settings(), hashSecret('host-key-of-the-game'), [], now - 2 * HOUR);
  store.startGame(finished, config, 7, seats, now - HOUR);
  const ended = applyAction(createGame(config, 7), 'host', { type: 'endGame' });
  if (!ended.ok) throw new Error('could not end the game');
  store.appendAction(finished, 0, 'host', { type: 'endGame' }, ended.state.result, now - 60_000);
  store.close();
  srv = await startTestServer({ __DIR: dir }, { lobbyExpiryMs: 1500 });
});
afterAll(async () => {
  await srv?.stop();
});


/** Creates rooms until one is refused; returns how many were made (and leaves them). */
async function createUntilRefused(sdk: () => ReturnType<TestServer['sdk']>, max: number): Promise<{ made: number; refused: string }> {
  for (let made = 0; made < max; made++) {
    let room: SDKRoom;
    try {
      room = await sdk().create(ROOM_NAME, { protocol: 2, name: `Maker ${made}` });
    } catch (e) {
      return { made, refused: parseJoinError((e as Error).message).code };
    }
    await room.leave();
  }
  return { made: max, refused: '' };
}

describe('door 6', () => {
  it('6. limits room creation per address, deletes empty lobbies, and restarts reload neither them nor finished games', async () => {
    // The restart (beforeAll) reloaded nothing: the stale lobby is gone, the finished game is a record.
    expect(srv.room(staleLobby)).toBeUndefined();
    expect(srv.sqlite.hasRoom(staleLobby)).toBe(false);
    expect(srv.room(finished)).toBeUndefined();
    expect(srv.sqlite.loadRoom(finished)?.status).toBe('ended');
    // A stranger cannot load it; its players can (their debrief).
    expect(await refusal(srv.sdk().joinById(finished, { protocol: 2, spectator: true }))).toMatchObject({ code: 'game_over' });
    expect(srv.room(finished)).toBeUndefined();
    const player = await Player.join(srv.sdk(), finished, { seatToken: 'seat-token-number-1' });
    await player.until(() => player.view?.status === 'ended', 'debrief view');
    await player.leave();

    // Creating rooms: a few per device, more (but not without end) per address.
    const oneDevice = await createUntilRefused(() => srv.sdk('192.0.2.60', 'makerdevice-00000001'), 40);
    expect(oneDevice).toMatchObject({ refused: 'too_many_attempts' });
    expect(oneDevice.made).toBeLessThanOrEqual(5);
    let n = 0;
    const rotating = await createUntilRefused(() => srv.sdk('192.0.2.61', `rotating-device-${String(++n).padStart(4, '0')}`), 80);
    // Past the address's rooms, each creation there brings a proof of work (it is not refused:
    // a script must not keep the venue's facilitator from starting a game).
    expect(rotating).toMatchObject({ refused: 'proof_needed' });
    expect(rotating.made).toBeLessThanOrEqual(30);
    const facilitator = srv.sdk('192.0.2.61', 'facilitator-00000001');
    const asked = await refusal(facilitator.create(ROOM_NAME, { protocol: 2 }));
    expect(asked.code).toBe('proof_needed');
    const proof = await solveProof(CREATE_PROOF, asked.reason, async (t) => createHash('sha256').update(t).digest());
    await (await facilitator.create(ROOM_NAME, { protocol: 2, proof })).leave();
    // A proof admits one creation.
    expect((await refusal(facilitator.create(ROOM_NAME, { protocol: 2, proof }))).code).toBe('proof_needed');

    // A lobby everyone left is deleted, row and all.
    const lonely = await Player.create(srv.sdk(), { name: 'Alone' });
    await lonely.leave();
    await waitFor(() => !srv.sqlite.hasRoom(lonely.code), 'empty lobby deleted', 6000);
    expect(srv.room(lonely.code)).toBeUndefined();
  });
});
