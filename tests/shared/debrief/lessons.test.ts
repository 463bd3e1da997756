import { editable } from '../../helpers/editable';
import { describe, expect, it } from 'vitest';
import { CONTENT } from '../../../shared/content';
import { debriefOf, LESSON_RULES, renderFinding } from '../../../shared/debrief';
import type { RoleId } from '../../../shared/model/ids';
import type { GameState } from '../../../shared/rules';
import * as sc from './scenarios';
import * as rs from './referral-scenarios';
import { finish, FOUR, inOverleg, setAll, spreadPledges } from './table';

// Every lesson rule fires on a game that shows its lesson and stays silent on one that does not.

const once = <T,>(f: () => T): (() => T) => {
  let v: T | undefined;
  return () => (v ??= f());
};

const idle = once(sc.idle);
const coop = once(sc.coop);
const trio = once(sc.trio);
const duo = once(() => sc.only(['uwv', 'welzijn']));
const held = once(sc.heldAll);
const stranded = once(sc.stranded);
const star = once(sc.star);
const budgetFirst = (round: number) => sc.only(['gemeente', 'uwv'], { round, pick: { pick: (c) => (c.needs.budget ?? 0) > 0, lead: { budget: 'gemeente' } } });
const seatsWith = (role: RoleId): RoleId[] => ['bibliotheek', 'gemeente', 'uwv', role];
const EIGHT: RoleId[] = ['bibliotheek', 'gemeente', 'uwv', 'welzijn', 'roc', 'ggd', 'werkgever', 'schuldhulp'];
const withFigures = (s0: GameState): GameState => {
  const s = editable(s0);
  const c = s.projects.completed[0];
  c.contributions.gemeente = { ...c.contributions.gemeente, cijfers: 2 };
  return s;
};

const CASES: Record<string, [fires: () => GameState, silent: () => GameState]> = {
  'nothing-completed': [idle, coop],
  'slow-start': [() => sc.only(['uwv', 'welzijn'], { round: 2 }), coop],
  'library-as-place': [() => sc.only(['bibliotheek', 'uwv', 'welzijn'], { pick: { pick: (c) => (c.needs.locatie ?? 0) > 0, lead: { locatie: 'bibliotheek' } } }), idle],
  'library-idle': [idle, () => setAll(idle(), 'locatie', 0)],
  'early-experiment': [() => budgetFirst(1), () => budgetFirst(2)],
  'plan-together': [coop, () => sc.only(['bibliotheek', 'gemeente'])],
  'plan-apart': [duo, coop],
  'promises-kept': [coop, stranded],
  'plans-changed': [stranded, coop],
  'figures-used': [() => withFigures(coop()), idle],
  'figures-idle': [idle, () => setAll(idle(), 'cijfers', 0)],
  'budget-idle': [idle, () => setAll(idle(), 'budget', 0)],
  'employer-pays': [() => sc.only(['werkgever', 'uwv'], { seats: seatsWith('werkgever'), pick: { pick: (c) => (c.needs.budget ?? 0) > 0, lead: { budget: 'werkgever' } } }), coop],
  'volunteers-broad': [coop, idle],
  'volunteers-idle': [() => setAll(idle(), 'vrijwilligers', 2), () => setAll(idle(), 'vrijwilligers', 0)],
  'helped-not-own': [sc.giver, coop],
  ambassador: [() => sc.only(['taalambassadeur', 'uwv'], { seats: seatsWith('taalambassadeur') }), coop],
  'domains-reached': [coop, idle],
  'narrow-reach': [() => sc.only(['bibliotheek', 'uwv', 'welzijn'], { seats: EIGHT, pick: { pick: (c) => c.reach >= 3 && c.domains.length <= 2 } }), coop],
  signpost: [star, coop],
  'dense-network': [coop, idle],
  outsider: [trio, coop],
  'many-partners-few-projects': [idle, coop],
  'spread-thin': [() => finish(spreadPledges(inOverleg(FOUR, 42), 3)), coop],
  'uneven-energy': [trio, coop],
  'gemeente-absent': [duo, coop],
  'no-gemeente': [() => sc.finishIdle(['bibliotheek', 'uwv', 'welzijn', 'roc']), idle],
  'lost-without-handover': [duo, held],
  'held-on': [held, duo],
  'kept-going': [coop, trio],
  stalled: [duo, coop],
  'closed-cards': [() => sc.declined(false), () => sc.declined(true)],
  misread: [() => sc.guessed(false), () => sc.guessed(true)],
  'bold-gifts': [star, idle],
  faces: [coop, idle],
  'warm-handover': [rs.referredTakenUp, held],
  'referral-dropped': [rs.referredDropped, rs.referredTakenUp],
};

const rulesFired = (s: GameState) => debriefOf(s).lessons.all.map((f) => f.rule);

describe('lesson rules', () => {
  for (const rule of LESSON_RULES) {
    it(`${rule.id} (→ ${rule.lessonId}) fires when the game shows it and stays silent otherwise`, () => {
      const pair = CASES[rule.id];
      expect(pair, `no test case for rule ${rule.id}`).toBeDefined();
      const [fires, silent] = pair;
      const hit = debriefOf(fires()).lessons.all.find((f) => f.rule === rule.id);
      expect(hit, `${rule.id} should fire`).toBeDefined();
      expect(hit!.strength).toBeGreaterThan(0);
      expect(hit!.strength).toBeLessThanOrEqual(1);
      expect(rulesFired(silent())).not.toContain(rule.id);
    });
  }

  it('a completed practice from a heading of seed 001 points at that heading', () => {
    const s = sc.only(['bibliotheek', 'gemeente'], { pick: { pick: (c) => c.source.seed === '001' } });
    const hit = debriefOf(s).lessons.all.find((f) => f.rule === 'practice')!;
    const project = s.projects.completed[0].id;
    const passage = CONTENT.projects.find((p) => p.id === project)!.source.passage;
    expect(hit.figures.projects).toEqual([project]);
    expect(CONTENT.lessons.find((l) => l.id === hit.lessonId)!.source.passage).toBe(passage);
    expect(rulesFired(idle())).not.toContain('practice');
  });

  it('every lesson (every heading of seed 001) is reachable by a rule, and every rule points at a lesson', () => {
    const lessonIds = CONTENT.lessons.map((l) => l.id);
    for (const id of lessonIds) expect(LESSON_RULES.some((r) => r.lessonId === id), `no rule for ${id}`).toBe(true);
    for (const r of LESSON_RULES) expect(lessonIds).toContain(r.lessonId);
    expect(new Set(LESSON_RULES.map((r) => r.id)).size).toBe(LESSON_RULES.length);
  });

  it('says it plainly: the gemeente in no project', () => {
    const hit = debriefOf(duo()).lessons.all.find((f) => f.rule === 'gemeente-absent')!;
    expect(hit.lessonId).toBe('l-politiek');
    expect(renderFinding(hit, 'nl')).toBe('De gemeente deed aan geen enkel project mee.');
  });

  it('figures are plain data and every sentence fills all its blanks, in Dutch and English', () => {
    for (const make of [idle, coop, trio, duo, held, stranded, star]) {
      const d = debriefOf(make());
      for (const f of d.lessons.all) {
        expect(JSON.parse(JSON.stringify(f.figures))).toEqual(f.figures);
        for (const locale of ['nl', 'en'] as const) expect(renderFinding(f, locale)).not.toMatch(/[{}]/);
      }
      expect(d.lessons.shown.length).toBeLessThanOrEqual(5);
      expect(d.lessons.shown.length).toBeGreaterThanOrEqual(Math.min(3, new Set(d.lessons.all.map((f) => f.lessonId)).size));
    }
  });
});
