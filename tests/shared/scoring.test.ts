import { editable } from '../helpers/editable';
import { describe, expect, it } from 'vitest';
import { CONTENT } from '../../shared/content';
import type { InterestRule } from '../../shared/content/schema';
import { ruleAt } from '../../shared/content/scale';
import { ruleMet, targetFor, type GameState } from '../../shared/rules';
import { inOverleg, withHands } from '../helpers/scenario';

// Every interest rule kind, met and not met, on hand-built tables.

const werkProject = CONTENT.projects.find((p) => p.domains.includes('werk'))!;
const otherProject = CONTENT.projects.find((p) => !p.domains.includes('werk'))!;

function withCompleted(s0: GameState, done: { id: string; by: Record<string, object> }[]): GameState {
  const s = editable(s0);
  for (const d of done) s.projects.completed.push({ id: d.id, round: 1, contributions: d.by, personas: [] });
  return s;
}

const base = () => withHands(inOverleg(), { gemeente: { budget: 2 } });
/** The gemeente joined one completed project (with draagvlak): rules that ask for taking part. */
const joinedOne = () => withCompleted(base(), [{ id: otherProject.id, by: { gemeente: { draagvlak: 1 }, uwv: { bereik: 1 } } }]);
const heldOne = (s0: GameState) => { const s = editable(s0); const id = Object.keys(s.personas)[0]; s.personas[id] = { ...s.personas[id], status: 'held' }; return s; };

const cases: { name: string; rule: InterestRule; state: () => GameState; met: boolean }[] = [
  { name: 'projects: none yet', rule: { kind: 'projects', count: 1 }, state: base, met: false },
  { name: 'projects: one joined', rule: { kind: 'projects', count: 1 }, state: () => withCompleted(base(), [{ id: werkProject.id, by: { gemeente: { budget: 1 }, uwv: { bereik: 1 } } }]), met: true },
  { name: 'projects in a domain: wrong domain', rule: { kind: 'projects', count: 1, domain: 'werk' }, state: () => withCompleted(base(), [{ id: otherProject.id, by: { gemeente: { budget: 1 } } }]), met: false },
  { name: 'projectWith: together', rule: { kind: 'projectWith', role: 'uwv' }, state: () => withCompleted(base(), [{ id: werkProject.id, by: { gemeente: { budget: 1 }, uwv: { bereik: 1 } } }]), met: true },
  { name: 'projectWith: twice asked, once together', rule: { kind: 'projectWith', role: 'uwv', count: 2 }, state: () => withCompleted(base(), [{ id: werkProject.id, by: { gemeente: { budget: 1 }, uwv: { bereik: 1 } } }]), met: false },
  { name: 'projectWith: apart', rule: { kind: 'projectWith', role: 'uwv' }, state: () => withCompleted(base(), [{ id: werkProject.id, by: { gemeente: { budget: 1 }, welzijn: { bereik: 1 } } }]), met: false },
  { name: 'earmark: budget to werk only', rule: { kind: 'earmark', resource: 'budget', domains: ['werk'], min: 1 }, state: () => withCompleted(base(), [{ id: werkProject.id, by: { gemeente: { budget: 1 } } }]), met: true },
  { name: 'earmark: also budget elsewhere', rule: { kind: 'earmark', resource: 'budget', domains: ['werk'], min: 1 },
    state: () => withCompleted(base(), [{ id: werkProject.id, by: { gemeente: { budget: 1 } } }, { id: otherProject.id, by: { gemeente: { budget: 1 } } }]), met: false },
  { name: 'keep: enough left, joined a project', rule: { kind: 'keep', resource: 'budget', min: 2 }, state: joinedOne, met: true },
  { name: 'keep: enough left but joined nothing (idle)', rule: { kind: 'keep', resource: 'budget', min: 2 }, state: base, met: false },
  { name: 'keep: too little left', rule: { kind: 'keep', resource: 'budget', min: 3 }, state: joinedOne, met: false },
  { name: 'keep: kept, but used too little first', rule: { kind: 'keep', resource: 'budget', min: 2, used: 1 }, state: joinedOne, met: false },
  { name: 'keep: used and kept', rule: { kind: 'keep', resource: 'budget', min: 2, used: 1 },
    state: () => withCompleted(base(), [{ id: werkProject.id, by: { gemeente: { budget: 1 } } }]), met: true },
  { name: 'spread: over two projects', rule: { kind: 'spread', resource: 'budget', projects: 2 },
    state: () => withCompleted(base(), [{ id: werkProject.id, by: { gemeente: { budget: 1 } } }, { id: otherProject.id, by: { gemeente: { budget: 1 } } }]), met: true },
  { name: 'spread: in one project', rule: { kind: 'spread', resource: 'budget', projects: 2 }, state: () => withCompleted(base(), [{ id: werkProject.id, by: { gemeente: { budget: 2 } } }]), met: false },
  { name: 'personas: too few on board', rule: { kind: 'personas', count: 1 }, state: base, met: false },
  { name: 'personas: one held, joined a project', rule: { kind: 'personas', count: 1 }, state: () => heldOne(joinedOne()), met: true },
  { name: 'personas: one held, but joined nothing (idle)', rule: { kind: 'personas', count: 1 }, state: () => heldOne(base()), met: false },
  { name: 'team: target not reached', rule: { kind: 'team', extra: 0 }, state: () => heldOne(joinedOne()), met: false },
  { name: 'team: target reached, joined a project', rule: { kind: 'team', extra: 0 },
    state: () => { const s = editable(joinedOne()); for (const id of Object.keys(s.personas).slice(0, targetFor(s.config))) s.personas[id] = { ...s.personas[id], status: 'held' }; return s; }, met: true },
  { name: 'team: target reached but not the extra', rule: { kind: 'team', extra: 1 },
    state: () => { const s = editable(joinedOne()); for (const id of Object.keys(s.personas).slice(0, targetFor(s.config))) s.personas[id] = { ...s.personas[id], status: 'held' }; return s; }, met: false },
  { name: 'noneLost: nobody reached yet', rule: { kind: 'noneLost' }, state: base, met: false },
  { name: 'noneLost: one reached, none lost', rule: { kind: 'noneLost' }, state: () => { const s = editable(withCompleted(base(), [{ id: werkProject.id, by: { gemeente: { budget: 1 } } }])); const id = Object.keys(s.personas)[0]; s.personas[id] = { ...s.personas[id], status: 'reached', reachedBy: werkProject.id, reachedRound: 1 }; return s; }, met: true },
  { name: 'noneLost: one dropped out', rule: { kind: 'noneLost' }, state: () => { const s = editable(withCompleted(base(), [{ id: werkProject.id, by: { gemeente: { budget: 1 } } }])); const id = Object.keys(s.personas)[0]; s.personas[id] = { ...s.personas[id], status: 'dropped', reachedBy: werkProject.id, reachedRound: 1, droppedRound: 2 }; return s; }, met: false },
  { name: 'received: enough help', rule: { kind: 'received', resource: 'bereik', min: 1 }, state: () => { const s = editable(base()); s.partners.gemeente!.helped = { bereik: 1 }; return s; }, met: true },
  { name: 'received: a gift and a gift back count for nothing', rule: { kind: 'received', resource: 'bereik', min: 1 },
    state: () => { const s = editable(base()); s.partners.gemeente!.helped = { bereik: 2 }; s.partners.gemeente!.gifted = { bereik: 2 }; return s; }, met: false },
  { name: 'received: cards swapped in are no help', rule: { kind: 'received', resource: 'bereik', min: 1 },
    state: () => { const s = editable(base()); s.partners.gemeente!.received = { bereik: 2 }; s.partners.gemeente!.gave = { budget: 2 }; return s; }, met: false },
  { name: 'received: nothing', rule: { kind: 'received', resource: 'bereik', min: 1 }, state: base, met: false },
  { name: 'neverGave: kept it and used it in a project', rule: { kind: 'neverGave', resource: 'cijfers' },
    state: () => withCompleted(base(), [{ id: werkProject.id, by: { gemeente: { cijfers: 1 } } }]), met: true },
  { name: 'neverGave: kept it but never used it (idle)', rule: { kind: 'neverGave', resource: 'cijfers' }, state: base, met: false },
  { name: 'neverGave: used fewer than asked', rule: { kind: 'neverGave', resource: 'cijfers', used: 2 },
    state: () => withCompleted(base(), [{ id: werkProject.id, by: { gemeente: { cijfers: 1 } } }]), met: false },
  { name: 'neverGave in a field: used in a project of that field', rule: { kind: 'neverGave', resource: 'cijfers', domains: ['werk'] },
    state: () => withCompleted(base(), [{ id: werkProject.id, by: { gemeente: { cijfers: 1 } } }]), met: true },
  { name: 'neverGave in a field: used only in another field', rule: { kind: 'neverGave', resource: 'cijfers', domains: ['werk'] },
    state: () => withCompleted(base(), [{ id: otherProject.id, by: { gemeente: { cijfers: 2 } } }]), met: false },
  { name: 'noneLost with a minimum: one reached of two asked', rule: { kind: 'noneLost', min: 2 },
    state: () => { const s = editable(withCompleted(base(), [{ id: werkProject.id, by: { gemeente: { budget: 1 } } }])); const id = Object.keys(s.personas)[0]; s.personas[id] = { ...s.personas[id], status: 'reached', reachedBy: werkProject.id, reachedRound: 1 }; return s; }, met: false },
  { name: 'noneLost with a minimum: two reached, none lost', rule: { kind: 'noneLost', min: 2 },
    state: () => { const s = editable(withCompleted(base(), [{ id: werkProject.id, by: { gemeente: { budget: 1 } } }])); for (const id of Object.keys(s.personas).slice(0, 2)) s.personas[id] = { ...s.personas[id], status: 'held', reachedBy: werkProject.id, reachedRound: 1 }; return s; }, met: true },
  { name: 'neverGave: handed some over', rule: { kind: 'neverGave', resource: 'cijfers' }, state: () => { const s = editable(base()); s.partners.gemeente!.gave = { cijfers: 1 }; return s; }, met: false },
];

describe('interest rules (for the gemeente)', () => {
  for (const c of cases) it(`${c.name} → ${c.met ? 'met' : 'not met'}`, () => expect(ruleMet(c.state(), 'gemeente', c.rule)).toBe(c.met));
});

describe('a card’s number at a table size', () => {
  it('is its own where the card names one, else the scaled one', () => {
    const rule: InterestRule = { kind: 'neverGave', resource: 'draagvlak', used: 3, at: { 6: 7 } };
    expect(ruleAt(rule, 6)).toMatchObject({ used: 7 });
    expect(ruleAt(rule, 4)).toMatchObject({ used: 3 });
    const projects: InterestRule = { kind: 'projects', count: 4, at: { 8: 7 } };
    expect([ruleAt(projects, 3), ruleAt(projects, 6), ruleAt(projects, 8)].map((r) => (r as { count: number }).count)).toEqual([3, 5, 7]);
  });

  it('is the one scored: a gemeente that put 3 draagvlak in meets "Mandaat" at 4 seats asking 3, not where 7 are asked', () => {
    const rule: InterestRule = { kind: 'neverGave', resource: 'draagvlak', used: 3, at: { 6: 7 } };
    const s = withCompleted(base(), [{ id: werkProject.id, by: { gemeente: { draagvlak: 3 } } }]);
    expect(ruleMet(s, 'gemeente', ruleAt(rule, 4))).toBe(true);
    expect(ruleMet(s, 'gemeente', ruleAt(rule, 6))).toBe(false);
  });
});
