import { editable } from '../helpers/editable';
import { describe, expect, it } from 'vitest';
import { applyAction, type Action, type Actor, type ErrorCode, type GameState } from '../../shared/rules';
import { projectCard, interestDeck } from '../../shared/content';
import { advance, FOUR, inOverleg, must, newGame, withHands } from '../helpers/scenario';

// Table-driven: for each action kind, the legal cases and every illegal case with its error code.
// Seats: 0 bibliotheek, 1 gemeente, 2 uwv, 3 welzijn.

interface Case {
  name: string;
  state: () => GameState;
  actor: Actor;
  action: Action | ((s: GameState) => Action);
  expect: 'ok' | ErrorCode;
  then?: (after: GameState, before: GameState) => void;
  /** Parameters the refusal must carry. */
  params?: Record<string, string | number>;
}

const base = () =>
  withHands(inOverleg(), {
    bibliotheek: { locatie: 2, vrijwilligers: 2 },
    gemeente: { budget: 3, draagvlak: 2 },
    uwv: { bereik: 2, cijfers: 1 },
    welzijn: { bereik: 1 },
  });

/** base() with an open offer o1: bibliotheek gives 1 locatie to gemeente for 1 budget. */
const withOffer = () => must(base(), 0, { type: 'proposeTrade', to: 'gemeente', give: { locatie: 1 }, get: { budget: 1 } });

const firstProject = (s: GameState) => s.projects.table[0];

function run(cases: Case[]) {
  for (const c of cases) {
    it(`${c.name} → ${c.expect}`, () => {
      const before = c.state();
      const snapshot = JSON.stringify(before);
      const action = typeof c.action === 'function' ? c.action(before) : c.action;
      const r = applyAction(before, c.actor, action);
      if (c.expect === 'ok') {
        if (!r.ok) throw new Error(`refused: ${r.error.code}`);
        c.then?.(r.state, before);
      } else {
        expect(r.ok).toBe(false);
        if (!r.ok) expect(r.error.code).toBe(c.expect);
        if (!r.ok && c.params) expect(r.error.params).toMatchObject(c.params);
      }
      expect(JSON.stringify(before)).toBe(snapshot); // the input is never changed
    });
  }
}

describe('proposeTrade', () =>
  run([
    { name: 'offer resources for resources', state: base, actor: 0, action: { type: 'proposeTrade', to: 'gemeente', give: { locatie: 1 }, get: { budget: 1 } }, expect: 'ok',
      then: (s) => { expect(s.offers).toHaveLength(1); expect(s.offers[0]).toMatchObject({ from: 'bibliotheek', to: 'gemeente' }); expect(s.partners.bibliotheek!.hand.locatie).toBe(2); } },
    { name: 'ask without giving', state: base, actor: 0, action: { type: 'proposeTrade', to: 'gemeente', give: {}, get: { budget: 1 } }, expect: 'ok' },
    { name: 'outside Overleg', state: () => newGame(), actor: 0, action: { type: 'proposeTrade', to: 'gemeente', give: { locatie: 1 }, get: {} }, expect: 'wrong_phase' },
    { name: 'to yourself', state: base, actor: 0, action: { type: 'proposeTrade', to: 'bibliotheek', give: { locatie: 1 }, get: {} }, expect: 'self_target' },
    { name: 'to a role not in the game', state: base, actor: 0, action: { type: 'proposeTrade', to: 'ggd', give: { locatie: 1 }, get: {} }, expect: 'role_not_in_game' },
    { name: 'to an unknown role', state: base, actor: 0, action: { type: 'proposeTrade', to: 'nasa' as never, give: { locatie: 1 }, get: {} }, expect: 'unknown_role' },
    { name: 'giving what you do not have', state: base, actor: 0, action: { type: 'proposeTrade', to: 'gemeente', give: { budget: 1 }, get: {} }, expect: 'insufficient_resources' },
    { name: 'an empty offer', state: base, actor: 0, action: { type: 'proposeTrade', to: 'gemeente', give: {}, get: {} }, expect: 'empty_offer' },
    { name: 'a negative amount', state: base, actor: 0, action: { type: 'proposeTrade', to: 'gemeente', give: { locatie: -1 }, get: {} }, expect: 'bad_amount' },
    { name: 'a fractional amount', state: base, actor: 0, action: { type: 'proposeTrade', to: 'gemeente', give: { locatie: 0.5 }, get: {} }, expect: 'bad_amount' },
    { name: 'an unknown resource', state: base, actor: 0, action: { type: 'proposeTrade', to: 'gemeente', give: { gold: 1 } as never, get: {} }, expect: 'bad_amount' },
    { name: 'a frozen resource', state: () => { const s = editable(base()); s.modifiers.frozen = ['locatie']; return s; }, actor: 0, action: { type: 'proposeTrade', to: 'gemeente', give: { locatie: 1 }, get: {} }, expect: 'resource_frozen' },
    { name: 'by a seat that does not exist', state: base, actor: 7, action: { type: 'proposeTrade', to: 'gemeente', give: { locatie: 1 }, get: {} }, expect: 'not_a_seat' },
    { name: 'by the host', state: base, actor: 'host', action: { type: 'proposeTrade', to: 'gemeente', give: { locatie: 1 }, get: {} }, expect: 'not_a_seat' },
    { name: 'more than the open-offer limit', state: () => { let s = base(); for (let i = 0; i < 12; i++) s = must(s, 0, { type: 'proposeTrade', to: 'gemeente', give: {}, get: { budget: 1 } }); return s; },
      actor: 0, action: { type: 'proposeTrade', to: 'gemeente', give: {}, get: { budget: 1 } }, expect: 'too_many_offers' },
  ]));

describe('acceptTrade', () =>
  run([
    { name: 'the recipient accepts', state: withOffer, actor: 1, action: { type: 'acceptTrade', offerId: 'o1' }, expect: 'ok',
      then: (s) => {
        expect(s.partners.bibliotheek!.hand).toEqual({ budget: 1, vrijwilligers: 2, locatie: 1 });
        expect(s.partners.gemeente!.hand).toEqual({ budget: 2, locatie: 1, draagvlak: 2 });
        expect(s.offers).toEqual([]);
        expect(s.partners.gemeente!.received).toEqual({ locatie: 1 });
      } },
    { name: 'the sender cannot accept their own offer', state: withOffer, actor: 0, action: { type: 'acceptTrade', offerId: 'o1' }, expect: 'not_offer_recipient' },
    { name: 'a third partner cannot accept (to them the offer does not exist)', state: withOffer, actor: 2, action: { type: 'acceptTrade', offerId: 'o1' }, expect: 'unknown_offer' },
    { name: 'an unknown offer', state: withOffer, actor: 1, action: { type: 'acceptTrade', offerId: 'o99' }, expect: 'unknown_offer' },
    { name: 'when the recipient lacks what is asked', state: () => withHands(withOffer(), { gemeente: { draagvlak: 1 } }), actor: 1, action: { type: 'acceptTrade', offerId: 'o1' }, expect: 'insufficient_resources' },
    { name: 'when the sender no longer has it (atomic: nothing moves)', state: () => withHands(withOffer(), { bibliotheek: { vrijwilligers: 1 } }), actor: 1, action: { type: 'acceptTrade', offerId: 'o1' }, expect: 'partner_lacks_resources' },
    { name: 'after Overleg ended (offers expire)', state: () => advance(withOffer()), actor: 1, action: { type: 'acceptTrade', offerId: 'o1' }, expect: 'wrong_phase' },
  ]));

describe('declineTrade, counterTrade, withdrawTrade', () =>
  run([
    { name: 'decline', state: withOffer, actor: 1, action: { type: 'declineTrade', offerId: 'o1' }, expect: 'ok', then: (s) => expect(s.offers).toEqual([]) },
    { name: 'decline by the sender', state: withOffer, actor: 0, action: { type: 'declineTrade', offerId: 'o1' }, expect: 'not_offer_recipient' },
    { name: 'decline an unknown offer', state: withOffer, actor: 1, action: { type: 'declineTrade', offerId: 'nope' }, expect: 'unknown_offer' },
    { name: 'counter', state: withOffer, actor: 1, action: { type: 'counterTrade', offerId: 'o1', give: { budget: 1 }, get: { locatie: 2 } }, expect: 'ok',
      then: (s) => { expect(s.offers).toHaveLength(1); expect(s.offers[0]).toMatchObject({ id: 'o2', from: 'gemeente', to: 'bibliotheek', counterOf: 'o1' }); } },
    { name: 'counter with what you do not have', state: withOffer, actor: 1, action: { type: 'counterTrade', offerId: 'o1', give: { bereik: 1 }, get: {} }, expect: 'insufficient_resources' },
    { name: 'counter by a third partner', state: withOffer, actor: 2, action: { type: 'counterTrade', offerId: 'o1', give: { bereik: 1 }, get: {} }, expect: 'unknown_offer' },
    { name: 'withdraw your own', state: withOffer, actor: 0, action: { type: 'withdrawTrade', offerId: 'o1' }, expect: 'ok', then: (s) => expect(s.offers).toEqual([]) },
    { name: 'withdraw someone else’s', state: withOffer, actor: 1, action: { type: 'withdrawTrade', offerId: 'o1' }, expect: 'not_offer_sender' },
    { name: 'withdraw an unknown offer', state: withOffer, actor: 0, action: { type: 'withdrawTrade', offerId: 'o7' }, expect: 'unknown_offer' },
  ]));

describe('gift', () =>
  run([
    { name: 'give away', state: base, actor: 1, action: { type: 'gift', to: 'welzijn', resources: { budget: 2 } }, expect: 'ok',
      then: (s) => { expect(s.partners.welzijn!.hand).toEqual({ budget: 2, bereik: 1 }); expect(s.partners.gemeente!.gave).toEqual({ budget: 2 }); } },
    { name: 'more than you have', state: base, actor: 1, action: { type: 'gift', to: 'welzijn', resources: { budget: 4 } }, expect: 'insufficient_resources' },
    { name: 'the refusal names what falls short', state: base, actor: 1, action: { type: 'gift', to: 'welzijn', resources: { draagvlak: 1, bereik: 1 } }, expect: 'insufficient_resources',
      params: { role: 'gemeente', resource: 'bereik' } },
    { name: 'nothing', state: base, actor: 1, action: { type: 'gift', to: 'welzijn', resources: {} }, expect: 'empty_bag' },
    { name: 'to yourself', state: base, actor: 1, action: { type: 'gift', to: 'gemeente', resources: { budget: 1 } }, expect: 'self_target' },
    { name: 'a frozen resource', state: () => { const s = editable(base()); s.modifiers.frozen = ['budget']; return s; }, actor: 1, action: { type: 'gift', to: 'welzijn', resources: { budget: 1 } }, expect: 'resource_frozen' },
    { name: 'outside Overleg', state: () => advance(base()), actor: 1, action: { type: 'gift', to: 'welzijn', resources: { budget: 1 } }, expect: 'wrong_phase' },
  ]));

/** The first project fully pledged by as many partners as it needs: it is ready. */
function readyProject(s0: GameState): GameState {
  const pid = firstProject(s0);
  const card = projectCard(pid);
  const roles = FOUR.slice(0, card.minPartners);
  let s = withHands(s0, Object.fromEntries(roles.map((r) => [r, { ...card.needs }])));
  const units = Object.entries(card.needs).flatMap(([r, n]) => Array<string>(n!).fill(r));
  units.forEach((r, i) => { s = must(s, i % roles.length, { type: 'pledge', projectId: pid, resources: { [r]: 1 } }); });
  return s;
}

describe('pledge and unpledge', () => {
  const richBase = () => {
    const s = editable(base());
    const needs = projectCard(firstProject(s)).needs;
    return withHands(s, { bibliotheek: { ...needs }, gemeente: { ...needs } });
  };
  const oneNeeded = (s: GameState) => Object.keys(projectCard(firstProject(s)).needs)[0] as 'budget';
  run([
    { name: 'pledge what a project needs', state: richBase, actor: 0, action: (s) => ({ type: 'pledge', projectId: firstProject(s), resources: { [oneNeeded(s)]: 1 } }), expect: 'ok',
      then: (s, b) => expect(s.pledges[firstProject(b)].bibliotheek).toEqual({ [oneNeeded(b)]: 1 }) },
    { name: 'pledge more than it needs', state: richBase, actor: 0, action: (s) => ({ type: 'pledge', projectId: firstProject(s), resources: { [oneNeeded(s)]: 9 } }), expect: 'insufficient_resources' },
    { name: 'pledge beyond the need with enough in hand', state: () => { const s = richBase(); const r = oneNeeded(s); return withHands(s, { bibliotheek: { [r]: 20 } }); },
      actor: 0, action: (s) => ({ type: 'pledge', projectId: firstProject(s), resources: { [oneNeeded(s)]: 20 } }), expect: 'exceeds_need' },
    { name: 'pledge to an unknown project', state: richBase, actor: 0, action: { type: 'pledge', projectId: 'p-nowhere', resources: { budget: 1 } }, expect: 'unknown_project' },
    { name: 'pledge to a project not on the table', state: richBase, actor: 0, action: (s) => ({ type: 'pledge', projectId: s.projects.deck[0], resources: { budget: 1 } }), expect: 'project_not_open' },
    { name: 'pledge nothing', state: richBase, actor: 0, action: (s) => ({ type: 'pledge', projectId: firstProject(s), resources: {} }), expect: 'empty_bag' },
    { name: 'pledge outside Overleg', state: () => advance(richBase()), actor: 0, action: (s) => ({ type: 'pledge', projectId: firstProject(s), resources: { [oneNeeded(s)]: 1 } }), expect: 'wrong_phase' },
    { name: 'withdraw a pledge', state: () => { const s = richBase(); return must(s, 0, { type: 'pledge', projectId: firstProject(s), resources: { [oneNeeded(s)]: 1 } }); },
      actor: 0, action: (s) => ({ type: 'unpledge', projectId: firstProject(s), resources: { [oneNeeded(s)]: 1 } }), expect: 'ok',
      then: (s, b) => expect(s.pledges[firstProject(b)].bibliotheek).toBeUndefined() },
    { name: 'withdraw what you did not pledge', state: richBase, actor: 0, action: (s) => ({ type: 'unpledge', projectId: firstProject(s), resources: { [oneNeeded(s)]: 1 } }), expect: 'not_pledged' },
    { name: 'withdraw from a project that is ready (a pledge is a promise)', state: () => readyProject(richBase()),
      actor: 0, action: (s) => ({ type: 'unpledge', projectId: firstProject(s), resources: { [Object.keys(s.pledges[firstProject(s)].bibliotheek!)[0]]: 1 } }), expect: 'project_locked' },
    { name: 'withdraw another partner’s pledge', state: () => { const s = richBase(); return must(s, 1, { type: 'pledge', projectId: firstProject(s), resources: { [oneNeeded(s)]: 1 } }); },
      actor: 0, action: (s) => ({ type: 'unpledge', projectId: firstProject(s), resources: { [oneNeeded(s)]: 1 } }), expect: 'not_pledged' },
  ]);
});

describe('disclose', () => {
  const mine = (s: GameState) => s.partners.bibliotheek!.interests[0];
  const theirs = (s: GameState) => s.partners.gemeente!.interests[0];
  run([
    { name: 'to everyone', state: base, actor: 0, action: (s) => ({ type: 'disclose', interestId: mine(s), to: 'all' }), expect: 'ok',
      then: (s) => expect(s.disclosures).toEqual([{ role: 'bibliotheek', interestId: mine(s), to: 'all', round: 1 }]) },
    { name: 'to one partner', state: base, actor: 0, action: (s) => ({ type: 'disclose', interestId: mine(s), to: 'uwv' }), expect: 'ok' },
    { name: 'twice to the same partner', state: () => { const s = editable(base()); return must(s, 0, { type: 'disclose', interestId: mine(s), to: 'uwv' }); },
      actor: 0, action: (s) => ({ type: 'disclose', interestId: mine(s), to: 'uwv' }), expect: 'already_disclosed' },
    { name: 'to one partner after showing everyone', state: () => { const s = editable(base()); return must(s, 0, { type: 'disclose', interestId: mine(s), to: 'all' }); },
      actor: 0, action: (s) => ({ type: 'disclose', interestId: mine(s), to: 'uwv' }), expect: 'already_disclosed' },
    { name: 'someone else’s interest', state: base, actor: 0, action: (s) => ({ type: 'disclose', interestId: theirs(s), to: 'all' }), expect: 'not_your_interest' },
    { name: 'an unknown interest', state: base, actor: 0, action: { type: 'disclose', interestId: 'i-unknown', to: 'all' }, expect: 'unknown_interest' },
    { name: 'to yourself', state: base, actor: 0, action: (s) => ({ type: 'disclose', interestId: mine(s), to: 'bibliotheek' }), expect: 'self_target' },
    { name: 'outside Overleg', state: () => advance(base()), actor: 0, action: (s) => ({ type: 'disclose', interestId: mine(s), to: 'all' }), expect: 'wrong_phase' },
  ]);
});

describe('guess', () => {
  const deckOf = (role: 'gemeente' | 'bibliotheek') => interestDeck(role).map((i) => i.id);
  run([
    { name: 'guess a partner’s interest', state: base, actor: 0, action: { type: 'guess', target: 'gemeente', interestIds: [deckOf('gemeente')[0]] }, expect: 'ok',
      then: (s) => expect(s.guesses[0]).toEqual({ gemeente: [deckOf('gemeente')[0]] }) },
    { name: 'guess in any phase of play', state: newGame, actor: 0, action: { type: 'guess', target: 'gemeente', interestIds: [deckOf('gemeente')[1]] }, expect: 'ok' },
    { name: 'clear a guess', state: () => must(base(), 0, { type: 'guess', target: 'gemeente', interestIds: [deckOf('gemeente')[0]] }), actor: 0,
      action: { type: 'guess', target: 'gemeente', interestIds: [] }, expect: 'ok', then: (s) => expect(s.guesses[0]).toEqual({}) },
    { name: 'an interest from another role’s deck', state: base, actor: 0, action: { type: 'guess', target: 'gemeente', interestIds: [deckOf('bibliotheek')[0]] }, expect: 'bad_guess' },
    { name: 'more interests than a partner holds', state: base, actor: 0, action: { type: 'guess', target: 'gemeente', interestIds: deckOf('gemeente').slice(0, 3) }, expect: 'bad_guess' },
    { name: 'the same interest twice', state: base, actor: 0, action: { type: 'guess', target: 'gemeente', interestIds: [deckOf('gemeente')[0], deckOf('gemeente')[0]] }, expect: 'bad_guess' },
    { name: 'about yourself', state: base, actor: 0, action: { type: 'guess', target: 'bibliotheek', interestIds: [] }, expect: 'self_target' },
  ]);
});

describe('hold (warm handover)', () => {
  const reached = () => {
    const s = editable(base());
    const id = Object.keys(s.personas)[0];
    s.personas[id] = { ...s.personas[id], status: 'reached', reachedRound: 1, reachedBy: s.projects.table[0] };
    return s;
  };
  const pid = (s: GameState) => Object.keys(s.personas)[0];
  run([
    { name: 'hold with a volunteer', state: reached, actor: 0, action: (s) => ({ type: 'hold', personaId: pid(s), resource: 'vrijwilligers' }), expect: 'ok',
      then: (s, b) => { expect(s.personas[pid(b)].status).toBe('held'); expect(s.partners.bibliotheek!.hand.vrijwilligers).toBe(1); } },
    { name: 'hold with reach', state: reached, actor: 2, action: (s) => ({ type: 'hold', personaId: pid(s), resource: 'bereik' }), expect: 'ok' },
    { name: 'without the card', state: reached, actor: 1, action: (s) => ({ type: 'hold', personaId: pid(s), resource: 'bereik' }), expect: 'insufficient_resources' },
    { name: 'with another kind of card', state: reached, actor: 1, action: (s) => ({ type: 'hold', personaId: pid(s), resource: 'budget' as never }), expect: 'bad_hold_resource' },
    { name: 'hold in Terugblik, right after the round', state: () => advance(reached(), 2), actor: 0,
      action: (s) => ({ type: 'hold', personaId: pid(s), resource: 'vrijwilligers' }), expect: 'ok' },
    { name: 'hold during Uitvoering', state: () => advance(reached(), 1), actor: 0,
      action: (s) => ({ type: 'hold', personaId: pid(s), resource: 'vrijwilligers' }), expect: 'wrong_phase' },
    { name: 'a persona not yet reached', state: base, actor: 0, action: (s) => ({ type: 'hold', personaId: pid(s), resource: 'vrijwilligers' }), expect: 'persona_not_at_risk' },
    { name: 'an unknown persona', state: reached, actor: 0, action: { type: 'hold', personaId: 'pe-nobody', resource: 'vrijwilligers' }, expect: 'unknown_persona' },
  ]);
});

describe('host actions', () =>
  run([
    { name: 'advance the phase', state: base, actor: 'host', action: { type: 'advancePhase' }, expect: 'ok', then: (s) => expect(s.phase).toBe('uitvoering') },
    { name: 'a seat cannot advance', state: base, actor: 0, action: { type: 'advancePhase' }, expect: 'host_only' },
    { name: 'end the game early', state: base, actor: 'host', action: { type: 'endGame' }, expect: 'ok', then: (s) => { expect(s.status).toBe('ended'); expect(s.result?.endedEarly).toBe(true); } },
    { name: 'a seat cannot end the game', state: base, actor: 2, action: { type: 'endGame' }, expect: 'host_only' },
    { name: 'nothing after the end', state: () => must(base(), 'host', { type: 'endGame' }), actor: 'host', action: { type: 'advancePhase' }, expect: 'game_over' },
    { name: 'an unknown action', state: base, actor: 0, action: { type: 'fly' } as never, expect: 'unknown_action' },
  ]));
