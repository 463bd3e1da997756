import { describe, expect, it } from 'vitest';
import type { LogEntry } from '../../shared/rules/types';
import { resourceName, roleName } from '../../client/src/model/cards';
import { cuesFrom, roleAnchor } from '../../client/src/model/cues';
import { formatLogEntry, newEntries, recentLog } from '../../client/src/model/log';
import { act, advance, game } from './fixtures';

const at = { round: 1, phase: 'overleg' as const };
const offer = { id: 'o1', from: 'gemeente' as const, to: 'bibliotheek' as const, give: { budget: 1 }, get: { locatie: 2 }, round: 1, counterOf: null };

/** One entry of every kind, so every sentence is checked. */
const ALL: LogEntry[] = [
  { ...at, t: 'phase' },
  { ...at, t: 'event', eventId: 'e-unknown' },
  { ...at, t: 'income', role: 'gemeente', resources: { budget: 1 } },
  { ...at, t: 'gain', role: 'gemeente', resources: { budget: 1 }, eventId: 'x' },
  { ...at, t: 'lose', role: 'welzijn', resources: { bereik: 1 }, eventId: 'x' },
  { ...at, t: 'offer', offer },
  ...(['accepted', 'declined', 'countered', 'withdrawn', 'expired'] as const).map(
    (outcome): LogEntry => ({ ...at, t: 'offerClosed', offerId: 'o1', from: 'gemeente', to: 'bibliotheek', outcome }),
  ),
  { ...at, t: 'trade', offerId: 'o1', from: 'gemeente', to: 'bibliotheek', give: { budget: 1 }, get: { locatie: 2 } },
  { ...at, t: 'gift', from: 'welzijn', to: 'bibliotheek', resources: { bereik: 1 } },
  { ...at, t: 'pledge', role: 'bibliotheek', projectId: 'p-x', resources: { locatie: 1 } },
  { ...at, t: 'unpledge', role: 'bibliotheek', projectId: 'p-x', resources: { locatie: 1 } },
  { ...at, t: 'disclose', role: 'welzijn', interestId: 'i-x', to: 'all' },
  { ...at, t: 'disclose', role: 'welzijn', interestId: 'i-x', to: 'bibliotheek' },
  { ...at, t: 'guess', seat: 0, target: 'gemeente', interestIds: [] },
  { ...at, t: 'completed', projectId: 'p-x', partners: ['bibliotheek', 'gemeente', 'welzijn'], personas: [] },
  { ...at, t: 'projectOpened', projectId: 'p-y' },
  { ...at, t: 'reached', personaId: 'pe-x', projectId: 'p-x' },
  { ...at, t: 'held', personaId: 'pe-x', by: { role: 'welzijn', resource: 'bereik' } },
  { ...at, t: 'held', personaId: 'pe-x', by: { projectId: 'p-x' } },
  { ...at, t: 'dropped', personaId: 'pe-x', eventId: null },
  { ...at, t: 'comeback', personaId: 'pe-x', eventId: 'e' },
  { ...at, t: 'swap', roles: ['gemeente', 'bibliotheek', 'welzijn'] },
  { ...at, t: 'ended', early: false },
  { ...at, t: 'ended', early: true },
];

const byKind = (t: LogEntry['t']) => ALL.find((e) => e.t === t)!;

describe('log sentences', () => {
  for (const locale of ['nl', 'en'] as const) {
    it(`turns every kind of entry into a full sentence (${locale})`, () => {
      const ctx = { locale, me: 'bibliotheek' as const, seatName: (s: number) => ['Anna', 'Bram'][s] ?? '?' };
      const lines = ALL.map((e) => formatLogEntry(e, ctx));
      for (const line of lines) {
        expect(line).not.toMatch(/\{\w+\}|undefined|\[object/);
        expect(line.length).toBeGreaterThan(5);
      }
      expect(new Set(lines).size).toBe(lines.length - 0 /* every entry reads differently */);
    });
  }

  it('marks the reader\'s own role and names resources and partners', () => {
    const ctx = { locale: 'nl' as const, me: 'bibliotheek' as const, seatName: () => '' };
    const nl = (id: string) => roleName(id, 'nl');
    expect(formatLogEntry(byKind('offer'), ctx)).toBe(
      `${nl('gemeente')} biedt ${nl('bibliotheek')} (jij) 1 ${resourceName('budget', 'nl')} voor 2 ${resourceName('locatie', 'nl')}`,
    );
    const en = formatLogEntry(byKind('gift'), { ...ctx, locale: 'en' });
    expect(en).toBe(`${roleName('welzijn', 'en')} gives ${roleName('bibliotheek', 'en')} (you) 1 ${resourceName('bereik', 'en')}`);
  });

  it('reads a real game log, newest first', () => {
    let s = advance(game());
    s = act(s, 2, { type: 'disclose', interestId: s.partners.welzijn!.interests[0], to: 'all' });
    const lines = recentLog(s.log, { locale: 'nl', me: 'welzijn', seatName: () => 'x' });
    expect(lines[0]).toContain('(jij) legt een kaart op tafel voor iedereen');
  });

  it('finds the entries that are new since the last view', () => {
    const a = ALL.slice(0, 3);
    expect(newEntries(null, a)).toEqual([]);
    expect(newEntries([], a)).toEqual(a);
    expect(newEntries(a, ALL.slice(0, 5))).toEqual(ALL.slice(3, 5));
    expect(newEntries(a, a)).toEqual([]);
    expect(newEntries(ALL.slice(0, 5), a)).toEqual([]);
    expect(newEntries([ALL[1]], [ALL[2], ALL[3]])).toEqual([]);
  });
});

describe('cues', () => {
  it('flies cards between the places that gave and got them', () => {
    const cues = cuesFrom([byKind('trade'), byKind('gift'), byKind('pledge')], 'bibliotheek');
    expect(cues).toContainEqual({ kind: 'fly', from: 'partner:gemeente', to: 'hand', resource: 'budget', count: 1 });
    expect(cues).toContainEqual({ kind: 'fly', from: 'hand', to: 'partner:gemeente', resource: 'locatie', count: 2 });
    expect(cues).toContainEqual({ kind: 'tradeDone', with: 'gemeente' });
    expect(cues).toContainEqual({ kind: 'fly', from: 'hand', to: 'project:p-x', resource: 'locatie', count: 1 });
    expect(cues).toContainEqual({ kind: 'gift', from: 'welzijn', resources: { bereik: 1 } });
  });

  it('announces an incoming offer and a completed project, not someone else\'s offer', () => {
    const offer = byKind('offer') as Extract<LogEntry, { t: 'offer' }>;
    expect(cuesFrom([offer], 'bibliotheek')).toEqual([{ kind: 'offer', from: 'gemeente', offerId: offer.offer.id }]);
    expect(cuesFrom([byKind('offer')], 'gemeente')).toEqual([]);
    const done = cuesFrom([byKind('completed')], 'welzijn');
    expect(done).toEqual([{ kind: 'celebrate', projectId: 'p-x', partners: ['bibliotheek', 'gemeente', 'welzijn'], mine: true }]);
    expect(roleAnchor('uwv', null)).toBe('partner:uwv');
  });
});

describe('toasts', () => {
  it('puts every noticeable cue into words, with an icon where there is one', async () => {
    const { cueToast } = await import('../../client/src/app/notify');
    const offerToast = cueToast({ kind: 'offer', from: 'gemeente', offerId: 'of_1' })!;
    expect(offerToast.kind).toBe('offer');
    expect(offerToast.offerId).toBe('of_1'); // the toast goes when that offer closes
    expect(offerToast.text('nl')).toBe(`Nieuw bod van ${roleName('gemeente', 'nl')}`);
    expect(offerToast.text('en')).toBe(`New offer from ${roleName('gemeente', 'en')}`); // a language switch changes it
    expect(cueToast({ kind: 'celebrate', projectId: 'p-x', partners: [], mine: false })!.text('en')).toBe('Project carried out: p-x');
    expect(cueToast({ kind: 'gift', from: 'welzijn', resources: { bereik: 2 } })!.text('en')).toContain(`2 ${resourceName('bereik', 'en')}`);
    expect(cueToast({ kind: 'tradeDone', with: 'uwv' })!.kind).toBe('trade');
    expect(cueToast({ kind: 'fly', from: 'hand', to: 'bank', resource: 'budget', count: 1 })).toBeNull();
  });
});
