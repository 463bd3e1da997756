import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { GameStore } from '../../server/store/GameStore';
import { CLOSE_CODES } from '../../shared/protocol/errors';
import type { RoleId } from '../../shared/model/ids';
import { childServers, FOUR_ROLES, oneCard, Player, table, tempDir, waitFor } from './helpers';

// The server as its own process: killed with SIGKILL mid-game and restarted on the same database,
// the game resumes with the same code, seats and state; killed while many rooms have moves in
// flight, every move it acknowledged is in the record; SIGTERM tells clients and exits cleanly.

const start = childServers();
/** Rooms played at once when the server is killed, and the pace of each player's moves (its budget is 5 a second). */
const ROOMS = 8;
const MOVE_GAP_MS = 250;

/** Some moves of every kind, chosen from each player's own view. Resolves when all views settled. */
async function playSomeMoves(players: Player[], watchers: Player[]): Promise<void> {
  const [a, b, c, d] = players;
  const roleOf = (p: Player): RoleId => p.playerView.role;
  const oneOf = (p: Player): Record<string, number> => oneCard(p.playerView);
  await a.ok('action', { action: { type: 'disclose', interestId: a.playerView.interests[0].id, to: roleOf(b) } });
  await a.ok('action', { action: { type: 'guess', target: roleOf(c), interestIds: [] } });
  await a.ok('action', { action: { type: 'proposeTrade', to: roleOf(c), give: oneOf(a), get: {} } });
  await c.until(() => c.playerView.offers.length > 0);
  await c.ok('action', { action: { type: 'acceptTrade', offerId: c.playerView.offers[0].id } });
  const hand = b.playerView.hand as Record<string, number>;
  const project = b.playerView.projects.find((pr) => Object.entries(pr.missing).some(([r, n]) => (n ?? 0) > 0 && hand[r] > 0));
  if (project) {
    const r = Object.keys(project.missing).find((k) => (project.missing as Record<string, number>)[k] > 0 && hand[k] > 0)!;
    await b.ok('action', { action: { type: 'pledge', projectId: project.id, resources: { [r]: 1 } } });
  }
  // Views of earlier moves may still be on their way: wait for the one that shows the gift.
  const settled = [...players, ...watchers].map((p) => p.next('view', (v) => v.log.some((e) => e.t === 'gift')));
  await d.ok('action', { action: { type: 'gift', to: roleOf(a), resources: oneOf(d) } });
  await Promise.all(settled);
}

describe('server process', () => {
  it('resumes a game with identical state after SIGKILL mid-game', async () => {
    const dir = tempDir('kot-crash-');
    const dbPath = path.join(dir, 'kaarten.db');
    const first = await start(dbPath);
    const { code, players, host } = await table(first, FOUR_ROLES);
    const projector = await Player.join(first.sdk(), code, { spectator: true });
    await host.host({ kind: 'advance' });
    await Promise.all(players.map((p) => p.until(() => p.view?.phase === 'overleg')));
    await playSomeMoves(players, [projector]);
    const before = players.map((p) => structuredClone(p.playerView));
    const projected = structuredClone(projector.view);
    const credentials = players.map((p) => ({ seatToken: p.welcome!.seatToken!, hostKey: p.welcome!.hostKey ?? undefined }));
    for (const p of [...players, projector]) p.room.reconnection.enabled = false;

    first.proc.kill('SIGKILL');
    expect(await first.exited).toBeNull();
    expect(first.proc.signalCode).toBe('SIGKILL');

    const second = await start(dbPath);
    expect(second.output()).toMatch(/"restored":1/);
    const back: Player[] = [];
    for (let seat = 0; seat < players.length; seat++) {
      const { seatToken, hostKey } = credentials[seat];
      const p = await Player.join(second.sdk(), code.toLowerCase(), hostKey ? { seatToken, hostKey } : { seatToken });
      await p.until(() => p.view !== null, 'view after restart');
      expect(p.welcome).toMatchObject({ code, seat, host: seat === 0 });
      back.push(p);
    }
    back.forEach((p, seat) => expect(p.playerView).toEqual(before[seat]));
    const screen = await Player.join(second.sdk(), code, { spectator: true });
    await screen.until(() => screen.view !== null);
    expect(screen.view).toEqual(projected);
    expect(back[0].info().seats.map((s) => s.name)).toEqual(players.map((_, i) => `Speler ${i + 1}`));

    // The game goes on.
    const next = back.map((p) => p.next('view'));
    await back[0].host({ kind: 'advance' });
    await Promise.all(next);
    expect(back[1].playerView.phase).toBe('uitvoering');
    await back[0].host({ kind: 'end' });
    await back[2].until(() => back[2].view?.status === 'ended');
    second.proc.kill('SIGTERM');
    expect(await second.exited).toBe(0);
    const store = new GameStore(dbPath);
    try {
      expect(store.loadRoom(code)!.status).toBe('ended');
    } finally {
      store.close();
    }
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('loses no acknowledged move when killed with moves in flight in many rooms at once', async () => {
    const dir = tempDir('kot-crash-many-');
    const dbPath = path.join(dir, 'kaarten.db');
    const first = await start(dbPath);
    const tables = await Promise.all(Array.from({ length: ROOMS }, () => table(first, ['gemeente', 'roc', 'ggd'])));
    await Promise.all(tables.map((t) => t.host.host({ kind: 'advance' })));
    // Every player keeps one move in flight, within its message budget; each acknowledged one is counted.
    const acked = new Map<Player, number>();
    let killed = false;
    const play = async (p: Player, target: RoleId): Promise<void> => {
      for (let i = 0; !killed; i++) {
        const sent = p.request('action', { action: { type: 'guess', target, interestIds: [] } }).catch(() => null);
        const [reply] = await Promise.all([sent, new Promise((r) => setTimeout(r, MOVE_GAP_MS))]);
        if (reply?.type === 'ack' && !killed) acked.set(p, (acked.get(p) ?? 0) + 1);
      }
    };
    for (const t of tables) for (const p of t.players) p.room.reconnection.enabled = false;
    const players = tables.flatMap((t) => t.players.map((p, seat) => ({ p, target: t.players[(seat + 1) % t.players.length].playerView.role })));
    const running = players.map(({ p, target }) => play(p, target));
    await waitFor(() => [...acked.values()].reduce((a, b) => a + b, 0) >= ROOMS * 3 * 6, 'moves acknowledged in every room', 20_000);
    first.proc.kill('SIGKILL');
    killed = true;
    expect(await first.exited).toBeNull();
    await Promise.all(running);

    const store = new GameStore(dbPath);
    try {
      for (const t of tables) {
        const stored = store.loadRoom(t.code)!.record!.actions;
        t.players.forEach((p, seat) => {
          const recorded = stored.filter((a) => a.actor === seat && a.action.type === 'guess').length;
          expect(recorded, `room ${t.code} seat ${seat}`).toBeGreaterThanOrEqual(acked.get(p) ?? 0);
        });
      }
    } finally {
      store.close();
    }
    expect([...acked.values()].every((n) => n > 0)).toBe(true);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('on SIGTERM tells every client, keeps the records and exits 0; the room comes back on restart', async () => {
    const dir = tempDir('kot-term-');
    const dbPath = path.join(dir, 'kaarten.db');
    const first = await start(dbPath);
    const health = await fetch(`${first.url}/healthz`).then((r) => r.json());
    expect(health).toEqual({ ok: true });
    const { code, players, host } = await table(first, ['gemeente', 'roc', 'ggd']);
    const notices = players.map((p) => p.next('notice'));
    await host.host({ kind: 'advance' });
    await Promise.all(players.map((p) => p.until(() => p.view?.phase === 'overleg')));
    const before = players.map((p) => structuredClone(p.playerView));

    first.proc.kill('SIGTERM');
    expect(await Promise.all(notices)).toEqual(players.map(() => ({ kind: 'shutdown' })));
    await Promise.all(players.map((p) => p.until(() => p.left !== null)));
    expect(players.map((p) => p.left)).toEqual(players.map(() => CLOSE_CODES.shutdown));
    expect(await first.exited).toBe(0);
    expect(first.output()).toMatch(/stopped/);

    const store = new GameStore(dbPath);
    expect(store.loadRoom(code)).toMatchObject({ status: 'playing', record: { actions: [{ actor: 'host', action: { type: 'advancePhase' } }] } });
    store.close();

    const second = await start(dbPath);
    const p = await Player.join(second.sdk(), code, { seatToken: players[1].welcome!.seatToken! });
    await p.until(() => p.view !== null);
    expect(p.playerView).toEqual(before[1]);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
