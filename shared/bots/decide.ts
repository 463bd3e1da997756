import { covers, total } from '../model/bag';
import { RESOURCES, type ResourceId, type RoleId } from '../model/ids';
import { nextFloat, seedState, type Rng } from '../rng';
import type { Action, Offer } from '../rules/types';
import type { PlayerView, ProjectView } from '../view/types';
import {
  earmarkAllows,
  likelyHolders,
  ownGain,
  missingCount,
  netReceived,
  offersMadeThisRound,
  refusedThisRound,
  selfValue,
  spare,
  tableDemand,
  wantsOf,
  type Wants,
} from './assess';
import { reasonsFor } from './reasons';
import { refer, takeUp } from './refer';
import type { BotChoice, BotInput, BotStyle, Personality } from './types';

// The three personalities as one policy with different weights. Each call returns the single most
// useful next move for this seat, or null when the bot has nothing more to do until something changes.

interface Ctx {
  view: PlayerView;
  legal: readonly Action[];
  p: Personality;
  style: BotStyle;
  w: Wants;
  rng: Rng;
  /** The bot's sentences, naming the edition's cards. */
  say: ReturnType<typeof reasonsFor>;
}

const MAX_OFFERS_PER_ROUND: Record<Personality, number> = { verbinder: 3, eigenbelang: 4, voorzichtig: 1 };

export function botDecide(input: BotInput): BotChoice | null {
  const { view, legal, personality } = input;
  if (view.status !== 'playing' || legal.length === 0) return null;
  const style = input.style ?? {};
  if (view.round <= (style.wait ?? 0)) return null;
  const w = wantsOf(view);
  const ctx: Ctx = { view, legal, p: personality, style, w, rng: { state: seedState(input.seed) }, say: reasonsFor(w.cards) };
  if (view.phase === 'overleg') {
    return (
      answerOffer(ctx) ??
      withdrawStale(ctx) ??
      takeUp(ctx) ??
      disclose(ctx) ??
      hold(ctx) ??
      refer(ctx) ??
      pledge(ctx) ??
      gift(ctx) ??
      propose(ctx) ??
      guess(ctx)
    );
  }
  if (view.phase === 'terugblik') return takeUp(ctx) ?? hold(ctx) ?? refer(ctx) ?? guess(ctx);
  return null;
}

function isLegal(ctx: Ctx, match: (a: Action) => boolean): boolean {
  return ctx.legal.some(match);
}

// ---- offers ------------------------------------------------------------------------------------

function answerOffer(ctx: Ctx): BotChoice | null {
  const { view } = ctx;
  const offer = view.offers.find((o) => o.to === view.role);
  if (!offer) return null;
  const canAccept = isLegal(ctx, (a) => a.type === 'acceptTrade' && a.offerId === offer.id);
  const verdict = judge(ctx, offer);
  const audience = offer.from;
  if (canAccept && verdict.ok) return { action: { type: 'acceptTrade', offerId: offer.id }, reason: verdict.reason, audience };
  return { action: { type: 'declineTrade', offerId: offer.id }, reason: verdict.ok ? ctx.say.declineUnsure() : verdict.reason, audience };
}

function judge(ctx: Ctx, o: Offer): { ok: boolean; reason: ReturnType<typeof ctx.say.acceptFair> } {
  const { view, w, p } = ctx;
  const iGive = o.get;
  const iGet = o.give;
  const wanted = RESOURCES.find((r) => (iGet[r] ?? 0) > 0 && ((w.receive[r] ?? 0) > 0 || (w.keep[r] ?? 0) > 0));
  const precious = RESOURCES.find((r) => (iGive[r] ?? 0) > 0 && (view.hand[r] ?? 0) - (iGive[r] ?? 0) < (w.keep[r] ?? 0));
  const balance = total(iGet) - total(iGive);
  if (p === 'verbinder') {
    // The common goal first: a Verbinder trades what a partner asks for, even what it meant to keep.
    const helps = RESOURCES.find((r) => (iGive[r] ?? 0) > 0);
    return { ok: true, reason: helps ? ctx.say.acceptHelps(helps) : ctx.say.acceptFair() };
  }
  const never = RESOURCES.find((r) => (iGive[r] ?? 0) > 0 && w.neverGive.has(r));
  if (never) return { ok: false, reason: ctx.say.declineNever(never) };
  if (precious) return { ok: false, reason: ctx.say.declineNeed(precious) };
  if (p === 'eigenbelang') {
    if (wanted && balance >= 0) return { ok: true, reason: ctx.say.acceptWant(wanted) };
    if (balance > 0) return { ok: true, reason: ctx.say.acceptFair() };
    return { ok: false, reason: ctx.say.declineUnfair() };
  }
  // Voorzichtig: only what is safe — nothing it needs for its own projects, never less back.
  if (balance < 0) return { ok: false, reason: ctx.say.declineUnfair() };
  const needed = RESOURCES.find((r) => (iGive[r] ?? 0) > 0 && ownDemand(ctx, r) >= (view.hand[r] ?? 0));
  if (needed) return { ok: false, reason: ctx.say.declineNeed(needed) };
  return { ok: true, reason: wanted ? ctx.say.acceptWant(wanted) : ctx.say.acceptFair() };
}

function withdrawStale(ctx: Ctx): BotChoice | null {
  const { view } = ctx;
  // An offer that waited while its recipient acted on other things is not going to be taken.
  const mine = view.offers.find((o) => o.from === view.role && answeredOthers(view, o));
  if (!mine) return null;
  return { action: { type: 'withdrawTrade', offerId: mine.id }, reason: ctx.say.withdraw(), audience: mine.to };
}

function answeredOthers(view: PlayerView, o: Offer): boolean {
  const at = view.log.findIndex((e) => e.t === 'offer' && e.offer.id === o.id);
  return view.log.slice(at + 1).filter((e) => 'role' in e && e.role === o.to).length >= 3;
}

// ---- cards on the table, holding, guessing -----------------------------------------------------

function disclose(ctx: Ctx): BotChoice | null {
  const { view, p, rng } = ctx;
  const hidden = view.interests.filter((i) => i.disclosedTo !== 'all');
  if (p === 'eigenbelang') {
    if (ctx.style.swapper) return null;
    // Only what pays to show: an interest in receiving, so that partners know what to give.
    const need = hidden.find((i) => ctx.w.cards.interestCard(i.id).rule.kind === 'received');
    return need ? { action: { type: 'disclose', interestId: need.id, to: 'all' }, reason: ctx.say.discloseNeed(), audience: 'all' } : null;
  }
  if (p === 'verbinder') {
    const i = hidden[0];
    return i ? { action: { type: 'disclose', interestId: i.id, to: 'all' }, reason: ctx.say.disclose(), audience: 'all' } : null;
  }
  // Voorzichtig: from round 2, to one partner at a time, now and then.
  if (view.round < 2 || nextFloat(rng) < 0.6) return null;
  for (const i of hidden) {
    const shown = i.disclosedTo as RoleId[];
    const to = view.seats.find((r) => r !== view.role && !shown.includes(r));
    if (to) return { action: { type: 'disclose', interestId: i.id, to }, reason: ctx.say.discloseOne(to), audience: to };
  }
  return null;
}

function hold(ctx: Ctx): BotChoice | null {
  const { view, p, w } = ctx;
  if (p === 'eigenbelang' && !w.personas) return null;
  const atRisk = view.personas.filter((x) => x.status === 'reached');
  for (const persona of atRisk) {
    if (p === 'eigenbelang' && !joinedProject(view, persona.reachedBy)) continue;
    for (const r of ['vrijwilligers', 'bereik'] as const) {
      const keepBack = p === 'verbinder' ? 0 : ownDemand(ctx, r);
      if (spare(view, w, r) <= keepBack) continue;
      if (!isLegal(ctx, (a) => a.type === 'hold' && a.personaId === persona.id && a.resource === r)) continue;
      return { action: { type: 'hold', personaId: persona.id, resource: r }, reason: ctx.say.hold(), audience: 'all' };
    }
  }
  return null;
}

function joinedProject(view: PlayerView, projectId: string | null): boolean {
  const c = view.completed.find((x) => x.id === projectId);
  return !!c && total(c.contributions[view.role] ?? {}) > 0;
}

function guess(ctx: Ctx): BotChoice | null {
  const { view } = ctx;
  for (const partner of view.partners) {
    if (partner.role === view.role || view.guesses[partner.role]) continue;
    const ids = partner.disclosed.map((d) => d.interestId).slice(0, view.interests.length);
    if (ids.length === 0) continue;
    if (!isLegal(ctx, (a) => a.type === 'guess' && a.target === partner.role)) continue;
    return { action: { type: 'guess', target: partner.role, interestIds: ids }, reason: ctx.say.guess(partner.role), audience: 'all' };
  }
  return null;
}

// ---- projects ----------------------------------------------------------------------------------

/** Cards of `r` my own favoured projects still need (what a careful partner keeps back). */
function ownDemand(ctx: Ctx, r: ResourceId): number {
  return ctx.view.projects.filter((pr) => selfValue(ctx.view, ctx.w, pr) > 0).reduce((n, pr) => n + (pr.missing[r] ?? 0), 0);
}

function projectScore(ctx: Ctx, pr: ProjectView, r?: ResourceId): number {
  const { view, w, p } = ctx;
  const card = ctx.w.cards.projectCard(pr.id);
  const own = selfValue(view, w, pr);
  const missingNow = missingCount(pr);
  const needPartners = Math.max(0, card.minPartners - pr.partners.length);
  const iAmIn = pr.partners.includes(view.role);
  const close = -missingNow - (iAmIn ? 0 : needPartners);
  const gain = r ? ownGain(view, pr, r, !ctx.style.narrow) : own;
  if (p === 'eigenbelang') return gain > 0 ? gain * 4 + close : -Infinity;
  if (p === 'voorzichtig') return missingNow <= 3 || iAmIn || view.round >= 3 ? close + gain : -Infinity;
  return close * 2 + card.reach + Math.max(0, Math.min(gain, 1));
}

function pledge(ctx: Ctx): BotChoice | null {
  const { view, w, p } = ctx;
  const options: { pr: ProjectView; r: ResourceId; score: number }[] = [];
  for (const a of ctx.legal) {
    if (a.type !== 'pledge') continue;
    const r = RESOURCES.find((x) => (a.resources[x] ?? 0) > 0)!;
    const pr = view.projects.find((x) => x.id === a.projectId)!;
    if (pr.ready) continue;
    if (p !== 'verbinder' && !earmarkAllows(w, r, pr.id)) continue;
    if (p !== 'verbinder' && spare(view, w, r) <= 0) continue;
    const score = projectScore(ctx, pr, r);
    if (score === -Infinity) continue;
    if (p === 'eigenbelang' && !completable(ctx, pr, r)) continue;
    options.push({ pr, r, score });
  }
  if (options.length === 0) return null;
  options.sort((a, b) => b.score - a.score || a.pr.id.localeCompare(b.pr.id) || a.r.localeCompare(b.r));
  const best = options[0];
  const reason = p === 'eigenbelang' ? ctx.say.pledgeOwn(best.pr.id, best.r) : ctx.say.pledgeClose(best.pr.id, best.r);
  return { action: { type: 'pledge', projectId: best.pr.id, resources: { [best.r]: 1 } }, reason, audience: 'all' };
}

/** Eigen belang puts in only where others already carry most of the load. */
function completable(ctx: Ctx, pr: ProjectView, r: ResourceId): boolean {
  const card = ctx.w.cards.projectCard(pr.id);
  const needTotal = total(card.needs);
  const mine = total(pr.pledged[ctx.view.role] ?? {});
  return (mine === 0 && (pr.missing[r] ?? 0) > 0) || missingCount(pr) <= Math.ceil(needTotal / 2);
}

// ---- giving and asking -------------------------------------------------------------------------

function gift(ctx: Ctx): BotChoice | null {
  const { view, w, p } = ctx;
  if (p !== 'verbinder') return null;
  // A partner who put a "receive" interest on the table: help them, from what the table does not need.
  const demand = tableDemand(view);
  for (const partner of view.partners) {
    if (partner.role === view.role) continue;
    for (const d of partner.disclosed) {
      const rule = ctx.w.cards.interestCard(d.interestId).rule;
      if (rule.kind !== 'received') continue;
      const r = rule.resource;
      if (w.neverGive.has(r) || spare(view, w, r) <= 0 || (view.hand[r] ?? 0) < (demand[r] ?? 0) / 3) continue;
      if (givenTo(view, partner.role, r) >= rule.min) continue;
      if (!isLegal(ctx, (a) => a.type === 'gift' && a.to === partner.role && (a.resources[r] ?? 0) > 0)) continue;
      return { action: { type: 'gift', to: partner.role, resources: { [r]: 1 } }, reason: ctx.say.gift(r, partner.role), audience: partner.role };
    }
  }
  return null;
}

function givenTo(view: PlayerView, to: RoleId, r: ResourceId): number {
  let n = 0;
  for (const e of view.log) if (e.t === 'gift' && e.from === view.role && e.to === to) n += e.resources[r] ?? 0;
  return n;
}

function propose(ctx: Ctx): BotChoice | null {
  const { view, w, p } = ctx;
  if (view.offers.some((o) => o.from === view.role)) return null;
  if (offersMadeThisRound(view) >= MAX_OFFERS_PER_ROUND[p]) return null;
  if (p === 'voorzichtig' && nextFloat(ctx.rng) < 0.5) return null;
  const wanted = wantList(ctx);
  const giveable = RESOURCES.filter(
    (r) => !w.neverGive.has(r) && spare(view, w, r) > 0 && ownDemand(ctx, r) < (view.hand[r] ?? 0),
  ).sort((a, b) => (view.hand[b] ?? 0) - (view.hand[a] ?? 0));
  const refused = refusedThisRound(view);
  // For something my own interest asks to receive, I part with anything I have two of.
  const forOwn = RESOURCES.filter((r) => !w.neverGive.has(r) && spare(view, w, r) > 0 && (view.hand[r] ?? 0) >= 2);
  for (const want of wanted) {
    if (view.modifiers.frozen.includes(want)) continue;
    const pool = (w.receive[want] ?? 0) > netReceived(view, want) ? [...giveable, ...forOwn.filter((r) => !giveable.includes(r))] : giveable;
    for (const to of likelyHolders(view, want)) {
      const give = pool.find((g) => g !== want && !refused(to, g, want));
      if (!give) continue;
      if (!isLegal(ctx, (a) => a.type === 'proposeTrade' && a.to === to && (a.give[give] ?? 0) > 0)) continue;
      const get = p === 'eigenbelang' && !ctx.style.swapper ? 2 : 1;
      // Two for one is asked only of a partner whose hand (its public count) can hold it, and not
      // again this round of one who turned the ask down: it likely lacks the kind.
      if (p === 'eigenbelang' && ((view.partners.find((x) => x.role === to)?.handCount ?? 0) < get || refused(to, '*', want))) continue;
      const reason = p === 'eigenbelang' ? ctx.say.askGain(want) : ctx.say.askFor(want);
      return { action: { type: 'proposeTrade', to, give: { [give]: 1 }, get: { [want]: get } }, reason, audience: to };
    }
  }
  return null;
}

/** What I would ask partners for, most wanted first. */
function wantList(ctx: Ctx): ResourceId[] {
  const { view, w, p } = ctx;
  if (p === 'eigenbelang') {
    return RESOURCES.filter((r) => (w.receive[r] ?? 0) > 0 || (w.keep[r] ?? 0) > (view.hand[r] ?? 0) - 1);
  }
  // What the projects I am in (or the closest one) lack and I cannot pledge myself.
  const projects = view.projects
    .filter((pr) => !pr.ready && projectScore(ctx, pr) > -Infinity)
    .sort((a, b) => projectScore(ctx, b) - projectScore(ctx, a))
    .slice(0, 2);
  const out: ResourceId[] = [];
  for (const pr of projects) {
    for (const r of RESOURCES) if ((pr.missing[r] ?? 0) > (view.hand[r] ?? 0) && !out.includes(r)) out.push(r);
  }
  return out.filter(() => covers(view.hand, {}));
}
