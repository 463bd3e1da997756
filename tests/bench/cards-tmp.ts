import { roleTables } from '../../shared/bots/balance';
import { ROLES } from '../../shared/model/ids';
const games = Number(process.env.G ?? 100);
for (const seats of process.argv.slice(2).map(Number)) {
  const res = ROLES.map((role) => roleTables(seats, role, games, 1, ['verbinder', 'eigenbelang', 'idle']));
  const bad: string[] = [];
  for (const r of res) {
    const d = r.dilemma;
    if (!(d.loneDefector > d.verbinder)) bad.push(`DILEMMA ${d.role} ${d.loneDefector.toFixed(2)} vs ${d.verbinder.toFixed(2)}`);
    for (const c of r.cards) {
      const best = Math.max(c.verbinder, c.eigenbelang);
      if (best < 0.2 || best > 0.85 || c.idle > 0.25 || (process.env.ROLE && c.id.includes(process.env.ROLE))) bad.push(`${c.id} V ${(100*c.verbinder).toFixed(0)} E ${(100*c.eigenbelang).toFixed(0)} idle ${(100*c.idle).toFixed(0)}`);
    }
  }
  console.log(`== ${seats}: ${bad.length} off`); for (const b of bad) console.log('  ' + b);
}
