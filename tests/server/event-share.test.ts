import { afterEach, describe, expect, it } from 'vitest';
import { Player, startTestServer, type TestServer } from './helpers';
import { EventClient } from './event-helpers';

// The facilitator makes two people share one role at a table with bots (the numbers did not
// divide, or two colleagues want to play together): both phones get the same seat.

let srv: TestServer | null = null;
afterEach(async () => {
  await srv?.stop();
  srv = null;
});

describe('a shared role on the facilitator\'s word', () => {
  it('moves someone into a role with its player: both phones control the one seat, the old seat goes to a bot', async () => {
    srv = await startTestServer();
    const s = srv;
    const fac = await EventClient.create(s.sdk());
    const people: EventClient[] = [];
    for (let i = 0; i < 8; i++) people.push(await EventClient.join(s.sdk(), fac.code, { name: `Speler ${i + 1}` }));
    await fac.until((c) => c.overview?.people.length === 8 && c.overview.people.every((p) => p.where && 'table' in p.where), 'placed');
    const second = fac.overview!.people.find((p) => p.where && 'table' in p.where && p.where.table === 1)!;
    // Not one's own seat: answered, nothing changes.
    const own = second.where as { role: string };
    expect(await fac.request('host', { command: { kind: 'move', person: second.id, table: 1, role: own.role, share: true } })).toBe('cannot_share');
    await fac.host({ kind: 'move', person: second.id, table: 0, role: 'bibliotheek', share: true });
    const pair = () => people.filter((p) => p.placed?.shared);
    await fac.until(() => pair().length === 2, 'two phones share the role');
    expect(pair().map((p) => p.placed!.where)).toEqual([
      { table: 0, role: 'bibliotheek', shared: true },
      { table: 0, role: 'bibliotheek', shared: true },
    ]);
    expect(pair()[1].placed!.message.nl).toMatch(/^Tafel 1: jij speelt Bibliotheek .*samen met Speler \d\. Wacht op de start\.$/);
    await fac.host({ kind: 'start' });
    await Promise.all(people.map((p) => p.until((c) => !!c.placed?.seatToken, 'seat token')));
    const [a, b] = await Promise.all(pair().map((p) => Player.join(s.sdk(), p.placed!.tableCode!, { seatToken: p.placed!.seatToken! })));
    await Promise.all([a, b].map((p) => p.until(() => p.view?.kind === 'player', 'player view')));
    expect(b.welcome!.seat).toBe(a.welcome!.seat);
    expect(a.playerView.role).toBe('bibliotheek');
    expect(b.playerView.interests).toEqual(a.playerView.interests);
    // Table 2 lost a player to the shared seat: a bot plays the role left open.
    await fac.until((c) => c.overview?.tables.length === 2, 'two tables');
    expect(fac.overview!.tables[1].seats.filter((x) => x.bot)).toHaveLength(3);
    expect(fac.overview!.tables[0].seats.some((x) => x.name.includes(' & '))).toBe(true);
    // The overview says what the console and the wall draw from: the day's settings, and who worked with whom.
    expect(fac.overview).toMatchObject({ secondGame: true, title: null });
    expect(fac.overview!.tables.every((x) => Array.isArray(x.links))).toBe(true);
  }, 60_000);
});
