import { describe, expect, it } from 'vitest';
import { applyAction, createGame, defaultConfig, replay } from '../../shared/rules';
import { playerView, projectorView } from '../../shared/view';
import type { RoleId } from '../../shared/model/ids';

// The training day's second game: every interest on the table for everyone from the start.

const ROLES: RoleId[] = ['bibliotheek', 'gemeente', 'uwv', 'welzijn'];

describe('cards on the table', () => {
  it('shows every partner every interest from the first phase, and the projector too', () => {
    const s = createGame(defaultConfig(ROLES, { openInterests: true }), 7);
    for (let seat = 0; seat < ROLES.length; seat++) {
      const v = playerView(s, seat);
      expect(v.interests.every((i) => i.disclosedTo === 'all')).toBe(true);
      for (const p of v.partners) expect(p.disclosed.map((d) => d.interestId).sort()).toEqual([...s.partners[p.role]!.interests].sort());
    }
    const wall = projectorView(s);
    expect(wall.partners.every((p) => p.disclosed.length === s.config.interestsPerSeat)).toBe(true);
    // Nothing more to show: disclosing again is refused as already done.
    const r = applyAction(s, 'host', { type: 'advancePhase' });
    const at = r.ok ? r.state : s;
    const again = applyAction(at, 0, { type: 'disclose', interestId: s.partners.bibliotheek!.interests[0], to: 'all' });
    expect(again.ok).toBe(false);
  });

  it('is the same game with the cards face down otherwise, and replays from its record', () => {
    const closed = createGame(defaultConfig(ROLES), 7);
    const open = createGame(defaultConfig(ROLES, { openInterests: true }), 7);
    expect(open.partners).toEqual(closed.partners);
    expect(open.projects).toEqual(closed.projects);
    expect(closed.disclosures).toEqual([]);
    expect(playerView(closed, 1).partners.every((p) => p.disclosed.length === 0)).toBe(true);
    expect(replay({ config: open.config, seed: 7, actions: [] })).toEqual(open);
  });
});
