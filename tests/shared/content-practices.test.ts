import { describe, expect, it } from 'vitest';
import { CONTENT, lessonPractices, loadContent, projectCard } from '../../shared/content';
import { RAW_CONTENT } from '../../shared/content/data';

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
    const linked = CONTENT.practices.filter((p) => p.project);
    expect(linked.length).toBeGreaterThanOrEqual(8);
    for (const p of linked) {
      const card = projectCard(p.project!);
      expect(card.source.passage).toBe(p.source.passage);
      expect(p.place).toContain(card.place!.split(' ')[0]);
    }
  });

  it('the content schema refuses a lesson without a practice, and a practice pointing nowhere', () => {
    const missing = structuredClone(RAW_CONTENT);
    missing.practices = missing.practices.filter((p) => p.lesson !== 'l-hou-vast');
    expect(() => loadContent(missing)).toThrow(/l-hou-vast has no practice/);
    const unknown = structuredClone(RAW_CONTENT);
    unknown.practices[0] = { ...unknown.practices[0], project: 'p-nergens' };
    expect(() => loadContent(unknown)).toThrow(/unknown project p-nergens/);
  });
});
