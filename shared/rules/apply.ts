import { hasInterest, hasPersona, hasProject, interestDeck, projectCard } from '../content';
import { add, covers, isEmpty, isWellFormed, missing, normalize, subtract } from '../model/bag';
import { RESOURCES, ROLES, type Bag, type RoleId } from '../model/ids';
import { cloneState } from './clone';
import { MAX_OPEN_OFFERS } from './config';
import { check, refuse, Refusal } from './errors';
import { advancePhase, endGame, isReady, log, pledgedTotal } from './phases';
import { HOLD_RESOURCES, type Action, type Actor, type ApplyResult, type GameError, type GameState, type Offer } from './types';

// The reducer. applyAction copies the state, lets a handler check and change the copy, and returns
// it; a handler refuses by throwing a Refusal, and then the copy is dropped: the caller's state is
// never touched, so a refused action leaves everything exactly as it was.

export function applyAction(state: GameState, actor: Actor, action: Action): ApplyResult {
  try {
    if (state.status === 'ended') refuse('game_over');
    const draft = cloneState(state);
    const before = draft.log.length;
    dispatch(draft, actor, action, false);
    return { ok: true, state: draft, events: draft.log.slice(before) };
  } catch (e) {
    if (e instanceof Refusal) return { ok: false, error: e.error };
    throw e;
  }
}

/**
 * What applyAction would answer, without applying anything: null when it would accept the action,
 * else its refusal. The same checks in the same order (the handlers stop before they change the
 * state), so a table can offer exactly the moves the engine accepts and say why the others are not.
 */
export function refusalOf(state: GameState, actor: Actor, action: Action): GameError | null {
  try {
    if (state.status === 'ended') refuse('game_over');
    dispatch(state, actor, action, true);
    return null;
  } catch (e) {
    if (e instanceof Refusal) return e.error;
    throw e;
  }
}

/** `dry`: check only; every handler returns before its first change to `s`. */
function dispatch(s: GameState, actor: Actor, action: Action, dry: boolean): void {
  const type = (action as { type?: unknown })?.type;
  if (type === 'advancePhase' || type === 'endGame') {
    check(actor === 'host', 'host_only');
    if (dry) return;
    if (type === 'advancePhase') advancePhase(s);
    else endGame(s, true);
    return;
  }
  const role = seatRole(s, actor);
  switch (action.type) {
    case 'guess':
      return guess(s, actor as number, action.target, action.interestIds, dry);
    case 'proposeTrade':
      inOverleg(s);
      return propose(s, role, action.to, action.give, action.get, null, dry);
    case 'acceptTrade':
      inOverleg(s);
      return accept(s, role, action.offerId, dry);
    case 'declineTrade':
      inOverleg(s);
      return close(s, incoming(s, role, action.offerId), 'declined', dry);
    case 'counterTrade': {
      inOverleg(s);
      const original = incoming(s, role, action.offerId);
      close(s, original, 'countered', dry);
      return propose(s, role, original.from, action.give, action.get, original.id, dry);
    }
    case 'withdrawTrade': {
      inOverleg(s);
      const offer = findOffer(s, action.offerId);
      check(offer.from === role, 'not_offer_sender', { offerId: offer.id });
      return close(s, offer, 'withdrawn', dry);
    }
    case 'gift':
      inOverleg(s);
      return gift(s, role, action.to, action.resources, dry);
    case 'pledge':
      inOverleg(s);
      return pledge(s, role, action.projectId, action.resources, dry);
    case 'unpledge':
      inOverleg(s);
      return unpledge(s, role, action.projectId, action.resources, dry);
    case 'disclose':
      inOverleg(s);
      return disclose(s, role, action.interestId, action.to, dry);
    case 'hold':
      // Keeping hold of a resident is also what partners do right after a round (the last one included).
      check(s.phase === 'overleg' || s.phase === 'terugblik', 'wrong_phase', { phase: s.phase });
      return hold(s, role, action.personaId, action.resource, dry);
    default:
      refuse('unknown_action', { type: String(type) });
  }
}

function seatRole(s: GameState, actor: Actor): RoleId {
  check(typeof actor === 'number' && Number.isInteger(actor) && actor >= 0 && actor < s.seats.length, 'not_a_seat');
  return s.seats[actor as number];
}

function inOverleg(s: GameState): void {
  check(s.phase === 'overleg', 'wrong_phase', { phase: s.phase });
}

function otherPartner(s: GameState, self: RoleId, to: unknown): RoleId {
  check((ROLES as readonly unknown[]).includes(to), 'unknown_role', { role: String(to) });
  check(s.config.roles.includes(to as RoleId), 'role_not_in_game', { role: to as string });
  check(to !== self, 'self_target');
  return to as RoleId;
}

function wellFormed(bag: unknown, allowEmpty: boolean): Bag {
  check(typeof bag === 'object' && bag !== null && !Array.isArray(bag) && isWellFormed(bag as Bag), 'bad_amount');
  const b = normalize(bag as Bag);
  if (!allowEmpty) check(!isEmpty(b), 'empty_bag');
  return b;
}

function notFrozen(s: GameState, ...bags: Bag[]): void {
  for (const r of s.modifiers.frozen) {
    for (const b of bags) check(!b[r], 'resource_frozen', { resource: r });
  }
}

/** The first kind of which `have` holds less than `need` (for a refusal that names it). */
function shortOf(have: Bag, need: Bag): string {
  return RESOURCES.find((r) => (have[r] ?? 0) < (need[r] ?? 0)) ?? '';
}

function has(s: GameState, role: RoleId, bag: Bag): void {
  const hand = s.partners[role]!.hand;
  check(covers(hand, bag), 'insufficient_resources', { role, resource: shortOf(hand, bag) });
}

function propose(s: GameState, from: RoleId, toRaw: unknown, giveRaw: unknown, getRaw: unknown, counterOf: string | null, dry: boolean): void {
  const to = otherPartner(s, from, toRaw);
  const give = wellFormed(giveRaw, true);
  const get = wellFormed(getRaw, true);
  check(!isEmpty(give) || !isEmpty(get), 'empty_offer');
  notFrozen(s, give, get);
  has(s, from, give);
  check(s.offers.filter((o) => o.from === from).length < MAX_OPEN_OFFERS, 'too_many_offers', { max: MAX_OPEN_OFFERS });
  if (dry) return;
  const offer: Offer = { id: `o${s.nextOfferId}`, from, to, give, get, round: s.round, counterOf };
  s.nextOfferId += 1;
  s.offers.push(offer);
  log(s, { t: 'offer', offer });
}

function findOffer(s: GameState, offerId: unknown): Offer {
  const offer = s.offers.find((o) => o.id === offerId);
  if (!offer) refuse('unknown_offer', { offerId: String(offerId) });
  return offer;
}

function incoming(s: GameState, role: RoleId, offerId: unknown): Offer {
  const offer = findOffer(s, offerId);
  check(offer.to === role, 'not_offer_recipient', { offerId: offer.id });
  return offer;
}

function close(s: GameState, offer: Offer, outcome: 'declined' | 'countered' | 'withdrawn' | 'accepted', dry = false): void {
  if (dry) return;
  s.offers = s.offers.filter((o) => o.id !== offer.id);
  log(s, { t: 'offerClosed', offerId: offer.id, from: offer.from, to: offer.to, outcome });
}

function transfer(s: GameState, from: RoleId, to: RoleId, bag: Bag): void {
  const giver = s.partners[from]!;
  const taker = s.partners[to]!;
  giver.hand = subtract(giver.hand, bag);
  giver.gave = add(giver.gave, bag);
  taker.hand = add(taker.hand, bag);
  taker.received = add(taker.received, bag);
}

function accept(s: GameState, role: RoleId, offerId: unknown, dry: boolean): void {
  const offer = incoming(s, role, offerId);
  notFrozen(s, offer.give, offer.get);
  const theirs = s.partners[offer.from]!.hand;
  check(covers(theirs, offer.give), 'partner_lacks_resources', { role: offer.from, resource: shortOf(theirs, offer.give) });
  has(s, role, offer.get);
  if (dry) return;
  transfer(s, offer.from, offer.to, offer.give);
  transfer(s, offer.to, offer.from, offer.get);
  close(s, offer, 'accepted');
  log(s, { t: 'trade', offerId: offer.id, from: offer.from, to: offer.to, give: offer.give, get: offer.get });
}

function gift(s: GameState, from: RoleId, toRaw: unknown, raw: unknown, dry: boolean): void {
  const to = otherPartner(s, from, toRaw);
  const bag = wellFormed(raw, false);
  notFrozen(s, bag);
  has(s, from, bag);
  if (dry) return;
  transfer(s, from, to, bag);
  log(s, { t: 'gift', from, to, resources: bag });
}

function openProject(s: GameState, projectId: unknown): string {
  check(typeof projectId === 'string' && hasProject(projectId), 'unknown_project', { projectId: String(projectId) });
  check(s.projects.table.includes(projectId as string), 'project_not_open', { projectId: projectId as string });
  return projectId as string;
}

function pledge(s: GameState, role: RoleId, projectIdRaw: unknown, raw: unknown, dry: boolean): void {
  const projectId = openProject(s, projectIdRaw);
  const bag = wellFormed(raw, false);
  has(s, role, bag);
  const stillNeeded = missing(pledgedTotal(s, projectId), projectCard(projectId).needs);
  check(covers(stillNeeded, bag), 'exceeds_need', { projectId, resource: shortOf(stillNeeded, bag) });
  if (dry) return;
  const p = s.partners[role]!;
  p.hand = subtract(p.hand, bag);
  s.pledges[projectId][role] = add(s.pledges[projectId][role] ?? {}, bag);
  log(s, { t: 'pledge', role, projectId, resources: bag });
}

function unpledge(s: GameState, role: RoleId, projectIdRaw: unknown, raw: unknown, dry: boolean): void {
  const projectId = openProject(s, projectIdRaw);
  const bag = wellFormed(raw, false);
  const mine = s.pledges[projectId][role] ?? {};
  check(covers(mine, bag), 'not_pledged', { projectId });
  // A project that is ready is a promise to the table: its pledges stay until it is carried out.
  check(!isReady(s, projectId), 'project_locked', { projectId });
  if (dry) return;
  const left = subtract(mine, bag);
  if (isEmpty(left)) delete s.pledges[projectId][role];
  else s.pledges[projectId][role] = left;
  const p = s.partners[role]!;
  p.hand = add(p.hand, bag);
  log(s, { t: 'unpledge', role, projectId, resources: bag });
}

function disclose(s: GameState, role: RoleId, interestId: unknown, toRaw: unknown, dry: boolean): void {
  check(typeof interestId === 'string' && hasInterest(interestId), 'unknown_interest', { interestId: String(interestId) });
  check(s.partners[role]!.interests.includes(interestId as string), 'not_your_interest', { interestId: interestId as string });
  const to = toRaw === 'all' ? 'all' : otherPartner(s, role, toRaw);
  const already = s.disclosures.some(
    (d) => d.role === role && d.interestId === interestId && (d.to === 'all' || d.to === to),
  );
  check(!already, 'already_disclosed', { interestId: interestId as string });
  if (dry) return;
  s.disclosures.push({ role, interestId: interestId as string, to, round: s.round });
  log(s, { t: 'disclose', role, interestId: interestId as string, to });
}

function guess(s: GameState, seat: number, targetRaw: unknown, idsRaw: unknown, dry: boolean): void {
  const self = s.seats[seat];
  const target = otherPartner(s, self, targetRaw);
  check(Array.isArray(idsRaw), 'bad_guess');
  const ids = idsRaw as unknown[];
  const deck = interestDeck(target).map((i) => i.id);
  check(ids.every((id) => typeof id === 'string' && deck.includes(id)), 'bad_guess', { role: target });
  check(new Set(ids).size === ids.length && ids.length <= s.config.interestsPerSeat, 'bad_guess', { role: target });
  if (dry) return;
  const mine = (s.guesses[seat] ??= {});
  if (ids.length === 0) delete mine[target];
  else mine[target] = (ids as string[]).slice();
  log(s, { t: 'guess', seat, target, interestIds: (ids as string[]).slice() });
}

function hold(s: GameState, role: RoleId, personaId: unknown, resource: unknown, dry: boolean): void {
  check(typeof personaId === 'string' && hasPersona(personaId), 'unknown_persona', { personaId: String(personaId) });
  check((HOLD_RESOURCES as readonly unknown[]).includes(resource), 'bad_hold_resource');
  const persona = s.personas[personaId as string];
  check(persona.status === 'reached', 'persona_not_at_risk', { personaId: persona.id });
  const cost = normalize({ [resource as string]: 1 });
  has(s, role, cost);
  if (dry) return;
  const p = s.partners[role]!;
  p.hand = subtract(p.hand, cost);
  s.personas[persona.id] = { ...persona, status: 'held' };
  log(s, { t: 'held', personaId: persona.id, by: { role, resource: resource as 'bereik' | 'vrijwilligers' } });
}
