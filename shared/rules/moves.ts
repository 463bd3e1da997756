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
  /** Keys of controls whose move the engine accepts now, sorted. */
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
 * The answers of the previous state of this game, per seat and part of the table, with what each
 * part was read from. States are never changed once made and the reducer replaces every value it
 * changes (rules/clone.ts), so a part whose inputs are all the same objects as before has the same
 * answers: after someone's pledge only that project's controls are asked again at the other seats.
 * When no part changed, the same answers object is returned (the view deltas compare it in no
 * time). The test compares this with a fresh computation at every step of random games.
 */
const previous = new WeakMap<object, Map<number, { parts: Map<string, Part>; moves: SeatMoves }>>();

interface Part {
  deps: unknown[];
  ok: string[];
  no: SeatMoves['no'];
}

type Ask = (key: string, action: Action) => void;

/** The parts of a seat's controls: each with what its checks read and how to ask them. */
function parts(s: GameState, seat: number): { name: string; deps: unknown[]; fill: (ask: Ask) => void }[] {
  const me = s.seats[seat];
  const p = s.partners[me]!;
  const hand = p.hand;
  const base = [s.status, s.phase, s.round, me, hand];
  const others = s.config.roles.filter((r) => r !== me);
  const to = others[0];
  const frozen = s.modifiers.frozen.join();
  const out: { name: string; deps: unknown[]; fill: (ask: Ask) => void }[] = [];
  for (const projectId of s.projects.table) {
    const by = s.pledges[projectId] ?? {};
    out.push({
      name: `project:${projectId}`,
      deps: [...base, ...s.config.roles.map((r) => by[r])],
      fill: (ask) => {
        const needs = projectCard(projectId).needs;
        const pledged = pledgedTotal(s, projectId);
        const mine = by[me] ?? {};
        for (const r of RESOURCES) {
          if ((needs[r] ?? 0) > (pledged[r] ?? 0)) ask(`pledge:${projectId}:${r}`, { type: 'pledge', projectId, resources: ONE[r] });
          if ((mine[r] ?? 0) > 0) ask(`unpledge:${projectId}:${r}`, { type: 'unpledge', projectId, resources: ONE[r] });
        }
      },
    });
  }
  out.push({
    name: 'holds',
    deps: [...base, ...Object.keys(s.personas).map((id) => s.personas[id])],
    fill: (ask) => {
      for (const id of Object.keys(s.personas)) {
        if (s.personas[id].status !== 'reached') continue;
        for (const r of HOLD_RESOURCES) ask(`hold:${id}:${r}`, { type: 'hold', personaId: id, resource: r });
      }
    },
  });
  const mineOpen = s.offers.filter((o) => o.from === me).length;
  out.push({
    name: 'cards',
    deps: [...base, frozen, mineOpen],
    fill: (ask) => {
      if (to === undefined) return;
      const free = RESOURCES.find((r) => !s.modifiers.frozen.includes(r)) ?? RESOURCES[0];
      for (const r of RESOURCES) {
        ask(`give:${r}`, { type: 'gift', to, resources: ONE[r] });
        ask(`get:${r}`, { type: 'proposeTrade', to, give: {}, get: ONE[r] });
      }
      // Trading and giving do not depend on which partner (every partner at the table may be
      // one): one answer each, asked for the first partner.
      ask('trade', { type: 'proposeTrade', to, give: {}, get: ONE[free] });
      const some = RESOURCES.find((r) => (hand[r] ?? 0) > 0 && !s.modifiers.frozen.includes(r)) ?? RESOURCES.find((r) => (hand[r] ?? 0) > 0) ?? free;
      ask('gift', { type: 'gift', to, resources: ONE[some] });
    },
  });
  const mine = s.offers.filter((o) => o.to === me || o.from === me);
  out.push({
    name: 'offers',
    deps: [...base, frozen, mineOpen, ...mine.flatMap((o) => [o, s.partners[o.from]!.hand])],
    fill: (ask) => {
      for (const o of mine) {
        if (o.to === me) {
          ask(`accept:${o.id}`, { type: 'acceptTrade', offerId: o.id });
          ask(`counter:${o.id}`, { type: 'counterTrade', offerId: o.id, give: o.get, get: o.give });
          ask(`decline:${o.id}`, { type: 'declineTrade', offerId: o.id });
        } else {
          ask(`withdraw:${o.id}`, { type: 'withdrawTrade', offerId: o.id });
        }
      }
    },
  });
  out.push({
    name: 'disclose',
    deps: [...base, p.interests, s.disclosures.length],
    fill: (ask) => {
      for (const interestId of p.interests) ask(`disclose:${interestId}`, { type: 'disclose', interestId, to: 'all' });
    },
  });
  return out;
}

function askAll(s: GameState, seat: number, deps: unknown[], fill: (ask: Ask) => void): Part {
  const part: Part = { deps, ok: [], no: {} };
  fill((key, action) => {
    const no = refusalOf(s, seat, action);
    if (!no) part.ok.push(key);
    else if (no.code !== 'wrong_phase') (part.no[no.code] ??= []).push(key);
  });
  return part;
}

function combine(list: Part[]): SeatMoves {
  const out: SeatMoves = { ok: [], no: {} };
  for (const part of list) {
    out.ok.push(...part.ok);
    for (const [code, keys] of Object.entries(part.no) as [keyof SeatMoves['no'], string[]][]) (out.no[code] ??= []).push(...keys);
  }
  // Sorted, so a client that applies a change of keys (view/delta.ts) has them in the same order.
  out.ok.sort();
  return out;
}

const same = (a: unknown[], b: unknown[]): boolean => a.length === b.length && a.every((x, i) => x === b[i]);

export function seatMoves(s: GameState, seat: number): SeatMoves {
  if (s.status !== 'playing' || s.seats[seat] === undefined) return { ok: [], no: {} };
  let bySeat = previous.get(s.config);
  if (!bySeat) previous.set(s.config, (bySeat = new Map()));
  const last = bySeat.get(seat);
  const next = new Map<string, Part>();
  let changed = !last;
  for (const { name, deps, fill } of parts(s, seat)) {
    const old = last?.parts.get(name);
    if (old && same(old.deps, deps)) next.set(name, old);
    else {
      next.set(name, askAll(s, seat, deps, fill));
      changed = true;
    }
  }
  if (last && last.parts.size !== next.size) changed = true;
  const moves = !changed && last ? last.moves : combine([...next.values()]);
  bySeat.set(seat, { parts: next, moves });
  return moves;
}

/** The answers computed from scratch (what `seatMoves` reuses where nothing it reads changed). */
export function freshMoves(s: GameState, seat: number): SeatMoves {
  if (s.status !== 'playing' || s.seats[seat] === undefined) return { ok: [], no: {} };
  return combine(parts(s, seat).map(({ deps, fill }) => askAll(s, seat, deps, fill)));
}
