import { allowed } from './allowed';
import { isDeepStrictEqual } from 'node:util';
import { applyAction, replay, type Action, type Actor, type GameState, type LogEntry } from '../../shared/rules';
import { playerView, projectorView } from '../../shared/view';
import { RESOURCES, type Bag } from '../../shared/model/ids';
import { total } from '../../shared/model/bag';
import { nextFloat, nextInt, type Rng } from '../../shared/rng';
import { randomGame, type Step } from './random-game';

// The invariants every random game must keep, checked at every step.

export function allAmounts(s: GameState): number[] {
  const out: number[] = [];
  const push = (b: Bag) => RESOURCES.forEach((r) => b[r] !== undefined && out.push(b[r]!));
  for (const p of Object.values(s.partners)) [p!.hand, p!.received, p!.gave].forEach(push);
  for (const byRole of Object.values(s.pledges)) Object.values(byRole).forEach((b) => push(b!));
  for (const o of s.offers) [o.give, o.get].forEach(push);
  return out;
}

/** Every resource card in the game: hands plus pledges on open projects. */
export function resourcesInPlay(s: GameState): number {
  let n = 0;
  for (const p of Object.values(s.partners)) n += total(p!.hand);
  for (const byRole of Object.values(s.pledges)) for (const b of Object.values(byRole)) n += total(b!);
  return n;
}

/** The change in resources the log entries account for: sources minus sinks. */
export function accountedChange(events: LogEntry[], after: GameState): number {
  let n = 0;
  for (const e of events) {
    if (e.t === 'income' || e.t === 'gain' || e.t === 'support') n += total(e.resources);
    if (e.t === 'lose' || e.t === 'lapsed') n -= total(e.resources);
    if (e.t === 'held' && 'role' in e.by) n -= 1;
    if (e.t === 'completed') {
      const c = after.projects.completed.find((p) => p.id === e.projectId)!;
      n -= Object.values(c.contributions).reduce((sum, b) => sum + total(b!), 0);
    }
  }
  return n;
}

/** Actions that are never legal in any state, or not in this one; each must be refused. */
export function illegalActions(s: GameState, rng: Rng): { actor: Actor; action: Action }[] {
  const seat = nextInt(rng, s.seats.length);
  const me = s.seats[seat];
  const other = s.seats[(seat + 1) % s.seats.length];
  const huge = { budget: 999 };
  const cases: { actor: Actor; action: Action }[] = [
    { actor: seat, action: { type: 'advancePhase' } },
    { actor: seat, action: { type: 'endGame' } },
    { actor: 99, action: { type: 'gift', to: other, resources: { budget: 1 } } },
    { actor: seat, action: { type: 'gift', to: other, resources: huge } },
    { actor: seat, action: { type: 'gift', to: me, resources: { budget: 1 } } },
    { actor: seat, action: { type: 'gift', to: other, resources: { budget: -1 } } },
    { actor: seat, action: { type: 'gift', to: other, resources: { budget: 0.5 } } },
    { actor: seat, action: { type: 'proposeTrade', to: other, give: huge, get: {} } },
    { actor: seat, action: { type: 'acceptTrade', offerId: 'o-none' } },
    { actor: seat, action: { type: 'pledge', projectId: 'p-does-not-exist', resources: { budget: 1 } } },
    { actor: seat, action: { type: 'pledge', projectId: s.projects.table[0] ?? 'p-x', resources: { budget: 50 } } },
    { actor: seat, action: { type: 'disclose', interestId: 'i-nope', to: 'all' } },
    { actor: seat, action: { type: 'guess', target: other, interestIds: ['i-nope'] } },
    { actor: seat, action: { type: 'hold', personaId: 'pe-nobody', resource: 'bereik' } },
    { actor: seat, action: { type: 'refer', personaId: 'pe-nobody', to: other } },
    { actor: seat, action: { type: 'takeUp', personaId: 'pe-nobody', resource: 'bereik' } },
    { actor: seat, action: { type: 'unknownThing' } as unknown as Action },
  ];
  if (s.phase !== 'overleg' && total(s.partners[me]!.hand) > 0) {
    const r = RESOURCES.find((x) => (s.partners[me]!.hand[x] ?? 0) > 0)!;
    cases.push({ actor: seat, action: { type: 'gift', to: other, resources: { [r]: 1 } } });
  }
  return cases;
}

export function secretIdsHiddenFrom(s: GameState, seat: number): string[] {
  const viewer = s.seats[seat];
  const ownGuesses = Object.values(s.guesses[seat] ?? {}).flat();
  const out: string[] = [];
  for (const role of s.config.roles) {
    if (role === viewer) continue;
    for (const id of s.partners[role]!.interests) {
      const shown = s.disclosures.some((d) => d.role === role && d.interestId === id && (d.to === 'all' || d.to === viewer));
      if (!shown && !ownGuesses.includes(id)) out.push(id);
    }
  }
  return out;
}

function leak(found: boolean, what: string): void {
  if (found) throw new Error(`secret leaked: ${what}`);
}

export function assertViewsLeakNothing(s: GameState): void {
  if (s.status === 'ended') return;
  for (let seat = 0; seat < s.seats.length; seat++) {
    const json = JSON.stringify(playerView(s, seat));
    const viewer = s.seats[seat];
    for (const id of secretIdsHiddenFrom(s, seat)) leak(json.includes(`"${id}"`), `seat ${seat} sees interest ${id}`);
    for (const o of s.offers) {
      if (o.from !== viewer && o.to !== viewer) leak(json.includes(`"${o.id}"`), `seat ${seat} sees offer ${o.id}`);
    }
    leak(json.includes('"t":"guess"') && playerView(s, seat).log.some((e) => e.t === 'guess' && e.seat !== seat), `seat ${seat} sees a guess`);
  }
  const projector = JSON.stringify(projectorView(s));
  for (const role of s.config.roles) {
    for (const id of s.partners[role]!.interests) {
      const public_ = s.disclosures.some((d) => d.role === role && d.interestId === id && d.to === 'all');
      leak(!public_ && projector.includes(`"${id}"`), `projector sees ${id}`);
    }
  }
  leak(projector.includes('"t":"guess"'), 'projector sees a guess');
  for (const o of s.offers) leak(projector.includes(`"${o.id}"`), `projector sees offer ${o.id}`);
}

export interface GameCheckStats {
  steps: number;
  completed: number;
  ended: boolean;
}

/** Play one random game and check every invariant along the way. */
export function checkRandomGame(seed: number): GameCheckStats {
  let steps = 0;
  const onStep = ({ before, after, actor, action }: Step, rng: Rng) => {
    steps++;
    // No negative or fractional amounts, anywhere.
    for (const n of allAmounts(after)) {
      if (!(Number.isInteger(n) && n >= 0)) throw new Error(`bad amount ${n} after ${action.type}`);
    }
    // Resources change only by the documented sources and sinks.
    const r = applyAction(before, actor, action);
    if (!r.ok) throw new Error('step not reproducible');
    const delta = resourcesInPlay(after) - resourcesInPlay(before);
    if (delta !== accountedChange(r.events, after)) {
      throw new Error(`resources changed by ${delta}, accounted ${accountedChange(r.events, after)} (${action.type})`);
    }
    // Every listed legal action is accepted (a sample each step, all of them now and then).
    for (const who of [nextInt(rng, after.seats.length), 'host' as const]) {
      const legal = allowed(after, who);
      const sample = steps % 30 === 0 ? legal : legal.filter(() => nextFloat(rng) < 3 / Math.max(3, legal.length));
      for (const a of sample) {
        const res = applyAction(after, who, a);
        if (!res.ok) throw new Error(`listed action refused: ${JSON.stringify(a)} by ${who}: ${res.error.code}`);
      }
    }
    // Illegal actions are refused and leave the state exactly as it was.
    // (Every step tries one; every fifth step also proves the state unchanged, which is costlier.)
    const snapshot = steps % 5 === 0 ? JSON.stringify(after) : null;
    const bad = illegalActions(after, rng);
    const pick = bad[nextInt(rng, bad.length)];
    const res = applyAction(after, pick.actor, pick.action);
    if (res.ok) throw new Error(`illegal action accepted: ${JSON.stringify(pick)}`);
    if (snapshot !== null && JSON.stringify(after) !== snapshot) throw new Error('refused action changed the state');
    if (steps % 9 === 0) assertViewsLeakNothing(after);
  };
  // Every state frozen: the reducer copies what it changes, so any change in place would throw here.
  const { record, state } = randomGame(seed, { onStep, freeze: true });
  // Replay is exact, also after a JSON round trip of the record.
  if (!isDeepStrictEqual(replay(record), state)) throw new Error(`replay of game ${seed} differs`);
  if (!isDeepStrictEqual(replay(JSON.parse(JSON.stringify(record))), state)) throw new Error(`JSON replay of game ${seed} differs`);
  if (!isDeepStrictEqual(JSON.parse(JSON.stringify(state)), state)) throw new Error(`state of game ${seed} is not plain JSON`);
  return { steps, completed: state.projects.completed.length, ended: state.status === 'ended' };
}


/** Check every game of a seed range; returns the totals so a test can see the games were real games. */
export function checkSeedRange(from: number, to: number): { steps: number; completed: number; allEnded: boolean } {
  let steps = 0;
  let completed = 0;
  let allEnded = true;
  for (let seed = from; seed < to; seed++) {
    const stats = checkRandomGame(seed);
    allEnded &&= stats.ended;
    steps += stats.steps;
    completed += stats.completed;
  }
  return { steps, completed, allEnded };
}
