import { simulate, type SimPlayer } from '../../shared/bots/simulate';
const games = Number(process.env.G ?? 80);
for (const n of process.argv.slice(2).map(Number)) {
  const all = (p: SimPlayer): SimPlayer[] => Array(n).fill(p);
  const one: SimPlayer[] = all('verbinder').map((p, i) => (i === 0 ? 'eigenbelang' : p));
  const teams: [string, SimPlayer[]][] = [['V', all('verbinder')], ['wait1', all('wait1')], ['1EB', one], ['EB', all('eigenbelang')], ['vz', all('voorzichtig')]];
  console.log(`== ${n}`);
  for (const [name, t] of teams) {
    const ob: number[] = [];
    for (let g = 1; g <= games; g++) ob.push(simulate(t, g).state.result!.onBoard);
    const row = [];
    for (let k = Math.max(1, n * 2 - 4); k <= n * 3 + 2; k++) row.push(`${k}:${Math.round(100 * ob.filter((x) => x >= k).length / games)}`);
    console.log(name.padEnd(6), (ob.reduce((a, b) => a + b, 0) / games).toFixed(1), row.join(' '));
  }
}
