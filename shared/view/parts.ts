import type { RoleId } from '../model/ids';
import { sameItems, sameValue } from '../model/same';
import { closedIn } from '../rules/apply';
import { shapedControls, sharedOptions, type SharedAct } from '../rules/options';
import { interestMet } from '../rules/scoring';
import type { GameState } from '../rules/types';
import type { ViewCache } from './view-cache';
import { filteredLog, ownLog } from './log';
import { partnersView, publicTable, sameEntries, shownTo } from './table';
import type { OwnInterestView, OwnPart, PublicPart } from './types';

// A view in two parts. The public part is what every viewer of the table sees alike (the projector's
// view) with the actions every seat's controls share; a room builds it, compares it with the last
// one and encodes the difference once per change for all its connections (server/room/views.ts).
// A seat's own part is what only it sees: its hand, interests, guesses, offers, its controls'
// answers, the log entries it sees besides the public log and what was shown to it alone. A seat
// whose own part did not change gets the public frame only. `composeView` puts the two together
// into exactly the view `playerView` builds (compose.ts; the property tests hold them equal), so
// nothing another seat sees alone is ever in the public part.

/**
 * The public part of a state's views: built once per state (the room's cache). Its seats, completed
 * projects, modifiers and partners' row are the last part's where they are built from the same
 * objects of the state (for the partners' row, the same count of disclosures too: they are only
 * ever added to). A move copies none of these unless it changes them (rules/clone.ts), and the
 * room's delta then compares them in no time. (Here, not in table.ts: the browser's replay builds
 * tables too, and has no use for it.)
 */
export function publicPart(s: GameState, cache: ViewCache): PublicPart {
  const known = cache.publicParts.get(s);
  if (known) return known;
  const from = { config: s.config, seats: s.seats, completed: s.projects.completed, modifiers: s.modifiers, partners: s.partners, shown: s.disclosures.length };
  const last = cache.lastPublic?.from.config === s.config ? cache.lastPublic : null;
  const was = last?.from;
  const partners = was?.seats === s.seats && was.partners === s.partners && was.shown === from.shown ? last!.part.partners : undefined;
  // The table as tableView builds it for a viewer nothing was shown to alone (the projector).
  const part: Mutable<PublicPart> = {
    ...publicTable(s, cache),
    partners: partners ?? partnersView(s, null, cache),
    log: s.status === 'ended' ? s.log.slice() : filteredLog(s.log, null, null, cache),
    kind: 'public',
    acts: sharedActs(s, cache),
    closed: closedIn(s.phase),
  };
  if (was?.seats === s.seats) part.seats = last!.part.seats;
  if (was?.completed === s.projects.completed) part.completed = last!.part.completed;
  if (was?.modifiers === s.modifiers) part.modifiers = last!.part.modifiers;
  cache.lastPublic = { from, part };
  cache.publicParts.set(s, part);
  return part;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** The shared actions, the same array while they are the same keys (the deltas compare it in no time). */
function sharedActs(s: GameState, cache: ViewCache): SharedAct[] {
  // They read the game, whether it runs, the open projects, their pledges and the residents.
  const from = [s.config, s.status, s.projects.table, s.pledges, s.personas];
  const was = cache.lastActsFrom;
  cache.lastActsFrom = from;
  if (cache.lastActs && was && sameItems(from, was)) return cache.lastActs;
  const acts = sharedOptions(s, cache.facts);
  const last = cache.lastActs;
  if (last && last.length === acts.length && last.every((a, i) => a === acts[i] || (a.key === acts[i].key && a.action === acts[i].action))) return last;
  return (cache.lastActs = acts);
}

/**
 * A seat's own part of its view: the part built for this seat from the last state while nothing in
 * it changed (each field the same value), so a room sees an unchanged part at a glance and sends
 * that seat the public frame alone (server/room/views.ts).
 */
export function ownPart(s: GameState, seat: number, cache: ViewCache): OwnPart {
  const role = s.seats[seat];
  if (role === undefined) throw new Error(`no seat ${seat}`);
  const ended = s.status === 'ended';
  const last = cache.ownParts.get(seat);
  const was = last?.role === role ? last : undefined;
  const part: OwnPart = {
    kind: 'own',
    seat,
    role,
    hand: s.partners[role]!.hand,
    interests: interestsOf(s, role, was, cache),
    guesses: keptGuesses(was?.guesses, s.guesses[seat]),
    offers: keptOffers(was?.offers, s.offers, role),
    controls: shapedControls(s, seat, cache.optionsOf(seat), cache.ownControl),
    // At the end the public log is the whole log.
    log: ended ? [] : ownLog(s.log, role, seat, cache),
    shown: shownOf(s, seat, role, was, cache),
  };
  if (was && OWN_FIELDS.every((k) => was[k] === part[k]) && sameItems(part.log, was.log)) return was;
  cache.ownParts.set(seat, part);
  return part;
}

/**
 * A seat's interests, the last part's while what they read is the same: the game, the completed
 * projects, the partner's record (hand, what it gave and got), the residents, and the disclosures
 * (only ever added to: their count says whether any came).
 */
function interestsOf(s: GameState, role: RoleId, was: OwnPart | undefined, cache: ViewCache): OwnPart['interests'] {
  const from = [s.config, s.projects.completed, s.partners[role], s.personas, s.disclosures.length];
  const last = cache.interestsFrom.get(role);
  cache.interestsFrom.set(role, from);
  if (was && last && sameItems(from, last)) return was.interests;
  return kept(was?.interests, ownInterests(s, role));
}

/** What partners showed the seat alone, the last part's while the game and its count of disclosures are the same. */
function shownOf(s: GameState, seat: number, role: RoleId, was: OwnPart | undefined, cache: ViewCache): OwnPart['shown'] {
  const last = cache.shownFrom.get(seat);
  cache.shownFrom.set(seat, { config: s.config, count: s.disclosures.length });
  if (was && last?.config === s.config && last.count === s.disclosures.length) return was.shown;
  return kept(was?.shown, shownTo(s, role));
}

const OWN_FIELDS = ['hand', 'interests', 'guesses', 'offers', 'controls', 'shown'] as const;

/** `next`, or `last` when it is the same value (so an unchanged field is the same object). */
function kept<T>(last: T | undefined, next: T): T {
  return last !== undefined && sameValue(last, next) ? last : next;
}

/**
 * A seat's guesses, the last part's while they are the same lists (the reducer replaces a list it
 * changes, never changes one: rules/clone.ts).
 */
function keptGuesses(last: OwnPart['guesses'] | undefined, now: GameState['guesses'][number] | undefined): OwnPart['guesses'] {
  if (last && sameEntries(last, now ?? {})) return last;
  return { ...now };
}

/** The offers a seat makes or gets, the last part's while they are the same offers (offers are replaced, never changed). */
function keptOffers(last: OwnPart['offers'] | undefined, offers: GameState['offers'], role: RoleId): OwnPart['offers'] {
  const mine = offers.filter((o) => o.from === role || o.to === role);
  if (last && sameItems(mine, last)) return last;
  return mine;
}

/** A partner's own interests: to whom each was shown, and whether it is met now. */
export function ownInterests(s: GameState, role: RoleId): OwnInterestView[] {
  return s.partners[role]!.interests.map((id) => {
    const shown = s.disclosures.filter((d) => d.role === role && d.interestId === id);
    const disclosedTo: OwnInterestView['disclosedTo'] = shown.some((d) => d.to === 'all') ? 'all' : shown.map((d) => d.to as RoleId);
    return { id, disclosedTo, met: interestMet(s, role, id) };
  });
}
