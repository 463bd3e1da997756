import { runMakeup, standardMakeups } from '../../shared/bots/balance';
const seats = process.argv.slice(2).map(Number);
const games = Number(process.env.G ?? 80);
for (const n of seats) for (const t of standardMakeups(n)) {
  const m = runMakeup(t, games);
  console.log(n, t[0].padEnd(11), t.slice(1).join(',').slice(0,30).padEnd(31), (100*m.winRate).toFixed(0).padStart(4)+'%', 'r1', (100*m.targetAfterRound1Rate).toFixed(0).padStart(3), 'int', m.interestPerPlayer.toFixed(2), 'board', m.onBoardByRound.map(x=>x.toFixed(1)).join(' '));
}
