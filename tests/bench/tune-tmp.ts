import { interestCard } from '../../shared/content';
import { ruleAt } from '../../shared/content/scale';
import type { InterestRule } from '../../shared/content/schema';
import { pickRoles, simulate, type SimPlayer } from '../../shared/bots/simulate';
import { ROLES } from '../../shared/model/ids';
import { ruleMet } from '../../shared/rules/scoring';
const games = Number(process.env.G ?? 80);
const only = process.env.CARDS?.split(',');
function withK(r: InterestRule, k: number): InterestRule {
  switch (r.kind) {
    case 'projects': case 'personas': case 'projectWith': return { ...r, count: k };
    case 'spread': return { ...r, projects: k };
    case 'neverGave': case 'keep': return { ...r, used: k };
    case 'earmark': case 'received': case 'noneLost': return { ...r, min: k };
    case 'team': return { ...r, extra: k };
  }
}
for (const seats of process.argv.slice(2).map(Number)) {
  const tally = new Map<string, Record<string, number[]>>();
  const pts: Record<string, { v: number[]; e: number[] }> = {};
  for (const role of ROLES) {
    pts[role] = { v: [], e: [] };
    for (let g = 1; g <= games; g++) {
      const roles = pickRoles(seats, g, [role]);
      const seat = roles.indexOf(role);
      for (const way of ['verbinder', 'eigenbelang', 'idle'] as SimPlayer[]) {
        const team: SimPlayer[] = roles.map(() => 'verbinder');
        team[seat] = way;
        const game = simulate(team, g, roles);
        if (way === 'verbinder') pts[role].v.push(game.points[seat]);
        if (way === 'eigenbelang') pts[role].e.push(game.points[seat]);
        for (const i of game.interests) {
          if (i.seat !== seat) continue;
          if (only && !only.includes(i.id)) continue;
          const t = tally.get(i.id) ?? {};
          const base = ruleAt(interestCard(i.id).rule, seats);
          for (let k = 0; k <= 9; k++) {
            const key = `${way}:${k}`;
            const met = k === 0 ? i.met : ruleMet(game.state, role, withK(base, k));
            (t[key] ??= []).push(met ? 1 : 0);
          }
          tally.set(i.id, t);
        }
      }
    }
  }
  console.log(`== ${seats}`);
  const mean = (x: number[] = []) => (x.length ? x.reduce((a, b) => a + b, 0) / x.length : NaN);
  for (const r of ROLES) { const p = pts[r]; const d = mean(p.e) - mean(p.v); console.log(`  dilemma ${r.padEnd(16)} ${mean(p.e).toFixed(2)} vs ${mean(p.v).toFixed(2)} ${d > 0 ? '' : 'NO'}`); }
  for (const [id, t] of [...tally].sort()) {
    const cur = (w: string) => Math.round(100 * mean(t[`${w}:0`]));
    const best = Math.max(cur('verbinder'), cur('eigenbelang'));
    const bad = best < 20 || best > 85 || cur('idle') > 25;
    if (!bad && !process.env.ALL) continue;
    const alts = [];
    for (let k = 1; k <= 9; k++) alts.push(`${k}:${Math.round(100 * mean(t[`verbinder:${k}`]))}/${Math.round(100 * mean(t[`eigenbelang:${k}`]))}/${Math.round(100 * mean(t[`idle:${k}`]))}`);
    const rule = ruleAt(interestCard(id).rule, seats);
    console.log(`  ${bad ? 'OFF' : '   '} ${id.padEnd(34)} now ${cur('verbinder')}/${cur('eigenbelang')}/${cur('idle')} ${JSON.stringify(rule).slice(0, 60)}\n        ${alts.join(' ')}`);
  }
}
