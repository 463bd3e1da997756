import { cardsOf } from '../content';
import { ROLES, type RoleId } from '../model/ids';
import { pickRoles, simulate, type SimGame, type SimPlayer } from './simulate';

// The balance figures the design asks for, measured over bot-only games on fixed seeds: win rates
// per team make-up, the dilemma per role, what each role is worth to a team, and how often each
// interest card is met by its holder. Used by `npm run simulate` and by the balance tests.

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
  /** Mean draagvlak and cijfers left in all hands at the end, and what came into play over the game. */
  leftover: { draagvlak: number; cijfers: number };
  entered: { draagvlak: number; cijfers: number };
  /** Per game: residents held with a card, referrals made, and referrals taken up. */
  keeping: { holds: number; referrals: number; takenUp: number };
  gamesPerSecond: number;
}

const mean = (xs: number[]): number => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);

/** Cards of a resource that came into play: the starting hands, income, events' gains and results' draagvlak. */
function entered(game: SimGame, resource: 'draagvlak' | 'cijfers'): number {
  let n = game.state.config.roles.reduce((sum, role) => sum + (cardsOf(game.state).roleCard(role).hand[resource] ?? 0), 0);
  for (const e of game.state.log) if (e.t === 'income' || e.t === 'gain' || e.t === 'support') n += e.resources[resource] ?? 0;
  return n;
}

/** Seeds are 1..games plus an offset, so each figure is reproducible. */
export function runMakeup(team: SimPlayer[], games: number, seed0 = 1, edition?: string): MakeupResult {
  const t0 = Date.now();
  const results: SimGame[] = [];
  for (let g = 0; g < games; g++) results.push(simulate(team, seed0 + g, undefined, edition));
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
    entered: { draagvlak: mean(results.map((r) => entered(r, 'draagvlak'))), cijfers: mean(results.map((r) => entered(r, 'cijfers'))) },
    keeping: {
      holds: mean(results.map((r) => r.state.log.filter((e) => e.t === 'held' && 'role' in e.by && !e.by.referredBy).length)),
      referrals: mean(results.map((r) => r.state.log.filter((e) => e.t === 'referred').length)),
      takenUp: mean(results.map((r) => r.state.log.filter((e) => e.t === 'held' && 'role' in e.by && !!e.by.referredBy).length)),
    },
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

export interface CardRate {
  id: string;
  /** Times dealt to the role at these tables (the same seeds deal the same cards each way). */
  dealt: number;
  /** Met when its holder plays Verbinder at a Verbinder table. */
  verbinder: number;
  /** Met when its holder plays a lone Eigen belang at a Verbinder table. */
  eigenbelang: number;
  /** Met when its holder does nothing at a Verbinder table. */
  idle: number;
  /** Met when its holder never shows a card and swaps one for one (NaN when not played). */
  swapper: number;
  /** Met when its holder is an Eigen belang that ignores the team parts of its cards (NaN when not played). */
  narrow: number;
}

export interface RoleTables {
  dilemma: DilemmaResult;
  cards: CardRate[];
}

type Way = 'verbinder' | 'eigenbelang' | 'idle' | 'swapper' | 'narrow';
const WAYS: readonly Way[] = ['verbinder', 'eigenbelang', 'idle'];

/**
 * The same tables (this role always in), the role played each of `ways`: as a Verbinder, as a lone
 * Eigen belang, by a lone idle player among Verbinders (or a lone swapper or narrow Eigen belang). Gives the dilemma figure and how often each
 * of the role's cards is met by each way of playing it (NaN for a way not played).
 */
export function roleTables(seats: number, role: RoleId, games: number, seed0 = 1, ways: readonly Way[] = WAYS, edition?: string): RoleTables {
  const points = { verbinder: [] as number[], eigenbelang: [] as number[] };
  const zero = (): Record<Way, number> => ({ verbinder: 0, eigenbelang: 0, idle: 0, swapper: 0, narrow: 0 });
  const tally = new Map<string, { dealt: Record<Way, number>; met: Record<Way, number> }>();
  for (let g = 0; g < games; g++) {
    const seed = seed0 + g;
    const roles = pickRoles(seats, seed, [role]);
    const seat = roles.indexOf(role);
    for (const kind of ways) {
      const team: SimPlayer[] = roles.map(() => 'verbinder');
      team[seat] = kind;
      const game = simulate(team, seed, roles, edition);
      if (kind === 'verbinder' || kind === 'eigenbelang') points[kind].push(game.points[seat]);
      for (const i of game.interests) {
        if (i.seat !== seat) continue;
        const t = tally.get(i.id) ?? { dealt: zero(), met: zero() };
        t.dealt[kind]++;
        if (i.met) t.met[kind]++;
        tally.set(i.id, t);
      }
    }
  }
  const rate = (t: { dealt: Record<Way, number>; met: Record<Way, number> }, k: Way) => t.met[k] / t.dealt[k];
  return {
    dilemma: { seats, role, loneDefector: mean(points.eigenbelang), verbinder: mean(points.verbinder) },
    cards: [...tally].map(([id, t]) => ({
      id,
      dealt: t.dealt[ways[0]],
      verbinder: rate(t, 'verbinder'),
      eigenbelang: rate(t, 'eigenbelang'),
      idle: rate(t, 'idle'),
      swapper: rate(t, 'swapper'),
      narrow: rate(t, 'narrow'),
    })),
  };
}

export interface RoleWorth {
  role: RoleId;
  /** Win rate of Verbinder tables with this role minus the same tables with another role instead. */
  cost: number;
  /** Win rates on the same seeds: the Verbinder tables with the role, with it idle, without it (another role instead), with it played by a lone Eigen belang. */
  withIt: number;
  idle: number;
  absent: number;
  defector: number;
}

/**
 * What each role is worth to a Verbinder team: the same seeds with the role playing, idle, absent
 * (another role in its place) and played by a lone Eigen belang.
 */
export function roleWorth(seats: number, games: number, seed0 = 1, edition?: string): RoleWorth[] {
  return ROLES.map((role) => {
    const won = { withIt: 0, idle: 0, absent: 0, defector: 0 };
    for (let g = 0; g < games; g++) {
      const seed = seed0 + g;
      const withIt = pickRoles(seats, seed, [role]);
      const seat = withIt.indexOf(role);
      const team: SimPlayer[] = Array(seats).fill('verbinder');
      const as = (p: SimPlayer): SimPlayer[] => team.map((t, i) => (i === seat ? p : t));
      const instead = pickRoles(seats + 1, seed, withIt.filter((r) => r !== role), [role]).find((r) => !withIt.includes(r))!;
      const without = withIt.map((r) => (r === role ? instead : r));
      won.withIt += simulate(team, seed, withIt, edition).won ? 1 : 0;
      won.idle += simulate(as('idle'), seed, withIt, edition).won ? 1 : 0;
      won.absent += simulate(team, seed, without, edition).won ? 1 : 0;
      won.defector += simulate(as('eigenbelang'), seed, withIt, edition).won ? 1 : 0;
    }
    const rate = (n: number) => n / games;
    return {
      role,
      cost: rate(won.withIt - won.absent),
      withIt: rate(won.withIt),
      idle: rate(won.idle),
      absent: rate(won.absent),
      defector: rate(won.defector),
    };
  });
}

/**
 * The standard make-ups at a seat count: all Verbinder, all Eigen belang, half and half, one Eigen
 * belang, all Voorzichtig; then the other ways of playing: all narrow Eigen belang, all swappers, a
 * table that waits out round 1, one that waits out rounds 1 and 2.
 */
export function standardMakeups(seats: number): SimPlayer[][] {
  const all = (p: SimPlayer): SimPlayer[] => Array(seats).fill(p);
  const half: SimPlayer[] = all('verbinder').map((p, i) => (i % 2 === 1 ? 'eigenbelang' : p));
  const one: SimPlayer[] = all('verbinder').map((p, i) => (i === 0 ? 'eigenbelang' : p));
  return [all('verbinder'), all('eigenbelang'), half, one, all('voorzichtig'), all('narrow'), all('swapper'), all('wait1'), all('wait2')];
}
