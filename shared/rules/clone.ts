import type { RoleId } from '../model/ids';
import type { DeepReadonly, GameDraft, GameState, MoveDraft, PartnerState } from './types';

// Copies of GameState that are safe to change, one per accepted action. The host's step to the next
// phase writes into many containers and gets a copy of each (`cloneState`); a seat's move gets the
// top level and the lists it adds to, and replaces the few records it changes (`cloneForMove`).
// Both are shallow where the reducer only ever *replaces* values (bags, persona records, offers,
// arrays of ids, log entries are never changed in place: `p.hand = add(p.hand, x)`, never
// `p.hand.budget++`). That keeps them several times cheaper than a deep copy, and the property tests
// (frozen states) check that nothing is changed in place and a refused action leaves the state as it was.

export function cloneState(s: GameState): GameDraft {
  // The containers are new; what they hold is the state's own (replaced by the reducer, never
  // changed: the property tests run on frozen states), typed as the draft's.
  const partners: GameDraft['partners'] = {};
  for (const role of Object.keys(s.partners) as RoleId[]) partners[role] = { ...s.partners[role]! } as GameDraft['partners'][RoleId];
  const pledges: GameDraft['pledges'] = {};
  for (const pid of Object.keys(s.pledges)) pledges[pid] = { ...s.pledges[pid] };
  const guesses: GameDraft['guesses'] = {};
  for (const seat of Object.keys(s.guesses)) guesses[Number(seat)] = { ...s.guesses[Number(seat)] } as GameDraft['guesses'][number];
  return {
    ...s,
    seats: s.seats.slice(),
    partners,
    projects: { deck: s.projects.deck.slice(), table: s.projects.table.slice(), completed: s.projects.completed.slice() },
    pledges,
    offers: s.offers.slice(),
    personas: { ...s.personas },
    personaDeck: s.personaDeck.slice(),
    events: { deck: s.events.deck.slice(), current: s.events.current, history: s.events.history.slice() },
    modifiers: { frozen: s.modifiers.frozen.slice(), bonusReach: { ...s.modifiers.bonusReach } },
    disclosures: s.disclosures.slice(),
    guesses,
    log: s.log.slice(),
  } as GameDraft;
}

/**
 * A copy for a seat's move: the top level, and the lists a move adds to (the log, the offers, the
 * disclosures). What a move changes besides is replaced by the handler that changes it (`setPartner`,
 * and the like in apply.ts and referral.ts), so a move copies a partner, not all of them, and what
 * it leaves alone stays the same object from state to state (what caches of views and options
 * compare in no time). The types hold it: in a MoveDraft all else is read-only.
 */
export function cloneForMove(s: GameState): MoveDraft {
  return { ...s, log: s.log.slice(), offers: s.offers.slice(), disclosures: s.disclosures.slice() } as MoveDraft;
}

/** `role`'s partner replaced by `next` in a move's draft (a new record of partners; the others as they were). */
export function setPartner(s: MoveDraft, role: RoleId, next: DeepReadonly<PartnerState>): void {
  s.partners = { ...s.partners, [role]: next };
}
