import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { GameStore } from '../../server/store/GameStore';
import { standardEdition } from '../../shared/edition/standard';
import type { Edition } from '../../shared/edition/format';
import type { PlayerView } from '../../shared/view/types';
import { childServers, FOUR_ROLES, Player, settings, table, tempDir } from './helpers';

// A room that plays an edition, over real sockets against the server in its own process: the game's
// config names the edition's hash; an unknown code is refused; killed and restarted (a fresh process
// that has never seen the edition), the room replays its record with the edition's cards; after the
// edition is changed and saved again (a new code and hash, the old one kept), the old game still
// replays identically and its debrief names the old cards.

const start = childServers();

function dalfsen(gemeente = 'Gemeente Dalfsen'): Edition {
  const e = standardEdition();
  e.name = `Editie ${gemeente}`;
  e.content.roles.find((r) => r.id === 'gemeente')!.name.nl = gemeente;
  e.content.events[0].title.nl = `${e.content.events[0].title.nl} (27 van 39)`;
  return e;
}

async function save(url: string, e: Edition): Promise<{ code: string; hash: string }> {
  const res = await fetch(`${url}/api/editions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(e) });
  expect(res.status).toBe(201);
  return res.json();
}

describe('a room plays an edition', () => {
  it('starts with the edition, refuses an unknown one, and replays with its cards after a restart and a changed edition', async () => {
    const dir = tempDir('kot-edition-');
    const dbPath = path.join(dir, 'kaarten.db');
    const first = await start(dbPath);
    const old = await save(first.url, dalfsen());

    // An unknown code: refused at start with the code in the answer; the room stays in its lobby.
    const wrong = await table(first, FOUR_ROLES, { settings: settings({ edition: 'NOPE2345' }), start: false });
    const refused = await wrong.host.refused('host', { command: { kind: 'start' } });
    expect(refused).toMatchObject({ code: 'unknown_edition', params: { edition: 'NOPE2345' } });
    expect(wrong.host.info().status).toBe('lobby');
    expect(wrong.host.info().seats).toHaveLength(4);

    const { code, players, host } = await table(first, FOUR_ROLES, { settings: settings({ edition: old.code }) });
    expect(players.map((p) => (p.view as PlayerView).edition)).toEqual(players.map(() => old.hash));
    await host.host({ kind: 'advance' });
    await Promise.all(players.map((p) => p.until(() => p.view?.phase === 'overleg')));
    const a = players[0];
    await a.ok('action', { action: { type: 'disclose', interestId: a.playerView.interests[0].id, to: 'all' } });
    await Promise.all(players.slice(1).map((p) => p.until(() => p.playerView.partners.some((x) => x.disclosed.length > 0), 'the disclosure')));
    const before = players.map((p) => structuredClone(p.playerView));
    const credentials = players.map((p) => ({ seatToken: p.welcome!.seatToken!, hostKey: p.welcome!.hostKey ?? undefined }));
    for (const p of players) p.room.reconnection.enabled = false;
    first.proc.kill('SIGKILL');
    await first.exited;

    const second = await start(dbPath);
    // The edition changes: saved again it has a new hash and code; the old code still gives the old one.
    const changed = await save(second.url, dalfsen('Gemeente Ommen'));
    expect(changed.hash).not.toBe(old.hash);
    expect(changed.code).not.toBe(old.code);
    const kept = (await fetch(`${second.url}/api/editions/${old.code}`).then((r) => r.json())) as Edition;
    expect(kept.hash).toBe(old.hash);
    const byHash = (await fetch(`${second.url}/api/editions/by-hash/${old.hash}`).then((r) => r.json())) as Edition;
    expect(byHash.content.roles.find((r) => r.id === 'gemeente')!.name.nl).toBe('Gemeente Dalfsen');
    expect((await fetch(`${second.url}/api/editions/by-hash/${'0'.repeat(64)}`)).status).toBe(404);

    const back: Player[] = [];
    for (let seat = 0; seat < players.length; seat++) {
      const p = await Player.join(second.sdk(), code, credentials[seat]);
      await p.until(() => p.view !== null, 'view after restart');
      back.push(p);
    }
    back.forEach((p, seat) => expect(p.playerView).toEqual(before[seat]));
    await back[0].host({ kind: 'end' });
    await back[0].until(() => back[0].view?.status === 'ended');

    const report = await fetch(`${second.url}/api/games/${code}/debrief`, { headers: { authorization: `Bearer ${credentials[0].hostKey}` } }).then((r) => r.json());
    expect(report.record.config.edition).toBe(old.hash);
    expect(report.agreement).toContain('Gemeente Dalfsen');
    expect(report.agreement).not.toContain('Gemeente Ommen');
    second.proc.kill('SIGTERM');
    await second.exited;

    const store = new GameStore(dbPath);
    try {
      expect(store.loadRoom(code)!.record!.config.edition).toBe(old.hash);
    } finally {
      store.close();
    }
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
