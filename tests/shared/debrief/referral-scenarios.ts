import type { GameState } from '../../../shared/rules';
import { referralTargets } from '../../../shared/rules/referral';
import { act, finish, FOUR, give, inOverleg, pledgeProject, toTerugblik } from './table';

// Games with referrals (rules/referral.ts) for the debrief's rules: a round-1 project of the UWV and
// welzijn reaches residents; in the Terugblik they refer each one a partner's work fits.

/** The Terugblik of round 1 with every reached resident that can be referred referred; the receivers. */
function referredAll(): { s: GameState; to: [string, (typeof FOUR)[number]][] } {
  let s = toTerugblik(pledgeProject(inOverleg(FOUR, 42), ['uwv', 'welzijn'], { pick: (c) => c.reach >= 2 }).s);
  const to: [string, (typeof FOUR)[number]][] = [];
  for (const p of Object.values(s.personas).filter((x) => x.status === 'reached')) {
    for (const from of ['uwv', 'welzijn'] as const) {
      const target = referralTargets(s, from, p.id)[0];
      if (!target) continue;
      s = act(s, from, { type: 'refer', personaId: p.id, to: target });
      to.push([p.id, target]);
      break;
    }
  }
  if (to.length === 0) throw new Error('no resident of this game can be referred');
  return { s, to };
}

/** Every referral taken up by its receiver with a Bereik card: a warm handover. */
export function referredTakenUp(): GameState {
  let { s, to } = referredAll();
  for (const [personaId, role] of to) {
    s = give(s, role, { bereik: 1 });
    s = act(s, role, { type: 'takeUp', personaId, resource: 'bereik' });
  }
  return finish(s);
}

/** Nobody takes the referrals up: they lapse, and the residents may drop out. */
export function referredDropped(): GameState {
  return finish(referredAll().s);
}
