import type { Locale, RoleId } from '../../../shared/model/ids';
import type { SeatInfo } from '../../../shared/protocol/room';
import type { LogEntry, OfferOutcome } from '../../../shared/rules/types';
import { translate, type Key } from '../i18n';
import type { Personality } from '../../../shared/bots/types';
import type { RoomSettings, ServerMessages } from '../../../shared/protocol/messages';
import * as cards from './cards';

/** Server → client after a bot's move was accepted: the one sentence saying why. */
export type BotSaid = ServerMessages['botSaid'];

/** The personality of the bot playing a seat, or null for a seat a person plays. */
export function seatBot(seat: SeatInfo | undefined | null): Personality | null {
  return seat?.bot || null;
}

/** A bot playing a person's seat (the host handed it over, or a late arrival will take it): the seat keeps the person's name. */
export function standsIn(seat: SeatInfo | undefined | null): boolean {
  return !!seat && !!seatBot(seat) && !!seat.standIn;
}

/** The bots a room's settings ask for (none when the settings do not say). */
export function settingsBots(settings: RoomSettings | null): RoomSettings['bots'] {
  return settings?.bots ?? [];
}

// Bots as the player reads them: "Bot · Verbinder" at the table, their one-sentence reasons in the
// feed and next to the offers they answer.

export const personalityName = (p: Personality, locale: Locale): string => translate(locale, `personality_${p}` as Key);

/** The name shown for a seat: a person's name, "Bot · Verbinder", or "Anna (nu: Bot · Verbinder)". */
export function seatLabel(seat: SeatInfo | undefined, locale: Locale): string {
  if (!seat) return '';
  const bot = seatBot(seat);
  if (!bot) return seat.name;
  const personality = personalityName(bot, locale);
  return standsIn(seat) ? translate(locale, 'botSeatNamed', { name: seat.name, personality }) : translate(locale, 'botSeat', { personality });
}

/** A bot line for the feed: "UWV (bot): Ik heb mijn budget nodig voor werk en inkomen". */
export function botLine(m: BotSaid, locale: Locale): string {
  return translate(locale, 'botSays', { role: cards.roleName(m.role, locale), reason: m.reason[locale] });
}

export type FeedLine = { kind: 'log' | 'bot'; text: string };

/**
 * The last `n` log entries newest first, with each bot line placed after the entries that were
 * there when it arrived (`after` = the log's length then).
 */
export function feedLines(log: readonly LogEntry[], logText: (e: LogEntry) => string, bots: { after: number; said: BotSaid }[], locale: Locale, n = 40): FeedLine[] {
  const out: FeedLine[] = [];
  const from = Math.max(0, log.length - n);
  for (let i = log.length; i >= from; i--) {
    const here = bots.filter((b) => (i === log.length ? b.after >= i : b.after === i)).reverse();
    for (const b of here) out.push({ kind: 'bot', text: botLine(b.said, locale) });
    if (i > from) out.push({ kind: 'log', text: logText(log[i - 1]) });
  }
  return out.slice(0, n);
}

export interface BotReplyVM {
  offerId: string;
  role: RoleId;
  text: string;
  reason: string;
  outcome: OfferOutcome | null;
}

/** Bots' answers to my offers this round (accepted or declined: the offer is gone, the reason stays). */
export function botRepliesVM(log: readonly LogEntry[], notes: Record<string, BotSaid>, me: RoleId, round: number, locale: Locale): BotReplyVM[] {
  const out: BotReplyVM[] = [];
  for (const e of log) {
    if (e.t !== 'offerClosed' || e.from !== me || e.round !== round) continue;
    // A counter-offer is a new offer: its reason is kept under the new offer's id.
    const counter = e.outcome === 'countered' ? log.find((x) => x.t === 'offer' && x.offer.counterOf === e.offerId) : undefined;
    const note = notes[counter && counter.t === 'offer' ? counter.offer.id : e.offerId];
    if (!note || note.role !== e.to) continue;
    const role = cards.roleName(note.role, locale);
    const key = e.outcome === 'accepted' || e.outcome === 'declined' || e.outcome === 'countered' ? (`reply_${e.outcome}` as Key) : 'reply_other';
    out.push({ offerId: e.offerId, role: note.role, text: translate(locale, key, { role }), reason: note.reason[locale], outcome: e.outcome });
  }
  return out.reverse().slice(0, 6);
}

/** The reason a bot gave for an open offer I see (its own offer or counter-offer to me). */
export function offerReason(notes: Record<string, BotSaid>, offerId: string, locale: Locale): string | null {
  const n = notes[offerId];
  return n ? n.reason[locale] : null;
}
