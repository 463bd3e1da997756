import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { interestDeck } from '../../shared/content';
import type { RoleId } from '../../shared/model/ids';
import { bytesContain, FOUR_ROLES, oneCard, Player, startTestServer, table, type TestServer } from './helpers';

// The secret-leak test. Seat 0 (bibliotheek) puts one interest on the table for uwv only, keeps
// the other to itself, makes uwv a private offer and guesses uwv's interests. Everything the
// other clients receive (every raw frame: messages and state patches) is recorded and searched.

let srv: TestServer;
beforeAll(async () => {
  srv = await startTestServer();
});
afterAll(async () => {
  await srv?.stop();
});

const between = (a: RoleId, b: RoleId, x: { from: RoleId; to: RoleId }): boolean =>
  (x.from === a && x.to === b) || (x.from === b && x.to === a);

describe('secrets', () => {
  it('never sends a seat’s undisclosed interests, guesses or private offers to anyone else', async () => {
    const { code, players, host } = await table(srv, FOUR_ROLES);
    const [owner, observer, partner] = players;
    const projector = await Player.join(srv.sdk(), code, { spectator: true });
    const room = srv.room(code);
    const game = () => room.table.game!;

    const [shownToPartner, keptSecret] = game().partners.bibliotheek!.interests;
    const guessed = interestDeck('uwv')
      .map((i) => i.id)
      .filter((id) => !game().partners.uwv!.interests.includes(id))
      .slice(0, 2);
    expect(guessed.length).toBe(2);

    await host.host({ kind: 'advance' });
    expect(game().phase).toBe('overleg');
    await owner.ok('action', { action: { type: 'disclose', interestId: shownToPartner, to: 'uwv' } });
    await owner.ok('action', { action: { type: 'guess', target: 'uwv', interestIds: guessed } });
    await owner.until(() => owner.view?.phase === 'overleg');
    const give = oneCard(owner.playerView);
    await owner.ok('action', { action: { type: 'proposeTrade', to: 'uwv', give, get: {} } });
    // The id as the partner's own view shows it (the engine's o1, o2, … are not accepted from clients).
    await partner.until(() => partner.view?.kind === 'player' && partner.playerView.offers.length === 1, 'the offer arrives');
    const offerId = partner.playerView.offers[0].id;
    await partner.ok('action', { action: { type: 'declineTrade', offerId } });
    await owner.ok('action', { action: { type: 'proposeTrade', to: 'uwv', give, get: {} } });
    // Play on through a whole round so many views and patches pass by.
    for (let i = 0; i < 4; i++) await host.host({ kind: 'advance' });
    expect(game()).toMatchObject({ round: 2, phase: 'overleg', status: 'playing' });
    await Promise.all([observer, projector].map((p) => p.until(() => p.view?.round === 2 && p.view.phase === 'overleg')));

    for (const watcher of [observer, projector, players[3]]) {
      expect(watcher.raw.length).toBeGreaterThan(5);
      for (const secret of [shownToPartner, keptSecret, ...guessed]) {
        const leaked = watcher.raw.filter((bytes) => bytesContain(bytes, secret));
        expect(leaked.length, `${secret} reached ${watcher.welcome!.spectator ? 'the projector' : `seat ${watcher.welcome!.seat}`}`).toBe(0);
      }
      for (const v of watcher.views) {
        expect(v.kind === 'player' ? v.offers : []).toEqual([]);
        for (const e of v.log) {
          if (e.t === 'offer') expect(between('bibliotheek', 'uwv', e.offer)).toBe(false);
          if (e.t === 'offerClosed') expect(between('bibliotheek', 'uwv', e)).toBe(false);
          if (e.t === 'guess') expect(e.seat).not.toBe(0);
          if (e.t === 'disclose') expect(e.role).not.toBe('bibliotheek');
        }
      }
      // The public room state carries names and seats only.
      for (const info of watcher.states) expect(JSON.stringify(info)).not.toMatch(/i-bibliotheek|i-uwv/);
    }

    // The search works: the same frames do reach those entitled to them.
    expect(partner.raw.some((b) => bytesContain(b, shownToPartner))).toBe(true);
    expect(partner.raw.some((b) => bytesContain(b, keptSecret))).toBe(false);
    expect(owner.raw.some((b) => bytesContain(b, keptSecret))).toBe(true);
    expect(owner.raw.some((b) => bytesContain(b, guessed[0]))).toBe(true);
    const partnerLog = partner.playerView.log;
    expect(partnerLog.some((e) => e.t === 'offer' && e.offer.from === 'bibliotheek')).toBe(true);
  });
});
