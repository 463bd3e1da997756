import { projectCard } from '../content';
import { RESOURCES, type ResourceId } from '../model/ids';
import { refusalOf } from './apply';
import { UNIT } from './legal';
import { isReady, pledgedTotal } from './phases';
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

/** One part of a seat's controls: what its checks read, and which controls it holds. */
interface PartSpec {
  name: string;
  deps: unknown[];
  kind: 'project' | 'holds' | 'cards' | 'offers' | 'disclose';
  /** The project, for a project's part. */
  id: string;
}

/** Per state, per project: which cards it still needs (and as one string) and whether it is ready. */
interface ProjectState {
  needed: ResourceId[];
  open: string;
  ready: boolean;
}
const projectStates = new WeakMap<GameState, Map<string, ProjectState>>();

function projectState(s: GameState, projectId: string): ProjectState {
  let byProject = projectStates.get(s);
  if (!byProject) projectStates.set(s, (byProject = new Map()));
  let st = byProject.get(projectId);
  if (!st) {
    const needs = projectCard(projectId).needs;
    const pledged = pledgedTotal(s, projectId);
    const needed = RESOURCES.filter((r) => (needs[r] ?? 0) > (pledged[r] ?? 0));
    st = { needed, open: needed.join(), ready: isReady(s, projectId) };
    byProject.set(projectId, st);
  }
  return st;
}

/** The parts of a seat's controls, each with what its checks read (plain data, no closures: this runs for every seat at every change). */
function parts(s: GameState, seat: number): PartSpec[] {
  const me = s.seats[seat];
  const p = s.partners[me]!;
  const hand = p.hand;
  // What every part reads; the hand only as far as a part's checks read it (a pledge reads the
  // cards of what the project needs), so spending a card asks again only the parts that use it.
  const out: PartSpec[] = [];
  for (const projectId of s.projects.table) {
    const by = s.pledges[projectId] ?? {};
    const needs = projectCard(projectId).needs;
    const deps: unknown[] = [s.status, s.phase, s.round, me];
    for (const r of RESOURCES) deps.push((needs[r] ?? 0) > 0 ? (hand[r] ?? 0) : -1);
    // Of the others' pledges, a seat's controls read only which cards are still needed and whether
    // the project is ready (one card is pledged at a time): another partner's pledge that fills
    // nothing asks nothing again here.
    const { open, ready } = projectState(s, projectId);
    deps.push(open, ready, by[me]);
    out.push({ name: projectId, deps, kind: 'project', id: projectId });
  }
  const holds: unknown[] = [s.status, s.phase, s.round, me];
  for (const r of HOLD_RESOURCES) holds.push(hand[r] ?? 0);
  for (const id in s.personas) holds.push(s.personas[id]);
  out.push({ name: ':holds', deps: holds, kind: 'holds', id: '' });
  const frozen = s.modifiers.frozen.join();
  let mineOpen = 0;
  const offers: unknown[] = [s.status, s.phase, s.round, me, hand, frozen];
  for (const o of s.offers) {
    if (o.from === me) mineOpen++;
    if (o.from === me || o.to === me) offers.push(o, s.partners[o.from]!.hand);
  }
  offers.push(mineOpen);
  out.push({ name: ':cards', deps: [s.status, s.phase, s.round, me, hand, frozen, mineOpen], kind: 'cards', id: '' });
  out.push({ name: ':offers', deps: offers, kind: 'offers', id: '' });
  out.push({ name: ':disclose', deps: [s.status, s.phase, s.round, me, p.interests, s.disclosures.length], kind: 'disclose', id: '' });
  return out;
}

/** The engine's answer to every control of one part. */
function askAll(s: GameState, seat: number, spec: PartSpec): Part {
  const part: Part = { deps: spec.deps, ok: [], no: {} };
  const ask = (key: string, action: Action): void => {
    const no = refusalOf(s, seat, action);
    if (!no) part.ok.push(key);
    else if (no.code !== 'wrong_phase') (part.no[no.code] ??= []).push(key);
  };
  const me = s.seats[seat];
  const hand = s.partners[me]!.hand;
  const to = s.config.roles.find((r) => r !== me);
  switch (spec.kind) {
    case 'project': {
      const projectId = spec.id;
      const { needed } = projectState(s, projectId);
      const mine = s.pledges[projectId]?.[me] ?? {};
      for (const r of RESOURCES) {
        if (needed.includes(r)) ask(`pledge:${projectId}:${r}`, { type: 'pledge', projectId, resources: UNIT[r] });
        if ((mine[r] ?? 0) > 0) ask(`unpledge:${projectId}:${r}`, { type: 'unpledge', projectId, resources: UNIT[r] });
      }
      break;
    }
    case 'holds':
      for (const id of Object.keys(s.personas)) {
        if (s.personas[id].status !== 'reached') continue;
        for (const r of HOLD_RESOURCES) ask(`hold:${id}:${r}`, { type: 'hold', personaId: id, resource: r });
      }
      break;
    case 'cards': {
      if (to === undefined) break;
      const free = RESOURCES.find((r) => !s.modifiers.frozen.includes(r)) ?? RESOURCES[0];
      for (const r of RESOURCES) {
        ask(`give:${r}`, { type: 'gift', to, resources: UNIT[r] });
        ask(`get:${r}`, { type: 'proposeTrade', to, give: {}, get: UNIT[r] });
      }
      // Trading and giving do not depend on which partner (every partner at the table may be
      // one): one answer each, asked for the first partner.
      ask('trade', { type: 'proposeTrade', to, give: {}, get: UNIT[free] });
      const some = RESOURCES.find((r) => (hand[r] ?? 0) > 0 && !s.modifiers.frozen.includes(r)) ?? RESOURCES.find((r) => (hand[r] ?? 0) > 0) ?? free;
      ask('gift', { type: 'gift', to, resources: UNIT[some] });
      break;
    }
    case 'offers':
      for (const o of s.offers) {
        if (o.to === me) {
          ask(`accept:${o.id}`, { type: 'acceptTrade', offerId: o.id });
          ask(`counter:${o.id}`, { type: 'counterTrade', offerId: o.id, give: o.get, get: o.give });
          ask(`decline:${o.id}`, { type: 'declineTrade', offerId: o.id });
        } else if (o.from === me) {
          ask(`withdraw:${o.id}`, { type: 'withdrawTrade', offerId: o.id });
        }
      }
      break;
    case 'disclose':
      for (const interestId of s.partners[me]!.interests) ask(`disclose:${interestId}`, { type: 'disclose', interestId, to: 'all' });
      break;
  }
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
  for (const spec of parts(s, seat)) {
    const old = last?.parts.get(spec.name);
    if (old && same(old.deps, spec.deps)) next.set(spec.name, old);
    else {
      next.set(spec.name, askAll(s, seat, spec));
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
  return combine(parts(s, seat).map((spec) => askAll(s, seat, spec)));
}
