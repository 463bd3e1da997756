import { editable } from '../helpers/editable';
import { describe, expect, it } from 'vitest';
import { isDeepStrictEqual } from 'node:util';
import { applyAction, createGame, defaultConfig, replay, type Action, type Actor, type GameRecord, type GameState, type PersonaStatus } from '../../shared/rules';
import { ROLE_DOMAINS, referralTargets } from '../../shared/rules/referral';
import { cardsOf } from '../../shared/content';
import { advance, inOverleg, must, seatOfRole, withHands } from '../helpers/scenario';
import { deepFreeze, pickAction } from '../helpers/random-game';
import { allowed } from '../helpers/allowed';
import { nextFloat, nextInt, seedState, shuffled, type Rng } from '../../shared/rng';
import { DOMAINS, ROLES as ALL_ROLES, type RoleId } from '../../shared/model/ids';

// Doorverwijzen: a partner that helped reach a resident refers them to a partner whose work is the
// resident's domain; the receiver keeps hold by taking them up, with one card, in the same phase.

const ROLES: RoleId[] = ['bibliotheek', 'gemeente', 'uwv', 'ggd'];

/** Round 1's Overleg with one resident of `domain` reached by a project the library and the gemeente paid for. */
function reachedIn(domain: string): { s: GameState; id: string } {
  const s = editable(inOverleg(ROLES, 7));
  const id = Object.keys(s.personas).find((p) => cardsOf(s).personaCard(p).domain === domain)!;
  const projectId = s.projects.deck[0];
  s.projects.completed.push({ id: projectId, round: 1, contributions: { bibliotheek: { locatie: 1 }, gemeente: { draagvlak: 1 } }, personas: [id] });
  s.personas[id] = { ...s.personas[id], status: 'reached', reachedRound: 1, reachedBy: projectId };
  return { s: withHands(s, { uwv: { vrijwilligers: 1 }, ggd: {} }), id };
}

const seat = (s: GameState, r: RoleId) => seatOfRole(s, r);
const code = (s: GameState, r: RoleId, a: Action) => {
  const res = applyAction(s, seat(s, r), a);
  return res.ok ? 'ok' : res.error.code;
};

describe('referral: who may refer whom', () => {
  const { s, id } = reachedIn('werk');
  it('a partner of the project refers a resident to a partner whose work is their domain', () => {
    const after = must(s, seat(s, 'bibliotheek'), { type: 'refer', personaId: id, to: 'uwv' });
    expect(after.personas[id]).toMatchObject({ status: 'reached', referral: { from: 'bibliotheek', to: 'uwv' } });
    expect(after.log.at(-1)).toMatchObject({ t: 'referred', personaId: id, from: 'bibliotheek', to: 'uwv' });
  });
  it('refuses what the rule does not allow, with a clear reason', () => {
    expect(code(s, 'uwv', { type: 'refer', personaId: id, to: 'uwv' })).toBe('not_your_resident');
    expect(code(s, 'bibliotheek', { type: 'refer', personaId: id, to: 'ggd' })).toBe('wrong_domain');
    expect(code(s, 'bibliotheek', { type: 'refer', personaId: id, to: 'werkgever' })).toBe('role_not_in_game');
    expect(code(s, 'bibliotheek', { type: 'refer', personaId: id, to: 'nobody' as RoleId })).toBe('unknown_role');
    expect(code(s, 'bibliotheek', { type: 'refer', personaId: 'pe-nobody', to: 'uwv' })).toBe('unknown_persona');
    const once = must(s, seat(s, 'bibliotheek'), { type: 'refer', personaId: id, to: 'uwv' });
    expect(code(once, 'gemeente', { type: 'refer', personaId: id, to: 'uwv' })).toBe('already_referred');
    expect(code(advance(s, 1), 'bibliotheek', { type: 'refer', personaId: id, to: 'uwv' })).toBe('wrong_phase');
    const waiting = Object.keys(s.personas).find((p) => s.personas[p].status === 'waiting')!;
    expect(code(s, 'bibliotheek', { type: 'refer', personaId: waiting, to: 'uwv' })).toBe('persona_not_at_risk');
  });
  it('a partner whose own domain fits may not refer to itself, only to another', () => {
    const d = reachedIn('digitaal');
    expect(referralTargets(d.s, 'bibliotheek', d.id)).toEqual([]);
    expect(code(d.s, 'bibliotheek', { type: 'refer', personaId: d.id, to: 'bibliotheek' })).toBe('self_target');
    expect(referralTargets(d.s, 'gemeente', d.id)).toEqual(['bibliotheek']);
  });
  it('every partner works in at least one domain, and every domain has a partner', () => {
    const domains = new Set(Object.values(ROLE_DOMAINS).flat());
    for (const d of DOMAINS) expect(domains.has(d), d).toBe(true);
    for (const r of ALL_ROLES) expect(ROLE_DOMAINS[r].length, r).toBeGreaterThan(0);
  });
});

describe('referral: taking up', () => {
  const { s, id } = reachedIn('werk');
  const referred = must(s, seat(s, 'bibliotheek'), { type: 'refer', personaId: id, to: 'uwv' });
  it('the receiver takes the resident up with what a hold costs: held, the referral named', () => {
    const after = must(referred, seat(s, 'uwv'), { type: 'takeUp', personaId: id, resource: 'vrijwilligers' });
    expect(after.personas[id].status).toBe('held');
    expect(after.personas[id].referral).toBeUndefined();
    expect(after.partners.uwv!.hand.vrijwilligers ?? 0).toBe(0);
    expect(after.log.at(-1)).toMatchObject({ t: 'held', personaId: id, by: { role: 'uwv', resource: 'vrijwilligers', referredBy: 'bibliotheek' } });
  });
  it('only the receiver, with a card it holds, while the resident is at risk', () => {
    expect(code(referred, 'ggd', { type: 'takeUp', personaId: id, resource: 'vrijwilligers' })).toBe('not_referred_to_you');
    expect(code(s, 'uwv', { type: 'takeUp', personaId: id, resource: 'vrijwilligers' })).toBe('not_referred_to_you');
    expect(code(referred, 'uwv', { type: 'takeUp', personaId: id, resource: 'bereik' })).toBe('insufficient_resources');
    expect(code(referred, 'uwv', { type: 'takeUp', personaId: id, resource: 'budget' as never })).toBe('bad_hold_resource');
    const heldOtherwise = must(referred, seat(s, 'bibliotheek'), { type: 'hold', personaId: id, resource: 'vrijwilligers' });
    expect(heldOtherwise.personas[id].referral).toBeUndefined();
    expect(code(heldOtherwise, 'uwv', { type: 'takeUp', personaId: id, resource: 'vrijwilligers' })).toBe('persona_not_at_risk');
  });
  it('not taken up when the phase ends: the referral lapses and the resident stays at risk', () => {
    const next = advance(referred, 1);
    expect(next.log.some((e) => e.t === 'referralLapsed' && e.personaId === id && e.to === 'uwv')).toBe(true);
    expect(next.personas[id].referral).toBeUndefined();
    // Reached in round 1: the Uitvoering of round 1 spares them; they may drop out from round 2 on.
    expect(['reached', 'held']).toContain(next.personas[id].status);
    expect(code(advance(next, 1), 'uwv', { type: 'takeUp', personaId: id, resource: 'vrijwilligers' })).toBe('not_referred_to_you');
  });
  it('a referral made in the Terugblik may be taken up there too', () => {
    const review = advance(s, 2);
    expect(review.phase).toBe('terugblik');
    const r = must(review, seat(s, 'gemeente'), { type: 'refer', personaId: id, to: 'uwv' });
    expect(must(r, seat(s, 'uwv'), { type: 'takeUp', personaId: id, resource: 'vrijwilligers' }).personas[id].status).toBe('held');
  });
});

/** Residents by id and status: a referral may change nothing else. */
const census = (s: GameState) => Object.keys(s.personas).sort().map((id) => [id, s.personas[id].status] as [string, PersonaStatus]);

/** A random game whose players refer and take up whenever they may, more often than not (else any legal move). */
function referringGame(seed: number, onStep: (before: GameState, actor: Actor, action: Action, after: GameState) => void): { record: GameRecord; state: GameState } {
  const rng: Rng = { state: seedState(seed * 31 + 5) };
  const seats = 3 + nextInt(rng, 6);
  const roles = shuffled(rng, ALL_ROLES).slice(0, seats) as RoleId[];
  const config = defaultConfig(roles, { roleSwapAfterRound: nextFloat(rng) < 0.3 ? 2 : null });
  let state = deepFreeze(createGame(config, seed));
  const record: GameRecord = { config, seed, actions: [] };
  let budget = 20;
  while (state.status === 'playing') {
    let actor: Actor = 'host';
    let action: Action = { type: 'advancePhase' };
    if ((state.phase === 'overleg' || state.phase === 'terugblik') && budget-- > 0) {
      const seat = nextInt(rng, seats);
      const legal = allowed(state, seat);
      const pick = (type: Action['type']) => legal.filter((a) => a.type === type);
      const preferred = [...pick('takeUp'), ...pick('refer')];
      const chosen = preferred.length > 0 && nextFloat(rng) < 0.7 ? preferred[nextInt(rng, preferred.length)] : state.phase === 'overleg' ? pickAction(rng, legal) : null;
      if (chosen) [actor, action] = [seat, chosen];
    } else budget = 20;
    const r = applyAction(state, actor, action);
    if (!r.ok) throw new Error(`listed action refused: ${action.type}: ${r.error.code}`);
    onStep(state, actor, action, deepFreeze(r.state));
    record.actions.push({ actor, action });
    state = r.state;
  }
  return { record, state };
}

describe('referral: properties over random games', () => {
  it('never creates or loses a resident, changes status only as the rules say, and is in the record and its replay', () => {
    let referrals = 0;
    let takenUp = 0;
    let lapsed = 0;
    for (let seed = 0; seed < 150; seed++) {
      const { record, state } = referringGame(seed, (before, actor, action, after) => {
        // The same residents, by id, at every step; nobody comes from nowhere.
        expect(Object.keys(after.personas).sort()).toEqual(Object.keys(before.personas).sort());
        if (action.type === 'refer') {
          referrals++;
          expect(census(after)).toEqual(census(before));
          expect(after.personas[action.personaId].referral).toEqual({ from: before.seats[actor as number], to: action.to });
        }
        if (action.type === 'takeUp') {
          takenUp++;
          const was = census(before);
          const changed = census(after).filter(([, st], i) => was[i][1] !== st).map(([id]) => id);
          expect(changed).toEqual([action.personaId]);
          expect(before.personas[action.personaId].status).toBe('reached');
          expect(after.personas[action.personaId].status).toBe('held');
        }
        lapsed += after.log.slice(before.log.length).filter((e) => e.t === 'referralLapsed').length;
        // No referral outlives its phase.
        if (after.phase !== before.phase || after.status === 'ended') expect(Object.values(after.personas).some((p) => p.referral)).toBe(false);
      });
      const kinds = record.actions.map((a) => a.action.type);
      expect(kinds.filter((k) => k === 'refer').length).toBe(state.log.filter((e) => e.t === 'referred').length);
      expect(kinds.filter((k) => k === 'takeUp').length).toBe(state.log.filter((e) => e.t === 'held' && 'referredBy' in e.by && e.by.referredBy).length);
      expect(isDeepStrictEqual(replay(JSON.parse(JSON.stringify(record))), state)).toBe(true);
    }
    // The games really refer, take up, and let referrals lapse.
    expect(referrals).toBeGreaterThan(100);
    expect(takenUp).toBeGreaterThan(30);
    expect(lapsed).toBeGreaterThan(10);
  });
});
