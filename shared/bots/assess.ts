import { cardsFor, type Cards } from '../content';
import type { InterestRule } from '../content/schema';
import { ruleAt } from '../content/scale';
import { total } from '../model/bag';
import { RESOURCES, type Bag, type DomainId, type ResourceId, type RoleId } from '../model/ids';
import { tradeHelp } from '../rules/scoring';
import type { Action } from '../rules/types';
import type { PlayerView, ProjectView } from '../view/types';

// What a bot reads from its own view: which projects serve its interests, which resources it must
// keep, what it wants to receive. Everything here is computed from one seat's view.

export interface Wants {
  /** Domains whose projects serve my interests (projects, earmark). */
  domains: Set<DomainId>;
  /** Partners I want to complete a project with. */
  partners: Set<RoleId>;
  /** Cards of a resource I want to keep in hand at the end. */
  keep: Partial<Record<ResourceId, number>>;
  /** Resources I may never hand to a partner. */
  neverGive: Set<ResourceId>;
  /** Resources I want to receive from partners, and how many on balance. */
  receive: Partial<Record<ResourceId, number>>;
  /** Resources that may go only into projects of these domains. */
  earmark: Partial<Record<ResourceId, DomainId[]>>;
  /** Resources I want to spread over several projects. */
  spread: Set<ResourceId>;
  /** I care about personas on board (the team goal or those my projects reached). */
  personas: boolean;
  /** At least one interest asks me to join a completed project. */
  join: boolean;
  /** The cards of the game's edition. */
  cards: Cards;
}

function rules(view: PlayerView): InterestRule[] {
  return view.interests.map((i) => ruleAt(cardsFor(view.edition).interestCard(i.id).rule, view.seats.length));
}

export function wantsOf(view: PlayerView): Wants {
  const w: Wants = {
    domains: new Set(),
    partners: new Set(),
    keep: {},
    neverGive: new Set(),
    receive: {},
    earmark: {},
    spread: new Set(),
    personas: false,
    join: false,
    cards: cardsFor(view.edition),
  };
  for (const r of rules(view)) {
    switch (r.kind) {
      case 'projects':
        w.join = true;
        if (r.domain) w.domains.add(r.domain);
        break;
      case 'projectWith':
        w.partners.add(r.role);
        w.join = true;
        break;
      case 'earmark':
        w.earmark[r.resource] = r.domains;
        for (const d of r.domains) w.domains.add(d);
        break;
      case 'keep':
        w.keep[r.resource] = Math.max(w.keep[r.resource] ?? 0, r.min);
        w.join = true;
        break;
      case 'spread':
        w.spread.add(r.resource);
        break;
      case 'team':
        w.personas = true;
        w.join = true;
        break;
      case 'personas':
      case 'noneLost':
        w.personas = true;
        w.join = true;
        if (r.kind === 'personas' && r.domain) w.domains.add(r.domain);
        break;
      case 'received':
        w.receive[r.resource] = Math.max(w.receive[r.resource] ?? 0, r.min);
        break;
      case 'neverGave':
        w.neverGive.add(r.resource);
        w.spread.add(r.resource);
        w.join = true;
        for (const d of r.domains ?? []) w.domains.add(d);
        break;
    }
  }
  return w;
}

/** How much a project serves my own interests (0: not at all). */
export function selfValue(view: PlayerView, w: Wants, p: ProjectView): number {
  const card = w.cards.projectCard(p.id);
  let v = 0;
  if (card.domains.some((d) => w.domains.has(d))) v += 2;
  if ([...w.partners].some((r) => p.partners.includes(r))) v += 2;
  if (w.join && !joinedAny(view)) v += 1;
  if (w.personas) v += card.reach / 2;
  return v;
}

export function joinedAny(view: PlayerView): boolean {
  return view.completed.some((c) => total(c.contributions[view.role] ?? {}) > 0);
}

/**
 * How much putting one card of `r` into project `p` moves my own unmet interests forward, in
 * interest points (0: not at all; -Infinity: it would break one of them). With `wholeCard`, the
 * team parts count too (the team result, people on board): every project that reaches people serves
 * them while the card is not met.
 */
export function ownGain(view: PlayerView, p: ProjectView, r: ResourceId, wholeCard = true): number {
  const cards = cardsFor(view.edition);
  const card = cards.projectCard(p.id);
  const iAmIn = p.partners.includes(view.role);
  const mineDone = view.completed.filter((c) => total(c.contributions[view.role] ?? {}) > 0);
  let gain = 0;
  for (const own of view.interests) {
    const ic = cards.interestCard(own.id);
    const rule = ruleAt(ic.rule, view.seats.length);
    const w = own.met ? 0.25 : ic.points;
    switch (rule.kind) {
      case 'projects':
        if (!iAmIn && (!rule.domain || card.domains.includes(rule.domain))) gain += w;
        break;
      case 'projectWith':
        if (!iAmIn && p.partners.includes(rule.role)) gain += w;
        break;
      case 'earmark':
        if (r === rule.resource) {
          if (!card.domains.some((d) => rule.domains.includes(d))) return -Infinity;
          gain += w;
        }
        break;
      case 'spread':
        if (r === rule.resource && !(p.pledged[view.role]?.[r] ?? 0)) gain += w;
        break;
      case 'neverGave':
        if (r === rule.resource && (!rule.domains || card.domains.some((d) => rule.domains!.includes(d)))) gain += w / 2;
        if (mineDone.length === 0 && !iAmIn) gain += w / 2;
        break;
      case 'keep': {
        const used = mineDone.reduce((n, c) => n + (c.contributions[view.role]![r] ?? 0), 0) + (p.pledged[view.role]?.[r] ?? 0);
        if (r === rule.resource && used < (rule.used ?? 0)) gain += w / 2;
        else if (r === rule.resource && (view.hand[r] ?? 0) <= rule.min) return -Infinity;
        if (mineDone.length === 0 && !iAmIn) gain += w / 2;
        break;
      }
      case 'personas':
        if (!rule.domain || card.domains.includes(rule.domain)) gain += w / 2;
        if (mineDone.length === 0 && !iAmIn) gain += w / 2;
        break;
      case 'team':
        if (wholeCard && !own.met) gain += w / 2;
        else if (mineDone.length === 0 && !iAmIn) gain += w / 2;
        break;
      case 'noneLost':
        if (mineDone.length === 0 && !iAmIn) gain += w / 2;
        break;
      case 'received':
        break;
    }
  }
  return gain;
}

/** May this resource go into this project, given my earmarks? */
export function earmarkAllows(w: Wants, r: ResourceId, projectId: string): boolean {
  const domains = w.earmark[r];
  return !domains || w.cards.projectCard(projectId).domains.some((d) => domains.includes(d));
}

/** Cards of `r` I will not part with (my keep interests). */
export function reserved(w: Wants, r: ResourceId): number {
  return w.keep[r] ?? 0;
}

/** Cards of `r` I hold beyond what I keep back. */
export function spare(view: PlayerView, w: Wants, r: ResourceId): number {
  return Math.max(0, (view.hand[r] ?? 0) - reserved(w, r));
}

/** Total still missing of a project. */
export function missingCount(p: ProjectView): number {
  return total(p.missing);
}

/** Partners who could have `r`: by their role card (public), most first. */
export function likelyHolders(view: PlayerView, r: ResourceId): RoleId[] {
  const cards = cardsFor(view.edition);
  return view.seats
    .filter((role) => role !== view.role)
    .map((role) => ({ role, n: (cards.roleCard(role).hand[r] ?? 0) + 2 * (cards.roleCard(role).income[r] ?? 0) }))
    .filter((x) => x.n > 0)
    .sort((a, b) => b.n - a.n)
    .map((x) => x.role);
}

/** Resources still missing on open projects, summed over the table. */
export function tableDemand(view: PlayerView): Bag {
  const out: Bag = {};
  for (const p of view.projects) for (const r of RESOURCES) out[r] = (out[r] ?? 0) + (p.missing[r] ?? 0);
  return out;
}

/**
 * The trades I offered this round that were turned down, as a test "was giving `give` to `to` for
 * `get` refused?" (asking again is pointless). Reads the log once.
 */
export function refusedThisRound(view: PlayerView): (to: RoleId, give: ResourceId | '*', get: ResourceId) => boolean {
  const mine = new Map<string, Action & { type: 'proposeTrade' }>();
  const refused = new Set<string>();
  for (const e of view.log) {
    if (e.round !== view.round) continue;
    if (e.t === 'offer' && e.offer.from === view.role) {
      mine.set(e.offer.id, { type: 'proposeTrade', to: e.offer.to, give: e.offer.give, get: e.offer.get });
    }
    if (e.t === 'offerClosed' && e.from === view.role && (e.outcome === 'declined' || e.outcome === 'countered')) {
      const o = mine.get(e.offerId);
      if (!o) continue;
      for (const w of RESOURCES) {
        if ((o.get[w] ?? 0) === 0) continue;
        refused.add(`${o.to}|*|${w}`);
        for (const g of RESOURCES) if ((o.give[g] ?? 0) > 0) refused.add(`${o.to}|${g}|${w}`);
      }
    }
  }
  // `give` '*': was a request for `get` turned down by `to` this round, whatever I offered for it?
  return (to, give, get) => refused.has(`${to}|${give}|${get}`);
}

/** Offers I made this round, whatever became of them. */
export function offersMadeThisRound(view: PlayerView): number {
  return view.log.filter((e) => e.round === view.round && e.t === 'offer' && e.offer.from === view.role).length;
}

/**
 * The help I received of one resource, as the engine counts it for a "receive" card: gifts, and what
 * a trade brought beyond the cards I paid, less what I gave away of it.
 */
export function netReceived(view: PlayerView, r: ResourceId): number {
  let n = 0;
  for (const e of view.log) {
    if (e.t === 'gift') {
      if (e.to === view.role) n += e.resources[r] ?? 0;
      if (e.from === view.role) n -= e.resources[r] ?? 0;
    }
    if (e.t === 'trade' && (e.from === view.role || e.to === view.role)) {
      const got = e.from === view.role ? e.get : e.give;
      const paid = e.from === view.role ? e.give : e.get;
      n += tradeHelp(got, paid)[r] ?? 0;
    }
  }
  return n;
}
