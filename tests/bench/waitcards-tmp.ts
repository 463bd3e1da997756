import { simulate, type SimPlayer } from '../../shared/bots/simulate';
const games = Number(process.env.G ?? 80);
const n = Number(process.argv[2]);
const agg = (p: SimPlayer) => {
  const m = new Map<string, [number, number]>();
  for (let g = 1; g <= games; g++) for (const i of simulate(Array(n).fill(p), g).interests) { const t = m.get(i.id) ?? [0, 0]; t[0]++; if (i.met) t[1]++; m.set(i.id, t); }
  return m;
};
const v = agg('verbinder'), w = agg('wait1');
const rows = [...v].map(([id, [d, m]]) => { const [d2, m2] = w.get(id) ?? [1, 0]; return [id, m / d, m2 / d2, d] as const; }).sort((a, b) => (b[2] - b[1]) - (a[2] - a[1]));
for (const [id, a, b, d] of rows) console.log(id.padEnd(36), (100 * a).toFixed(0).padStart(4), (100 * b).toFixed(0).padStart(4), d);
