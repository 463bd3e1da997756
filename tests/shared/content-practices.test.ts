import { describe, expect, it } from 'vitest';
import { CONTENT, lessonPractices, loadPractices, PRACTICES, projectCard } from '../../shared/content';
import { PRACTICES_DATA } from '../../shared/content/data/practices';

// Every lesson on the debrief links to the practice it comes from: the place, the project (when the
// game has a card for it) and what they did, in both languages.

describe('lesson practices', () => {
  it('every lesson has a practice, from the same heading of the seeds', () => {
    for (const lesson of CONTENT.lessons) {
      const list = lessonPractices(lesson.id);
      expect(list.length, lesson.id).toBeGreaterThan(0);
      for (const p of list) {
        expect(p.source).toEqual(lesson.source);
        expect(p.place.length).toBeGreaterThan(0);
        expect(p.what.nl).not.toEqual(p.what.en);
      }
    }
  });

  it('a practice with a project card names the card of that same practice and place', () => {
    const linked = PRACTICES.filter((p) => p.project);
    expect(linked.length).toBeGreaterThanOrEqual(8);
    for (const p of linked) {
      const card = projectCard(p.project!);
      expect(card.source.passage).toBe(p.source.passage);
      expect(p.place).toContain(card.place!.split(' ')[0]);
    }
  });

  it('loading refuses a lesson without a practice, a practice pointing nowhere, and a missing translation', () => {
    expect(loadPractices(PRACTICES_DATA, CONTENT)).toHaveLength(PRACTICES.length);
    expect(() => loadPractices(PRACTICES_DATA.filter((p) => p.lesson !== 'l-hou-vast'), CONTENT)).toThrow(/l-hou-vast has no practice/);
    const unknown = structuredClone(PRACTICES_DATA);
    unknown[0] = { ...unknown[0], project: 'p-nergens' };
    expect(() => loadPractices(unknown, CONTENT)).toThrow(/unknown project p-nergens/);
    const untranslated = structuredClone(PRACTICES_DATA) as { what: { en?: string } }[];
    delete untranslated[3].what.en;
    expect(() => loadPractices(untranslated, CONTENT)).toThrow();
    expect(new Set(PRACTICES.map((p) => p.id)).size).toBe(PRACTICES.length);
  });
});
