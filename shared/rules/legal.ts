import { interestDeck, projectCard } from '../content';
import { covers } from '../model/bag';
import { RESOURCES, type Bag, type ResourceId, type RoleId } from '../model/ids';
import { MAX_OPEN_OFFERS } from './config';
import { isReady } from './phases';
import { HOLD_RESOURCES, type Action, type Actor, type GameState } from './types';

// What an actor may do now, as concrete actions the engine accepts. Amounts are single cards: the
// list names every kind of move and every target, not every combination of amounts (a trade of
// 2 budget for 3 bereik is legal too when the hands allow it; it is just not enumerated).

/** One card of each kind, shared by the listed actions (the engine never changes an action). */
export const UNIT = Object.fromEntries(RESOURCES.map((r) => [r, Object.freeze({ [r]: 1 })])) as Record<ResourceId, Bag>;

export function legalActions(s: GameState, actor: Actor): Action[] {
  if (s.status === 'ended') return [];
  if (actor === 'host') return [{ type: 'advancePhase' }, { type: 'endGame' }];
  if (!Number.isInteger(actor) || actor < 0 || actor >= s.seats.length) return [];
  const me = s.seats[actor];
  const others = s.config.roles.filter((r) => r !== me);
  const out: Action[] = [];
  // One guess per partner (the first card of its deck) stands for the whole short list.
  for (const target of others) out.push({ type: 'guess', target, interestIds: [interestDeck(target)[0].id] });
  if (s.phase === 'terugblik') pushHolds(s, me, out);
  if (s.phase !== 'overleg') return out;

  const hand = s.partners[me]!.hand;
  const frozen = new Set<ResourceId>(s.modifiers.frozen);
  const tradable = RESOURCES.filter((r) => !frozen.has(r));
  const inHand = RESOURCES.filter((r) => (hand[r] ?? 0) > 0);
  const mine = inHand.filter((r) => !frozen.has(r));

  // Trades: one of mine for one of something else, to every partner.
  if (s.offers.filter((o) => o.from === me).length < MAX_OPEN_OFFERS) {
    for (const to of others) {
      for (const give of mine) {
        const want = tradable[(tradable.indexOf(give) + 1) % tradable.length];
        if (want !== give) out.push({ type: 'proposeTrade', to, give: UNIT[give], get: UNIT[want] });
      }
    }
  }
  const canOffer = s.offers.filter((o) => o.from === me).length < MAX_OPEN_OFFERS;
  for (const o of s.offers) {
    if (o.to === me) {
      out.push({ type: 'declineTrade', offerId: o.id });
      if (covers(hand, o.get) && covers(s.partners[o.from]!.hand, o.give)) out.push({ type: 'acceptTrade', offerId: o.id });
      if (canOffer && covers(hand, o.get)) out.push({ type: 'counterTrade', offerId: o.id, give: o.get, get: o.give });
    }
    if (o.from === me) out.push({ type: 'withdrawTrade', offerId: o.id });
  }
  for (const to of others) for (const r of mine) out.push({ type: 'gift', to, resources: UNIT[r] });

  for (const projectId of s.projects.table) {
    const needs = projectCard(projectId).needs;
    const byRole = s.pledges[projectId];
    for (const r of inHand) {
      // Still needed = needed − pledged so far, counted without building bags (this runs often).
      let left = needs[r] ?? 0;
      for (const role in byRole) left -= byRole[role as RoleId]![r] ?? 0;
      if (left > 0) out.push({ type: 'pledge', projectId, resources: UNIT[r] });
    }
    const pledged = s.pledges[projectId][me] ?? {};
    if (isReady(s, projectId)) continue;
    for (const r of RESOURCES) if ((pledged[r] ?? 0) > 0) out.push({ type: 'unpledge', projectId, resources: UNIT[r] });
  }

  for (const interestId of s.partners[me]!.interests) {
    const shown = s.disclosures.filter((d) => d.role === me && d.interestId === interestId);
    if (shown.some((d) => d.to === 'all')) continue;
    out.push({ type: 'disclose', interestId, to: 'all' });
    for (const to of others) {
      if (!shown.some((d) => d.to === to)) out.push({ type: 'disclose', interestId, to });
    }
  }

  pushHolds(s, me, out);
  return out;
}

function pushHolds(s: GameState, me: RoleId, out: Action[]): void {
  const hand = s.partners[me]!.hand;
  for (const id of Object.keys(s.personas)) {
    if (s.personas[id].status !== 'reached') continue;
    for (const r of HOLD_RESOURCES) if ((hand[r] ?? 0) > 0) out.push({ type: 'hold', personaId: id, resource: r });
  }
}

export function seatOf(s: GameState, role: RoleId): number {
  return s.seats.indexOf(role);
}
