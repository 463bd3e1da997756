import { pickRoles, simulate, type SimPlayer } from '../../shared/bots/simulate';
import { ROLES } from '../../shared/model/ids';
const games = Number(process.env.G ?? 60);
for (const seats of process.argv.slice(2).map(Number)) {
  const line: string[] = [];
  for (const role of ROLES) {
    let base = 0, idle = 0, absent = 0, defect = 0;
    for (let g = 1; g <= games; g++) {
      const roles = pickRoles(seats, g, [role]);
      const seat = roles.indexOf(role);
      const team: SimPlayer[] = roles.map(() => 'verbinder');
      base += simulate(team, g, roles).won ? 1 : 0;
      const t2 = team.slice(); t2[seat] = 'idle'; idle += simulate(t2, g, roles).won ? 1 : 0;
      const t3 = team.slice(); t3[seat] = 'eigenbelang'; defect += simulate(t3, g, roles).won ? 1 : 0;
      const instead = pickRoles(seats + 1, g, roles.filter((r) => r !== role), [role]).find((r) => !roles.includes(r))!;
      absent += simulate(team, g, roles.map((r) => (r === role ? instead : r))).won ? 1 : 0;
    }
    const p = (x: number) => (100 * x / games).toFixed(0).padStart(3);
    line.push(`${role.padEnd(15)} base ${p(base)} idle ${p(idle)} absent ${p(absent)} defect ${p(defect)}`);
  }
  console.log(`== ${seats}`); for (const l of line) console.log('  ' + l);
}
