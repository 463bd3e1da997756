import { describe, expect, it } from 'vitest';
import { coach } from '../../shared/coach';
import { eventCard, roleCard } from '../../shared/content';
import { addGame, emptyHistory, loadHistory, nextPractice, parseHistory, progressOf, saveHistory, serializeHistory, summarize, HISTORY_KEY, HISTORY_MAX, type GameSummary, type History } from '../../shared/practice';
import { RoomSettingsSchema } from '../../shared/protocol/messages';
import { replay } from '../../shared/rules';
import { game } from './coach/games';

// Practice that adapts: a stored history (as the browser keeps it) gives the set-up the rule picks,
// with its reason; the progress view reads the same history.

const base: GameSummary = {
  v: 1, at: '2026-12-01T10:00:00Z', role: 'uwv', seats: 4, rounds: 4, won: true, onBoard: 7, target: 6, points: 2, maxPoints: 4,
  interests: 2, shown: 2, holds: 1, dropped: 1, projects: 3, stranded: 0, offers: 2, taken: 1, themes: [], focus: null,
};
const g = (over: Partial<GameSummary>, i = 0): GameSummary => ({ ...base, at: `2026-12-0${1 + i}T10:00:00Z`, ...over });
/** A history as localStorage holds it: a string. */
const stored = (...games: Partial<GameSummary>[]): string => serializeHistory({ v: 1, games: games.map((x, i) => g(x, i)) });
const pick = (raw: string) => nextPractice(parseHistory(raw).history);

describe('what the device remembers of a game', () => {
  it('is a small summary of the record, the coach\'s themes included', () => {
    const record = game('selfish', 1);
    const s = replay(record);
    const themes = coach(record, { seeds: [1] }).themes;
    const sum = summarize(record, { at: '2026-12-04T20:00:00Z', themes });
    expect(sum).toMatchObject({ role: 'bibliotheek', seats: 4, won: s.result!.won, onBoard: s.result!.onBoard, points: s.result!.seatScores[0], interests: 2, themes });
    expect(sum.shown).toBe(s.partners.bibliotheek!.interests.filter((id) => s.disclosures.some((d) => d.interestId === id)).length);
    expect(JSON.stringify(sum).length).toBeLessThan(600);
    // Stored and read back, unchanged.
    const h = addGame(emptyHistory(), sum);
    expect(parseHistory(serializeHistory(h))).toEqual({ history: h, skipped: 0 });
  });
});

describe('reading the stored history', () => {
  it('keeps what it can read and says how much it left out', () => {
    expect(parseHistory(null)).toEqual({ history: emptyHistory(), skipped: 0 });
    expect(parseHistory('{not json')).toEqual({ history: emptyHistory(), skipped: 1 });
    const raw = JSON.stringify({ v: 1, games: [g({}), { ...g({}), points: -3 }, 'x', g({ role: 'roc' }, 1)] });
    const read = parseHistory(raw);
    expect(read.skipped).toBe(2);
    expect(read.history.games.map((x) => x.role)).toEqual(['uwv', 'roc']);
  });

  it('keeps the newest games only, and survives blocked storage', () => {
    let h: History = emptyHistory();
    for (let i = 0; i < HISTORY_MAX + 5; i++) h = addGame(h, g({ points: i % 5 }));
    expect(h.games).toHaveLength(HISTORY_MAX);
    const mem = new Map<string, string>();
    const store = { getItem: (k: string) => mem.get(k) ?? null, setItem: (k: string, v: string) => void mem.set(k, v) };
    expect(saveHistory(store, h)).toBe(true);
    expect(mem.has(HISTORY_KEY)).toBe(true);
    expect(loadHistory(store).history).toEqual(h);
    const blocked = { getItem: () => { throw new Error('blocked'); }, setItem: () => { throw new Error('blocked'); } };
    expect(loadHistory(blocked).history).toEqual(emptyHistory());
    expect(saveHistory(blocked, h)).toBe(false);
  });
});

describe('the next game, chosen for a weak spot', () => {
  it('a first game: the Bibliotheek with the gemeente at the table', () => {
    const p = pick('');
    expect(p).toMatchObject({ focus: 'first', role: 'bibliotheek', seats: 4, rounds: 4 });
    expect(p.roles).toContain('gemeente');
    expect(p.reason.nl).toMatch(/eerste oefenspel/);
    expect(RoomSettingsSchema.safeParse(p.settings).success).toBe(true);
    expect(p.settings.bots.map((b) => b.role)).toEqual(p.roles.slice(1));
  });

  it('lets residents go → a longer game whose events make people drop out', () => {
    const p = pick(stored({ themes: ['let-go'] }, { themes: [] }, { themes: ['let-go', 'hidden-interest'], role: 'welzijn' }));
    expect(p).toMatchObject({ focus: 'hold', role: 'welzijn', rounds: 5 });
    expect(p.reason.nl).toBe('In 2 van je laatste 3 spellen haakten inwoners af die je had kunnen vasthouden. In dit spel laten gebeurtenissen mensen afhaken. Oefen het vasthouden.');
    expect(p.reason.en).toMatch(/^In 2 of your last 3 games residents dropped out/);
    expect(p.events).toHaveLength(5);
    expect(p.events.slice(1).some((id) => eventCard(id).effects.some((e) => e.kind === 'dropout'))).toBe(true);
  });

  it('never discloses → a table of connectors, who help whoever shows what they need', () => {
    const p = pick(stored({ shown: 0 }, { shown: 1 }, { shown: 0 }));
    expect(p).toMatchObject({ focus: 'disclose', bots: 'verbinder' });
    expect(p.settings.bots.every((b) => b.personality === 'verbinder')).toBe(true);
    expect(p.reason.nl).toMatch(/^In je laatste 3 spellen legde je 1 van je 6 belangen op tafel\./);
  });

  it('leaves cards on unfinished projects → a small table to finish one project together', () => {
    expect(pick(stored({ themes: ['stranded-pledge'] }, { themes: ['stranded-pledge'] }))).toMatchObject({ focus: 'finish', seats: 3 });
  });

  it('offers nobody takes → partners with their own interest', () => {
    const p = pick(stored({ themes: ['unanswerable-offer'] }, { themes: ['declined-offer'] }, {}));
    expect(p).toMatchObject({ focus: 'offers', bots: 'eigenbelang' });
    expect(p.reason.en).toMatch(/make an offer that is good for them too/);
  });

  it('a team that keeps missing its target → play the gemeente', () => {
    expect(pick(stored({ won: false }, { won: false }, { won: true }))).toMatchObject({ focus: 'team', role: 'gemeente' });
    expect(pick(stored({ won: false }, { won: false, role: 'gemeente' }))).toMatchObject({ focus: 'team', role: 'bibliotheek' });
  });

  it('no weak spot: harder after three wins, otherwise a partner not played yet', () => {
    expect(pick(stored({}, {}, {}))).toMatchObject({ focus: 'harder', seats: 6, bots: 'eigenbelang' });
    const p = pick(stored({ won: false }, {}));
    expect(p.focus).toBe('new-role');
    expect(p.role).not.toBe('uwv');
    expect(p.reason.nl).toContain(roleCard(p.role).name.nl);
  });

  it('looks at the last three games only: an old habit stops counting', () => {
    expect(pick(stored({ themes: ['let-go'] }, { themes: ['let-go'] }, {}, {}, {})).focus).toBe('harder');
  });

  it('is the same set-up for the same history', () => {
    const raw = stored({ themes: ['let-go'] }, { themes: ['let-go'] });
    expect(pick(raw)).toEqual(pick(raw));
  });
});

describe('progress across games', () => {
  it('shows each game and whether a theme of the coach is fading', () => {
    const h = parseHistory(stored({ themes: ['let-go'], points: 0 }, { themes: ['let-go', 'hidden-interest'], points: 1 }, { themes: [], points: 3 }, { themes: ['hidden-interest'], points: 4 })).history;
    const p = progressOf(h);
    expect(p.games).toBe(4);
    expect(p.byGame.map((x) => x.points)).toEqual([0, 1, 3, 4]);
    expect(p.themes).toEqual([
      { theme: 'hidden-interest', byGame: [0, 1, 0, 1], trend: 'same' },
      { theme: 'let-go', byGame: [1, 1, 0, 0], trend: 'less' },
    ]);
    expect(p.pointsShare).toEqual({ first: 0.13, last: 0.88 });
  });
});
