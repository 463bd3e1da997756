import { CONTENT, personaCard, projectCard, roleCard } from '../content';
import { add, isEmpty } from '../model/bag';
import { RESOURCES, type Bag, type RoleId } from '../model/ids';
import type { GameState } from '../rules/types';
import { transfers } from './walk';

// The deals the table made, as a draft local collaboration agreement in Dutch (markdown) that a
// team can take home: who brings what, for which completed project. A start for a conversation,
// so it names no dates and signs nothing.

function bagText(bag: Bag): string {
  return RESOURCES.filter((r) => (bag[r] ?? 0) > 0)
    .map((r) => `${bag[r]}× ${CONTENT.resources.find((x) => x.id === r)!.name.nl}`)
    .join(', ');
}

const roleName = (r: RoleId) => roleCard(r).name.nl;
const domainName = (d: string) => CONTENT.domains.find((x) => x.id === d)!.name.nl.toLowerCase();

function projectSection(s: GameState, n: number, c: GameState['projects']['completed'][number]): string[] {
  const card = projectCard(c.id);
  const lines = [`### ${n}. ${card.name.nl} (ronde ${c.round})`, '', card.description.nl, ''];
  lines.push(`- Domeinen: ${card.domains.map(domainName).join(', ')}`);
  if (c.personas.length > 0) lines.push(`- Bereikte inwoners: ${c.personas.map((id) => personaCard(id).name).join(', ')}`);
  lines.push('- Wie brengt wat in:');
  for (const role of s.config.roles) {
    const bag = c.contributions[role];
    if (bag && !isEmpty(bag)) lines.push(`  - ${roleName(role)}: ${bagText(bag)}`);
  }
  return [...lines, ''];
}

function exchangeSection(s: GameState): string[] {
  const pairs = new Map<string, Bag>();
  for (const t of transfers(s)) pairs.set(`${t.from}>${t.to}`, add(pairs.get(`${t.from}>${t.to}`) ?? {}, t.bag));
  if (pairs.size === 0) return [];
  const lines = ['## Wat partners elkaar gaven', ''];
  for (const from of s.config.roles) {
    for (const to of s.config.roles) {
      const bag = pairs.get(`${from}>${to}`);
      if (bag && !isEmpty(bag)) lines.push(`- ${roleName(from)} → ${roleName(to)}: ${bagText(bag)}`);
    }
  }
  return [...lines, ''];
}

export function agreement(s: GameState): string {
  const done = s.projects.completed;
  const joined = s.config.roles.filter((r) => done.some((c) => c.contributions[r] && !isEmpty(c.contributions[r]!)));
  const lines = [
    '# Concept: lokale samenwerkingsafspraak laaggeletterdheid',
    '',
    `Opgesteld na een spel Kaarten op Tafel met ${s.config.roles.length} partners. Dit is een concept: bespreek het, pas het aan en maak het samen af.`,
    '',
    '## Partners',
    '',
    ...s.config.roles.map((r) => `- **${roleName(r)}** — ${roleCard(r).mission.nl}${joined.includes(r) ? '' : ' _(nog geen gezamenlijk project)_'}`),
    '',
    '## Projecten en inbreng',
    '',
  ];
  if (done.length === 0) lines.push('In dit spel is nog geen project afgerond. Welk project pakken jullie als eerste samen op?', '');
  done.forEach((c, i) => lines.push(...projectSection(s, i + 1, c)));
  lines.push(...exchangeSection(s));
  lines.push(
    '## Nog af te spreken',
    '',
    '- Wie is per project het aanspreekpunt?',
    '- Hoe zorgen we voor een warme overdracht, zodat bereikte inwoners niet afhaken?',
    '- Welke cijfers houden we bij, en wanneer kijken we samen terug?',
    '',
    '## Ondertekening',
    '',
    '| Partner | Naam | Handtekening |',
    '| --- | --- | --- |',
    ...s.config.roles.map((r) => `| ${roleName(r)} | | |`),
    '',
  );
  return lines.join('\n');
}
