import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeEdition, standardEdition } from '../../shared/edition/standard';
import { openStore } from '../../server/store';
import type { RecordStore } from '../../server/store/types';
import { tempDir } from './helpers';

// Editions in both stores: kept whole under a code, found by code or by hash (a game's record names
// its edition by hash), one code per edition even when two stores save it at the same moment.

const dir = tempDir('kot-editions-');
const engines: { name: string; open: () => Promise<RecordStore>; skip?: string }[] = [
  { name: 'sqlite', open: () => openStore({ databaseUrl: '', dbPath: path.join(dir, 'kaarten.db') }) },
  {
    name: 'postgres',
    open: () => openStore({ databaseUrl: process.env.DATABASE_URL ?? '', dbPath: '' }),
    skip: process.env.DATABASE_URL ? undefined : 'DATABASE_URL is not set: the PostgreSQL store is not tested (.ci/run sets it)',
  },
];
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

for (const engine of engines) {
  describe.skipIf(engine.skip !== undefined)(`editions store: ${engine.name}`, () => {
    if (engine.skip) it.skip(engine.skip, () => undefined);

    it('keeps an edition whole, by code and by hash, across reopening', async () => {
      const std = standardEdition();
      const e = makeEdition(std.content, std.off, `Test ${Date.now()} ${Math.random()}`);
      e.content.events[0].text.nl = `Een eigen tekst ${e.name}`;
      const edition = makeEdition(e.content, e.off, e.name);
      let store = await engine.open();
      const code = `T${Math.random().toString(36).slice(2, 9).toUpperCase()}`;
      expect(await store.saveEdition(code, edition)).toBe(code);
      await store.close();
      store = await engine.open();
      expect(await store.loadEdition({ code })).toEqual(edition);
      expect(await store.loadEdition({ hash: edition.hash })).toEqual(edition);
      expect(await store.loadEdition({ code: 'NOPE2345' })).toBeNull();
      const other = await engine.open();
      const codes = await Promise.all([store.saveEdition('OTHER001', edition), other.saveEdition('OTHER002', edition)]);
      expect(codes).toEqual([code, code]);
      await other.close();
      await store.close();
    });
  });
}
