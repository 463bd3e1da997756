import { describe, expect, it } from 'vitest';
import { CONTENT, interestDeck, type InterestRule } from '../../shared/content';
import { fillText, ruleNumber } from '../../shared/content/scale';
import { createGame, defaultConfig } from '../../shared/rules';
import { ROLES } from '../../shared/model/ids';
import { events, interests, lessons, owns, projects, role } from '../helpers/content';

// Interest, event and lesson cards: decks, rule kinds, numbers that grow with the table, what is
// dealt, and events and lessons true to the seeds.

describe('interests', () => {
  it('give every role a deck of 4–5 with points 1–3', () => {
    for (const r of ROLES) {
      const deck = interestDeck(r);
      expect(deck.length, r).toBeGreaterThanOrEqual(4);
      expect(deck.length, r).toBeLessThanOrEqual(5);
      for (const i of deck) expect(i.id.startsWith(`i-${r}-`), i.id).toBe(true);
      for (const i of deck) expect([1, 2, 3], i.id).toContain(i.points);
    }
  });

  // A card's number grows with the table (or is set per table size where the balance asked for it);
  // its text shows it as {n}, filled in for the table played.
  it('show the number that changes with the table as {n}, and fill it in per table size', () => {
    const SCALED: InterestRule['kind'][] = ['projects', 'projectWith', 'spread', 'personas'];
    for (const i of interests) {
      const numbers = new Set([3, 4, 5, 6, 7, 8].map((n) => ruleNumber(i.rule, n)));
      const shows = i.text.nl.includes('{n}');
      if (SCALED.includes(i.rule.kind) || numbers.size > 1) expect(shows, i.id).toBe(true);
      expect(i.text.en.includes('{n}'), i.id).toBe(shows);
      for (const seats of [3, 4, 5, 6, 7, 8]) {
        const nl = fillText(i.text.nl, i.rule, seats);
        expect(nl, i.id).not.toContain('{n}');
        if (shows) expect(nl, `${i.id} at ${seats}`).toContain(String(ruleNumber(i.rule, seats)));
      }
    }
    const more = CONTENT.interests.find((i) => i.id === 'i-bibliotheek-meer-dan-boeken')!;
    expect([3, 4, 5, 6, 8].map((n) => ruleNumber(more.rule, n))).toEqual([3, 5, 5, 7, 9]);
    const mandate = CONTENT.interests.find((i) => i.id === 'i-gemeente-mandaat')!;
    expect(fillText(mandate.text.nl, mandate.rule, 6)).toContain('zet er minstens 7 in');
  });

  it('about a partner are dealt only when that partner is at the table', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const roles = ROLES.filter((r, i) => (seed >> (i % 8)) % 3 !== 0).slice(0, 4);
      if (roles.length < 3) continue;
      const s = createGame(defaultConfig(roles), seed);
      for (const role of roles) {
        for (const id of s.partners[role]!.interests) {
          const rule = CONTENT.interests.find((i) => i.id === id)!.rule;
          if (rule.kind === 'projectWith') expect(roles, `${id} dealt without ${rule.role}`).toContain(rule.role);
        }
      }
    }
  });

  it('use every rule kind at least twice', () => {
    const ALL_KINDS: InterestRule['kind'][] = [
      'projects', 'projectWith', 'earmark', 'keep', 'spread', 'personas', 'team', 'noneLost', 'received', 'neverGave',
    ];
    for (const k of ALL_KINDS) {
      const n = interests.filter((i) => i.rule.kind === k).length;
      expect(n, k).toBeGreaterThanOrEqual(2);
    }
  });

  it('refer to the role’s own situation', () => {
    for (const i of interests) {
      const rule = i.rule;
      if (rule.kind === 'projectWith') expect(rule.role, i.id).not.toBe(i.role);
      // You can only keep, spread, earmark or withhold what you have or will get.
      if (rule.kind === 'keep' || rule.kind === 'spread' || rule.kind === 'earmark' || rule.kind === 'neverGave') {
        expect(owns(i.role, rule.resource), `${i.id}: ${i.role} never has ${rule.resource}`).toBe(true);
      }
      if (rule.kind === 'keep') {
        const start = (role(i.role).hand[rule.resource] ?? 0) + (role(i.role).income[rule.resource] ?? 0);
        expect(start, i.id).toBeGreaterThanOrEqual(rule.min);
      }
      // Asking partners for something only makes sense for what you are short of.
      if (rule.kind === 'received') expect(role(i.role).hand[rule.resource] ?? 0, i.id).toBeLessThanOrEqual(1);
      if (rule.kind === 'projects' && rule.domain) {
        const n = projects.filter((p) => p.domains.includes(rule.domain!)).length;
        expect(n, i.id).toBeGreaterThanOrEqual(rule.count);
      }
      if (rule.kind === 'earmark') {
        const fit = projects.filter(
          (p) => p.domains.some((d) => rule.domains.includes(d)) && (p.needs[rule.resource] ?? 0) > 0,
        );
        expect(fit.length, i.id).toBeGreaterThan(0);
      }
    }
  });

  it('mix collaboration goals with self-interest in every deck', () => {
    const SELF: InterestRule['kind'][] = ['keep', 'earmark', 'neverGave', 'received'];
    for (const r of ROLES) {
      const deck = interestDeck(r);
      expect(deck.some((i) => !SELF.includes(i.rule.kind)), r).toBe(true);
    }
    const selfish = interests.filter((i) => SELF.includes(i.rule.kind)).length;
    expect(selfish).toBeGreaterThanOrEqual(10);
    expect(selfish).toBeLessThanOrEqual(interests.length - 10);
  });
});

describe('events', () => {
  const GOOD = ['gain', 'bonusReach', 'comeback'];
  const isGood = (e: (typeof events)[number]) => e.effects.every((f) => GOOD.includes(f.kind));
  const isBad = (e: (typeof events)[number]) => e.effects.every((f) => !GOOD.includes(f.kind));

  it('are roughly as often good as bad', () => {
    const good = events.filter(isGood).length;
    const bad = events.filter(isBad).length;
    expect(good + bad).toBe(events.length);
    expect(Math.abs(good - bad)).toBeLessThanOrEqual(3);
  });

  it('only take away what the named roles can have', () => {
    for (const e of events) {
      for (const f of e.effects) {
        if (f.kind === 'lose' && f.roles) for (const r of f.roles) expect(owns(r, f.resource), `${e.id}: ${r}`).toBe(true);
      }
    }
  });

  it('include the seeds’ key moments', () => {
    const effects = events.flatMap((e) => e.effects);
    expect(effects.some((f) => f.kind === 'lose' && f.resource === 'budget')).toBe(true);
    expect(effects.some((f) => f.kind === 'lose' && f.resource === 'vrijwilligers')).toBe(true);
    expect(effects.some((f) => f.kind === 'freeze' && f.resource === 'cijfers')).toBe(true);
    expect(effects.some((f) => f.kind === 'bonusReach' && f.domain === 'werk')).toBe(true);
    expect(effects.some((f) => f.kind === 'dropout')).toBe(true);
    expect(effects.some((f) => f.kind === 'comeback')).toBe(true);
    expect(effects.some((f) => f.kind === 'gain' && f.resource === 'draagvlak' && f.roles?.includes('gemeente'))).toBe(true);
  });
});

describe('lessons', () => {
  // The headings of the inspiration document (seed 001), exactly as written there.
  const HEADINGS = [
    'WEET WAAR JE AAN BEGINT',
    'DE BIBLIOTHEEK IS MEER DAN BOEKEN',
    'EXPERIMENTEER SAMEN UIT INNOVATIEBUDGET',
    'VERBIND TAAL MET MEEDOEN',
    'CREËER EEN WEGWIJZER BIJ DE GEMEENTE',
    'SCHRIJF SAMEN HET PLAN',
    'EN VOER OOK SAMEN HET PLAN UIT',
    'SCHETS HET PROBLEEM IN CIJFERS',
    'MAAR GEEF ZE OOK EEN GEZICHT',
    'TOON LEF, ALS BIBLIOTHEEK ÉN ALS GEMEENTE',
    'ZOEK SAMEN NAAR FINANCIERING BUITEN DE GEBAANDE PADEN',
    'BOUW AAN EEN NETWERK',
    'EN KIES VOORAL ENERGIEKE PARTNERS',
    'NEEM OOK DE POLITIEK MEE',
    'EENMAAL GEVONDEN? HOU VAST!',
    'VERWACHT GEEN PANKLARE OPLOSSINGEN',
    'BENUT ENERGIE EN CAPACITEITEN VAN VRIJWILLIGERS BETER',
    'HOUD STUG VOL!',
    'VERGEET JE EIGEN DIENSTVERLENING NIET',
  ];
  for (const h of HEADINGS) {
    it(`has a lesson for "${h}"`, () => {
      const found = lessons.filter((l) => l.source.seed === '001' && l.source.passage === h);
      expect(found.length).toBeGreaterThanOrEqual(1);
    });
  }

  it('has the trust lesson the debrief points to', () => {
    expect(lessons.map((l) => l.id)).toContain('l-vertrouwen');
  });

  it('ask a question at the table', () => {
    for (const l of lessons) {
      expect(l.prompt.nl.endsWith('?'), l.id).toBe(true);
      expect(l.prompt.en.endsWith('?'), l.id).toBe(true);
    }
  });
});
