import { describe, expect, it } from 'vitest';
import { CONTENT } from '../../../shared/content';
import { checkEdition } from '../../../shared/edition/check';
import { addCard, removeCard, setField, setOff } from '../../../shared/edition/edit';
import { standardEdition } from '../../../shared/edition/standard';
import { cardFrom, CARD_SCHEMAS, EDITABLE_KINDS, fieldProblems, formOf, withField } from '../../../shared/edition/form';

// The editor's form model: every standard card becomes fields and comes back the same; a field is
// checked by the card's own schema, with the problem at that field.

describe('the editor form model', () => {
  for (const kind of EDITABLE_KINDS) {
    it(`every standard card of ${kind} round-trips through its fields`, () => {
      for (const card of CONTENT[kind]) {
        const fields = formOf(card);
        expect(fields.length, card.id).toBeGreaterThan(0);
        expect(fields.some((f) => f.path.includes('id') || f.path[0] === 'source'), card.id).toBe(false);
        expect(cardFrom(card, fields), card.id).toEqual(card);
        expect(CARD_SCHEMAS[kind].safeParse(cardFrom(card, fields)).success).toBe(true);
      }
    });
  }

  it('offers what a facilitator changes: names, texts, numbers in bounds, and choices', () => {
    const role = CONTENT.roles.find((r) => r.id === 'gemeente')!;
    const fields = formOf(role);
    const name = fields.find((f) => f.path.join('.') === 'name.nl')!;
    expect(name).toMatchObject({ type: 'text', value: role.name.nl, max: 60, long: false });
    expect(fields.find((f) => f.path.join('.') === 'income.budget')).toMatchObject({ type: 'number', min: 0, max: 20 });
    const renamed = withField(role, ['name', 'nl'], 'Gemeente Dalfsen') as typeof role;
    expect(renamed.name.nl).toBe('Gemeente Dalfsen');
    expect(role.name.nl).not.toBe('Gemeente Dalfsen');

    const event = CONTENT.events.find((e) => e.effects.some((f) => f.kind === 'gain'))!;
    const amount = formOf(event).find((f) => f.path.at(-1) === 'amount')!;
    expect(amount).toMatchObject({ type: 'number', min: 1, max: 10 });
    const resource = formOf(event).find((f) => f.path.at(-1) === 'resource')!;
    expect(resource.type).toBe('choice');
    const project = CONTENT.projects[0];
    expect(formOf(project).find((f) => f.path.join('.') === 'domains')).toMatchObject({ type: 'choices' });
  });

  it('names the problem at the field, from the card schema', () => {
    const project = CONTENT.projects[0];
    expect(fieldProblems('projects', project, ['name', 'nl'], 'Taalhuis Salland')).toEqual([]);
    const markup = fieldProblems('projects', project, ['name', 'nl'], '<b>Taalhuis</b>');
    expect(markup.map((p) => p.path)).toEqual(['name.nl']);
    expect(markup[0].nl).toMatch(/opmaakcode/);
    expect(fieldProblems('projects', project, ['name', 'en'], 'x'.repeat(61))[0].en).toMatch(/at most 60/);
    expect(fieldProblems('projects', project, ['minPartners'], 9)[0].path).toBe('minPartners');
    expect(fieldProblems('projects', project, ['description', 'nl'], '')[0].nl).toMatch(/Te kort/);
  });
});

describe('changing an edition', () => {
  it('each change gives a new edition with a new hash, the old one unchanged, and still playable', () => {
    const std = standardEdition();
    const g = std.content.roles.findIndex((r) => r.id === 'gemeente');
    const renamed = setField(std, 'roles', g, ['name', 'nl'], 'Gemeente Dalfsen');
    expect(renamed.content.roles[g].name.nl).toBe('Gemeente Dalfsen');
    expect(std.content.roles[g].name.nl).not.toBe('Gemeente Dalfsen');
    expect(renamed.hash).not.toBe(std.hash);
    const added = addCard(renamed, 'projects');
    const card = added.content.projects.at(-1)!;
    expect(card.id).toBe('p-eigen-1');
    expect(card.source.seed).toBe('eigen');
    const off = setOff(added, 'events', added.content.events[0].id, true);
    expect(off.off.events).toEqual([added.content.events[0].id]);
    const result = checkEdition(off);
    expect(result.ok && !result.rehashed).toBe(true);
    const removed = removeCard(off, 'events', added.content.events[0].id);
    expect(removed.off.events).toEqual([]);
    expect(removed.content.events).toHaveLength(std.content.events.length - 1);
    expect(setOff(removed, 'events', removed.content.events[1].id, false).hash).toBe(removed.hash);
  });
});
