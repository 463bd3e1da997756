import { allowed } from '../helpers/allowed';
import { describe, expect, it } from 'vitest';
import { CONTENT } from '../../shared/content';
import { type Action, type GameState } from '../../shared/rules';
import type { RoleId } from '../../shared/model/ids';
import { projectorView } from '../../shared/view';
import { roleName } from '../../client/src/model/cards';
import { feedLines, movesBetween } from '../../client/src/projector/model/feed';
import { labelsOf, projectorModel } from '../../client/src/projector/model/screen';
import { networkModel } from '../../client/src/projector/model/network';
import { personaMoves } from '../../client/src/projector/model/track-moves';
import { clockLabel } from '../../client/src/projector/model/play';
import type { EndModel, LobbyModel, PlayModel, ProjectorInput, ProjectorModel } from '../../client/src/projector/model/types';
import { randomGame } from '../helpers/random-game';
import { act, advance, game, roomInfo, seats } from './fixtures';

// The projector's model, built from real games: what the room would see on the wall.

const ROLES6: RoleId[] = ['bibliotheek', 'gemeente', 'welzijn', 'uwv', 'vrijwilligers', 'schuldhulp'];
const NAMES6 = ['Anna', 'Bram', 'Chris', 'Dewi', 'Eva', 'Fatima'];
const JOIN = 'https://spel.example.nl/?room=ABC234';

function input(s: GameState | null, over: Partial<ProjectorInput> = {}, roles = ROLES6): ProjectorInput {
  const status = !s ? 'lobby' : s.status;
  return {
    info: roomInfo({ status, seats: seats(roles, NAMES6) }),
    view: s ? projectorView(s) : null,
    joinUrl: JOIN,
    locale: 'nl',
    serverNow: () => 1_000_000,
    ...over,
  };
}

function play(m: ProjectorModel): PlayModel {
  if (m.state !== 'play') throw new Error(`expected play, got ${m.state}`);
  return m.play;
}
function lobby(m: ProjectorModel): LobbyModel {
  if (m.state !== 'lobby') throw new Error(`expected lobby, got ${m.state}`);
  return m.lobby;
}
function end(m: ProjectorModel): EndModel {
  if (m.state !== 'end' || m.end.screen !== 'result') throw new Error(`expected the result, got ${m.state}`);
  return m.end.result;
}

/** The first legal action of a type for a seat (the engine says what is possible). */
function first(s: GameState, seat: number, type: Action['type'], pick: (a: Action) => boolean = () => true): Action {
  const a = allowed(s, seat).find((x) => x.type === type && pick(x));
  if (!a) throw new Error(`no legal ${type} for seat ${seat}`);
  return a;
}

const overleg = (roles = ROLES6): GameState => advance(game(roles, 7, 4));
const filled = (p: PlayModel, id: string) => p.projects.find((q) => q.id === id)!.slots.filter((s) => s.by).length;

/** A running game in which people have been reached (so the track has someone on it). */
function midGame(): GameState {
  for (let seed = 1; seed < 40; seed++) {
    let found: GameState | null = null;
    randomGame(seed, {
      seats: 6,
      onStep: ({ after }) => {
        if (!found && after.status === 'playing' && Object.values(after.personas).some((p) => p.status === 'reached' || p.status === 'held')) found = after;
      },
    });
    if (found) return found;
  }
  throw new Error('no persona reached in the sample games');
}

describe('projector lobby', () => {
  const info = roomInfo({
    seats: [
      { seat: 0, name: 'Anna', role: 'bibliotheek', connected: true, away: false, bot: '' },
      { seat: 1, name: 'Bram', role: '', connected: false, away: false, bot: '' },
    ],
    settings: JSON.stringify({ rounds: 2, timers: { gebeurtenis: null, overleg: null, uitvoering: null, terugblik: null }, roleSwap: false, roles: ['bibliotheek', 'gemeente', 'welzijn', 'uwv'], anonymousReflections: false, bots: [{ role: 'uwv', personality: 'verbinder' }] }),
  });
  const m = lobby(projectorModel({ info, view: null, joinUrl: JOIN, locale: 'nl', serverNow: () => 0 }));

  it('shows the code huge, the address to type and a square QR of the join link', () => {
    expect(m.code.text).toBe('ABC234');
    expect(m.code.size).toBeGreaterThanOrEqual(120);
    expect(m.url.text).toBe('spel.example.nl');
    expect(m.qr.w).toBe(m.qr.h);
    expect(m.qr.w).toBeGreaterThanOrEqual(360);
    expect(m.qr.rows.length).toBeGreaterThanOrEqual(21);
    expect(m.qr.rows.every((r) => r.length === m.qr.rows.length && /^[01]+$/.test(r))).toBe(true);
  });

  it('lists who joined as which role, who is still choosing, and who is away', () => {
    expect(m.seats.map((s) => [s.name.text, s.role.text])).toEqual([
      ['Anna', 'Bibliotheek'],
      ['Bram', 'kiest nog'],
    ]);
    expect(m.seats[1].offline?.text).toBe('weg');
  });

  it('shows the roles still open, the ones bots will play marked as bot', () => {
    expect(m.open.map((o) => [o.role, o.bot])).toEqual([
      ['gemeente', false],
      ['welzijn', false],
      ['uwv', true],
    ]);
    expect(m.open[2].label.text).toContain('bot');
  });
});

describe('projector table', () => {
  it('seats every partner at the table with its role and player name', () => {
    const p = play(projectorModel(input(overleg())));
    expect(p.partners.map((q) => q.role).sort()).toEqual([...ROLES6].sort());
    for (const [i, role] of ROLES6.entries()) {
      const node = p.partners.find((q) => q.role === role)!;
      expect(roleName(role, 'nl')).toContain(node.name.text);
      // A partner name of two lines puts player and hand on one line ("Eva · 5 kaarten").
      if (node.compact) expect(node.player.text).toMatch(new RegExp(`^${NAMES6[i]} · \\d+ kaarten$`));
      else {
        expect(node.player.text).toBe(NAMES6[i]);
        expect(node.hand.text).toMatch(/^\d+ kaarten$/);
      }
    }
  });

  it('fills a project as a pledge arrives, in the colour of the partner who pledged', () => {
    const before = overleg();
    const pledge = first(before, 0, 'pledge') as Extract<Action, { type: 'pledge' }>;
    const after = act(before, 0, pledge);
    const a = play(projectorModel(input(before)));
    const b = play(projectorModel(input(after)));
    const amount = Object.values(pledge.resources).reduce((n, k) => n + (k ?? 0), 0);
    expect(filled(b, pledge.projectId)).toBe(filled(a, pledge.projectId) + amount);
    const box = b.projects.find((q) => q.id === pledge.projectId)!;
    expect(box.slots.filter((s) => s.by === ROLES6[0])).toHaveLength(amount);
    expect(box.pledgers.map((q) => q.role)).toContain(ROLES6[0]);
    expect(movesBetween(projectorView(before).log, projectorView(after).log)).toEqual([
      { kind: 'card', from: { partner: ROLES6[0] }, to: { project: pledge.projectId }, resource: Object.keys(pledge.resources)[0], count: amount },
    ]);
  });

  it('shows a gift in the feed and flies it from giver to receiver', () => {
    const before = overleg();
    const gift = first(before, 1, 'gift') as Extract<Action, { type: 'gift' }>;
    const after = act(before, 1, gift);
    const p = play(projectorModel(input(after)));
    expect(p.feed.lines[0].text).toMatch(/^Gemeente geeft \d .+ aan /);
    const [move] = movesBetween(projectorView(before).log, projectorView(after).log);
    expect(move).toMatchObject({ kind: 'card', from: { partner: 'gemeente' }, to: { partner: gift.to } });
  });

  it('shows that two partners traded, but not what', () => {
    const s0 = overleg();
    // An offer the other partner can take (they hold what is asked).
    const offer = allowed(s0, 0)
      .filter((a): a is Extract<Action, { type: 'proposeTrade' }> => a.type === 'proposeTrade')
      .find((a) => allowed(act(s0, 0, a), ROLES6.indexOf(a.to)).some((x) => x.type === 'acceptTrade'))!;
    const s1 = act(s0, 0, offer);
    const to = ROLES6.indexOf(offer.to);
    const s2 = act(s1, to, first(s1, to, 'acceptTrade'));
    const moves = movesBetween(projectorView(s1).log, projectorView(s2).log);
    expect(moves).toEqual([
      { kind: 'card', from: { partner: 'bibliotheek' }, to: { partner: offer.to }, resource: null, count: 1 },
      { kind: 'card', from: { partner: offer.to }, to: { partner: 'bibliotheek' }, resource: null, count: 1 },
    ]);
    expect(feedLines(projectorView(s2).log, 'nl', 1)[0]).toMatch(/^Bibliotheek en .+ ruilen kaarten$/);
  });

  it('never holds a secret while playing: no interest id or text, even of a card put on the table', () => {
    const before = overleg();
    const shown = first(before, 2, 'disclose', (a) => a.type === 'disclose' && a.to === 'all') as Extract<Action, { type: 'disclose' }>;
    let s = act(before, 2, shown);
    s = act(s, 0, first(s, 0, 'guess'));
    const p = play(projectorModel(input(s)));
    expect(p.partners.find((q) => q.role === 'welzijn')!.openCards).toBe(1);
    expect(p.feed.lines.map((l) => l.text)).toContain('Welzijn legt een belang open op tafel');
    const everything = JSON.stringify(p);
    for (const card of CONTENT.interests) {
      expect(everything).not.toContain(card.id);
      expect(everything).not.toContain(card.title.nl);
    }
  });

  it('puts everyone on board on the track, by name, and counts who dropped out', () => {
    const s = midGame();
    const view = projectorView(s);
    const p = play(projectorModel(input(s, { info: roomInfo({ status: 'playing', seats: seats(s.seats.slice(), NAMES6) }) }, s.seats.slice())));
    const aboard = view.personas.filter((q) => q.status === 'reached' || q.status === 'held').map((q) => q.id);
    expect(aboard.length).toBeGreaterThan(0);
    expect(p.track.tokens.map((t) => t.id).sort()).toEqual(aboard.sort());
    expect(p.track.slots.filter((x) => x.goal)).toHaveLength(view.target);
    expect(p.track.title.text).toBe(`Aan boord: ${view.onBoard} / doel ${view.target}`);
  });

  it('tells the round, the phase and the clock', () => {
    const p = play(projectorModel(input(overleg())));
    expect(p.round.text).toBe('Ronde 1 van 4');
    expect(p.phases.map((x) => [x.label.text, x.current])).toEqual([
      ['Gebeurtenis', false],
      ['Overleg', true],
      ['Uitvoering', false],
      ['Terugblik', false],
    ]);
    const clock = { phaseEndsAt: 0, paused: false, pausedRemainingMs: 0 };
    expect(clockLabel(clock, 0, 'nl').text).toBe('geen klok');
    expect(clockLabel({ ...clock, paused: true }, 0, 'nl').text).toBe('gepauzeerd');
    expect(clockLabel({ ...clock, phaseEndsAt: 95_000 }, 0, 'nl')).toMatchObject({ text: '1:35', urgent: false });
    expect(clockLabel({ ...clock, phaseEndsAt: 20_000 }, 0, 'en').urgent).toBe(true);
  });

  it('speaks English when asked', () => {
    const p = play(projectorModel(input(overleg(), { locale: 'en' })));
    expect(p.phases.map((x) => x.label.text)).toEqual(['Event', 'Negotiation', 'Execution', 'Review']);
    expect(p.round.text).toBe('Round 1 of 4');
  });

  it('draws the network from the public log, weighted, inside its panel', () => {
    const s0 = overleg();
    const gift = first(s0, 1, 'gift') as Extract<Action, { type: 'gift' }>;
    const s1 = act(s0, 1, gift);
    const box = { x: 1310, y: 316, w: 580, h: 484 };
    const net = networkModel(s1.seats, projectorView(s1).log, box, 'Samenwerking', 'nl');
    expect(net.nodes.map((n) => n.role)).toEqual(s1.seats);
    expect(net.edges).toEqual([expect.objectContaining({ weight: 1 })]);
    expect([net.edges[0].a, net.edges[0].b].sort()).toEqual(['gemeente', gift.to].sort());
    for (const n of net.nodes) {
      expect(n.x - n.r).toBeGreaterThanOrEqual(box.x);
      expect(n.x + n.r).toBeLessThanOrEqual(box.x + box.w);
      expect(n.y - n.r).toBeGreaterThanOrEqual(box.y);
      expect(n.y + n.r).toBeLessThanOrEqual(box.y + box.h);
    }
    expect(networkModel(s1.seats, projectorView(s1).log, box, 'x', 'nl').nodes).toEqual(net.nodes);
  });
});

describe('projector end', () => {
  const { state } = randomGame(3, { seats: 6 });
  const e = end(projectorModel(input(state, { info: roomInfo({ status: 'ended', seats: seats(state.seats.slice(), NAMES6) }) }, state.seats.slice())));

  it('says whether the team made it, with who is on board against the goal', () => {
    const r = state.result!;
    expect(e.won).toBe(r.won);
    expect(e.headline.text).toBe(r.won ? 'Gelukt! Het doel is gehaald' : 'Het doel is niet gehaald');
    expect(e.score.text).toBe(`${r.onBoard} van de ${r.target} inwoners aan boord`);
    expect(e.projects.text).toBe(`${state.projects.completed.length} projecten gelukt`);
    expect(e.network.nodes).toHaveLength(state.seats.length);
    expect(e.debrief.text).toMatch(/nabespreking/);
  });
});

describe('projector readability', () => {
  it('has no text under 28 px on any screen, and a message while it connects', () => {
    const screens: ProjectorModel[] = [
      projectorModel(input(null)),
      projectorModel(input(midGame(), { info: roomInfo({ status: 'playing', seats: seats(ROLES6, NAMES6) }) })),
      projectorModel(input(randomGame(3, { seats: 8 }).state, { info: roomInfo({ status: 'ended' }) })),
      projectorModel({ ...input(null), info: { ...roomInfo(), code: '', status: 'playing' } }),
    ];
    expect(screens.map((m) => m.state)).toEqual(['lobby', 'play', 'end', 'connecting']);
    for (const m of screens) {
      const labels = labelsOf(m);
      expect(labels.length).toBeGreaterThan(0);
      expect(Math.min(...labels.map((l) => l.size))).toBeGreaterThanOrEqual(28);
    }
  });
});

describe('persona moves', () => {
  it('boards the newly reached and drops the ones who left the track', () => {
    const track = (ids: string[]) => ({
      x: 0, y: 0, w: 100, h: 100,
      title: { text: '', size: 28 },
      slots: [],
      dropped: { text: '', size: 28 },
      tokens: ids.map((id, i) => ({ id, name: { text: id, size: 28 }, x: i * 10, y: 0, w: 10, h: 10, held: false })),
    });
    expect(personaMoves(track(['a', 'b']), track(['a', 'c']))).toEqual({ boarded: ['c'], dropped: [{ id: 'b', name: 'b', at: { x: 15, y: 5 } }] });
    expect(personaMoves(null, track(['a']))).toEqual({ boarded: [], dropped: [] });
  });
});
