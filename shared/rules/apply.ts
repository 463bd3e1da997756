import { cardsOf } from '../content';
import { add, covers, isEmpty, isNormal, isWellFormed, missing, normalize, subtract } from '../model/bag';
import { PHASES, RESOURCES, ROLES, type Bag, type PhaseId, type RoleId } from '../model/ids';
import { cloneForMove, cloneState, setPartner } from './clone';
import { MAX_OPEN_OFFERS } from './config';
import { refusal, refused, type Refusal } from './errors';
import { advancePhase, endGame, isReady, log, pledgedTotal } from './phases';
import { refer, settled, takeUp } from './referral';
import { tradeHelp } from './scoring';
import { HOLD_RESOURCES, type Action, type Actor, type ApplyResult, type GameError, type GameState, type MoveDraft, type Offer } from './types';

// The reducer. applyAction copies the state, lets a handler check and change the copy, and returns
// it; a handler refuses by returning a Refusal before its first change, and then the copy is
// dropped: the caller's state is never touched, so a refused action leaves everything as it was.
// The host's step to the next phase changes much and gets a copy of every part (`cloneState`); a
// seat's move gets the top level and the lists it adds to (`cloneForMove`), and replaces what else
// it changes (a partner, a project's pledges, its guesses, a resident).
// Every check returns its refusal (or null, or the value it checked) instead of throwing it: the
// same checks answer the table's controls, dozens per change (refusalOf, rules/options.ts).

type Checked = Refusal | null;

export function applyAction(state: GameState, actor: Actor, action: Action): ApplyResult {
  if (state.status === 'ended') return { ok: false, error: { code: 'game_over', params: {} } };
  const host = hostAction(action);
  if (host) {
    if (actor !== 'host') return { ok: false, error: refusal('host_only').error };
    const draft = cloneState(state);
    const before = draft.log.length;
    if (host === 'advancePhase') advancePhase(draft);
    else endGame(draft, true);
    return { ok: true, state: draft, events: draft.log.slice(before) };
  }
  const draft = cloneForMove(state);
  const before = draft.log.length;
  const no = dispatch(draft, actor, action, false);
  if (no) return { ok: false, error: no.error };
  return { ok: true, state: draft, events: draft.log.slice(before) };
}

/** The host's kind of action, or null for a seat's move. */
function hostAction(action: Action): 'advancePhase' | 'endGame' | null {
  const type = (action as { type?: unknown } | null)?.type;
  return type === 'advancePhase' || type === 'endGame' ? type : null;
}

/**
 * What applyAction would answer, without applying anything: null when it would accept the action,
 * else its refusal. The same checks in the same order (the handlers stop before they change the
 * state), so a table can offer exactly the moves the engine accepts and say why the others are not.
 */
export function refusalOf(state: GameState, actor: Actor, action: Action): GameError | null {
  if (state.status === 'ended') return { code: 'game_over', params: {} };
  if (hostAction(action)) return actor === 'host' ? null : refusal('host_only').error;
  // Dry: every handler returns before its first change, so the state it was given is only read.
  return dispatch(state as MoveDraft, actor, action, true)?.error ?? null;
}

/**
 * What refusalOf would answer a seat's move in a phase that allows it: every check but the phase's.
 * The phase is the first thing the reducer checks of a seated partner's move, and nothing it checks
 * after reads the phase, so a move's answer is the phase's refusal (`closedIn`) or this one. A table
 * lists its controls with this answer once, whatever the phase, and hides those the phase refuses.
 */
export function refusalApartFromPhase(state: GameState, actor: Actor, action: Action): GameError | null {
  if (state.status === 'ended') return { code: 'game_over', params: {} };
  if (hostAction(action)) return actor === 'host' ? null : refusal('host_only').error;
  return dispatch(state as MoveDraft, actor, action, true, false)?.error ?? null;
}

/** The phases a seat's move may be made in, by type (none named: any phase). */
const MOVE_PHASES = new Map<string, readonly PhaseId[]>(Object.entries({
  proposeTrade: ['overleg'],
  acceptTrade: ['overleg'],
  declineTrade: ['overleg'],
  counterTrade: ['overleg'],
  withdrawTrade: ['overleg'],
  gift: ['overleg'],
  pledge: ['overleg'],
  unpledge: ['overleg'],
  disclose: ['overleg'],
  // Keeping hold of a resident is also what partners do right after a round (the last one included);
  // a referral and its take-up, when holding is done (rules/referral.ts).
  hold: ['overleg', 'terugblik'],
  refer: ['overleg', 'terugblik'],
  takeUp: ['overleg', 'terugblik'],
} satisfies Partial<Record<Action['type'], readonly PhaseId[]>>));

/** The kinds of seat moves phase `phase` refuses (the same array for a phase every time). */
export function closedIn(phase: PhaseId): readonly Action['type'][] {
  return CLOSED[phase];
}

const CLOSED = Object.fromEntries(
  PHASES.map((phase) => [phase, Object.freeze([...MOVE_PHASES].filter(([, allowed]) => !allowed.includes(phase)).map(([t]) => t as Action['type']))]),
) as Record<PhaseId, readonly Action['type'][]>;

/** The phase's answer to a seat's move of `type`. */
function inPhase(s: MoveDraft, type: Action['type']): Checked {
  // (A map: a type named like an object's own property, `constructor`, is no phase list.)
  const allowed = MOVE_PHASES.get(type);
  return !allowed || allowed.includes(s.phase) ? null : refusal('wrong_phase', { phase: s.phase });
}

/**
 * A seat's move. `dry`: check only; every handler returns before its first change to `s`. `phased`:
 * false to leave out the phase's check (refusalApartFromPhase).
 */
function dispatch(s: MoveDraft, actor: Actor, action: Action, dry: boolean, phased = true): Checked {
  const type = (action as { type?: unknown } | null)?.type;
  const role = seatRole(s, actor);
  if (refused(role)) return role;
  const wrongPhase = phased ? inPhase(s, action.type) : null;
  if (wrongPhase) return wrongPhase;
  switch (action.type) {
    case 'guess':
      return guess(s, actor as number, action.target, action.interestIds, dry);
    case 'proposeTrade':
      return propose(s, role, action.to, action.give, action.get, null, dry);
    case 'acceptTrade':
      return accept(s, role, action.offerId, dry);
    case 'declineTrade': {
      const offer = incoming(s, role, action.offerId);
      return refused(offer) ? offer : close(s, offer, 'declined', dry);
    }
    case 'counterTrade': {
      const original = incoming(s, role, action.offerId);
      if (refused(original)) return original;
      close(s, original, 'countered', dry);
      return propose(s, role, original.from, action.give, action.get, original.id, dry);
    }
    case 'withdrawTrade': {
      const offer = findOffer(s, role, action.offerId);
      if (refused(offer)) return offer;
      if (offer.from !== role) return refusal('not_offer_sender', { offerId: offer.id });
      return close(s, offer, 'withdrawn', dry);
    }
    case 'gift':
      return gift(s, role, action.to, action.resources, dry);
    case 'pledge':
      return pledge(s, role, action.projectId, action.resources, dry);
    case 'unpledge':
      return unpledge(s, role, action.projectId, action.resources, dry);
    case 'disclose':
      return disclose(s, role, action.interestId, action.to, dry);
    case 'hold':
      return hold(s, role, action.personaId, action.resource, dry);
    case 'refer':
    case 'takeUp':
      return action.type === 'refer' ? refer(s, role, action.personaId, action.to, dry) : takeUp(s, role, action.personaId, action.resource, dry);
    default:
      return refusal('unknown_action', { type: String(type) });
  }
}

function seatRole(s: GameState, actor: Actor): RoleId | Refusal {
  if (typeof actor !== 'number' || !Number.isInteger(actor) || actor < 0 || actor >= s.seats.length) return refusal('not_a_seat');
  return s.seats[actor];
}

function otherPartner(s: GameState, self: RoleId, to: unknown): RoleId | Refusal {
  if (!(ROLES as readonly unknown[]).includes(to)) return refusal('unknown_role', { role: String(to) });
  if (!s.config.roles.includes(to as RoleId)) return refusal('role_not_in_game', { role: to as string });
  if (to === self) return refusal('self_target');
  return to as RoleId;
}

function wellFormed(bag: unknown, allowEmpty: boolean): Bag | Refusal {
  // The engine's own listed actions hold bags made normal once (rules/option-facts.ts UNIT).
  if (isNormal(bag)) return !allowEmpty && isEmpty(bag) ? refusal('empty_bag') : bag;
  if (typeof bag !== 'object' || bag === null || Array.isArray(bag) || !isWellFormed(bag as Bag)) return refusal('bad_amount');
  const b = normalize(bag as Bag);
  if (!allowEmpty && isEmpty(b)) return refusal('empty_bag');
  return b;
}

function notFrozen(s: GameState, ...bags: Bag[]): Checked {
  for (const r of s.modifiers.frozen) {
    for (const b of bags) if (b[r]) return refusal('resource_frozen', { resource: r });
  }
  return null;
}

/** The first kind of which `have` holds less than `need` (for a refusal that names it). */
function shortOf(have: Bag, need: Bag): string {
  return RESOURCES.find((r) => (have[r] ?? 0) < (need[r] ?? 0)) ?? '';
}

function has(s: GameState, role: RoleId, bag: Bag): Checked {
  const hand = s.partners[role]!.hand;
  return covers(hand, bag) ? null : refusal('insufficient_resources', { role, resource: shortOf(hand, bag) });
}

function propose(s: MoveDraft, from: RoleId, toRaw: unknown, giveRaw: unknown, getRaw: unknown, counterOf: string | null, dry: boolean): Checked {
  const to = otherPartner(s, from, toRaw);
  if (refused(to)) return to;
  const give = wellFormed(giveRaw, true);
  if (refused(give)) return give;
  const get = wellFormed(getRaw, true);
  if (refused(get)) return get;
  if (isEmpty(give) && isEmpty(get)) return refusal('empty_offer');
  const no = notFrozen(s, give, get) ?? has(s, from, give);
  if (no) return no;
  if (s.offers.filter((o) => o.from === from).length >= MAX_OPEN_OFFERS) return refusal('too_many_offers', { max: MAX_OPEN_OFFERS });
  if (dry) return null;
  const offer: Offer = { id: `o${s.nextOfferId}`, from, to, give, get, round: s.round, counterOf };
  s.nextOfferId += 1;
  s.offers.push(offer);
  log(s, { t: 'offer', offer });
  return null;
}

/** An offer `role` made or received; any other reads as unknown (its existence is not theirs to know). */
function findOffer(s: GameState, role: RoleId, offerId: unknown): Offer | Refusal {
  return s.offers.find((o) => o.id === offerId && (o.from === role || o.to === role)) ?? refusal('unknown_offer', { offerId: String(offerId) });
}

function incoming(s: GameState, role: RoleId, offerId: unknown): Offer | Refusal {
  const offer = findOffer(s, role, offerId);
  if (refused(offer) || offer.to === role) return offer;
  return refusal('not_offer_recipient', { offerId: offer.id });
}

function close(s: MoveDraft, offer: Offer, outcome: 'declined' | 'countered' | 'withdrawn' | 'accepted', dry = false): Checked {
  if (dry) return null;
  s.offers = s.offers.filter((o) => o.id !== offer.id);
  log(s, { t: 'offerClosed', offerId: offer.id, from: offer.from, to: offer.to, outcome });
  return null;
}

/** `bag` from one partner's hand to another's; `help`, what the taker counts as help received (`helped`), `gifted` for a gift. */
function transfer(s: MoveDraft, from: RoleId, to: RoleId, bag: Bag, help: Bag, gifted = false): void {
  const giver = s.partners[from]!;
  setPartner(s, from, { ...giver, hand: subtract(giver.hand, bag), gave: add(giver.gave, bag), ...(gifted ? { gifted: add(giver.gifted, bag) } : {}) });
  const taker = s.partners[to]!;
  setPartner(s, to, { ...taker, hand: add(taker.hand, bag), received: add(taker.received, bag), helped: add(taker.helped, help) });
}

function accept(s: MoveDraft, role: RoleId, offerId: unknown, dry: boolean): Checked {
  const offer = incoming(s, role, offerId);
  if (refused(offer)) return offer;
  const frozen = notFrozen(s, offer.give, offer.get);
  if (frozen) return frozen;
  const theirs = s.partners[offer.from]!.hand;
  if (!covers(theirs, offer.give)) return refusal('partner_lacks_resources', { role: offer.from, resource: shortOf(theirs, offer.give) });
  const no = has(s, role, offer.get);
  if (no || dry) return no;
  // Receiving means help: only what a side got beyond what it paid (scoring.ts tradeHelp).
  transfer(s, offer.from, offer.to, offer.give, tradeHelp(offer.give, offer.get));
  transfer(s, offer.to, offer.from, offer.get, tradeHelp(offer.get, offer.give));
  close(s, offer, 'accepted');
  log(s, { t: 'trade', offerId: offer.id, from: offer.from, to: offer.to, give: offer.give, get: offer.get });
  return null;
}

function gift(s: MoveDraft, from: RoleId, toRaw: unknown, raw: unknown, dry: boolean): Checked {
  const to = otherPartner(s, from, toRaw);
  if (refused(to)) return to;
  const bag = wellFormed(raw, false);
  if (refused(bag)) return bag;
  const no = notFrozen(s, bag) ?? has(s, from, bag);
  if (no || dry) return no;
  transfer(s, from, to, bag, bag, true);
  log(s, { t: 'gift', from, to, resources: bag });
  return null;
}

function openProject(s: GameState, projectId: unknown): string | Refusal {
  if (typeof projectId !== 'string' || !cardsOf(s).hasProject(projectId)) return refusal('unknown_project', { projectId: String(projectId) });
  if (!s.projects.table.includes(projectId)) return refusal('project_not_open', { projectId });
  return projectId;
}

function pledge(s: MoveDraft, role: RoleId, projectIdRaw: unknown, raw: unknown, dry: boolean): Checked {
  const projectId = openProject(s, projectIdRaw);
  if (refused(projectId)) return projectId;
  const bag = wellFormed(raw, false);
  if (refused(bag)) return bag;
  const no = has(s, role, bag);
  if (no) return no;
  // Each kind pledged must fit what the project still needs (needs less what is pledged).
  const needs = cardsOf(s).projectCard(projectId).needs;
  const pledged = pledgedTotal(s, projectId);
  for (const r of RESOURCES) {
    const n = bag[r] ?? 0;
    if (n > 0 && (pledged[r] ?? 0) + n > (needs[r] ?? 0)) return refusal('exceeds_need', { projectId, resource: shortOf(missing(pledged, needs), bag) });
  }
  if (dry) return null;
  const p = s.partners[role]!;
  setPartner(s, role, { ...p, hand: subtract(p.hand, bag) });
  const byRole = s.pledges[projectId];
  s.pledges = { ...s.pledges, [projectId]: { ...byRole, [role]: add(byRole[role] ?? {}, bag) } };
  log(s, { t: 'pledge', role, projectId, resources: bag });
  return null;
}

function unpledge(s: MoveDraft, role: RoleId, projectIdRaw: unknown, raw: unknown, dry: boolean): Checked {
  const projectId = openProject(s, projectIdRaw);
  if (refused(projectId)) return projectId;
  const bag = wellFormed(raw, false);
  if (refused(bag)) return bag;
  const mine = s.pledges[projectId][role] ?? {};
  if (!covers(mine, bag)) return refusal('not_pledged', { projectId });
  // A project that is ready is a promise to the table: its pledges stay until it is carried out.
  if (isReady(s, projectId)) return refusal('project_locked', { projectId });
  if (dry) return null;
  const left = subtract(mine, bag);
  const byRole = { ...s.pledges[projectId] };
  if (isEmpty(left)) delete byRole[role];
  else byRole[role] = left;
  s.pledges = { ...s.pledges, [projectId]: byRole };
  const p = s.partners[role]!;
  setPartner(s, role, { ...p, hand: add(p.hand, bag) });
  log(s, { t: 'unpledge', role, projectId, resources: bag });
  return null;
}

function disclose(s: MoveDraft, role: RoleId, interestId: unknown, toRaw: unknown, dry: boolean): Checked {
  if (typeof interestId !== 'string' || !cardsOf(s).hasInterest(interestId)) return refusal('unknown_interest', { interestId: String(interestId) });
  if (!s.partners[role]!.interests.includes(interestId)) return refusal('not_your_interest', { interestId });
  const to = toRaw === 'all' ? 'all' : otherPartner(s, role, toRaw);
  if (refused(to)) return to;
  const already = s.disclosures.some((d) => d.role === role && d.interestId === interestId && (d.to === 'all' || d.to === to));
  if (already) return refusal('already_disclosed', { interestId });
  if (dry) return null;
  s.disclosures.push({ role, interestId, to, round: s.round });
  log(s, { t: 'disclose', role, interestId, to });
  return null;
}

function guess(s: MoveDraft, seat: number, targetRaw: unknown, idsRaw: unknown, dry: boolean): Checked {
  const self = s.seats[seat];
  const target = otherPartner(s, self, targetRaw);
  if (refused(target)) return target;
  if (!Array.isArray(idsRaw)) return refusal('bad_guess');
  const ids = idsRaw as unknown[];
  const deck = cardsOf(s).interestDeck(target).map((i) => i.id);
  if (!ids.every((id) => typeof id === 'string' && deck.includes(id))) return refusal('bad_guess', { role: target });
  if (new Set(ids).size !== ids.length || ids.length > s.config.interestsPerSeat) return refusal('bad_guess', { role: target });
  if (dry) return null;
  const mine = { ...s.guesses[seat] };
  if (ids.length === 0) delete mine[target];
  else mine[target] = (ids as string[]).slice();
  s.guesses = { ...s.guesses, [seat]: mine };
  log(s, { t: 'guess', seat, target, interestIds: (ids as string[]).slice() });
  return null;
}

function hold(s: MoveDraft, role: RoleId, personaId: unknown, resource: unknown, dry: boolean): Checked {
  if (typeof personaId !== 'string' || !cardsOf(s).hasPersona(personaId)) return refusal('unknown_persona', { personaId: String(personaId) });
  if (!(HOLD_RESOURCES as readonly unknown[]).includes(resource)) return refusal('bad_hold_resource');
  const persona = s.personas[personaId];
  if (persona.status !== 'reached') return refusal('persona_not_at_risk', { personaId: persona.id });
  const cost = normalize({ [resource as string]: 1 });
  const no = has(s, role, cost);
  if (no || dry) return no;
  const p = s.partners[role]!;
  setPartner(s, role, { ...p, hand: subtract(p.hand, cost) });
  s.personas = { ...s.personas, [persona.id]: settled(persona, 'held') };
  log(s, { t: 'held', personaId: persona.id, by: { role, resource: resource as 'bereik' | 'vrijwilligers' } });
  return null;
}
