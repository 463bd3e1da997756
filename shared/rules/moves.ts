import { projectCard } from '../content';
import { RESOURCES, type Bag, type ResourceId } from '../model/ids';
import { refusalOf } from './apply';
import { pledgedTotal } from './phases';
import { HOLD_RESOURCES, type Action, type GameError, type GameState } from './types';

// The controls a seat's table shows, each with the engine's own answer to it: the table offers a
// control enabled only when the engine would accept its move, and shows the refusal beside a
// disabled one before anyone tries. Each answer is `refusalOf` (apply.ts): the reducer's checks
// run without changing anything, so no rule is written twice.
//
// Keys name one card's move: `pledge:<project>:<resource>`, `unpledge:<project>:<resource>`,
// `hold:<persona>:<resource>`, `give:<resource>` (giving one card: a gift, or one's side of a
// trade), `get:<resource>` (asking one card in a trade), `trade` (an offer to a partner), `gift`,
// `accept|counter|decline|withdraw:<offer id>`, `disclose:<interest>`.

export interface SeatMoves {
  /** Keys of controls whose move the engine accepts now. */
  ok: string[];
  /**
   * Controls the engine refuses now, by the refusal's code (what it names — the resource, the offer
   * — is in the key). A move refused only because of the phase is left out: its control is not
   * shown in that phase at all. Small, because it travels with every view that changes it.
   */
  no: Partial<Record<GameError['code'], string[]>>;
}

const ONE = Object.fromEntries(RESOURCES.map((r) => [r, Object.freeze({ [r]: 1 })])) as Record<ResourceId, Bag>;

/**
 * The answers of the previous state of this game, per seat, with what they were read from. States
 * are never changed once made and the reducer replaces every value it changes (rules/clone.ts), so
 * when every value the checks can read for a seat is the same object as before, the answers are the
 * same — and the same object, which the view deltas then compare in no time. (The test compares
 * this with a fresh computation at every step of random games.)
 */
const previous = new WeakMap<object, Map<number, { deps: unknown[]; moves: SeatMoves }>>();

/** Everything the checks behind a seat's controls read (references, or values for what is rebuilt). */
function inputs(s: GameState, seat: number): unknown[] {
  const me = s.seats[seat];
  const p = s.partners[me]!;
  const deps: unknown[] = [s.status, s.phase, s.round, s.seats.join(), s.modifiers.frozen.join(), p.hand, p.interests, s.disclosures.length, s.projects.table.join()];
  for (const id of s.projects.table) {
    const by = s.pledges[id] ?? {};
    for (const r of s.config.roles) deps.push(by[r]);
  }
  for (const o of s.offers) if (o.from === me || o.to === me) deps.push(o, s.partners[o.from]!.hand, s.partners[o.to]!.hand);
  for (const id in s.personas) deps.push(s.personas[id]);
  return deps;
}

export function seatMoves(s: GameState, seat: number): SeatMoves {
  if (s.status !== 'playing' || s.seats[seat] === undefined) return freshMoves(s, seat);
  let bySeat = previous.get(s.config);
  if (!bySeat) previous.set(s.config, (bySeat = new Map()));
  const deps = inputs(s, seat);
  const last = bySeat.get(seat);
  if (last && last.deps.length === deps.length && last.deps.every((d, i) => d === deps[i])) return last.moves;
  const moves = freshMoves(s, seat);
  bySeat.set(seat, { deps, moves });
  return moves;
}

/** The answers computed from scratch (what `seatMoves` reuses when nothing it reads changed). */
export function freshMoves(s: GameState, seat: number): SeatMoves {
  const out: SeatMoves = { ok: [], no: {} };
  const me = s.seats[seat];
  if (s.status !== 'playing' || me === undefined) return out;
  const ask = (key: string, action: Action) => {
    const no = refusalOf(s, seat, action);
    if (!no) out.ok.push(key);
    else if (no.code !== 'wrong_phase') (out.no[no.code] ??= []).push(key);
  };
  const hand = s.partners[me]!.hand;
  const others = s.config.roles.filter((r) => r !== me);
  const free = RESOURCES.find((r) => !s.modifiers.frozen.includes(r)) ?? RESOURCES[0];

  for (const projectId of s.projects.table) {
    const needs = projectCard(projectId).needs;
    const pledged = pledgedTotal(s, projectId);
    const mine = s.pledges[projectId][me] ?? {};
    for (const r of RESOURCES) {
      if ((needs[r] ?? 0) > (pledged[r] ?? 0)) ask(`pledge:${projectId}:${r}`, { type: 'pledge', projectId, resources: ONE[r] });
      if ((mine[r] ?? 0) > 0) ask(`unpledge:${projectId}:${r}`, { type: 'unpledge', projectId, resources: ONE[r] });
    }
  }
  for (const id of Object.keys(s.personas)) {
    if (s.personas[id].status !== 'reached') continue;
    for (const r of HOLD_RESOURCES) ask(`hold:${id}:${r}`, { type: 'hold', personaId: id, resource: r });
  }
  const to = others[0];
  if (to !== undefined) {
    for (const r of RESOURCES) {
      ask(`give:${r}`, { type: 'gift', to, resources: ONE[r] });
      ask(`get:${r}`, { type: 'proposeTrade', to, give: {}, get: ONE[r] });
    }
  }
  // Trading and giving do not depend on which partner (every partner at the table may be one): one
  // answer each, asked for the first partner.
  if (to !== undefined) {
    ask('trade', { type: 'proposeTrade', to, give: {}, get: ONE[free] });
    const some = RESOURCES.find((r) => (hand[r] ?? 0) > 0 && !s.modifiers.frozen.includes(r)) ?? RESOURCES.find((r) => (hand[r] ?? 0) > 0) ?? free;
    ask('gift', { type: 'gift', to, resources: ONE[some] });
  }
  for (const o of s.offers) {
    if (o.to === me) {
      ask(`accept:${o.id}`, { type: 'acceptTrade', offerId: o.id });
      ask(`counter:${o.id}`, { type: 'counterTrade', offerId: o.id, give: o.get, get: o.give });
      ask(`decline:${o.id}`, { type: 'declineTrade', offerId: o.id });
    } else if (o.from === me) {
      ask(`withdraw:${o.id}`, { type: 'withdrawTrade', offerId: o.id });
    }
  }
  for (const interestId of s.partners[me]!.interests) ask(`disclose:${interestId}`, { type: 'disclose', interestId, to: 'all' });
  return out;
}
