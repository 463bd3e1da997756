import { cardsFor, type Cards } from '../content';
import { RESOURCES, type Locale } from '../model/ids';
import type { PlayerStats } from './types';

// Per-partner statistics as CSV (RFC 4180 quoting, CRLF), for a spreadsheet. Dutch uses semicolons
// and English commas, as each language's spreadsheets expect; both start with a UTF-8 byte order
// mark so accents survive. Partners, players and projects go by name, never by id.
//
// Why no CSV library: shared/ runs in the browser too and depends on zod alone (docs/ARCHITECTURE.md "Dependencies");
// the only rule needed is the quoting in `cell` below.

export interface CsvOptions {
  locale: Locale;
  /** A seat's player name (the seat number when it has none). */
  seatName?: (seat: number) => string;
  /** The cards the game played (its edition's; default: the standard edition). */
  cards?: Cards;
}

export const CSV_SEPARATOR: Record<Locale, string> = { nl: ';', en: ',' };

function cell(value: string | number, sep: string): string {
  const text = String(value);
  return text.includes(sep) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

type Value = (p: PlayerStats, o: Required<CsvOptions>) => string | number;
type Column = [header: Record<Locale, string>, value: Value];

const STANDARD = cardsFor(null);
const resourceName = (r: string, l: Locale) => STANDARD.content.resources.find((x) => x.id === r)!.name[l];

export const PLAYER_COLUMNS: readonly Column[] = [
  [{ nl: 'Partner', en: 'Partner' }, (p, o) => o.cards.roleCard(p.role).name[o.locale]],
  [{ nl: 'Gespeeld door', en: 'Played by' }, (p, o) => p.seats.map(o.seatName).join(' / ')],
  [{ nl: 'Kaarten gegeven', en: 'Cards given' }, (p) => p.givenTotal],
  [{ nl: 'Kaarten gekregen', en: 'Cards received' }, (p) => p.receivedTotal],
  ...RESOURCES.map((r): Column => [
    { nl: `Saldo ${resourceName(r, 'nl')}`, en: `Balance ${resourceName(r, 'en')}` },
    (p) => p.balance[r] ?? 0,
  ]),
  [{ nl: 'Giften gegeven', en: 'Gifts given' }, (p) => p.gifts.given],
  [{ nl: 'Giften gekregen', en: 'Gifts received' }, (p) => p.gifts.received],
  [{ nl: 'Ruilen', en: 'Trades' }, (p) => p.trades],
  [{ nl: 'Projecten meegedaan', en: 'Projects joined' }, (p) => p.projectsJoined.length],
  [{ nl: 'Projecten', en: 'Projects' }, (p, o) => p.projectsJoined.map((id) => o.cards.projectCard(id).name[o.locale]).join(' / ')],
  [{ nl: 'Belangen behaald', en: 'Interests met' }, (p) => p.interestsMet],
  [{ nl: 'Belangen', en: 'Interests held' }, (p) => p.interestsHeld],
  [{ nl: 'Punten', en: 'Points' }, (p) => p.points],
  [{ nl: 'Kaarten op tafel', en: 'Cards on the table' }, (p) => p.cardsOnTable],
  [{ nl: 'Biedingen gedaan', en: 'Offers made' }, (p) => p.offers.made],
  [{ nl: 'Biedingen aangenomen', en: 'Offers accepted' }, (p) => p.offers.accepted],
  [{ nl: 'Biedingen afgewezen', en: 'Offers declined' }, (p) => p.offers.declined],
  [{ nl: 'Tegenbiedingen', en: 'Counter-offers' }, (p) => p.offers.countered],
  [{ nl: 'Eigen biedingen aangenomen', en: 'Own offers accepted' }, (p) => p.offers.mine.accepted],
  [{ nl: 'Eigen biedingen afgewezen', en: 'Own offers declined' }, (p) => p.offers.mine.declined],
  [{ nl: 'Inwoners vastgehouden', en: 'Residents held' }, (p) => p.holds],
];

export function toCsv(players: readonly PlayerStats[], options: CsvOptions = { locale: 'nl' }): string {
  const o: Required<CsvOptions> = { seatName: (seat) => `${options.locale === 'nl' ? 'Plek' : 'Seat'} ${seat + 1}`, cards: STANDARD, ...options };
  const sep = CSV_SEPARATOR[o.locale];
  const rows = [PLAYER_COLUMNS.map(([h]) => h[o.locale]), ...players.map((p) => PLAYER_COLUMNS.map(([, v]) => v(p, o)))];
  return '\ufeff' + rows.map((row) => row.map((c) => cell(c, sep)).join(sep)).join('\r\n') + '\r\n';
}
