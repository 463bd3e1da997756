import { roleCard } from '../../shared/content';
import type { EventServerMessages } from '../../shared/protocol/event';
import type { EventBook } from './book';

// What a participant's phone is told: where they sit, and (once the tables exist) the table room
// and the seat token that take them to their seat. Plain Dutch, with the English beside it.

export function placedFor(book: EventBook, personId: string): EventServerMessages['placed'] {
  const where = book.where(personId);
  const codes = book.codes;
  const none = { where, table: null, tableCode: null, seatToken: null, shared: false };
  if (!where) return { ...none, message: { nl: 'Je staat nog niet op de lijst. Vraag het de begeleider.', en: 'You are not on the list yet. Ask the facilitator.' } };
  if ('waiting' in where) {
    return {
      ...none,
      message: book.data.status === 'lobby'
        ? { nl: 'Alle tafels zijn vol. Je wacht op een plek; de begeleider kan je een tafel geven.', en: 'All tables are full. You are waiting for a place; the facilitator can give you a table.' }
        : { nl: 'Het spel is al begonnen. Je wacht op het volgende spel of een plek van de begeleider.', en: 'The game has already started. You wait for the next game or a place from the facilitator.' },
    };
  }
  const n = where.table + 1;
  const tableCode = codes[where.table] ?? null;
  if ('observer' in where) {
    return { ...none, table: where.table, tableCode, message: { nl: `Je kijkt mee aan tafel ${n}. Schrijf op wat je ziet.`, en: `You observe table ${n}. Write down what you see.` } };
  }
  const role = roleCard(where.role).name;
  const seat = book.data.placement.tables[where.table].seats.find((s) => s.role === where.role)!;
  // A shared role: both phones control the seat, each with its own token (the first holds the seat, the second shares it).
  const other = where.shared ? book.person(seat.people.find((p) => p !== personId)!)?.name ?? '' : '';
  const seatToken = tableCode ? book.seatToken(personId, tableCode) : null;
  const started = book.data.status !== 'lobby';
  const late = started && (book.data.lateSeats ?? []).includes(personId);
  const after = { nl: late ? ' Een bot speelde deze rol tot nu toe: kies "Zelf verder spelen".' : started ? '' : ' Wacht op de start.', en: late ? ' A bot played this role so far: choose "Play on myself".' : started ? '' : ' Wait for the start.' };
  const nl = `Tafel ${n}: jij speelt ${role.nl}${where.shared ? ` samen met ${other}` : ''}.${after.nl}`;
  const en = `Table ${n}: you play ${role.en}${where.shared ? ` together with ${other}` : ''}.${after.en}`;
  return { where, table: where.table, tableCode, seatToken, shared: where.shared, message: { nl, en } };
}
