import type { Locale, RoleId } from '../../../shared/model/ids';
import type { LogEntry } from '../../../shared/rules/types';
import { translate, type Key, type Params } from '../i18n';
import { formatBag } from './bag';
import * as cards from './cards';

// A LogEntry as one plain sentence in the player's language. The player's own role is marked "(jij)".

export interface LogContext {
  locale: Locale;
  me: RoleId | null;
  seatName: (seat: number) => string;
}

export function formatLogEntry(e: LogEntry, ctx: LogContext): string {
  const { locale } = ctx;
  const tr = (key: Key, params?: Params) => translate(locale, key, params);
  const role = (r: RoleId) => {
    const name = cards.roleName(r, locale);
    return r === ctx.me ? tr('youMark', { name }) : name;
  };
  const to = (r: RoleId | 'all') => (r === 'all' ? tr('everyoneTo') : role(r));
  const bag = (b: Parameters<typeof formatBag>[0]) => formatBag(b, locale, tr('nothingBag'));
  const project = (id: string) => cards.projectName(id, locale);
  const persona = (id: string) => cards.personaName(id);
  const list = (names: string[]) =>
    names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} ${tr('and')} ${names[names.length - 1]}`;

  switch (e.t) {
    case 'phase':
      return tr('log_phase', { round: e.round, phase: tr(`phase_${e.phase}` as Key) });
    case 'event':
      return tr('log_event', { event: cards.eventTitle(e.eventId, locale) });
    case 'income':
      return tr('log_income', { role: role(e.role), resources: bag(e.resources) });
    case 'lapsed':
      return tr('log_lapsed', { role: role(e.role), resources: bag(e.resources) });
    case 'support':
      return tr('log_support', { role: role(e.role), resources: bag(e.resources), project: project(e.projectId) });
    case 'missed':
      return tr('log_missed', { count: e.personaIds.length, personas: list(e.personaIds.map(persona)) });
    case 'gain':
      return tr('log_gain', { role: role(e.role), resources: bag(e.resources) });
    case 'lose':
      return tr('log_lose', { role: role(e.role), resources: bag(e.resources) });
    case 'offer':
      return tr('log_offer', { from: role(e.offer.from), to: role(e.offer.to), give: bag(e.offer.give), get: bag(e.offer.get) });
    case 'offerClosed':
      return tr(`log_closed_${e.outcome}` as Key, { from: role(e.from), to: role(e.to) });
    case 'trade':
      return tr('log_trade', { from: role(e.from), to: role(e.to), give: bag(e.give), get: bag(e.get) });
    case 'gift':
      return tr('log_gift', { from: role(e.from), to: role(e.to), resources: bag(e.resources) });
    case 'pledge':
      return tr('log_pledge', { role: role(e.role), resources: bag(e.resources), project: project(e.projectId) });
    case 'unpledge':
      return tr('log_unpledge', { role: role(e.role), resources: bag(e.resources), project: project(e.projectId) });
    case 'disclose':
      return tr('log_disclose', { role: role(e.role), to: to(e.to), interest: cards.interestTitle(e.interestId, locale) });
    case 'guess':
      return tr('log_guess', { seat: ctx.seatName(e.seat), target: role(e.target) });
    case 'completed':
      return tr('log_completed', { project: project(e.projectId), partners: list(e.partners.map(role)) });
    case 'projectOpened':
      return tr('log_projectOpened', { project: project(e.projectId) });
    case 'reached':
      return tr('log_reached', { persona: persona(e.personaId), project: project(e.projectId) });
    case 'held': {
      const by = 'projectId' in e.by ? project(e.by.projectId) : role(e.by.role);
      if (!('projectId' in e.by) && e.by.referredBy) return tr('log_heldReferral', { persona: persona(e.personaId), by, from: role(e.by.referredBy) });
      return tr('log_held', { persona: persona(e.personaId), by });
    }
    case 'referred':
    case 'referralLapsed':
      return tr(e.t === 'referred' ? 'log_referred' : 'log_referralLapsed', { persona: persona(e.personaId), from: role(e.from), to: role(e.to) });
    case 'dropped':
      return tr('log_dropped', { persona: persona(e.personaId) });
    case 'comeback':
      return tr('log_comeback', { persona: persona(e.personaId) });
    case 'swap':
      return tr('log_swap');
    case 'ended':
      return tr(e.early ? 'log_ended_early' : 'log_ended');
  }
}

/** The entries in `next` that were not in `prev` (the log only grows; a shorter log starts afresh). */
export function newEntries(prev: readonly LogEntry[] | null, next: readonly LogEntry[]): readonly LogEntry[] {
  if (!prev || prev.length === 0) return prev ? next : [];
  if (next.length < prev.length) return [];
  const last = prev.length - 1;
  if (JSON.stringify(prev[last]) !== JSON.stringify(next[last])) return [];
  return next.slice(prev.length);
}

/** The last `n` entries, newest first, as sentences. */
export function recentLog(log: readonly LogEntry[], ctx: LogContext, n = 30): string[] {
  return log.slice(-n).reverse().map((e) => formatLogEntry(e, ctx));
}
