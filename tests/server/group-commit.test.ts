import path from 'node:path';
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SqliteStore } from '../../server/store/sqlite';
import { defaultRoomSettings } from '../../shared/protocol/settings';
import { defaultConfig } from '../../shared/rules';
import { tempDir } from './helpers';

// The embedded store's group commit: moves of many rooms arriving together share one commit, each
// resolves only once committed, and a move the database refuses fails alone.

describe('group commit', () => {
  it('commits the moves of many rooms together and fails only a bad one', async () => {
    const dir = tempDir('kot-group-');
    const store = new SqliteStore(path.join(dir, 'kaarten.db'));
    try {
      const codes = ['AAAAA', 'BBBBB', 'CCCCC'];
      for (const code of codes) {
        await store.claimRoom(code, defaultRoomSettings(true), 'hash', []);
        await store.startGame(code, defaultConfig(['bibliotheek', 'gemeente', 'uwv']), 1, []);
      }
      const move = { type: 'advancePhase' } as const;
      const first = codes.map((code) => store.appendAction(code, 0, 'host', move, null));
      await Promise.all(first);
      // In one turn: two good moves and one at an index already taken.
      const outcomes = await Promise.allSettled([
        store.appendAction('AAAAA', 1, 'host', move, null),
        store.appendAction('BBBBB', 0, 'host', move, null),
        store.appendAction('CCCCC', 1, 'host', move, null),
      ]);
      expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
      const counts = await Promise.all(codes.map(async (code) => (await store.gameRecord(code))!.actions.length));
      expect(counts).toEqual([2, 1, 2]);
    } finally {
      await store.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
