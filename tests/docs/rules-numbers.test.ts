import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONTENT } from '../../shared/content';
import { ruleNumber } from '../../shared/content/scale';
import { resourceSupply } from '../../shared/print/supply';
import { defaultConfig, PERSONAS_BY_SEATS, RESULTS_PER_SUPPORT, SIGHT_BY_SEATS, TARGET_BY_SEATS } from '../../shared/rules';

// The numbers per table size in docs/RULES.md and docs/RULES.en.md are the engine's: the targets, the
// residents in the game and in view, how often results make draagvlak,
// the kit's resource cards, and the number on every interest card at 3–8 seats.

const SEATS = [3, 4, 5, 6, 7, 8];
const ROUNDS = defaultConfig([]).rounds;

/** A Markdown table row whose first cells are `lead`, as its remaining cells. */
function row(doc: string, ...lead: string[]): string[] {
  const prefix = `| ${lead.join(' | ')} |`;
  const line = doc.split('\n').find((l) => l.startsWith(prefix));
  if (!line) throw new Error(`no row ${prefix}`);
  return line.slice(prefix.length).split('|').slice(0, -1).map((c) => c.trim());
}

describe.each([
  ['docs/RULES.md', 'nl', 'Doel: inwoners aan boord', 'Middel', ['Inwoners in het spel', 'Inwoners in beeld per ronde (zonder extra)', 'Draagvlak door resultaat: elk zoveelste project']],
  ['docs/RULES.en.md', 'en', 'Target: residents on board', 'Resource', ['Residents in the game', 'Residents in view per round (before extras)', 'Support from results: every how-many-th project']],
] as const)('%s', (file, lang, targetRow, resourceWord, [deckRow, sightRow, supportRow]) => {
  const doc = readFileSync(file, 'utf8');

  it('targets and resource cards per table size', () => {
    expect(row(doc, targetRow).map(Number)).toEqual(SEATS.map((s) => TARGET_BY_SEATS[s]));
    expect(row(doc, deckRow).map(Number)).toEqual(SEATS.map((s) => PERSONAS_BY_SEATS[s]));
    expect(row(doc, sightRow).map(Number)).toEqual(SEATS.map((s) => SIGHT_BY_SEATS[s]));
    expect(row(doc, supportRow).map(Number)).toEqual(SEATS.map((s) => RESULTS_PER_SUPPORT[s]));
    for (const r of CONTENT.resources) {
      expect(row(doc, `${resourceWord}: ${r.name[lang]}`).map(Number)).toEqual(SEATS.map((s) => resourceSupply(CONTENT, s, ROUNDS)[r.id]));
    }
  });

  it('the number on every interest card, and its points', () => {
    for (const card of CONTENT.interests) {
      const role = CONTENT.roles.find((r) => r.id === card.role)!.name[lang];
      const cells = row(doc, role, card.title[lang]);
      expect(cells, card.id).toEqual([...SEATS.map((s) => String(ruleNumber(card.rule, s) ?? '–')), String(card.points)]);
    }
  });
});
