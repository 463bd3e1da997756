import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { standardEdition } from '../../shared/edition/standard';
import { parseJoinError } from '../../shared/protocol/errors';
import { EVENT_ROOM_NAME } from '../../shared/protocol/event';
import type { PlayerView } from '../../shared/view/types';
import { EventClient, eventSettings } from './event-helpers';
import { Player, startTestServer, type TestServer } from './helpers';

// A training day chooses its edition: every table it starts plays it, and a code that is not stored
// is refused when the day is made, not when its tables start.

let srv: TestServer;
beforeAll(async () => {
  srv = await startTestServer();
});
afterAll(async () => {
  await srv?.stop();
});

describe('a training day with an edition', () => {
  it('starts its tables with the edition, and refuses an unknown code when it is made', async () => {
    const e = standardEdition();
    e.content.roles.find((r) => r.id === 'gemeente')!.name.nl = 'Gemeente Dalfsen';
    const saved = await fetch(`${srv.url}/api/editions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(e) });
    const { code: edition, hash } = (await saved.json()) as { code: string; hash: string };

    const wrong = await srv
      .sdk()
      .create(EVENT_ROOM_NAME, { protocol: 2, event: true, settings: eventSettings({ edition: 'NOPE2345' }) })
      .then(() => null, (err: Error) => err);
    expect(parseJoinError(wrong!.message)).toMatchObject({ code: 'bad_options' });
    expect(wrong!.message).toContain('NOPE2345');

    const console_ = await EventClient.create(srv.sdk(), eventSettings({ edition, secondGame: false }));
    const people = [];
    for (let i = 0; i < 3; i++) people.push(await EventClient.join(srv.sdk(), console_.code, { name: `Deelnemer ${i + 1}` }));
    await Promise.all(people.map((p) => p.until((c) => c.placed !== null && 'table' in (c.placed.where ?? {}), 'placed')));
    await console_.host({ kind: 'start' });
    await people[0].until((c) => !!c.placed?.seatToken, 'seat token');
    const seated = await Player.join(srv.sdk(), people[0].placed!.tableCode!, { seatToken: people[0].placed!.seatToken! });
    await seated.until(() => seated.view?.kind === 'player', 'player view');
    expect((seated.view as PlayerView).edition).toBe(hash);
    expect(srv.sqlite.loadRoom(people[0].placed!.tableCode!)!.record!.config.edition).toBe(hash);
  });
});
