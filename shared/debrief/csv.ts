import { RESOURCES } from '../model/ids';
import type { PlayerStats } from './types';

// Per-player statistics as CSV (RFC 4180, comma-separated, CRLF), for a spreadsheet.
//
// Why no CSV library: shared/ runs in the browser too and depends on zod alone (docs/ARCHITECTURE.md "Dependencies");
// csv-stringify 6.9 and papaparse 5.7 both fit technically, but every cell here is a number or an
// id, so the only rule needed is RFC 4180 quoting, and it is the four lines of `cell` below.

function cell(value: string | number): string {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

type Column = [header: string, value: (p: PlayerStats) => string | number];

export const PLAYER_COLUMNS: readonly Column[] = [
  ['role', (p) => p.role],
  ['seats', (p) => p.seats.join(' ')],
  ['given', (p) => p.givenTotal],
  ['received', (p) => p.receivedTotal],
  ...RESOURCES.map((r): Column => [`balance_${r}`, (p) => p.balance[r] ?? 0]),
  ['gifts_given', (p) => p.gifts.given],
  ['gifts_received', (p) => p.gifts.received],
  ['trades', (p) => p.trades],
  ['projects_joined', (p) => p.projectsJoined.length],
  ['projects', (p) => p.projectsJoined.join(' ')],
  ['interests_met', (p) => p.interestsMet],
  ['interests_held', (p) => p.interestsHeld],
  ['points', (p) => p.points],
  ['cards_on_table', (p) => p.cardsOnTable],
  ['offers_made', (p) => p.offers.made],
  ['offers_accepted', (p) => p.offers.accepted],
  ['offers_declined', (p) => p.offers.declined],
  ['offers_countered', (p) => p.offers.countered],
  ['own_offers_accepted', (p) => p.offers.mine.accepted],
  ['own_offers_declined', (p) => p.offers.mine.declined],
  ['holds', (p) => p.holds],
];

export function toCsv(players: readonly PlayerStats[]): string {
  const rows = [PLAYER_COLUMNS.map(([h]) => h), ...players.map((p) => PLAYER_COLUMNS.map(([, v]) => v(p)))];
  return rows.map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}
