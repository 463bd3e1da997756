import { projectCard } from '../content';
import { RESOURCES, type Bag, type ResourceId, type RoleId } from '../model/ids';
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
 * time). The inputs are written over the previous ones in place, compared as they are written
 * (this runs for every seat at every change). The test compares this with a fresh computation at
 * every step of random games.
 */
const previous = new WeakMap<object, Map<number, SeatParts>>();

interface SeatParts {
  parts: Map<string, Part>;
  moves: SeatMoves;
  /** Counts the walks: a part not seen in the last one has left the table. */
  walk: number;
}

interface Part {
  kind: 'project' | 'holds' | 'cards' | 'offers' | 'disclose';
  /** The project, for a project's part. */
  id: string;
  /** What the part's checks read, as of the last walk. */
  deps: unknown[];
  /** How many inputs the current walk wrote, and whether each was the same as before. */
  n: number;
  same: boolean;
  walk: number;
  ok: string[];
  no: SeatMoves['no'];
  /** The part's first control was refused for the phase: so are the rest, unasked. */
  closed: boolean;
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

/** One input of a part, compared with what the part read last time. */
function put(part: Part, value: unknown): void {
  if (part.n < part.deps.length) {
    if (part.deps[part.n] !== value) {
      part.deps[part.n] = value;
      part.same = false;
    }
  } else {
    part.deps.push(value);
    part.same = false;
  }
  part.n++;
}

/** The part named `name`, its inputs about to be written again; the common inputs first. */
function begin(s: GameState, sp: SeatParts, name: string, kind: Part['kind'], id: string, me: RoleId): Part {
  let part = sp.parts.get(name);
  if (!part) sp.parts.set(name, (part = { kind, id, deps: [], n: 0, same: false, walk: 0, ok: [], no: {}, closed: false }));
  else {
    part.n = 0;
    part.same = true;
  }
  part.walk = sp.walk;
  put(part, s.status);
  put(part, s.phase);
  put(part, s.round);
  put(part, me);
  return part;
}

/** The part's inputs are written: its answers, asked again when any input differs from last time. Whether they were. */
function finish(s: GameState, seat: number, part: Part): boolean {
  if (part.deps.length !== part.n) {
    part.deps.length = part.n;
    part.same = false;
  }
  if (part.same) return false;
  askAll(s, seat, part);
  return true;
}

/**
 * Walks the parts of a seat's controls, writing what each part's checks read (the hand only as far
 * as a part's checks read it: a pledge reads the cards of what the project needs, so spending a
 * card asks again only the parts that use it); whether any part's answers changed.
 */
function walk(s: GameState, seat: number, sp: SeatParts): boolean {
  const me = s.seats[seat];
  const p = s.partners[me]!;
  const hand = p.hand;
  sp.walk++;
  let changed = false;
  for (const projectId of s.projects.table) {
    const part = begin(s, sp, projectId, 'project', projectId, me);
    const needs = projectCard(projectId).needs;
    for (const r of RESOURCES) put(part, (needs[r] ?? 0) > 0 ? (hand[r] ?? 0) : -1);
    // Of the others' pledges, a seat's controls read only which cards are still needed and whether
    // the project is ready (one card is pledged at a time): another partner's pledge that fills
    // nothing asks nothing again here.
    const { open, ready } = projectState(s, projectId);
    put(part, open);
    put(part, ready);
    put(part, s.pledges[projectId]?.[me]);
    changed = finish(s, seat, part) || changed;
  }
  const holds = begin(s, sp, ':holds', 'holds', '', me);
  for (const r of HOLD_RESOURCES) put(holds, hand[r] ?? 0);
  for (const id in s.personas) put(holds, s.personas[id]);
  changed = finish(s, seat, holds) || changed;
  const frozen = s.modifiers.frozen.join();
  let mineOpen = 0;
  const offers = begin(s, sp, ':offers', 'offers', '', me);
  put(offers, hand);
  put(offers, frozen);
  for (const o of s.offers) {
    if (o.from === me) mineOpen++;
    if (o.from === me || o.to === me) {
      put(offers, o);
      put(offers, s.partners[o.from]!.hand);
    }
  }
  put(offers, mineOpen);
  changed = finish(s, seat, offers) || changed;
  const cards = begin(s, sp, ':cards', 'cards', '', me);
  put(cards, hand);
  put(cards, frozen);
  put(cards, mineOpen);
  changed = finish(s, seat, cards) || changed;
  const disclose = begin(s, sp, ':disclose', 'disclose', '', me);
  put(disclose, p.interests);
  put(disclose, s.disclosures.length);
  changed = finish(s, seat, disclose) || changed;
  // Projects that left the table.
  for (const [name, part] of sp.parts) {
    if (part.walk === sp.walk) continue;
    sp.parts.delete(name);
    changed = true;
  }
  return changed;
}

/**
 * One control's answer, filed in its part. The engine checks the phase before anything that
 * differs between one part's controls (rules/apply.ts `dispatch`: every kind of move in a part has
 * the same phase gate), so when a part's first control is refused for the phase, so are the rest:
 * they are not asked (a phase change would otherwise ask every control at every seat of every table
 * at once). The test checks that every legal move still has its control.
 */
function ask(s: GameState, seat: number, part: Part, key: string, action: Action): void {
  if (part.closed) return;
  const no = refusalOf(s, seat, action);
  if (!no) part.ok.push(key);
  else if (no.code !== 'wrong_phase') (part.no[no.code] ??= []).push(key);
  else if (part.ok.length === 0 && Object.keys(part.no).length === 0) part.closed = true;
}

/** The engine's answer to every control of one part. */
function askAll(s: GameState, seat: number, part: Part): void {
  part.ok = [];
  part.no = {};
  part.closed = false;
  const me = s.seats[seat];
  const hand = s.partners[me]!.hand;
  const to = s.config.roles.find((r) => r !== me);
  switch (part.kind) {
    case 'project': {
      const projectId = part.id;
      const { needed } = projectState(s, projectId);
      const mine = s.pledges[projectId]?.[me] ?? {};
      for (const r of RESOURCES) {
        if (needed.includes(r)) ask(s, seat, part, `pledge:${projectId}:${r}`, { type: 'pledge', projectId, resources: UNIT[r] });
        if ((mine[r] ?? 0) > 0) ask(s, seat, part, `unpledge:${projectId}:${r}`, { type: 'unpledge', projectId, resources: UNIT[r] });
      }
      break;
    }
    case 'holds':
      for (const id of Object.keys(s.personas)) {
        if (s.personas[id].status !== 'reached') continue;
        for (const r of HOLD_RESOURCES) ask(s, seat, part, `hold:${id}:${r}`, { type: 'hold', personaId: id, resource: r });
      }
      break;
    case 'cards': {
      if (to === undefined) break;
      const free = RESOURCES.find((r) => !s.modifiers.frozen.includes(r)) ?? RESOURCES[0];
      for (const r of RESOURCES) {
        ask(s, seat, part, `give:${r}`, { type: 'gift', to, resources: UNIT[r] });
        ask(s, seat, part, `get:${r}`, { type: 'proposeTrade', to, give: {}, get: UNIT[r] });
      }
      // Trading and giving do not depend on which partner (every partner at the table may be
      // one): one answer each, asked for the first partner.
      ask(s, seat, part, 'trade', { type: 'proposeTrade', to, give: {}, get: UNIT[free] });
      const some = RESOURCES.find((r) => (hand[r] ?? 0) > 0 && !s.modifiers.frozen.includes(r)) ?? RESOURCES.find((r) => (hand[r] ?? 0) > 0) ?? free;
      ask(s, seat, part, 'gift', { type: 'gift', to, resources: UNIT[some] });
      break;
    }
    case 'offers':
      for (const o of s.offers) {
        if (o.to === me) {
          ask(s, seat, part, `accept:${o.id}`, { type: 'acceptTrade', offerId: o.id });
          // A counter-offer is possible with what I hold: what the offer asks, as far as my hand goes.
          ask(s, seat, part, `counter:${o.id}`, { type: 'counterTrade', offerId: o.id, give: capped(o.get, hand), get: o.give });
          ask(s, seat, part, `decline:${o.id}`, { type: 'declineTrade', offerId: o.id });
        } else if (o.from === me) {
          ask(s, seat, part, `withdraw:${o.id}`, { type: 'withdrawTrade', offerId: o.id });
        }
      }
      break;
    case 'disclose':
      for (const interestId of s.partners[me]!.interests) ask(s, seat, part, `disclose:${interestId}`, { type: 'disclose', interestId, to: 'all' });
      break;
  }
}

/** `bag` as far as `hand` covers it. */
function capped(bag: Bag, hand: Bag): Bag {
  const out: Bag = {};
  for (const r of RESOURCES) {
    const n = Math.min(bag[r] ?? 0, hand[r] ?? 0);
    if (n > 0) out[r] = n;
  }
  return out;
}

function combine(parts: Iterable<Part>): SeatMoves {
  const out: SeatMoves = { ok: [], no: {} };
  for (const part of parts) {
    for (const k of part.ok) out.ok.push(k);
    for (const code in part.no) {
      const keys = part.no[code as keyof SeatMoves['no']]!;
      const all = (out.no[code as keyof SeatMoves['no']] ??= []);
      for (const k of keys) all.push(k);
    }
  }
  // Sorted, so a client that applies a change of keys (view/delta.ts) has them in the same order,
  // and the same answers are the same lists whatever order the parts were asked in.
  out.ok.sort();
  for (const code in out.no) out.no[code as keyof SeatMoves['no']]!.sort();
  return out;
}

const NONE = (): SeatMoves => ({ ok: [], no: {} });

export function seatMoves(s: GameState, seat: number): SeatMoves {
  if (s.status !== 'playing' || s.seats[seat] === undefined) return NONE();
  let bySeat = previous.get(s.config);
  if (!bySeat) previous.set(s.config, (bySeat = new Map()));
  let sp = bySeat.get(seat);
  if (!sp) {
    sp = { parts: new Map(), moves: NONE(), walk: 0 };
    walk(s, seat, sp);
    sp.moves = combine(sp.parts.values());
    bySeat.set(seat, sp);
  } else if (walk(s, seat, sp)) sp.moves = combine(sp.parts.values());
  return sp.moves;
}

/** The answers computed from scratch (what `seatMoves` reuses where nothing it reads changed). */
export function freshMoves(s: GameState, seat: number): SeatMoves {
  if (s.status !== 'playing' || s.seats[seat] === undefined) return NONE();
  const sp: SeatParts = { parts: new Map(), moves: NONE(), walk: 0 };
  walk(s, seat, sp);
  return combine(sp.parts.values());
}
