import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateRoomCode } from '../../server/codes';
import { EventBook } from '../../server/event/book';
import { hashSecret } from '../../server/secrets';
import { openStore } from '../../server/store';
import { eventSettings } from './event-helpers';
import { tempDir } from './helpers';

// A training day in both stores (SQLite always, PostgreSQL with DATABASE_URL): a code is claimed
// once, the event is written whole and read back the same, and a facilitator's key lists it.

const dir = tempDir('kot-event-store-');
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const engines = [
  { name: 'sqlite', url: '', skip: false },
  { name: 'postgres', url: process.env.DATABASE_URL ?? '', skip: !process.env.DATABASE_URL },
];

for (const engine of engines) {
  describe.skipIf(engine.skip)(`events in the store: ${engine.name}`, () => {
    it('claims a code once, keeps the event whole, and lists it by host key', async () => {
      const store = await openStore({ databaseUrl: engine.url, dbPath: path.join(dir, 'k.db') });
      try {
        const key = `key-${generateRoomCode()}-0123456789`;
        const book = EventBook.create(generateRoomCode(), hashSecret(key), eventSettings(), 1000);
        expect(await store.saveEvent(book.toRow(1000), true)).toBe(true);
        expect(await store.saveEvent(book.toRow(1000), true)).toBe(false);
        const joined = book.join('Anna', 2000);
        if (typeof joined === 'string') throw new Error(joined);
        expect(book.join('  anna ', 2001)).toBe('name_taken');
        await store.saveEvent(book.toRow(3000));
        const back = EventBook.fromRow((await store.loadEvent(book.code))!);
        expect(back.data).toEqual(book.data);
        expect(back.byToken(joined.token)?.name).toBe('Anna');
        expect(back.byToken('x'.repeat(32))).toBeUndefined();
        expect(back.seatToken(joined.person.id, 'ABCDEF')).toBe(book.seatToken(joined.person.id, 'ABCDEF'));
        expect((await store.eventsByHost([hashSecret(key)])).map((r) => r.code)).toEqual([book.code]);
        expect(await store.eventsByHost([hashSecret('another-key-0123456789')])).toEqual([]);
        expect(await store.loadEvent('ZZZZZZ')).toBeNull();
      } finally {
        await store.close();
      }
    });
  });
}
