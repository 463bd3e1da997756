import { ROLES, type RoleId } from '../model/ids';
import { pickRoles, simulate, type SimGame, type SimPlayer } from './simulate';

// The balance figures the design asks for, measured over bot-only games on fixed seeds: win rates
// per team make-up, the dilemma per role, what each role is worth to a team, and how often each
// interest card is met. Used by `npm run simulate` and by the balance tests.

export interface MakeupResult {
  seats: number;
  team: SimPlayer[];
  games: number;
  winRate: number;
  targetAfterRound1Rate: number;
  /** Mean personas on board after each round's Uitvoering, and at the end. */
  onBoardByRound: number[];
  onBoardAtEnd: number;
  interestPerPlayer: number;
  /** Mean interest points of the seat playing each role (over the games it was in). */
  interestPerRole: Partial<Record<RoleId, number>>;
  /** Mean draagvlak and cijfers left in all hands at the end. */
  leftover: { draagvlak: number; cijfers: number };
  gamesPerSecond: number;
}

const mean = (xs: number[]): number => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);

/** Seeds are 1..games plus an offset, so each figure is reproducible. */
export function runMakeup(team: SimPlayer[], games: number, seed0 = 1): MakeupResult {
  const t0 = Date.now();
  const results: SimGame[] = [];
  for (let g = 0; g < games; g++) results.push(simulate(team, seed0 + g));
  const seconds = Math.max(1e-3, (Date.now() - t0) / 1000);
  const rounds = results[0]?.onBoardByRound.length ?? 0;
  const perRole: Partial<Record<RoleId, number[]>> = {};
  for (const r of results) r.state.seats.forEach((role, seat) => (perRole[role] ??= []).push(r.points[seat]));
  const hands = (res: 'draagvlak' | 'cijfers') =>
    mean(results.map((r) => r.state.seats.reduce((n, role) => n + (r.state.partners[role]!.hand[res] ?? 0), 0)));
  return {
    seats: team.length,
    team,
    games,
    winRate: mean(results.map((r) => (r.won ? 1 : 0))),
    targetAfterRound1Rate: mean(results.map((r) => (r.onBoardByRound[0] >= r.target ? 1 : 0))),
    onBoardByRound: Array.from({ length: rounds }, (_, i) => mean(results.map((r) => r.onBoardByRound[i]))),
    onBoardAtEnd: mean(results.map((r) => r.state.result!.onBoard)),
    interestPerPlayer: mean(results.map((r) => mean(r.points))),
    interestPerRole: Object.fromEntries(Object.entries(perRole).map(([k, v]) => [k, mean(v!)])),
    leftover: { draagvlak: hands('draagvlak'), cijfers: hands('cijfers') },
    gamesPerSecond: games / seconds,
  };
}

export interface DilemmaResult {
  seats: number;
  role: RoleId;
  /** Mean interest points of this role played by a lone Eigen belang among Verbinders. */
  loneDefector: number;
  /** The same role, same seeds and tables, played as a Verbinder. */
  verbinder: number;
}

/** The same tables twice: once with the role played as a Verbinder, once as a lone Eigen belang. */
export function dilemma(seats: number, role: RoleId, games: number, seed0 = 1): DilemmaResult {
  const lone: number[] = [];
  const coop: number[] = [];
  for (let g = 0; g < games; g++) {
    const seed = seed0 + g;
    const roles = pickRoles(seats, seed, [role]);
    const seat = roles.indexOf(role);
    const team: SimPlayer[] = roles.map(() => 'verbinder');
    coop.push(simulate(team, seed, roles).points[seat]);
    team[seat] = 'eigenbelang';
    lone.push(simulate(team, seed, roles).points[seat]);
  }
  return { seats, role, loneDefector: mean(lone), verbinder: mean(coop) };
}

export interface RoleWorth {
  role: RoleId;
  /** Win rate of Verbinder tables with this role minus the same tables with another role instead. */
  cost: number;
}

/** What leaving a role out costs a Verbinder team: the same seeds with and without it. */
export function roleWorth(seats: number, games: number, seed0 = 1): RoleWorth[] {
  return ROLES.map((role) => {
    let diff = 0;
    for (let g = 0; g < games; g++) {
      const seed = seed0 + g;
      const team: SimPlayer[] = Array(seats).fill('verbinder');
      const withIt = pickRoles(seats, seed, [role]);
      const instead = pickRoles(seats + 1, seed, withIt.filter((r) => r !== role), [role]).find((r) => !withIt.includes(r))!;
      const without = withIt.map((r) => (r === role ? instead : r));
      diff += (simulate(team, seed, withIt).won ? 1 : 0) - (simulate(team, seed, without).won ? 1 : 0);
    }
    return { role, cost: diff / games };
  });
}

export interface CardRate {
  id: string;
  /** Times dealt to a Verbinder at an all-Verbinder table. */
  dealt: number;
  /** Times dealt to the one Eigen belang (or idle) player at a Verbinder table. */
  single: number;
  /** Met when its holder plays Verbinder at a Verbinder table. */
  verbinder: number;
  /** Met when its holder plays a lone Eigen belang at a Verbinder table. */
  eigenbelang: number;
  /** Met when its holder does nothing at a Verbinder table. */
  idle: number;
}

/** How often each interest card is met by its holder, per way of playing it. */
export function cardRates(seats: number, games: number, seed0 = 1): CardRate[] {
  const tally = new Map<string, { dealt: number; single: number; verbinder: number; eigenbelang: number; idle: number }>();
  for (let g = 0; g < games; g++) {
    const seed = seed0 + g;
    const roles = pickRoles(seats, seed);
    const seat = g % seats;
    for (const kind of ['verbinder', 'eigenbelang', 'idle'] as const) {
      const team: SimPlayer[] = roles.map(() => 'verbinder');
      team[seat] = kind;
      const game = simulate(team, seed, roles);
      for (const i of game.interests) {
        // At the all-Verbinder table every seat is a Verbinder holder; otherwise only the odd one out.
        if (kind !== 'verbinder' && i.seat !== seat) continue;
        const t = tally.get(i.id) ?? { dealt: 0, single: 0, verbinder: 0, eigenbelang: 0, idle: 0 };
        if (kind === 'verbinder') t.dealt++;
        if (kind === 'eigenbelang') t.single++;
        if (i.met) t[kind]++;
        tally.set(i.id, t);
      }
    }
  }
  return [...tally].map(([id, t]) => ({
    id,
    dealt: t.dealt,
    verbinder: t.verbinder / t.dealt,
    eigenbelang: t.eigenbelang / Math.max(1, t.single),
    idle: t.idle / Math.max(1, t.single),
    single: t.single,
  }));
}

/** The standard make-ups at a seat count: all Verbinder, all Eigen belang, half and half, one Eigen belang, all Voorzichtig. */
export function standardMakeups(seats: number): SimPlayer[][] {
  const all = (p: SimPlayer): SimPlayer[] => Array(seats).fill(p);
  const half: SimPlayer[] = all('verbinder').map((p, i) => (i % 2 === 1 ? 'eigenbelang' : p));
  const one: SimPlayer[] = all('verbinder').map((p, i) => (i === 0 ? 'eigenbelang' : p));
  return [all('verbinder'), all('eigenbelang'), half, one, all('voorzichtig')];
}
