import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { cardsFor, registerEdition } from '../../shared/content';
import { checkEditionText } from '../../shared/edition/check';
import { playedContent } from '../../shared/edition/standard';
import { ROLES } from '../../shared/model/ids';
import { roleTables, roleWorth, runMakeup, standardMakeups, type MakeupResult } from '../../shared/bots/balance';
import { SIM_PLAYERS, type SimPlayer } from '../../shared/bots/simulate';

// npm run simulate -- --games 2000 --seats 6 [--team verbinder,eigenbelang,...] [--edition FILE] [--json]
// Bot-only games with the real engine: win rate, personas on board per round, interest points per
// role, the dilemma per role, games per second. --worth and --cards add what each role is worth to a
// team and how often each interest card is met by its holder (as Verbinder, lone Eigen belang, idle;
// from the dilemma's tables, --dilemma-games per role). --edition plays an edition's cards (a file
// from the editor or `npm run edition -- export`); the standard edition's file gives the same figures.

const { values } = parseArgs({
  options: {
    games: { type: 'string', default: '200' },
    seats: { type: 'string', default: '6' },
    team: { type: 'string', multiple: true },
    'dilemma-games': { type: 'string' },
    worth: { type: 'boolean', default: false },
    cards: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
    edition: { type: 'string' },
  },
});

/** The edition's hash when --edition names a file that passes the check (its cards registered). */
function loadEdition(file: string | undefined): string | undefined {
  if (!file) return undefined;
  const checked = checkEditionText(readFileSync(file, 'utf8'));
  if (!checked.ok) {
    console.error(`${file}: ${checked.problems.map((p) => `${p.path || '(file)'}: ${p.en}`).join('\n  ')}`);
    process.exit(1);
  }
  registerEdition(checked.edition.hash, playedContent(checked.edition));
  return checked.edition.hash;
}
const edition = loadEdition(values.edition);

const games = Number(values.games);
const seatCounts = values.seats!.split(',').map(Number);
const dilemmaGames = Number(values['dilemma-games'] ?? Math.max(50, Math.round(games / 4)));
if (!Number.isInteger(games) || games < 1) throw new Error('--games takes a whole number');
for (const n of seatCounts) if (!(n >= 3 && n <= 8)) throw new Error('--seats takes 3–8 (or a list: 4,6,8)');

function teams(seats: number): SimPlayer[][] {
  if (!values.team?.length) return standardMakeups(seats);
  return values.team.map((t) => {
    const team = t.split(',') as SimPlayer[];
    for (const p of team) if (!SIM_PLAYERS.includes(p)) throw new Error(`unknown player "${p}" (${SIM_PLAYERS.join(', ')})`);
    if (team.length !== seats) throw new Error(`--team ${t} has ${team.length} players for ${seats} seats`);
    return team;
  });
}

const pct = (x: number) => `${(100 * x).toFixed(0)}%`.padStart(5);
const num = (x: number) => x.toFixed(2).padStart(5);
const out = { makeups: [] as object[], dilemma: [] as object[], worth: [] as object[], cards: [] as object[] };

for (const seats of seatCounts) {
  const makeups: MakeupResult[] = teams(seats).map((team) => runMakeup(team, games, 1, edition));
  // The dilemma and the card rates come from the same tables: each role in, played three ways.
  const tables = values.team?.length && !values.cards ? [] : ROLES.map((role) => roleTables(seats, role, dilemmaGames, 1, values.cards ? undefined : ['verbinder', 'eigenbelang'], edition));
  const dil = values.team?.length ? [] : tables.map((t) => t.dilemma);
  const worth = values.worth ? roleWorth(seats, dilemmaGames, 1, edition) : [];
  const cards = values.cards ? tables.flatMap((t) => t.cards) : [];
  out.makeups.push(
    ...makeups.map((m) => ({
      seats,
      team: m.team,
      games: m.games,
      winRate: m.winRate,
      targetAfterRound1Rate: m.targetAfterRound1Rate,
      interestPerPlayer: m.interestPerPlayer,
      onBoardByRound: m.onBoardByRound,
      interestPerRole: m.interestPerRole,
      leftover: m.leftover,
      keeping: m.keeping,
      gamesPerSecond: m.gamesPerSecond,
    })),
  );
  out.dilemma.push(...dil);
  out.worth.push(...worth.map((w) => ({ seats, ...w })));
  out.cards.push(...cards.map((c) => ({ seats, ...c })));
  if (values.json) continue;

  console.log(`\n== ${seats} seats, ${games} games per make-up ==`);
  console.log('team                                      win  r1≥target  on board per round       interest/player  left D/C   games/s');
  for (const m of makeups) {
    const label = summarize(m.team).padEnd(40);
    const rounds = m.onBoardByRound.map((x) => x.toFixed(1)).join(' ').padEnd(24);
    console.log(`${label} ${pct(m.winRate)}  ${pct(m.targetAfterRound1Rate)}      ${rounds} ${num(m.interestPerPlayer)}          ${m.leftover.draagvlak.toFixed(1)}/${m.leftover.cijfers.toFixed(1)}  ${m.gamesPerSecond.toFixed(0).padStart(5)}`);
  }
  console.log('residents kept per game (held with a card / referred / taken up): ' + makeups.map((m) => `${summarize(m.team)} ${m.keeping.holds.toFixed(1)}/${m.keeping.referrals.toFixed(1)}/${m.keeping.takenUp.toFixed(1)}`).join('; '));
  console.log('interest per role (first make-up): ' + Object.entries(makeups[0].interestPerRole).map(([r, v]) => `${r} ${v!.toFixed(2)}`).join(', '));
  if (dil.length) {
    console.log(`dilemma (${dilemmaGames} tables per role): role — lone Eigen belang vs Verbinder, interest points`);
    for (const d of dil) console.log(`  ${d.role.padEnd(16)} ${num(d.loneDefector)} vs ${num(d.verbinder)}  ${d.loneDefector > d.verbinder ? 'defecting pays' : 'NO DILEMMA'}`);
  }
  if (worth.length) {
    console.log('what each role is worth to an all-Verbinder team (win rate on the same seeds): playing, idle, absent, a lone Eigen belang; cost of leaving it out');
    for (const w of [...worth].sort((a, b) => b.cost - a.cost)) {
      console.log(`  ${w.role.padEnd(16)} ${pct(w.withIt)} ${pct(w.idle)} ${pct(w.absent)} ${pct(w.defector)}   cost ${pct(w.cost)}`);
    }
  }
  if (cards.length) {
    console.log(`interest cards (${dilemmaGames} tables per role): met as Verbinder / lone Eigen belang / idle (dealt)`);
    for (const c of cards.sort((a, b) => a.id.localeCompare(b.id))) {
      const best = Math.max(c.verbinder, c.eigenbelang);
      const flag = best < 0.2 || best > 0.85 || c.idle > 0.25 ? '  <-- out of range' : '';
      console.log(`  ${c.id.padEnd(36)} ${pct(c.verbinder)} ${pct(c.eigenbelang)} ${pct(c.idle)}  (${c.dealt})  ${cardsFor(edition).interestCard(c.id).rule.kind}${flag}`);
    }
  }
}
if (values.json) console.log(JSON.stringify(out));

function summarize(team: SimPlayer[]): string {
  const counts = new Map<SimPlayer, number>();
  for (const p of team) counts.set(p, (counts.get(p) ?? 0) + 1);
  return [...counts].map(([p, n]) => `${n}× ${p}`).join(', ');
}
