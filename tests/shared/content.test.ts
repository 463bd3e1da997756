import { describe, expect, it } from 'vitest';
import { CONTENT, interestDeck, loadContent } from '../../shared/content';
import { RAW_CONTENT } from '../../shared/content/data';
import { DOMAINS, RESOURCES, ROLES, type Bag, type ResourceId, type RoleId } from '../../shared/model/ids';
import { covers, events, interests, kinds, lessons, owns, personas, projects, role, roles, sum, texts, total } from '../helpers/content';

// Checks on the card data itself: it parses, it is complete in both languages, nothing points
// at a card that does not exist, and every project can really be done — but never alone.
describe('content parses and is complete in both languages', () => {
  it('parses with the schemas', () => {
    expect(() => loadContent(RAW_CONTENT)).not.toThrow();
    expect(CONTENT.roles.length).toBe(RAW_CONTENT.roles.length);
  });

  // Table-driven: each case removes one English text somewhere different.
  const breakers: [string, (c: any) => void][] = [
    ['role mission', (c) => delete c.roles[0].mission.en],
    ['project name', (c) => delete c.projects[3].name.en],
    ['interest text', (c) => delete c.interests[7].text.en],
    ['persona portrait', (c) => delete c.personas[2].portrait.en],
    ['event title', (c) => delete c.events[1].title.en],
    ['lesson prompt', (c) => delete c.lessons[4].prompt.en],
    ['resource description', (c) => delete c.resources[5].description.en],
    ['empty English text', (c) => (c.domains[0].name.en = '')],
  ];
  for (const [what, breakIt] of breakers) {
    it(`refuses content with a missing translation: ${what}`, () => {
      const broken = structuredClone(RAW_CONTENT);
      breakIt(broken);
      expect(() => loadContent(broken)).toThrow();
    });
  }

  it('refuses dangling ids and out-of-range numbers', () => {
    const badRole = structuredClone(RAW_CONTENT) as any;
    badRole.interests[0].role = 'bakker';
    expect(() => loadContent(badRole)).toThrow();
    const badRule = structuredClone(RAW_CONTENT) as any;
    badRule.interests[0].rule = { kind: 'projectWith', role: 'bakker' };
    expect(() => loadContent(badRule)).toThrow();
    const badNeed = structuredClone(RAW_CONTENT) as any;
    badNeed.projects[0].needs = { geld: 2 };
    expect(() => loadContent(badNeed)).toThrow();
  });

  it('has no empty, placeholder or untranslated text', () => {
    const all = texts(CONTENT);
    expect(all.length).toBeGreaterThan(250);
    for (const t of all) {
      for (const s of [t.nl, t.en]) {
        expect(s.trim(), t.path).not.toBe('');
        expect(s, t.path).not.toMatch(/\b(TODO|TBD|FIXME|XXX|lorem)\b/i);
        expect(s, t.path).toBe(s.trim());
      }
      // Names like "Budget" may be the same in both languages; sentences may not.
      if (t.nl.split(' ').length >= 4) expect(t.en, `${t.path} is not translated`).not.toBe(t.nl);
    }
  });

  it('keeps texts short enough to read on a phone', () => {
    for (const t of texts(CONTENT)) {
      expect(t.nl.length, t.path).toBeLessThanOrEqual(260);
      expect(t.en.length, t.path).toBeLessThanOrEqual(260);
    }
  });
});

describe('ids', () => {
  it('are unique within each kind', () => {
    for (const [kind, cards] of Object.entries(CONTENT)) {
      const ids = (cards as { id: string }[]).map((c) => c.id);
      expect(new Set(ids).size, kind).toBe(ids.length);
    }
  });

  it('cover exactly the fixed vocabularies', () => {
    expect(CONTENT.resources.map((r) => r.id).sort()).toEqual([...RESOURCES].sort());
    expect(CONTENT.domains.map((d) => d.id).sort()).toEqual([...DOMAINS].sort());
    expect(roles.map((r) => r.id).sort()).toEqual([...ROLES].sort());
  });

  it('never dangle', () => {
    const isRole = (id: string) => (ROLES as readonly string[]).includes(id);
    const isDomain = (id: string) => (DOMAINS as readonly string[]).includes(id);
    const isResource = (id: string) => (RESOURCES as readonly string[]).includes(id);
    for (const i of interests) {
      expect(isRole(i.role), i.id).toBe(true);
      const rule = i.rule as Record<string, unknown>;
      if (typeof rule.role === 'string') expect(isRole(rule.role), i.id).toBe(true);
      if (typeof rule.domain === 'string') expect(isDomain(rule.domain), i.id).toBe(true);
      if (typeof rule.resource === 'string') expect(isResource(rule.resource), i.id).toBe(true);
      for (const d of (rule.domains as string[] | undefined) ?? []) expect(isDomain(d), i.id).toBe(true);
    }
    for (const e of events) {
      for (const eff of e.effects) {
        if ('roles' in eff) for (const r of eff.roles ?? []) expect(isRole(r), e.id).toBe(true);
        if ('resource' in eff) expect(isResource(eff.resource), e.id).toBe(true);
        if ('domain' in eff) expect(isDomain(eff.domain), e.id).toBe(true);
      }
    }
    for (const p of projects) for (const d of p.domains) expect(isDomain(d), p.id).toBe(true);
    for (const p of personas) expect(isDomain(p.domain), p.id).toBe(true);
  });

  it('name their source seed', () => {
    const all = [...roles, ...projects, ...interests, ...personas, ...events, ...lessons];
    for (const c of all) expect(['000', '001', '002', '003', '004'], c.id).toContain(c.source.seed);
  });
});

describe('counts', () => {
  it('has enough of every kind', () => {
    expect(roles.length).toBeGreaterThanOrEqual(8);
    expect(CONTENT.resources.length).toBe(7);
    expect(projects.length).toBeGreaterThanOrEqual(16);
    expect(personas.length).toBeGreaterThanOrEqual(12);
    expect(events.length).toBeGreaterThanOrEqual(10);
    for (const r of ROLES) expect(interestDeck(r).length, r).toBeGreaterThanOrEqual(3);
  });

  it('gives every domain at least 2 personas and 1 project', () => {
    for (const d of DOMAINS) {
      expect(personas.filter((p) => p.domain === d).length, d).toBeGreaterThanOrEqual(2);
      expect(projects.filter((p) => p.domains.includes(d)).length, d).toBeGreaterThanOrEqual(1);
    }
  });
});

describe('roles', () => {
  // A long breath: a partner starts small and brings most of its cards during the game.
  it('start with 4–6 cards of 3–4 kinds and renew 2–4 cards a round', () => {
    for (const r of roles) {
      expect(total(r.hand), r.id).toBeGreaterThanOrEqual(4);
      expect(total(r.hand), r.id).toBeLessThanOrEqual(6);
      expect(kinds(r.hand).length, r.id).toBeGreaterThanOrEqual(3);
      expect(kinds(r.hand).length, r.id).toBeLessThanOrEqual(4);
      expect(total(r.income), r.id).toBeGreaterThanOrEqual(2);
      expect(total(r.income), r.id).toBeLessThanOrEqual(4);
    }
  });

  it('spread every resource kind but draagvlak over at least 3 hands', () => {
    for (const res of RESOURCES.filter((r) => r !== 'draagvlak')) {
      const holders = roles.filter((r) => (r.hand[res] ?? 0) > 0).map((r) => r.id);
      expect(holders.length, `${res}: ${holders.join(', ')}`).toBeGreaterThanOrEqual(3);
    }
  });

  // "De gemeente is je belangrijkste samenwerkingspartner": the political mandate comes from it.
  it('make the gemeente the main source of draagvlak', () => {
    const supply = (r: (typeof roles)[number]) => (r.hand.draagvlak ?? 0) + 3 * (r.income.draagvlak ?? 0);
    const others = roles.filter((r) => r.id !== 'gemeente').reduce((n, r) => n + supply(r), 0);
    expect(supply(role('gemeente'))).toBeGreaterThan(2 * others);
  });

  // The seeds' picture of who has what (docs/RULES.md "De kaarten").
  it('reflect reality: the gemeente lacks reach, welzijn lacks budget, the library has a place', () => {
    expect(role('gemeente').hand.bereik ?? 0).toBe(0);
    expect(role('gemeente').hand.budget ?? 0).toBeGreaterThanOrEqual(2);
    expect(role('gemeente').hand.draagvlak ?? 0).toBeGreaterThanOrEqual(2);
    expect(role('welzijn').hand.budget ?? 0).toBe(0);
    expect(role('welzijn').hand.bereik ?? 0).toBeGreaterThanOrEqual(2);
    expect(role('bibliotheek').hand.locatie ?? 0).toBeGreaterThanOrEqual(2);
    expect(role('bibliotheek').hand.vrijwilligers ?? 0).toBeGreaterThanOrEqual(1);
    expect(role('vrijwilligers').income.vrijwilligers ?? 0).toBeGreaterThanOrEqual(1);
    expect(role('gemeente').income.budget ?? 0).toBeGreaterThanOrEqual(1);
  });
});

/**
 * Whether `team` can complete `need` with at least `min` of them each putting in a card.
 * Covering is necessary; then each of `min` roles must claim one needed card it holds
 * (a bipartite matching of roles onto needed card slots), and the rest fills from anyone.
 */
function teamCanDo(team: RoleId[], need: Bag, min: number): boolean {
  if (!covers(sum(team.map((id) => role(id).hand)), need)) return false;
  const slots: ResourceId[] = RESOURCES.flatMap((r) => Array<ResourceId>(need[r] ?? 0).fill(r));
  const owner: (RoleId | null)[] = slots.map(() => null);
  const tryAssign = (id: RoleId, seen: Set<number>): boolean => {
    for (let s = 0; s < slots.length; s++) {
      if (seen.has(s) || (role(id).hand[slots[s]] ?? 0) === 0) continue;
      seen.add(s);
      if (owner[s] === null || tryAssign(owner[s]!, seen)) {
        owner[s] = id;
        return true;
      }
    }
    return false;
  };
  let matched = 0;
  for (const id of team) if (tryAssign(id, new Set())) matched++;
  return matched >= min;
}

function teamsFor(need: Bag, min: number, maxSize = 8): RoleId[][] {
  const found: RoleId[][] = [];
  for (let mask = 1; mask < 1 << ROLES.length; mask++) {
    const team = ROLES.filter((_, i) => mask & (1 << i));
    if (team.length < min || team.length > maxSize) continue;
    if (teamCanDo(team, need, min)) found.push(team);
  }
  return found;
}

describe('projects', () => {
  it('have 4–7 needed cards of 2–5 kinds, 2–3 partners, 1–2 domains and reach 1–3', () => {
    for (const p of projects) {
      expect(total(p.needs), p.id).toBeGreaterThanOrEqual(4);
      expect(total(p.needs), p.id).toBeLessThanOrEqual(7);
      expect(kinds(p.needs).length, p.id).toBeGreaterThanOrEqual(2);
      expect(kinds(p.needs).length, p.id).toBeLessThanOrEqual(5);
      expect([2, 3], p.id).toContain(p.minPartners);
      expect(p.domains.length, p.id).toBeLessThanOrEqual(2);
      expect(p.reach, p.id).toBeGreaterThanOrEqual(1);
      expect(p.reach, p.id).toBeLessThanOrEqual(3);
    }
  });

  it('can never be done by one partner alone', () => {
    for (const p of projects) {
      expect(p.minPartners, p.id).toBeGreaterThanOrEqual(2);
      for (const r of roles) expect(covers(r.hand, p.needs), `${r.id} alone covers ${p.id}`).toBe(false);
    }
  });

  it('can each be completed by some team of partners', () => {
    for (const p of projects) {
      const teams = teamsFor(p.needs, p.minPartners);
      expect(teams.length, `no team of up to 8 partners can complete ${p.id}`).toBeGreaterThan(0);
    }
  });

  it('need only resources that some role can bring, and most need the gemeente’s draagvlak or data', () => {
    for (const p of projects) {
      for (const res of kinds(p.needs)) expect(ROLES.some((id) => owns(id, res)), `${p.id}: ${res}`).toBe(true);
    }
    const political = projects.filter((p) => (p.needs.draagvlak ?? 0) > 0 || (p.needs.cijfers ?? 0) > 0);
    expect(political.length).toBeGreaterThanOrEqual(projects.length * 0.75);
  });

  it('the matching check itself: one role cannot count as two partners', () => {
    // Only the gemeente holds draagvlak among these two, and only the library locatie:
    // a 2-partner project needing both works; a 3-partner one with the same pair does not.
    expect(teamCanDo(['gemeente', 'bibliotheek'], { draagvlak: 2, locatie: 1 }, 2)).toBe(true);
    expect(teamCanDo(['gemeente', 'bibliotheek'], { draagvlak: 2, locatie: 1 }, 3)).toBe(false);
    expect(teamCanDo(['gemeente', 'welzijn'], { draagvlak: 2, budget: 2 }, 2)).toBe(false);
    expect(teamsFor({ draagvlak: 20 }, 2)).toEqual([]);
    expect(teamsFor({ locatie: 1, cijfers: 1 }, 2).length).toBeGreaterThan(0);
  });

  // Every practice the seeds name becomes a project (docs/RULES.md "De kaarten").
  const PRACTICES: [string, string][] = [
    ['p-taalhuis', 'Taalhuis in de Bibliotheek'],
    ['p-infopunten', 'infopunten in vestigingen (Dalfsen)'],
    ['p-taalmeter-sw', 'Taalmeter-pilot bij de sociale werkvoorziening'],
    ['p-schuldhulpmaatjes', 'schuldhulpmaatjes in de Bibliotheek (Heerlen)'],
    ['p-lezen-in-de-keuken', 'Lezen in de keuken (Kennemerwaard)'],
    ['p-leeskring', 'leeskring voor beginners (Kennemerwaard)'],
    ['p-taalambtenaar', 'taalambtenaar als wegwijzer (Heerlen)'],
    ['p-seniorweb-leercentrum', 'SeniorWeb-leercentrum'],
    ['p-digisterker', 'Digisterker'],
    ['p-rechtwijzer', 'Rechtwijzer-spreekuur (Tilburg)'],
    ['p-samenwel', 'SamenWel! gezondheidsplatform (Rivierenland)'],
    ['p-belastingaangifte', 'belastingaangifte-spreekuur (Hoeksche Waard)'],
    ['p-bondgenootschap-parkstad', 'bondgenootschap (Parkstad)'],
    ['p-bondgenootschap-drenthe', 'bondgenootschap (Drenthe)'],
    ['p-social-impact-bond', 'social impact bond met werkgevers (Eindhoven)'],
    ['p-training-uwv', 'training "laaggeletterdheid herkennen" voor UWV-medewerkers'],
    ['p-filmavond', 'filmavond voor ambtenaren (Dalfsen)'],
    ['p-formulieren', 'formulieren versimpelen (Dalfsen)'],
    ['p-kulturhus', 'kulturhus met warme overdracht (Dalfsen)'],
    ['p-werkgroep-ambtenaren', 'lunch en werkgroep met beleidsmedewerkers (Dalfsen)'],
  ];
  for (const [id, practice] of PRACTICES) {
    it(`include the practice: ${practice}`, () => {
      expect(projects.map((p) => p.id)).toContain(id);
    });
  }
});
