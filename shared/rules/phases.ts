import { cardsOf } from '../content';
import { add, isEmpty, normalize, subtract, total } from '../model/bag';
import { RESOURCES, type Bag, type ResourceId, type RoleId } from '../model/ids';
import { nextFloat, shuffled, type Rng } from '../rng';
import { CARRY_OVER, DROPOUT_CHANCE, HELD_PER_VIEW, RESULTS_PER_SUPPORT, sightFor } from './config';
import { lapseReferrals } from './referral';
import { computeResult } from './scoring';
import type { EventEffect } from '../content/schema';
import type { GameDraft, GameState, LogEntry } from './types';

// Moving through a round: Gebeurtenis → Overleg → Uitvoering → Terugblik → next round or the end.
// These functions mutate a draft state (applyAction hands them a copy).

type Entry = LogEntry extends infer E ? (E extends LogEntry ? Omit<E, 'round' | 'phase'> : never) : never;

export function log(s: Pick<GameDraft, 'log' | 'round' | 'phase'>, entry: Entry): void {
  s.log.push({ round: s.round, phase: s.phase, ...entry } as LogEntry);
}

function withRng<T>(s: GameDraft, f: (rng: Rng) => T): T {
  const rng = { state: s.rng };
  const out = f(rng);
  s.rng = rng.state;
  return out;
}

export function inPlay(s: GameState): readonly RoleId[] {
  return s.config.roles;
}

export function startRound(s: GameDraft, round: number): void {
  s.round = round;
  s.phase = 'gebeurtenis';
  s.modifiers = { frozen: [], bonusReach: {} };
  log(s, { t: 'phase' });
  if (round > 1) {
    if (s.config.roleSwapAfterRound === round - 1) swapRoles(s);
    lapse(s);
    for (const role of inPlay(s)) {
      const income = normalize(cardsOf(s).roleCard(role).income);
      if (isEmpty(income)) continue;
      const p = s.partners[role]!;
      p.hand = add(p.hand, income);
      log(s, { t: 'income', role, resources: income });
    }
    refillTable(s);
  }
  revealEvent(s);
}


/** Every seat moves on to the next seat's partner: the perspective switch of the original game. */
function swapRoles(s: GameDraft): void {
  s.seats = s.seats.map((_, i) => s.seats[(i + 1) % s.seats.length]);
  log(s, { t: 'swap', roles: s.seats.slice() });
}

/** A new year: cards beyond what may be carried over are gone, the kinds held least first (a partner keeps its core), what is pledged stays. */
function lapse(s: GameDraft): void {
  for (const role of inPlay(s)) {
    const p = s.partners[role]!;
    const hand = { ...p.hand };
    const lost: Bag = {};
    for (let over = total(hand) - CARRY_OVER; over > 0; over--) {
      const r = RESOURCES.filter((x) => (hand[x] ?? 0) > 0).reduce((a, b) => ((hand[b] ?? 0) < (hand[a] ?? 0) ? b : a));
      hand[r] = hand[r]! - 1;
      lost[r] = (lost[r] ?? 0) + 1;
    }
    if (isEmpty(lost)) continue;
    p.hand = subtract(p.hand, lost);
    log(s, { t: 'lapsed', role, resources: lost });
  }
}

function refillTable(s: GameDraft): void {
  while (s.projects.table.length < s.config.tableSize && s.projects.deck.length > 0) {
    const id = s.projects.deck.shift()!;
    s.projects.table.push(id);
    s.pledges[id] = {};
    log(s, { t: 'projectOpened', projectId: id });
  }
}

function revealEvent(s: GameDraft): void {
  if (s.events.deck.length === 0) {
    s.events.deck = withRng(s, (rng) => shuffled(rng, s.events.history));
  }
  const id = s.events.deck.shift()!;
  s.events.current = id;
  s.events.history.push(id);
  log(s, { t: 'event', eventId: id });
  for (const effect of cardsOf(s).eventCard(id).effects) applyEffect(s, id, effect);
}

function targets(s: GameDraft, roles: readonly RoleId[] | undefined): readonly RoleId[] {
  return roles ? inPlay(s).filter((r) => roles.includes(r)) : inPlay(s);
}

function applyEffect(s: GameDraft, eventId: string, e: EventEffect): void {
  switch (e.kind) {
    case 'gain':
      for (const role of targets(s, e.roles)) {
        const p = s.partners[role]!;
        const got = { [e.resource]: e.amount };
        p.hand = add(p.hand, got);
        log(s, { t: 'gain', role, resources: normalize(got), eventId });
      }
      return;
    case 'lose':
      for (const role of targets(s, e.roles)) {
        const p = s.partners[role]!;
        const lost = normalize({ [e.resource]: Math.min(e.amount, p.hand[e.resource] ?? 0) });
        if (isEmpty(lost)) continue;
        p.hand = subtract(p.hand, lost);
        log(s, { t: 'lose', role, resources: lost, eventId });
      }
      return;
    case 'freeze':
      if (!s.modifiers.frozen.includes(e.resource)) s.modifiers.frozen.push(e.resource);
      return;
    case 'bonusReach':
      s.modifiers.bonusReach[e.domain] = (s.modifiers.bonusReach[e.domain] ?? 0) + e.amount;
      return;
    case 'dropout': {
      const atRisk = personasWithStatus(s, 'reached').sort((a, b) => s.personas[a].reachedRound! - s.personas[b].reachedRound!);
      for (const id of atRisk.slice(0, e.count)) dropPersona(s, id, eventId);
      return;
    }
    case 'comeback': {
      const dropped = personasWithStatus(s, 'dropped').sort((a, b) => s.personas[a].droppedRound! - s.personas[b].droppedRound!);
      for (const id of dropped.slice(0, e.count)) {
        s.personas[id] = { ...s.personas[id], status: 'held', droppedRound: null };
        log(s, { t: 'comeback', personaId: id, eventId });
      }
      return;
    }
  }
}

function personasWithStatus(s: GameDraft, status: string): string[] {
  return Object.keys(s.personas).filter((id) => s.personas[id].status === status);
}

function dropPersona(s: GameDraft, id: string, eventId: string | null): void {
  s.personas[id] = { ...s.personas[id], status: 'dropped', droppedRound: s.round };
  log(s, { t: 'dropped', personaId: id, eventId });
}

/** What has been pledged to a project so far, all partners together. */
export function pledgedTotal(s: GameState, projectId: string): Bag {
  // One bag, kinds in order, no zeros (as add() would build it), without a bag per partner.
  const sum: Bag = {};
  const bags = Object.values(s.pledges[projectId] ?? {});
  for (const r of RESOURCES) {
    let n = 0;
    for (const bag of bags) n += bag![r] ?? 0;
    if (n !== 0) sum[r] = n;
  }
  return sum;
}

export function projectPartners(s: GameState, projectId: string): RoleId[] {
  const byRole = s.pledges[projectId] ?? {};
  const out: RoleId[] = [];
  for (const r in byRole) if (!isEmpty(byRole[r as RoleId]!)) out.push(r as RoleId);
  return out;
}

export function isReady(s: GameState, projectId: string): boolean {
  // Counted in place, without building bags: views and the list of legal moves ask this often.
  const card = cardsOf(s).projectCard(projectId);
  const byRole = s.pledges[projectId] ?? {};
  let partners = 0;
  const bags = Object.values(byRole);
  for (const bag of bags) if (!isEmpty(bag!)) partners++;
  if (partners < card.minPartners) return false;
  for (const r of RESOURCES) {
    const need = card.needs[r] ?? 0;
    if (need === 0) continue;
    let n = 0;
    for (const bag of bags) n += bag![r] ?? 0;
    if (n < need) return false;
  }
  return true;
}

export function advancePhase(s: GameDraft): void {
  switch (s.phase) {
    case 'gebeurtenis':
      s.phase = 'overleg';
      log(s, { t: 'phase' });
      return;
    case 'overleg':
      expireOffers(s);
      lapseReferrals(s);
      s.phase = 'uitvoering';
      log(s, { t: 'phase' });
      resolveExecution(s);
      return;
    case 'uitvoering':
      s.phase = 'terugblik';
      log(s, { t: 'phase' });
      return;
    case 'terugblik':
      lapseReferrals(s);
      if (s.round < s.config.rounds) startRound(s, s.round + 1);
      else endGame(s, false);
      return;
  }
}

export function expireOffers(s: GameDraft): void {
  for (const o of s.offers) log(s, { t: 'offerClosed', offerId: o.id, from: o.from, to: o.to, outcome: 'expired' });
  s.offers = [];
}

/** Uitvoering: complete every ready project, reach its personas, keep hold of some, lose others. */
function resolveExecution(s: GameDraft): void {
  const round = s.round;
  const completedNow: string[] = [];
  let inView = inViewNow(s);
  for (const projectId of s.projects.table.slice()) {
    if (!isReady(s, projectId)) continue;
    const card = cardsOf(s).projectCard(projectId);
    const contributions = s.pledges[projectId];
    const partners = projectPartners(s, projectId);
    delete s.pledges[projectId];
    s.projects.table = s.projects.table.filter((id) => id !== projectId);
    const bonus = card.domains.reduce((n, d) => n + (s.modifiers.bonusReach[d] ?? 0), 0);
    const reached = takePersonas(s, card.domains, Math.min(card.reach + bonus, inView));
    inView -= reached.length;
    s.projects.completed.push({ id: projectId, round, contributions, personas: reached });
    log(s, { t: 'completed', projectId, partners, personas: reached });
    for (const personaId of reached) {
      s.personas[personaId] = { ...s.personas[personaId], status: 'reached', reachedRound: round, reachedBy: projectId };
      log(s, { t: 'reached', personaId, projectId });
    }
    if (reached.length > 0) showResults(s, projectId, contributions);
    completedNow.push(projectId);
  }
  // A follow-up project in a persona's domain is a warm handover: a persona another project
  // reached (earlier, or in this same Uitvoering) is held by it.
  for (const projectId of completedNow) {
    const domains = cardsOf(s).projectCard(projectId).domains;
    for (const id of personasWithStatus(s, 'reached')) {
      const p = s.personas[id];
      if (p.reachedBy !== projectId && domains.includes(cardsOf(s).personaCard(id).domain)) {
        s.personas[id] = { ...p, status: 'held' };
        log(s, { t: 'held', personaId: id, by: { projectId } });
      }
    }
  }
  // Whoever was in view this year and found by no project is missed for good.
  const missed = s.personaDeck.slice(0, inView);
  if (missed.length > 0) {
    s.personaDeck = s.personaDeck.slice(missed.length);
    log(s, { t: 'missed', personaIds: missed });
  }
  // Nobody kept hold of them: they may drop out after the referral.
  for (const id of personasWithStatus(s, 'reached')) {
    if (s.personas[id].reachedRound! >= round) continue;
    const drops = withRng(s, (rng) => nextFloat(rng) < DROPOUT_CHANCE);
    if (drops) dropPersona(s, id, null);
  }
}

/**
 * Results shown to the wethouder make support: every second project (at big tables every one) that reached
 * people gives one Draagvlak card to the partner who put the most into it (the first at the table
 * on a tie). So a table whose gemeente is quiet can still build some support, slowly, from what it
 * achieves.
 */
function showResults(s: GameDraft, projectId: string, contributions: Partial<Record<RoleId, Bag>>): void {
  const results = s.projects.completed.filter((c) => c.personas.length > 0).length;
  if (results % RESULTS_PER_SUPPORT[s.config.roles.length] !== 0) return;
  let best: RoleId | null = null;
  for (const role of inPlay(s)) {
    const n = total(contributions[role] ?? {});
    if (n > 0 && (best === null || n > total(contributions[best] ?? {}))) best = role;
  }
  if (!best) return;
  const support = { draagvlak: 1 };
  const p = s.partners[best]!;
  p.hand = add(p.hand, support);
  log(s, { t: 'support', role: best, projectId, resources: support });
}

/**
 * The people in view this year: no project reaches more than are in view. An event's bonus adds to
 * them, and so do the people the table keeps hold of: every two held bring one more into view
 * (people bring people), so what a table builds early pays later.
 */
export function inViewNow(s: GameState): number {
  const bonus = Object.values(s.modifiers.bonusReach).reduce((n, b) => n + (b ?? 0), 0);
  const held = Object.values(s.personas).filter((p) => p.status === 'held').length;
  return Math.min(s.personaDeck.length, sightFor(s.config) + bonus + Math.floor(held / HELD_PER_VIEW));
}

/** Draw up to `n` personas from the deck, those of the project's domains first. */
function takePersonas(s: GameDraft, domains: readonly string[], n: number): string[] {
  const matching = s.personaDeck.filter((id) => domains.includes(cardsOf(s).personaCard(id).domain));
  const others = s.personaDeck.filter((id) => !domains.includes(cardsOf(s).personaCard(id).domain));
  const taken = [...matching, ...others].slice(0, n);
  s.personaDeck = s.personaDeck.filter((id) => !taken.includes(id));
  return taken;
}

export function endGame(s: GameDraft, early: boolean): void {
  expireOffers(s);
  lapseReferrals(s);
  // After the last round the referrals still have to work: whoever nobody holds may drop out yet.
  if (!early) {
    for (const id of personasWithStatus(s, 'reached')) {
      const drops = withRng(s, (rng) => nextFloat(rng) < DROPOUT_CHANCE);
      if (drops) dropPersona(s, id, null);
    }
  }
  s.status = 'ended';
  s.result = computeResult(s, early);
  log(s, { t: 'ended', early });
}
