import { cardsOf, type Cards } from '../content';
import { add, isEmpty } from '../model/bag';
import { RESOURCES, type Bag, type Locale, type RoleId } from '../model/ids';
import type { GameState } from '../rules/types';
import { transfers } from './walk';

// The deals the table made, as a draft local collaboration agreement (markdown, Dutch or English)
// that a team can take home: who brings what, for which completed project. A start for a
// conversation, so it names no dates and signs nothing.

const WORDS = {
  nl: {
    title: '# Concept: lokale samenwerkingsafspraak laaggeletterdheid',
    intro: (n: number) => `Opgesteld na een spel Kaarten op Tafel met ${n} partners. Dit is een concept: bespreek het, pas het aan en maak het samen af.`,
    partners: '## Partners',
    noProject: ' _(nog geen gezamenlijk project)_',
    projects: '## Projecten en inbreng',
    none: 'In dit spel is nog geen project afgerond. Welk project pakken jullie als eerste samen op?',
    round: 'ronde',
    domains: '- Domeinen',
    reached: '- Bereikte inwoners',
    brings: '- Wie brengt wat in:',
    gave: '## Wat partners elkaar gaven',
    open: '## Nog af te spreken',
    questions: [
      '- Wie is per project het aanspreekpunt?',
      '- Hoe zorgen we voor een warme overdracht, zodat bereikte inwoners niet afhaken?',
      '- Welke cijfers houden we bij, en wanneer kijken we samen terug?',
    ],
    sign: '## Ondertekening',
    table: '| Partner | Naam | Handtekening |',
  },
  en: {
    title: '# Draft: local collaboration agreement on low literacy',
    intro: (n: number) => `Written after a game of Kaarten op Tafel with ${n} partners. This is a draft: discuss it, change it and finish it together.`,
    partners: '## Partners',
    noProject: ' _(no joint project yet)_',
    projects: '## Projects and contributions',
    none: 'No project was completed in this game. Which project will you take up together first?',
    round: 'round',
    domains: '- Domains',
    reached: '- Residents reached',
    brings: '- Who brings what:',
    gave: '## What partners gave each other',
    open: '## Still to agree',
    questions: [
      '- Who is the contact person for each project?',
      '- How do we hand people over warmly, so that residents we reached do not drop out?',
      '- Which figures do we keep, and when do we look back together?',
    ],
    sign: '## Signatures',
    table: '| Partner | Name | Signature |',
  },
} as const;

function bagText(k: Cards, bag: Bag, l: Locale): string {
  return RESOURCES.filter((r) => (bag[r] ?? 0) > 0)
    .map((r) => `${bag[r]}× ${k.content.resources.find((x) => x.id === r)!.name[l]}`)
    .join(', ');
}

const roleName = (k: Cards, r: RoleId, l: Locale) => k.roleCard(r).name[l];
const domainName = (k: Cards, d: string, l: Locale) => k.content.domains.find((x) => x.id === d)!.name[l].toLowerCase();

function projectSection(s: GameState, n: number, c: GameState['projects']['completed'][number], l: Locale): string[] {
  const w = WORDS[l];
  const k = cardsOf(s);
  const card = k.projectCard(c.id);
  const lines = [`### ${n}. ${card.name[l]} (${w.round} ${c.round})`, '', card.description[l], ''];
  lines.push(`${w.domains}: ${card.domains.map((d) => domainName(k, d, l)).join(', ')}`);
  if (c.personas.length > 0) lines.push(`${w.reached}: ${c.personas.map((id) => k.personaCard(id).name).join(', ')}`);
  lines.push(w.brings);
  for (const role of s.config.roles) {
    const bag = c.contributions[role];
    if (bag && !isEmpty(bag)) lines.push(`  - ${roleName(k, role, l)}: ${bagText(k, bag, l)}`);
  }
  return [...lines, ''];
}

function exchangeSection(s: GameState, l: Locale): string[] {
  const k = cardsOf(s);
  const pairs = new Map<string, Bag>();
  for (const t of transfers(s)) pairs.set(`${t.from}>${t.to}`, add(pairs.get(`${t.from}>${t.to}`) ?? {}, t.bag));
  if (pairs.size === 0) return [];
  const lines = [WORDS[l].gave, ''];
  for (const from of s.config.roles) {
    for (const to of s.config.roles) {
      const bag = pairs.get(`${from}>${to}`);
      if (bag && !isEmpty(bag)) lines.push(`- ${roleName(k, from, l)} → ${roleName(k, to, l)}: ${bagText(k, bag, l)}`);
    }
  }
  return [...lines, ''];
}

export function agreement(s: GameState, l: Locale = 'nl'): string {
  const w = WORDS[l];
  const k = cardsOf(s);
  const done = s.projects.completed;
  const joined = s.config.roles.filter((r) => done.some((c) => c.contributions[r] && !isEmpty(c.contributions[r]!)));
  const lines = [
    w.title,
    '',
    w.intro(s.config.roles.length),
    '',
    w.partners,
    '',
    ...s.config.roles.map((r) => `- **${roleName(k, r, l)}** — ${k.roleCard(r).mission[l]}${joined.includes(r) ? '' : w.noProject}`),
    '',
    w.projects,
    '',
  ];
  if (done.length === 0) lines.push(w.none, '');
  done.forEach((c, i) => lines.push(...projectSection(s, i + 1, c, l)));
  lines.push(...exchangeSection(s, l));
  lines.push(w.open, '', ...w.questions, '', w.sign, '', w.table, '| --- | --- | --- |', ...s.config.roles.map((r) => `| ${roleName(k, r, l)} | | |`), '');
  return lines.join('\n');
}
