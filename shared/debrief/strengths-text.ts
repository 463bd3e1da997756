import { cardsOf, type Cards } from '../content';
import { RESOURCES, type Bag, type Locale, type RoleId } from '../model/ids';
import type { GameState } from '../rules/types';
import { strengthsOf, type PartnerFunction, type Preconditions, type StrengthRow } from './strengths';

// The krachtenanalyse and the afwegingstabel as markdown (Dutch or English), to take home beside
// the samenwerkingsafspraak: what each partner brought and got in the game, an empty form for the
// team's own local partners (prefilled with the roles they played), and the preconditions of a
// collaboration with what the game showed of each.

const FN: Record<PartnerFunction, { nl: string; en: string; nlHint: string; enHint: string }> = {
  vindplaats: { nl: 'vindplaats', en: 'finder', nlHint: 'vindt mensen uit de doelgroep (bracht Bereik)', enHint: 'finds people from the target group (brought Access)' },
  doorverwijzer: { nl: 'doorverwijzer', en: 'referrer', nlHint: 'houdt mensen vast en brengt ze verder (hield inwoners vast)', enHint: 'keeps hold of people and passes them on (held residents)' },
  trainer: { nl: 'trainer', en: 'trainer', nlHint: 'geeft les of begeleiding (bracht Expertise of Vrijwilligers)', enHint: 'teaches or coaches (brought Expertise or Volunteers)' },
  geldgever: { nl: 'geldgever', en: 'funder', nlHint: 'betaalt en geeft steun (bracht Budget of Draagvlak)', enHint: 'pays and gives backing (brought Budget or Backing)' },
};

const W = {
  nl: {
    title: '# Krachtenanalyse en afwegingstabel',
    intro: 'Na een spel Kaarten op Tafel. Wat bracht iedere partner, wat haalde hij, en van wie hing hij af? Gebruik dit als begin van een gesprek met jullie echte partners.',
    game: '## 1. Krachtenanalyse van het spel',
    head: '| Partner | Functie | Brengt | Haalt | Hangt af van |',
    functions: 'Functies:',
    none: '–',
    inProjects: 'in projecten',
    toPartners: 'aan partners',
    fromPartners: 'van partners',
    holds: (n: number) => `${n} ${n === 1 ? 'inwoner' : 'inwoners'} vastgehouden`,
    referrals: (n: number) => `${n} ${n === 1 ? 'inwoner' : 'inwoners'} doorverwezen`,
    projects: (n: number, reached: number) => `${n} ${n === 1 ? 'project' : 'projecten'}, ${reached} inwoners bereikt`,
    met: (n: number, of: number) => `${n} van ${of} belangen uitgekomen`,
    cards: (n: number) => `${n} ${n === 1 ? 'kaart' : 'kaarten'}`,
    own: '## 2. Jullie eigen partners (invullen)',
    ownIntro: 'Welke organisatie bij jullie speelt deze rol echt? Vul in wat zij brengt, wat zij haalt en van wie zij afhangt. De functie uit het spel staat er al als voorstel.',
    ownHead: '| Rol in het spel | Onze partner | Functie | Brengt | Haalt | Hangt af van |',
    other: '(andere partner)',
    weigh: '## 3. Afwegingstabel: staan de randvoorwaarden?',
    weighIntro: 'Bespreek per vraag: staat het bij ons (ja, deels of nee), en wat is er nodig?',
    weighHead: '| Randvoorwaarde | Vraag | In het spel | Bij ons | Wat is er nodig? |',
  },
  en: {
    title: '# Strengths analysis and weighing table',
    intro: 'After a game of Kaarten op Tafel. What did each partner bring, what did it get, and whom did it depend on? Use this to start a conversation with your real partners.',
    game: '## 1. Strengths analysis of the game',
    head: '| Partner | Function | Brings | Gets | Depends on |',
    functions: 'Functions:',
    none: '–',
    inProjects: 'in projects',
    toPartners: 'to partners',
    fromPartners: 'from partners',
    holds: (n: number) => `held ${n} ${n === 1 ? 'resident' : 'residents'}`,
    referrals: (n: number) => `referred ${n} ${n === 1 ? 'resident' : 'residents'}`,
    projects: (n: number, reached: number) => `${n} ${n === 1 ? 'project' : 'projects'}, ${reached} residents reached`,
    met: (n: number, of: number) => `${n} of ${of} interests came true`,
    cards: (n: number) => `${n} ${n === 1 ? 'card' : 'cards'}`,
    own: '## 2. Your own partners (fill in)',
    ownIntro: 'Which organisation plays this role for you, for real? Fill in what it brings, what it gets and whom it depends on. The function from the game is there as a suggestion.',
    ownHead: '| Role in the game | Our partner | Function | Brings | Gets | Depends on |',
    other: '(another partner)',
    weigh: '## 3. Weighing table: are the preconditions in place?',
    weighIntro: 'Discuss each question: is it in place for you (yes, partly or no), and what is needed?',
    weighHead: '| Precondition | Question | In the game | For us | What is needed? |',
  },
} as const;

const resourceName = (k: Cards, r: string, l: Locale) => k.content.resources.find((x) => x.id === r)!.name[l];
const roleName = (k: Cards, r: RoleId, l: Locale) => k.roleCard(r).name[l];

function bagText(k: Cards, bag: Bag, l: Locale): string {
  return RESOURCES.filter((r) => (bag[r] ?? 0) > 0).map((r) => `${bag[r]}× ${resourceName(k, r, l)}`).join(', ');
}

function cell(parts: string[], l: Locale): string {
  const text = parts.filter((p) => p.length > 0).join('; ');
  return (text || W[l].none).replace(/\|/g, '/');
}

/** A partner's function in the network, in one language ("vindplaats", "finder"). */
export const functionName = (f: PartnerFunction, l: Locale): string => FN[f][l];

/** The krachtenanalyse row of one partner as plain phrases: what it brought, got, and depended on. */
export function rowTexts(k: Cards, row: StrengthRow, l: Locale): { functions: string; brings: string; gets: string; depends: string } {
  const w = W[l];
  const brings = [
    bagText(k, row.brings.projects, l) && `${w.inProjects}: ${bagText(k, row.brings.projects, l)}`,
    bagText(k, row.brings.partners, l) && `${w.toPartners}: ${bagText(k, row.brings.partners, l)}`,
    row.brings.holds > 0 ? w.holds(row.brings.holds) : '',
    row.brings.referrals > 0 ? w.referrals(row.brings.referrals) : '',
  ];
  const titles = row.gets.interestsMet.map((id) => k.interestCard(id).title[l]).join(', ');
  const gets = [
    row.gets.projects.length > 0 ? w.projects(row.gets.projects.length, row.gets.reached) : '',
    bagText(k, row.gets.partners, l) && `${w.fromPartners}: ${bagText(k, row.gets.partners, l)}`,
    w.met(row.gets.interestsMet.length, row.gets.interests) + (titles ? ` (${titles})` : ''),
  ];
  const depends = row.dependsOn.slice(0, 3).map((d) => `${roleName(k, d.role, l)}: ${w.cards(d.cards)} (${d.resources.map((r) => resourceName(k, r, l)).join(', ')})`);
  return { functions: cell([row.functions.map((f) => FN[f][l]).join(', ')], l), brings: cell(brings, l), gets: cell(gets, l), depends: cell(depends, l) };
}

function gameRow(k: Cards, row: StrengthRow, l: Locale): string {
  const x = rowTexts(k, row, l);
  return `| ${roleName(k, row.role, l)} | ${x.functions} | ${x.brings} | ${x.gets} | ${x.depends} |`;
}

/** The afwegingstabel's rows: the precondition, its question, and what the game showed of it. */
export function preconditionTable(p: Preconditions, l: Locale): [string, string, string][] {
  const nl = l === 'nl';
  const rows: [string, string, string][] = nl
    ? [
        ['Samen een doel', 'Weten we welk probleem we samen aanpakken, en voor wie?', `${p.onBoard} van ${p.target} inwoners aan boord`],
        ['Eigen belang op tafel', 'Weet iedere partner wat hij zelf nodig heeft, en zegt hij het?', `${p.shown} van ${p.interests} belangen getoond`],
        ['Energieke partners', 'Welke partners hebben echt energie voor dit onderwerp?', `${p.active} van ${p.partners} partners deden mee aan een project`],
        ['Geld', 'Is er budget, en mag het hiervoor gebruikt worden?', `${p.budgetUsed}× Budget in projecten, ${p.budgetLeft}× over aan het eind`],
        ['De politiek', 'Staan de gemeente en de wethouder erachter?', p.gemeenteProjects === null ? 'de gemeente speelde niet mee' : `de gemeente deed mee aan ${p.gemeenteProjects} projecten`],
        ['Privacy en delen', 'Wat mogen we met elkaar delen, ook bij een doorverwijzing?', `${p.shownToOne} belangen alleen aan één partner getoond`],
        ['Vasthouden', 'Wie zorgt voor een warme overdracht, zodat mensen niet afhaken?', `${p.held} keer vastgehouden, ${p.dropped} inwoners afgehaakt`],
        ['Lange adem', 'Hebben we tijd en mensen voor meer dan één jaar?', `aan boord per ronde: ${p.byRound.join(' · ') || '–'}`],
        ['Cijfers', 'Weten we om hoeveel mensen het gaat, en in welke wijken?', `${p.figuresUsed}× Cijfers in projecten`],
      ]
    : [
        ['A shared goal', 'Do we know which problem we tackle together, and for whom?', `${p.onBoard} of ${p.target} residents on board`],
        ['Own interests on the table', 'Does each partner know what it needs itself, and does it say so?', `${p.shown} of ${p.interests} interests shown`],
        ['Energetic partners', 'Which partners really have energy for this subject?', `${p.active} of ${p.partners} partners took part in a project`],
        ['Money', 'Is there a budget, and may it be used for this?', `${p.budgetUsed}× Budget in projects, ${p.budgetLeft}× left at the end`],
        ['Politics', 'Are the municipality and the alderman behind it?', p.gemeenteProjects === null ? 'the municipality did not play' : `the municipality took part in ${p.gemeenteProjects} projects`],
        ['Privacy and sharing', 'What may we share with each other, also when we refer someone?', `${p.shownToOne} interests shown to one partner only`],
        ['Holding on', 'Who makes sure of a warm handover, so people do not drop out?', `held ${p.held} times, ${p.dropped} residents dropped out`],
        ['Stamina', 'Do we have time and people for more than one year?', `on board per round: ${p.byRound.join(' · ') || '–'}`],
        ['Figures', 'Do we know how many people it is about, and in which neighbourhoods?', `${p.figuresUsed}× Figures in projects`],
      ];
  return rows;
}

function preconditionRows(p: Preconditions, l: Locale): string[] {
  return preconditionTable(p, l).map(([what, question, game]) => `| ${what} | ${question} | ${game} | | |`);
}

/** What the debrief screen shows of the krachtenanalyse, in one language: plain text, ready to lay out. */
export interface StrengthsView {
  rows: { role: RoleId; functions: string; brings: string; gets: string; depends: string }[];
  /** The afwegingstabel: the precondition, its question, what the game showed. */
  weigh: [string, string, string][];
}

export function strengthsView(s: GameState, l: Locale): StrengthsView {
  const { rows, preconditions } = strengthsOf(s);
  return { rows: rows.map((r) => ({ role: r.role, ...rowTexts(cardsOf(s), r, l) })), weigh: preconditionTable(preconditions, l) };
}

/** The krachtenanalyse and afwegingstabel of a finished (or running) game, as markdown. */
export function strengthsMarkdown(s: GameState, l: Locale = 'nl'): string {
  const w = W[l];
  const { rows, preconditions } = strengthsOf(s);
  const legend = functionsLegend(l);
  const k = cardsOf(s);
  const own = rows.map((r) => `| ${roleName(k, r.role, l)} | | ${r.functions.map((f) => FN[f][l]).join(', ')} | | | |`);
  return [
    w.title,
    '',
    w.intro,
    '',
    w.game,
    '',
    w.head,
    '| --- | --- | --- | --- | --- |',
    ...rows.map((r) => gameRow(k, r, l)),
    '',
    `${w.functions} ${legend}`,
    '',
    w.own,
    '',
    w.ownIntro,
    '',
    w.ownHead,
    '| --- | --- | --- | --- | --- | --- |',
    ...own,
    `| ${w.other} | | | | | |`,
    `| ${w.other} | | | | | |`,
    '',
    w.weigh,
    '',
    w.weighIntro,
    '',
    w.weighHead,
    '| --- | --- | --- | --- | --- |',
    ...preconditionRows(preconditions, l),
    '',
  ].join('\n');
}

function functionsLegend(l: Locale): string {
  return (Object.keys(FN) as PartnerFunction[]).map((f) => `**${FN[f][l]}**: ${l === 'nl' ? FN[f].nlHint : FN[f].enHint}`).join('; ') + '.';
}
