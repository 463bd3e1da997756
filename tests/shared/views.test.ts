import { describe, expect, it } from 'vitest';
import { interestDeck } from '../../shared/content';
import { playerView, projectorView } from '../../shared/view';
import { inOverleg, must, withHands } from '../helpers/scenario';

// What each seat and the projector may see. Seats: 0 bibliotheek, 1 gemeente, 2 uwv, 3 welzijn.

const table = () => withHands(inOverleg(), { bibliotheek: { locatie: 2 }, gemeente: { budget: 2 }, uwv: { bereik: 1 } });

describe('views', () => {
  it('show my own hand and interests, and only counts of other hands', () => {
    const s = table();
    const v = playerView(s, 0);
    expect(v.hand).toEqual({ locatie: 2 });
    expect(v.interests.map((i) => i.id)).toEqual(s.partners.bibliotheek!.interests);
    expect(v.partners.find((p) => p.role === 'gemeente')).toMatchObject({ handCount: 2, disclosed: [] });
    expect(JSON.stringify(v)).not.toContain('"budget":2');
  });

  it('show an interest put on the table for one partner to that partner only', () => {
    const secret = table().partners.bibliotheek!.interests[0];
    const s = must(table(), 0, { type: 'disclose', interestId: secret, to: 'uwv' });
    expect(playerView(s, 2).partners.find((p) => p.role === 'bibliotheek')!.disclosed).toEqual([{ interestId: secret, to: 'you' }]);
    expect(JSON.stringify(playerView(s, 1))).not.toContain(secret);
    expect(JSON.stringify(playerView(s, 3))).not.toContain(secret);
    expect(JSON.stringify(projectorView(s))).not.toContain(secret);
    expect(playerView(s, 0).interests[0].disclosedTo).toEqual(['uwv']);
  });

  it('show an interest put on the table for all to everyone, the projector too', () => {
    const secret = table().partners.bibliotheek!.interests[1];
    const s = must(table(), 0, { type: 'disclose', interestId: secret, to: 'all' });
    for (const seat of [1, 2, 3]) expect(playerView(s, seat).partners[0].disclosed).toEqual([{ interestId: secret, to: 'all' }]);
    expect(projectorView(s).partners[0].disclosed).toEqual([{ interestId: secret, to: 'all' }]);
  });

  it('show a private offer to its two partners only; a trade’s contents stay between them', () => {
    let s = must(table(), 0, { type: 'proposeTrade', to: 'gemeente', give: { locatie: 1 }, get: { budget: 1 } });
    expect(playerView(s, 1).offers).toHaveLength(1);
    expect(playerView(s, 0).offers).toHaveLength(1);
    expect(playerView(s, 2).offers).toEqual([]);
    expect(JSON.stringify(playerView(s, 2))).not.toContain('"o1"');
    expect(JSON.stringify(projectorView(s))).not.toContain('"o1"');
    s = must(s, 1, { type: 'acceptTrade', offerId: 'o1' });
    const seen = playerView(s, 3).log.filter((e) => e.t === 'trade');
    expect(seen).toEqual([expect.objectContaining({ from: 'bibliotheek', to: 'gemeente', give: {}, get: {} })]);
    expect(playerView(s, 1).log.filter((e) => e.t === 'trade')).toEqual([expect.objectContaining({ give: { locatie: 1 }, get: { budget: 1 } })]);
  });

  it('keep guesses private to the seat that made them', () => {
    const guess = interestDeck('gemeente')[2].id;
    const s = must(table(), 0, { type: 'guess', target: 'gemeente', interestIds: [guess] });
    expect(playerView(s, 0).guesses).toEqual({ gemeente: [guess] });
    for (const seat of [1, 2, 3]) {
      expect(playerView(s, seat).guesses).toEqual({});
      expect(playerView(s, seat).log.some((e) => e.t === 'guess')).toBe(false);
    }
    expect(projectorView(s).log.some((e) => e.t === 'guess')).toBe(false);
  });

  it('reveal everything once the game has ended: all interests and all guesses', () => {
    const guess = interestDeck('uwv')[0].id;
    let s = must(table(), 3, { type: 'guess', target: 'uwv', interestIds: [guess] });
    s = must(s, 'host', { type: 'endGame' });
    const v = projectorView(s);
    expect(v.result).not.toBeNull();
    expect(v.reveal!.interests.gemeente).toEqual(s.partners.gemeente!.interests);
    expect(v.reveal!.guesses[3]).toEqual({ uwv: [guess] });
  });

  it('tell whether my interests are met as the game stands', () => {
    const s = table();
    const v = playerView(s, 0);
    for (const i of v.interests) expect(typeof i.met).toBe('boolean');
  });

  it('give the Terugblik its reflection question, and no other phase', () => {
    let s = table();
    expect(playerView(s, 0).reflection).toBeNull();
    s = must(must(s, 'host', { type: 'advancePhase' }), 'host', { type: 'advancePhase' });
    expect(s.phase).toBe('terugblik');
    expect(playerView(s, 0).reflection).toBe(s.reflections[0]);
  });
});
