import { describe, expect, it } from 'vitest';
import { debriefOf, renderFinding, strengthsMarkdown, strengthsOf } from '../../../shared/debrief';
import type { GameState } from '../../../shared/rules';
import { referredDropped, referredTakenUp } from './referral-scenarios';

// The debrief reads referrals: the residents' journeys, "Eenmaal gevonden? Hou vast!" and the
// krachtenanalyse's doorverwijzer.

const referrers = (s: GameState) => [...new Set(s.log.flatMap((e) => (e.t === 'referred' ? [e.from] : [])))];

describe('referrals in the debrief', () => {
  it('a journey names who referred the resident to whom, and who took them up', () => {
    const s = referredTakenUp();
    const referred = s.log.find((e) => e.t === 'referred')!;
    if (referred.t !== 'referred') throw new Error('no referral');
    const j = debriefOf(s).personas.journeys.find((x) => x.personaId === referred.personaId)!;
    expect(j.steps.map((x) => x.kind)).toEqual(['reached', 'referred', 'held']);
    expect(j.heldBy).toMatchObject({ role: referred.to, resource: 'bereik', referredBy: referred.from });
  });

  it('"Eenmaal gevonden? Hou vast!" says how many referrals were taken up, in Dutch and English', () => {
    const s = referredTakenUp();
    const hit = debriefOf(s).lessons.all.find((f) => f.rule === 'warm-handover')!;
    const n = s.log.filter((e) => e.t === 'referred').length;
    expect(hit.lessonId).toBe('l-hou-vast');
    expect(renderFinding(hit, 'nl')).toBe(`${n} van de ${n} doorverwezen inwoners werden opgenomen door een partner die daar zijn werk van maakt: een warme overdracht.`);
    expect(renderFinding(hit, 'en')).toContain(`${n} of the ${n} residents referred were taken up`);
  });

  it('and names the residents who dropped out after a referral nobody took up', () => {
    const s = referredDropped();
    const lost = debriefOf(s).personas.journeys.filter((j) => j.status === 'dropped' && j.steps.some((x) => x.kind === 'referralLapsed'));
    expect(lost.length).toBeGreaterThan(0);
    const hit = debriefOf(s).lessons.all.find((f) => f.rule === 'referral-dropped')!;
    expect(hit.figures.personas).toEqual(lost.map((j) => j.personaId));
    expect(debriefOf(s).lessons.all.some((f) => f.rule === 'warm-handover')).toBe(false);
  });

  it('the krachtenanalyse counts the referrals each partner made and calls it a doorverwijzer', () => {
    const s = referredTakenUp();
    const rows = strengthsOf(s).rows;
    for (const role of referrers(s)) {
      const row = rows.find((r) => r.role === role)!;
      expect(row.brings.referrals).toBe(s.log.filter((e) => e.t === 'referred' && e.from === role).length);
      expect(row.functions).toContain('doorverwijzer');
    }
    expect(rows.find((r) => r.role === 'bibliotheek')!.brings.referrals).toBe(0);
    expect(strengthsMarkdown(s, 'nl')).toMatch(/\d+ inwoners? doorverwezen/);
  });
});
