import { editable } from '../helpers/editable';
import { describe, expect, it } from 'vitest';
import { projectCard } from '../../shared/content';
import { total } from '../../shared/model/bag';
import { RESOURCES, type Bag, type RoleId } from '../../shared/model/ids';
import {
  CARRY_OVER,
  HELD_PER_VIEW,
  inViewNow,
  PERSONAS_BY_SEATS,
  RESULTS_PER_SUPPORT,
  SIGHT_BY_SEATS,
  type GameState,
} from '../../shared/rules';
import { playerView, projectorView } from '../../shared/view';
import { advance, FOUR, inOverleg, must, withHands } from '../helpers/scenario';

// The rules that make acting early pay and waiting cost (docs/RULES.en.md "Balance"): a new year
// lapses what a partner did not use, people in view who are not reached are missed, people held
// bring more into view, and results make draagvlak.

/** Every need of `projectId` pledged, spread over the first `minPartners` seats. */
function fullyPledged(s0: GameState, projectId: string): GameState {
  const card = projectCard(projectId);
  const cards = RESOURCES.flatMap((r) => Array<typeof r>(card.needs[r] ?? 0).fill(r));
  const shares: Bag[] = Array.from({ length: card.minPartners }, () => ({}));
  cards.forEach((r, i) => (shares[i % card.minPartners][r] = (shares[i % card.minPartners][r] ?? 0) + 1));
  let s = withHands(s0, Object.fromEntries(shares.map((b, seat) => [s0.seats[seat], b])) as Partial<Record<RoleId, Bag>>);
  shares.forEach((b, seat) => (s = must(s, seat, { type: 'pledge', projectId, resources: b })));
  return s;
}

describe('a new year', () => {
  it(`lets a partner carry at most ${CARRY_OVER} cards in hand; the kinds it holds least of lapse first, and the log says so`, () => {
    let s = withHands(inOverleg(), { gemeente: { budget: 3, draagvlak: 2, cijfers: 1 }, uwv: { bereik: 1 } });
    s = advance(s, 3);
    expect([s.round, s.phase]).toEqual([2, 'gebeurtenis']);
    const lapsed = s.log.filter((e) => e.t === 'lapsed' && e.round === 2);
    expect(lapsed).toContainEqual(expect.objectContaining({ role: 'gemeente', resources: { cijfers: 1, draagvlak: 2 } }));
    // A partner with no more than it may carry loses nothing.
    expect(lapsed.some((e) => e.t === 'lapsed' && e.role === 'uwv')).toBe(false);
  });

  it('keeps what is pledged to a project', () => {
    const projectId = inOverleg().projects.table[0];
    let s = withHands(inOverleg(), { bibliotheek: { budget: 5, expertise: 1 } });
    const r = RESOURCES.find((x) => (projectCard(projectId).needs[x] ?? 0) > 0)!;
    s = withHands(s, { bibliotheek: { [r]: 1, budget: 5 } });
    s = must(s, 0, { type: 'pledge', projectId, resources: { [r]: 1 } });
    s = advance(s, 3);
    if (s.projects.table.includes(projectId)) expect(s.pledges[projectId].bibliotheek).toEqual({ [r]: 1 });
    expect(s.round).toBe(2);
  });
});

describe('people in view', () => {
  it('are missed when no project reaches them this round, and leave the deck for good', () => {
    const s0 = inOverleg();
    expect(s0.personaDeck).toHaveLength(PERSONAS_BY_SEATS[4]);
    const inView = inViewNow(s0);
    expect(inView).toBe(SIGHT_BY_SEATS[4] + Object.values(s0.modifiers.bonusReach).reduce((n, b) => n + (b ?? 0), 0));
    const s = advance(s0);
    const missed = s.log.find((e) => e.t === 'missed');
    expect(missed).toEqual(expect.objectContaining({ personaIds: s0.personaDeck.slice(0, inView) }));
    expect(s.personaDeck).toEqual(s0.personaDeck.slice(inView));
    for (const id of s0.personaDeck.slice(0, inView)) expect(s.personas[id].status).toBe('waiting');
  });

  it('cap what projects reach: a project reaches no more than are in view, and nobody in view is missed then', () => {
    const s0 = inOverleg(FOUR, 7);
    const big = s0.projects.table.find((id) => projectCard(id).reach > inViewNow(s0)) ?? s0.projects.table[0];
    const s = advance(fullyPledged(s0, big));
    const done = s.projects.completed.find((c) => c.id === big)!;
    expect(done.personas.length).toBe(Math.min(projectCard(big).reach, inViewNow(s0)));
    if (projectCard(big).reach >= inViewNow(s0)) expect(s.log.some((e) => e.t === 'missed')).toBe(false);
  });

  it("are in every view, the projector's too, so the table can plan for them", () => {
    const s = inOverleg();
    expect(playerView(s, 0).inView).toBe(inViewNow(s));
    expect(projectorView(s).inView).toBe(inViewNow(s));
  });

  it(`grow by one for every ${HELD_PER_VIEW} people the table holds`, () => {
    const s0 = inOverleg();
    const held = editable(s0);
    const ids = Object.keys(held.personas).slice(0, 2 * HELD_PER_VIEW);
    for (const id of ids) held.personas[id] = { ...held.personas[id], status: 'held', reachedRound: 1, reachedBy: 'p-x' };
    expect(inViewNow(held)).toBe(inViewNow(s0) + 2);
  });
});

describe('receiving means help', () => {
  const met = (s: GameState) => Math.max(0, (s.partners.gemeente!.helped.bereik ?? 0) - (s.partners.gemeente!.gifted.bereik ?? 0));

  it('a gift counts; a gift back takes it off again', () => {
    let s = withHands(inOverleg(), { uwv: { bereik: 2 }, gemeente: { budget: 1 } });
    s = must(s, 2, { type: 'gift', to: 'gemeente', resources: { bereik: 1 } });
    expect(met(s)).toBe(1);
    s = must(s, 1, { type: 'gift', to: 'uwv', resources: { bereik: 1 } });
    expect(met(s)).toBe(0);
  });

  it('an even swap is no help; a trade counts what it brought beyond its price', () => {
    let s = withHands(inOverleg(), { uwv: { bereik: 4 }, gemeente: { budget: 3 } });
    s = must(s, 1, { type: 'proposeTrade', to: 'uwv', give: { budget: 1 }, get: { bereik: 1 } });
    s = must(s, 2, { type: 'acceptTrade', offerId: s.offers[0].id });
    expect(s.partners.gemeente!.received.bereik).toBe(1);
    expect(met(s)).toBe(0);
    s = must(s, 1, { type: 'proposeTrade', to: 'uwv', give: { budget: 1 }, get: { bereik: 3 } });
    s = must(s, 2, { type: 'acceptTrade', offerId: s.offers[0].id });
    expect(met(s)).toBe(2);
    expect(s.partners.uwv!.helped).toEqual({});
  });
});

describe('results make draagvlak', () => {
  const EIGHT: RoleId[] = ['bibliotheek', 'gemeente', 'uwv', 'welzijn', 'roc', 'ggd', 'werkgever', 'schuldhulp'];

  it.each([
    [4, FOUR],
    [8, EIGHT],
  ] as const)('at %i seats: every project that reaches people (every second one at small tables) gives one Draagvlak to the partner who put in the most', (seats, roles) => {
    let s = inOverleg(roles.slice(), 11);
    const [first, second] = s.projects.table.filter((id) => projectCard(id).minPartners <= 3);
    const d = editable(fullyPledged(fullyPledged(s, first), second));
    // Two held people bring one more into view, so both projects reach someone.
    for (const id of d.personaDeck.slice(-2 * HELD_PER_VIEW)) d.personas[id] = { ...d.personas[id], status: 'held', reachedRound: 1, reachedBy: 'p-x' };
    d.personaDeck = d.personaDeck.slice(0, -2 * HELD_PER_VIEW);
    s = d;
    const before = s.partners;
    s = advance(s);
    const reaching = s.projects.completed.filter((c) => c.personas.length > 0);
    expect(reaching).toHaveLength(2);
    const support = s.log.filter((e) => e.t === 'support');
    expect(support).toHaveLength(2 / RESULTS_PER_SUPPORT[seats]);
    for (const e of support) {
      if (e.t !== 'support') continue;
      const c = s.projects.completed.find((p) => p.id === e.projectId)!;
      const most = Math.max(...Object.values(c.contributions).map((b) => total(b!)));
      expect(total(c.contributions[e.role]!)).toBe(most);
      const got = support.filter((x) => x.t === 'support' && x.role === e.role).length;
      expect(s.partners[e.role]!.hand.draagvlak ?? 0).toBe((before[e.role]!.hand.draagvlak ?? 0) + got);
    }
  });
});
