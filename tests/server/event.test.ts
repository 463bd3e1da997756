import { afterEach, describe, expect, it } from 'vitest';
import { Player, startTestServer, type TestServer } from './helpers';
import { EventClient, eventSettings } from './event-helpers';
import { parseJoinError } from '../../shared/protocol/errors';
import { EVENT_ROOM_NAME } from '../../shared/protocol/event';

// A training day over real sockets: one event code, people placed at tables, the tables' own
// rooms joined with the seat tokens the event hands out, the console's overview, phases for all
// tables, a message to every screen, a move shown on the overview, a console reload.

let srv: TestServer | null = null;
afterEach(async () => {
  await srv?.stop();
  srv = null;
});

async function fourteen(s: TestServer, code: string): Promise<EventClient[]> {
  const people: EventClient[] = [];
  for (let i = 0; i < 14; i++) people.push(await EventClient.join(s.sdk(), code, { name: `Deelnemer ${i + 1}` }));
  return people;
}

describe('a training day (event room)', () => {
  it('places 14 people at 3 tables, moves one, seats a late arrival, starts all tables and shows a move on the overview', async () => {
    srv = await startTestServer();
    const s = srv;
    const console_ = await EventClient.create(s.sdk());
    const code = console_.code;
    expect(console_.welcome!.hostKey).toMatch(/.{20,}/);
    expect(console_.welcome!.joinUrl).toContain(`event=${code}`);
    const people = await fourteen(s, code);
    // Everyone hears a table; the tables are as even as 14 allows (5, 5, 4), bots for the rest.
    await Promise.all(people.map((p) => p.until((c) => c.placed !== null && 'table' in (c.placed.where ?? {}), 'placed')));
    await console_.until((c) => c.overview?.people.length === 14, 'overview of 14');
    const counts = [0, 1, 2].map((t) => console_.overview!.people.filter((p) => p.where && 'table' in p.where && p.where.table === t).length);
    expect(counts).toEqual([5, 5, 4]);
    expect(people[0].placed!.message.nl).toContain('Tafel 1: jij speelt Bibliotheek');
    // A name already taken is refused, in any case.
    const dup = await s.sdk().joinById(code, { protocol: 2, event: true, name: 'deelnemer 1' }).then(() => null, (e: Error) => e);
    expect(parseJoinError(dup!.message).code).toBe('name_taken');
    // Only the facilitator moves people.
    expect(await people[0].request('host', { command: { kind: 'start' } })).toBe('not_host');
    // The facilitator moves the last arrival (table 2) to table 1's open seat.
    const last = console_.overview!.people[13];
    await console_.host({ kind: 'move', person: last.id, table: 0 });
    await people[13].until((c) => c.placed!.table === 0, 'moved to table 1');
    // A late arrival takes an open seat at the emptiest table (tables 2 and 3 have 4 now: the first of them).
    const late = await EventClient.join(s.sdk(), code, { name: 'Laat' });
    await late.until((c) => c.placed?.table === 1, 'late arrival placed at table 2');
    // Start: three table rooms, each player gets a seat token for theirs.
    await console_.host({ kind: 'start' });
    const all = [...people, late];
    await Promise.all(all.map((p) => p.until((c) => !!c.placed?.seatToken, 'seat token')));
    await console_.until((c) => c.overview?.tables.length === 3 && c.overview.tables.every((t) => t.status === 'playing'), 'three tables playing');
    expect(console_.overview!.tables.map((t) => t.seats.filter((x) => !x.bot).length)).toEqual([6, 5, 4]);
    expect(console_.overview!.tables.every((t) => t.seats.length === 6 && t.phase === 'gebeurtenis')).toBe(true);
    // The players take their seats in their table rooms.
    const seated = await Promise.all(all.map((p) => Player.join(s.sdk(), p.placed!.tableCode!, { seatToken: p.placed!.seatToken! })));
    await Promise.all(seated.map((p) => p.until(() => p.view?.kind === 'player', 'player view')));
    expect(seated[0].playerView.role).toBe('bibliotheek');
    // The event's key opens any table's full console (the facilitator's view with the live signals).
    const tableConsole = await Player.join(s.sdk(), console_.overview!.tables[2].code, { hostKey: console_.welcome!.hostKey! });
    expect(tableConsole.welcome).toMatchObject({ host: true, seat: null, spectator: true });
    await tableConsole.until(() => tableConsole.messages.some((m) => (m.type as string) === 'signals'), 'signals on the table console');
    // Phases together: one "next" moves every table to Overleg.
    await console_.host({ kind: 'advance' });
    await console_.until((c) => c.overview!.tables.every((t) => t.phase === 'overleg'), 'all tables in Overleg');
    // A move at table 2 shows on the overview.
    const before = console_.overview!.tables[1].actions;
    const mover = seated[1];
    await mover.ok('action', { action: { type: 'disclose', interestId: mover.playerView.interests[0].id, to: 'all' } });
    await console_.until((c) => c.overview!.tables[1].actions > before, 'the move on the overview');
    // Someone who comes after the start takes a bot's seat at the emptiest table; the bot plays on until they take over.
    const after = await EventClient.join(s.sdk(), code, { name: 'Te laat' });
    await after.until((c) => !!c.placed?.seatToken, 'placed after the start');
    expect(after.placed).toMatchObject({ table: 2, tableCode: console_.overview!.tables[2].code });
    expect(after.placed!.message.nl).toMatch(/^Tafel 3: jij speelt .+\. Een bot speelde deze rol tot nu toe: kies "Zelf verder spelen"\.$/);
    const lateSeat = await Player.join(s.sdk(), after.placed!.tableCode!, { seatToken: after.placed!.seatToken! });
    await lateSeat.until(() => lateSeat.view?.kind === 'player', 'late player view');
    expect(lateSeat.info().seats[lateSeat.welcome!.seat!]).toMatchObject({ name: 'Te laat', bot: 'verbinder' });
    await lateSeat.ok('takeBackSeat');
    await lateSeat.until(() => lateSeat.info().seats[lateSeat.welcome!.seat!].bot === '', 'seat taken over');
    await console_.until((c) => c.overview!.tables[2].seats.some((x) => x.name === 'Te laat' && !x.bot), 'late player on the overview');
    expect(await console_.request('host', { command: { kind: 'move', person: console_.overview!.people[0].id, table: 1 } })).toBe('game_started');
    // Per table: a command must name its tables.
    await console_.host({ kind: 'phasesTogether', together: false });
    expect(await console_.request('host', { command: { kind: 'advance' } })).toBe('tables_needed');
    // The event's projector shows one table in focus, chosen from the console.
    await console_.host({ kind: 'focus', table: 1 });
    await console_.until((c) => c.overview!.focus === 1 && !c.overview!.phasesTogether, 'focus on table 2');
    // One table alone: pause table 3 only.
    await console_.host({ kind: 'pause', tables: [2] });
    await console_.until((c) => c.overview!.tables[2].paused, 'table 3 paused');
    expect(console_.overview!.tables[0].paused).toBe(false);
    // A short message reaches the event's phones and every table's screens.
    const heard = seated[5].next('eventSay' as never, () => true);
    expect(await console_.request('say', { text: '  Nog vijf minuten!  ' })).toBe('ok');
    expect(await heard).toMatchObject({ text: 'Nog vijf minuten!' });
    await late.until((c) => c.messages.some((m) => m.type === 'eventSay'), 'message on a phone');
    // An observer's note is kept; bad input is answered and changes nothing.
    expect(await late.request('note', { text: 'Tafel 3 deelt meteen alles.' })).toBe('ok');
    expect(await late.request('note', { text: 'x'.repeat(300) })).toBe('bad_message');
    expect(await console_.request('host', { command: { kind: 'launch' } })).toBe('bad_message');
    // The console reloads: the key brings the overview back, tables and all.
    await console_.leave();
    const back = await EventClient.join(s.sdk(), code, { hostKey: console_.welcome!.hostKey! });
    await back.until((c) => c.overview?.tables.length === 3, 'overview after reload');
    // A wrong key is refused.
    const bad = await s.sdk().joinById(code, { protocol: 2, event: true, hostKey: 'x'.repeat(32) }).then(() => null, (e: Error) => e);
    expect(parseJoinError(bad!.message).code).toBe('bad_token');
    // The event's projector gets the overview without the facilitator's signals.
    const wall = await EventClient.join(s.sdk(), code, { projectorKey: console_.welcome!.projectorKey! });
    await wall.until((c) => c.overview?.tables.length === 3, 'wall overview');
    expect(wall.welcome).toMatchObject({ host: false, hostKey: null, projectorKey: null });
    expect(late.welcome).toMatchObject({ host: false, hostKey: null, projectorKey: null });
    expect(await wall.request('host', { command: { kind: 'advance' } })).toBe('not_host');
    const badWall = await s.sdk().joinById(code, { protocol: 2, event: true, projectorKey: 'p'.repeat(32) }).then(() => null, (e: Error) => e);
    expect(parseJoinError(badWall!.message).code).toBe('bad_token');
    // A flood of messages is answered, not obeyed: past its budget a phone hears `throttled`.
    for (let i = 0; i < 40; i++) late.room.send('note', { text: `spam ${i}` });
    await late.until((c) => c.messages.some((m) => m.type === 'error' && m.msg.code === 'throttled'), 'throttled');
    expect(wall.overview!.tables.every((t) => t.signals.length === 0)).toBe(true);
    // Stored: the event with its people, notes and tables.
    const row = await s.running.store.loadEvent(code);
    const data = JSON.parse(row!.data);
    expect(data.people).toHaveLength(16);
    expect(data.notes[0].text).toBe('Tafel 3 deelt meteen alles.');
    expect(data.notes.length).toBeLessThan(1 + 40);
    expect(data.games[0].codes).toEqual(console_.overview!.tables.map((t) => t.code));
    // The tables are the facilitator's games in "past sessions" (same key).
    const res = await fetch(`${s.url}/api/games?status=playing`, { headers: { authorization: `Bearer ${console_.welcome!.hostKey}` } });
    const { games } = (await res.json()) as { games: { code: string }[] };
    expect(games.map((g) => g.code).sort()).toEqual(data.games[0].codes.slice().sort());
  }, 60_000);

  it('comes back after a restart: the event loads on the facilitator\'s key and hears its tables again', async () => {
    srv = await startTestServer();
    const dir = srv.dir;
    const c1 = await EventClient.create(srv.sdk(), eventSettings({ seatsPerTable: 4 }));
    const code = c1.code;
    const key = c1.welcome!.hostKey!;
    for (let i = 0; i < 5; i++) await EventClient.join(srv.sdk(), code, { name: `P${i}` });
    await c1.host({ kind: 'start' });
    await c1.until((c) => c.overview?.tables.length === 2 && c.overview.tables.every((t) => t.status === 'playing'), 'two tables');
    await srv.running.stop();
    srv = await startTestServer({ __DIR: dir });
    const c2 = await EventClient.join(srv.sdk(), code, { hostKey: key });
    await c2.until((c) => c.overview?.tables.length === 2 && c.overview.tables.every((t) => t.status === 'playing'), 'two tables after restart');
    // Unknown event codes count as failures like unknown rooms.
    const none = await srv.sdk().joinById('ZZZZZZ', { protocol: 2, event: true, name: 'Iemand' }).then(() => null, (e: Error) => e);
    expect(parseJoinError(none!.message).code).toBe('not_found');
    expect(EVENT_ROOM_NAME).toBe('event');
  }, 60_000);

  it('ends every table, plays again with the cards on the table, and exports the debrief across tables', async () => {
    srv = await startTestServer();
    const s = srv;
    const fac = await EventClient.create(s.sdk(), eventSettings({ seatsPerTable: 4, rounds: 1 }));
    const key = fac.welcome!.hostKey!;
    const people: EventClient[] = [];
    for (let i = 0; i < 7; i++) people.push(await EventClient.join(s.sdk(), fac.code, { name: `Speler ${i + 1}` }));
    // Before the start there is nothing to advance.
    expect(await fac.request('host', { command: { kind: 'advance' } })).toBe('game_not_started');
    await fac.host({ kind: 'start' });
    await fac.until((c) => c.overview?.tables.length === 2 && c.overview.tables.every((t) => t.status === 'playing'), 'two tables');
    // Not while the first game runs.
    expect(await fac.request('host', { command: { kind: 'secondGame' } })).toBe('game_not_over');
    await fac.host({ kind: 'end' });
    await fac.until((c) => c.overview!.tables.every((t) => t.status === 'ended'), 'all tables ended');
    // A player's reflection at table 1 reaches the event's debrief (anonymous, as the event chose).
    const p0 = people[0];
    const seat = await Player.join(s.sdk(), p0.placed!.tableCode!, { seatToken: p0.placed!.seatToken! });
    await seat.ok('reflect', { questionId: 'samenwerking', text: 'Meer delen, eerder.' });
    const first = people.map((p) => p.placed!.tableCode);
    // The second game: new table rooms, new seat tokens, every interest on the table from the start.
    await fac.host({ kind: 'secondGame' });
    await p0.until((c) => !!c.placed?.tableCode && c.placed.tableCode !== first[0], 'second table');
    await fac.until((c) => c.overview?.game === 2 && c.overview.tables.every((t) => t.game === 2 && t.status === 'playing'), 'second game playing');
    const again = await Player.join(s.sdk(), p0.placed!.tableCode!, { seatToken: p0.placed!.seatToken! });
    await again.until(() => again.view?.kind === 'player', 'second view');
    expect(again.playerView.interests.every((i) => i.disclosedTo === 'all')).toBe(true);
    expect(again.playerView.partners.every((p) => p.disclosed.length > 0)).toBe(true);
    // The old seat token does not open the new table.
    const stale = await s.sdk().joinById(p0.placed!.tableCode!, { protocol: 2, seatToken: seat.welcome!.seatToken! }).then(() => null, (e: Error) => e);
    expect(stale).not.toBeNull();
    await fac.host({ kind: 'end' });
    await fac.until((c) => c.overview!.tables.every((t) => t.status === 'ended'), 'second game ended');
    // The debrief across tables: only for the event's key.
    const url = `${s.url}/api/events/${fac.code}/debrief`;
    expect((await fetch(url, { headers: { authorization: 'Bearer ' + 'y'.repeat(32) } })).status).toBe(404);
    const res = await fetch(url, { headers: { authorization: `Bearer ${key}` } });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { debrief: { tables: { game: number }[]; comparison: unknown[]; reflections: { text: string; author?: string }[] }; report: { nl: string[]; en: string[] }; records: unknown[] };
    expect(body.debrief.tables.map((t) => t.game)).toEqual([1, 1, 2, 2]);
    expect(body.debrief.comparison).toHaveLength(2);
    expect(body.records).toHaveLength(4);
    expect(body.debrief.reflections).toEqual([expect.objectContaining({ text: 'Meer delen, eerder.' })]);
    expect(body.debrief.reflections[0].author).toBeUndefined();
    expect(body.report.nl.some((l) => l.includes('met de kaarten op tafel'))).toBe(true);
    const csv = await fetch(`${url}?csv=tables&locale=nl`, { headers: { authorization: `Bearer ${key}` } });
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const text = await csv.text();
    expect(text.split('\r\n').filter(Boolean)).toHaveLength(5);
    expect(text.split('\r\n')[0]).toContain('Tafel;Spel;Code');
    // Past sessions: the event is listed for its key.
    const list = (await (await fetch(`${s.url}/api/events`, { headers: { authorization: `Bearer ${key}` } })).json()) as { events: { code: string; people: number }[] };
    expect(list.events).toEqual([expect.objectContaining({ code: fac.code, people: 7 })]);
  }, 60_000);

  it('a shared role: two phones control one seat and see the same view; a reload replaces only its own phone', async () => {
    srv = await startTestServer();
    const s = srv;
    // Seven people at tables of three without bots: two tables, one role shared.
    const fac = await EventClient.create(s.sdk(), eventSettings({ seatsPerTable: 3, bots: null, leftover: 'share' }));
    const people: EventClient[] = [];
    for (let i = 0; i < 7; i++) people.push(await EventClient.join(s.sdk(), fac.code, { name: `Speler ${i + 1}` }));
    await fac.host({ kind: 'start' });
    await Promise.all(people.map((p) => p.until((c) => !!c.placed?.seatToken, 'seat token')));
    const pair = people.filter((p) => p.placed!.shared);
    expect(pair).toHaveLength(2);
    expect(pair[0].placed!.where).toEqual(pair[1].placed!.where);
    expect(pair[1].placed!.message.nl).toMatch(/samen met Speler/);
    // Without bots, someone who comes after the start waits, and is told so in plain words.
    const after = await EventClient.join(s.sdk(), fac.code, { name: 'Te laat' });
    await after.until((c) => c.placed !== null, 'placed after the start');
    expect(after.placed).toMatchObject({ where: { waiting: true }, tableCode: null, seatToken: null });
    expect(after.placed!.message.nl).toBe('Het spel is al begonnen. Je wacht op het volgende spel of een plek van de begeleider.');
    const [a, b] = await Promise.all(pair.map((p) => Player.join(s.sdk(), p.placed!.tableCode!, { seatToken: p.placed!.seatToken! })));
    await Promise.all([a, b].map((p) => p.until(() => p.view?.kind === 'player', 'player view')));
    expect(b.welcome!.seat).toBe(a.welcome!.seat);
    expect(b.playerView.hand).toEqual(a.playerView.hand);
    expect(b.playerView.interests).toEqual(a.playerView.interests);
    // The seat is the first phone's: it shows as one connected seat with both names.
    const seatInfo = a.info().seats[a.welcome!.seat!];
    expect(seatInfo).toMatchObject({ connected: true, name: expect.stringContaining(' & ') });
    await fac.host({ kind: 'advance' });
    await Promise.all([a, b].map((p) => p.until(() => p.view?.phase === 'overleg', 'Overleg')));
    // The second phone moves for the seat; the first sees it.
    const interest = b.playerView.interests[0].id;
    await b.ok('action', { action: { type: 'disclose', interestId: interest, to: 'all' } });
    await a.until(() => a.playerView.interests.find((i) => i.id === interest)!.disclosedTo === 'all', 'first phone sees the move');
    // The second phone reloads: its old connection gives way, the first phone stays.
    const b2 = await Player.join(s.sdk(), pair[1].placed!.tableCode!, { seatToken: pair[1].placed!.seatToken! });
    await b2.until(() => b2.view?.kind === 'player', 'view after reload');
    await b.until(() => b.left !== null, 'old second phone closed');
    expect(a.left).toBeNull();
    await b2.ok('action', { action: { type: 'disclose', interestId: b2.playerView.interests[1].id, to: 'all' } });
    // The second phone leaving does not take the seat away from the first.
    await b2.leave();
    const other = a.playerView.partners.find((p) => p.role !== a.playerView.role)!.role;
    await a.ok('action', { action: { type: 'guess', target: other, interestIds: [] } });
    expect(a.info().seats[a.welcome!.seat!].connected).toBe(true);
  }, 60_000);
});
