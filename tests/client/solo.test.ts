import { describe, expect, it } from 'vitest';
import { projectCard } from '../../shared/content';
import { ROLES, type RoleId } from '../../shared/model/ids';
import type { SeatInfo } from '../../shared/protocol/room';
import type { LogEntry } from '../../shared/rules/types';
import { botRepliesVM, feedLines, seatLabel } from '../../client/src/model/bots';
import { compareSeats } from '../../client/src/model/compare';
import { partnersVM } from '../../client/src/model/table';
import { botsAtStart, fillBots, isSoloRoom, lobbySettings, loadSoloPrefs, mixOf, saveSoloPrefs, soloSettings, SOLO_DEFAULTS } from '../../client/src/model/solo';
import type { BotSaid } from '../../client/src/model/bots';
import { act, advance, game, roomInfo, seats, view } from './fixtures';

// Solo practice and bots, as pure functions: the settings the form sends, the lobby's bots for empty
// roles, bot labels and reasons, and the debrief that compares the player's choices with the bots'.

function seeded(seed = 1): () => number {
  let x = seed;
  return () => ((x = (x * 16807) % 2147483647) - 1) / 2147483646;
}

const botSeats = (roles: RoleId[], names: string[], bots: ('' | 'verbinder' | 'eigenbelang' | 'voorzichtig')[]): SeatInfo[] =>
  roles.map((role, seat) => ({ seat, name: names[seat], role, connected: true, away: false, bot: bots[seat], standIn: !!bots[seat] && names[seat] !== 'Bot' }));

describe('solo settings', () => {
  it('makes an untimed room with the player first and a bot for every other seat', () => {
    const s = soloSettings('bibliotheek', { ...SOLO_DEFAULTS, mix: 'eigenbelang' }, seeded());
    expect(s.rounds).toBe(4);
    expect(Object.values(s.timers).every((x) => x === null)).toBe(true);
    expect(s.roles).toHaveLength(4);
    expect(s.roles[0]).toBe('bibliotheek');
    expect(s.roles).toContain('gemeente');
    expect(new Set(s.roles).size).toBe(4);
    // As at a training day, the gemeente and the Bibliotheek are always at the table.
    for (const role of ['gemeente', 'uwv', 'roc'] as const) {
      for (let seed = 1; seed < 10; seed++) expect(soloSettings(role, { ...SOLO_DEFAULTS, seats: 3 }, seeded(seed)).roles).toEqual(expect.arrayContaining(['gemeente', 'bibliotheek']));
    }
    expect(s.bots!.map((b) => b.role)).toEqual(s.roles.slice(1));
    expect(s.bots!.every((b) => b.personality === 'eigenbelang')).toBe(true);
  });

  it('takes 3 to 8 seats, any rounds asked, and mixes personalities on "surprise"', () => {
    expect(soloSettings('gemeente', { ...SOLO_DEFAULTS, seats: 8, rounds: 1 }, seeded(3)).roles).toHaveLength(8);
    expect(soloSettings('gemeente', { ...SOLO_DEFAULTS, seats: 12 }, seeded()).roles).toHaveLength(8);
    expect(soloSettings('gemeente', { ...SOLO_DEFAULTS, seats: 1 }, seeded()).roles).toHaveLength(3);
    const kinds = new Set<string>();
    for (let seed = 1; seed < 20; seed++) for (const b of soloSettings('uwv', { ...SOLO_DEFAULTS, seats: 8 }, seeded(seed)).bots!) kinds.add(b.personality);
    expect([...kinds].sort()).toEqual(['eigenbelang', 'verbinder', 'voorzichtig']);
    // "Verras me" with two or three bots: never the same character twice.
    for (let seed = 1; seed < 20; seed++) {
      const bots = soloSettings('uwv', { ...SOLO_DEFAULTS, seats: 4 }, seeded(seed)).bots!;
      expect(new Set(bots.map((b) => b.personality)).size).toBe(3);
    }
  });

  it('remembers the role and mix chosen last, not the seats or rounds', () => {
    const store = new Map<string, string>();
    const s = { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => void store.set(k, v), removeItem: (k: string) => void store.delete(k) };
    expect(loadSoloPrefs(s)).toEqual(SOLO_DEFAULTS);
    saveSoloPrefs(s, { role: 'roc', mix: 'voorzichtig', seats: 6, rounds: 1 });
    expect(loadSoloPrefs(s)).toEqual({ ...SOLO_DEFAULTS, role: 'roc', mix: 'voorzichtig' });
  });
});

describe('bots for empty roles in the lobby', () => {
  it('fills the offered roles nobody claimed, gemeente first, never more than 8 seats', () => {
    const lobby: SeatInfo[] = [
      { seat: 0, name: 'Anna', role: 'uwv', connected: true, away: false, bot: '' },
      { seat: 1, name: 'Bram', role: '', connected: true, away: false, bot: '' },
    ];
    const bots = fillBots(ROLES, lobby, 'verbinder');
    expect(bots).toHaveLength(6);
    expect(bots[0].role).toBe('gemeente');
    expect(bots.map((b) => b.role)).not.toContain('uwv');
    expect(mixOf(bots)).toBe('verbinder');
    expect(fillBots(['uwv', 'roc', 'ggd'], lobby, 'voorzichtig').map((b) => b.role)).toEqual(['roc', 'ggd']);
    expect(mixOf([{ role: 'roc', personality: 'verbinder' }, { role: 'ggd', personality: 'voorzichtig' }])).toBe('surprise');
  });

  it('saves the host settings with bots for the free roles, and makes the list again at Start', () => {
    // Offered: bibliotheek, gemeente, welzijn, uwv; one player holds the gemeente.
    const lobby = roomInfo({ seats: [{ seat: 0, name: 'Anna', role: 'gemeente', connected: true, away: false, bot: '' }] });
    const s = lobbySettings(lobby, 2, null, 'voorzichtig')!;
    expect(s.rounds).toBe(2);
    expect(s.timers.overleg).toBeNull();
    expect(s.bots).toEqual(['bibliotheek', 'welzijn', 'uwv'].map((role) => ({ role, personality: 'voorzichtig' })));
    expect(lobbySettings(lobby, 2, 240, null)!.bots).toEqual([]);
    expect(lobbySettings(lobby, 2, 240, undefined)!.timers.overleg).toBe(240);
    // Bram joins and claims welzijn after the settings were saved: at Start his role has no bot.
    const later = { ...lobby, settings: JSON.stringify(s), seats: [...lobby.seats, { seat: 1, name: 'Bram', role: 'welzijn' as const, connected: true, away: false, bot: '' as const }] };
    expect(botsAtStart(later)!.bots!.map((b) => b.role)).toEqual(['bibliotheek', 'uwv']);
    expect(botsAtStart({ ...lobby, settings: JSON.stringify(s) })).toBeNull();
  });

  it('knows a solo game: every other seat is a bot', () => {
    const s = botSeats(['bibliotheek', 'gemeente', 'uwv'], ['Ik', 'Bot', 'Bot'], ['', 'verbinder', 'voorzichtig']);
    expect(isSoloRoom({ status: 'playing', seats: s }, 0)).toBe(true);
    expect(isSoloRoom({ status: 'playing', seats: seats() }, 0)).toBe(false);
  });
});

describe('bots at the table', () => {
  it('labels bot seats with their personality, in both languages', () => {
    const s = botSeats(['bibliotheek', 'gemeente', 'uwv'], ['Anna', 'Bot', 'Chris'], ['', 'eigenbelang', 'voorzichtig']);
    expect(seatLabel(s[0], 'nl')).toBe('Anna');
    expect(seatLabel(s[1], 'nl')).toBe('Bot · Eigen belang');
    expect(seatLabel(s[1], 'en')).toBe('Bot · Self-interest');
    expect(seatLabel(s[2], 'nl')).toBe('Chris (nu: Bot · Voorzichtig)');
    const p = partnersVM(view(advance(game(['bibliotheek', 'gemeente', 'uwv'])), 0), s, 'en');
    expect(p.map((x) => x.playerName)).toEqual(['Bot · Self-interest', 'Chris (now: Bot · Cautious)']);
    expect(p[1]).toMatchObject({ bot: 'voorzichtig', botForPerson: true, absent: false });
  });

  it('puts bot lines in the feed where they arrived and shows why a bot answered my offer', () => {
    let s = advance(game());
    const give = { [Object.keys(s.partners.bibliotheek!.hand)[0]]: 1 };
    const get = { [Object.keys(s.partners.gemeente!.hand)[0]]: 1 };
    s = act(s, 0, { type: 'proposeTrade', to: 'gemeente', give, get });
    const offerId = s.offers[0].id;
    const before = view(s, 0).log.length;
    s = act(s, 1, { type: 'declineTrade', offerId });
    const said: BotSaid = { seat: 1, role: 'gemeente', action: 'declineTrade', offerId, reason: { nl: 'Ik heb mijn budget nodig', en: 'I need my budget' }, at: 0 };
    const v = view(s, 0);
    const feed = feedLines(v.log, (e: LogEntry) => e.t, [{ after: v.log.length, said }], 'nl');
    expect(feed[0]).toEqual({ kind: 'bot', text: 'Gemeente (beleid & wethouder) (bot): Ik heb mijn budget nodig' });
    expect(feed[1]).toEqual({ kind: 'log', text: 'offerClosed' });
    expect(feed.filter((x) => x.kind === 'log')).toHaveLength(v.log.length);
    expect(feedLines(v.log, (e) => e.t, [{ after: before, said }], 'en').findIndex((x) => x.kind === 'bot')).toBe(v.log.length - before);
    const replies = botRepliesVM(v.log, { [offerId]: said }, 'bibliotheek', v.round, 'en');
    expect(replies).toEqual([expect.objectContaining({ offerId, outcome: 'declined', reason: 'I need my budget', text: 'Municipality (policy & alderman) (bot) declines your offer' })]);
    expect(botRepliesVM(v.log, {}, 'bibliotheek', v.round, 'en')).toEqual([]);
  });
});

describe('the solo debrief', () => {
  it('compares, per seat, what was given, received, kept, shown, joined and scored', () => {
    const roles: RoleId[] = ['bibliotheek', 'gemeente', 'welzijn'];
    let s = advance(game(roles, 7, 1)); // Overleg of the only round
    const libHand = s.partners.bibliotheek!.hand;
    const r1 = Object.keys(libHand)[0] as keyof typeof libHand;
    s = act(s, 0, { type: 'gift', to: 'gemeente', resources: { [r1]: 1 } });
    const gemHand = s.partners.gemeente!.hand;
    const r2 = (Object.keys(gemHand) as (keyof typeof gemHand)[]).find((r) => r !== r1) ?? r1;
    const wel = s.partners.welzijn!.hand;
    const r3 = Object.keys(wel)[0] as keyof typeof wel;
    s = act(s, 1, { type: 'proposeTrade', to: 'welzijn', give: { [r2]: 1 }, get: { [r3]: 1 } });
    s = act(s, 2, { type: 'acceptTrade', offerId: s.offers[0].id });
    const interest = s.partners.welzijn!.interests[0];
    s = act(s, 2, { type: 'disclose', interestId: interest, to: 'all' });
    s = act(s, 1, { type: 'disclose', interestId: s.partners.gemeente!.interests[0], to: 'bibliotheek' });
    s = advance(s, 3);
    expect(s.status).toBe('ended');
    const info = botSeats(roles, ['Ik', 'Bot', 'Bot'], ['', 'verbinder', 'eigenbelang']);
    const rows = compareSeats(view(s, 0), info, 0, 'nl')!;
    expect(rows.map((r) => r.role)).toEqual(roles);
    const [me, gem, welz] = rows;
    expect(me).toMatchObject({ isMe: true, bot: null, gave: { [r1]: 1 }, received: {}, disclosed: [] });
    expect(me.kept).toEqual(s.partners.bibliotheek!.hand);
    expect(me.totals.gave).toBe(1);
    expect(gem.bot).toBe('verbinder');
    expect(gem.received).toEqual({ [r1]: 1, [r3]: 1 });
    expect(gem.gave).toEqual({ [r2]: 1 });
    expect(gem.disclosed).toEqual([expect.objectContaining({ to: ['bibliotheek'] })]);
    expect(welz).toMatchObject({ bot: 'eigenbelang', gave: { [r3]: 1 }, received: { [r2]: 1 } });
    expect(welz.disclosed).toEqual([expect.objectContaining({ interestId: interest, to: 'all' })]);
    expect(rows.map((r) => r.points)).toEqual(s.result!.seatScores);
    // The other seat's view puts that seat first.
    expect(compareSeats(view(s, 2), info, 2, 'en')![0].role).toBe('welzijn');
    expect(compareSeats(view(game(roles), 0), info, 0, 'nl')).toBeNull();
  });

  it('counts the projects a seat joined, carried out or still open', () => {
    let s = advance(game(['bibliotheek', 'gemeente', 'welzijn'], 11, 1));
    const hand = s.partners.bibliotheek!.hand as Record<string, number>;
    const pick = s.projects.table
      .map((id) => ({ id, r: Object.keys(projectCard(id).needs).find((r) => (hand[r] ?? 0) > 0) }))
      .find((x) => x.r)!;
    s = act(s, 0, { type: 'pledge', projectId: pick.id, resources: { [pick.r!]: 1 } });
    s = act(s, 'host', { type: 'endGame' });
    const rows = compareSeats(view(s, 0), botSeats(['bibliotheek', 'gemeente', 'welzijn'], ['Ik', 'Bot', 'Bot'], ['', 'verbinder', 'verbinder']), 0, 'en')!;
    expect(rows[0].projects).toEqual([{ id: pick.id, name: projectCard(pick.id).name.en, completed: false }]);
    expect(rows[1].projects).toEqual([]);
  });
});
