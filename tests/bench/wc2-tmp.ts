import { simulate, type SimPlayer } from '../../shared/bots/simulate';
const n = Number(process.argv[2]); const games = 60;
for (const p of ['verbinder', 'wait1'] as SimPlayer[]) {
  let proj = 0, partners = 0, moves = 0, gifts = 0, trades = 0, lapsed = 0; const byRound = [0,0,0,0];
  for (let g = 1; g <= games; g++) { const s = simulate(Array(n).fill(p), g).state;
    proj += s.projects.completed.length; for (const c of s.projects.completed) { byRound[c.round-1]++; partners += Object.keys(c.contributions).length; }
    gifts += s.log.filter(e => e.t === 'gift').length; trades += s.log.filter(e => e.t === 'trade').length;
    for (const e of s.log) if (e.t === 'lapsed') lapsed += Object.values(e.resources).reduce((a,b)=>a+(b??0),0);
  }
  console.log(p, 'projects', (proj/games).toFixed(1), 'byRound', byRound.map(x => (x/games).toFixed(1)).join(' '), 'partners/proj', (partners/proj).toFixed(2), 'gifts', (gifts/games).toFixed(1), 'trades', (trades/games).toFixed(1), 'lapsed', (lapsed/games).toFixed(1));
}
