import type { RoleId } from '../../../../shared/model/ids';
import type { LogEntry } from '../../../../shared/rules/types';
import { bagEntries, bagTotal, formatBag } from '../../model/bag';
import * as cards from '../../model/cards';
import { newEntries } from '../../model/log';
import { shortRole } from './labels';
import { translate, type ProjectorLocale } from '../../i18n';
import type { Move } from './types';

// The public log as the room reads it: one short sentence per move that matters to everyone, and
// the cards that moved since the last update (for the scene to fly). What a disclosed interest
// says is never written here: the wall only tells that a card went on the table.

export function feedLine(e: LogEntry, locale: ProjectorLocale): string | null {
  const role = (r: RoleId) => shortRole(r, locale);
  const bag = (b: Parameters<typeof formatBag>[0]) => formatBag(b, locale);
  const project = (id: string) => cards.projectName(id, locale);
  const persona = (id: string) => cards.personaName(id);
  switch (e.t) {
    case 'event':
      return translate(locale, 'log_event', { event: cards.eventTitle(e.eventId, locale) });
    case 'gift':
      return translate(locale, 'f_gift', { from: role(e.from), to: role(e.to), bag: bag(e.resources) });
    case 'trade':
      return translate(locale, 'f_trade', { from: role(e.from), to: role(e.to) });
    case 'pledge':
      return translate(locale, 'f_pledge', { role: role(e.role), bag: bag(e.resources), project: project(e.projectId) });
    case 'unpledge':
      return translate(locale, 'f_unpledge', { role: role(e.role), bag: bag(e.resources), project: project(e.projectId) });
    case 'disclose':
      return e.to === 'all' ? translate(locale, 'f_disclose', { role: role(e.role) }) : null;
    case 'gain':
      return translate(locale, 'f_gain', { role: role(e.role), bag: bag(e.resources) });
    case 'lose':
      return translate(locale, 'f_lose', { role: role(e.role), bag: bag(e.resources) });
    case 'completed':
      return translate(locale, 'f_completed', { project: project(e.projectId) });
    case 'projectOpened':
      return translate(locale, 'f_opened', { project: project(e.projectId) });
    case 'reached':
      return translate(locale, 'f_reached', { persona: persona(e.personaId) });
    case 'held':
      return translate(locale, 'f_held', { persona: persona(e.personaId) });
    case 'dropped':
      return translate(locale, 'log_dropped', { persona: persona(e.personaId) });
    case 'comeback':
      return translate(locale, 'f_comeback', { persona: persona(e.personaId) });
    case 'missed':
      return translate(locale, 'f_missed', { personas: e.personaIds.map(persona).join(', ') });
    case 'swap':
      return translate(locale, 'f_swap');
    case 'ended':
      return translate(locale, 'f_ended');
    // Phase changes are in the header; income, offers and guesses are routine or private.
    default:
      return null;
  }
}

/** The newest `n` sentences, newest first. */
export function feedLines(log: readonly LogEntry[], locale: ProjectorLocale, n: number): string[] {
  const out: string[] = [];
  for (let i = log.length - 1; i >= 0 && out.length < n; i--) {
    const line = feedLine(log[i], locale);
    if (line) out.push(line);
  }
  return out;
}

/** What moved between two logs: cards between partners and into or out of projects, and projects done. */
export function movesBetween(prev: readonly LogEntry[] | null, next: readonly LogEntry[]): Move[] {
  const moves: Move[] = [];
  for (const e of newEntries(prev, next)) {
    const first = (b: Parameters<typeof bagEntries>[0]) => bagEntries(b)[0]?.resource ?? null;
    if (e.t === 'gift') moves.push({ kind: 'card', from: { partner: e.from }, to: { partner: e.to }, resource: first(e.resources), count: bagTotal(e.resources) });
    if (e.t === 'trade') {
      // The room does not see what was traded: one plain card goes each way.
      moves.push({ kind: 'card', from: { partner: e.from }, to: { partner: e.to }, resource: null, count: 1 });
      moves.push({ kind: 'card', from: { partner: e.to }, to: { partner: e.from }, resource: null, count: 1 });
    }
    if (e.t === 'pledge') moves.push({ kind: 'card', from: { partner: e.role }, to: { project: e.projectId }, resource: first(e.resources), count: bagTotal(e.resources) });
    if (e.t === 'unpledge') moves.push({ kind: 'card', from: { project: e.projectId }, to: { partner: e.role }, resource: first(e.resources), count: bagTotal(e.resources) });
    if (e.t === 'completed') moves.push({ kind: 'completed', projectId: e.projectId });
  }
  return moves;
}
