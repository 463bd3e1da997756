import { CONTENT, lessonCard } from '../content';
import type { Facts } from './facts';
import { clamp } from './facts';
import type { LessonRule } from './rule';
import { PEOPLE_RULES } from './rules-people';
import { REFERRAL_RULES } from './rules-referral';
import { WORK_RULES } from './rules-work';
import type { Finding, LessonsDebrief } from './types';

// From the facts of one game to the lessons it shows: every rule that fires gives a finding; the
// debrief shows the strongest finding of each lesson, the 3–5 strongest lessons first.

export const LESSON_RULES: readonly LessonRule[] = [...WORK_RULES, ...PEOPLE_RULES, ...REFERRAL_RULES];

/** Shown when at least this strong; below it only to make up the minimum. */
export const SHOW_FROM = 0.5;
export const SHOW_MIN = 3;
export const SHOW_MAX = 5;

function fire(rule: LessonRule, f: Facts): Finding | null {
  const hit = rule.read(f);
  if (!hit) return null;
  return { rule: rule.id, lessonId: rule.lessonId, tone: rule.tone, strength: clamp(hit.strength), figures: hit.figures, template: rule.template };
}

/**
 * A completed project that is itself a practice from a heading of seed 001 points at that heading's
 * lesson: weakly, since playing a card is not yet learning its lesson.
 */
export function practiceFindings(f: Facts): Finding[] {
  const out: Finding[] = [];
  for (const lesson of CONTENT.lessons) {
    const projects = f.completed
      .map((c) => c.projectId)
      .filter((id) => {
        const src = f.cards.projectCard(id).source;
        return src.seed === lesson.source.seed && src.passage === lesson.source.passage;
      });
    if (projects.length === 0) continue;
    out.push({
      rule: 'practice',
      lessonId: lesson.id,
      tone: 'good',
      strength: clamp(0.25 + 0.05 * projects.length),
      figures: { projects },
      template: { nl: 'Jullie brachten een praktijkvoorbeeld tot leven: {projects}.', en: 'You brought a practice example to life: {projects}.' },
    });
  }
  return out;
}

const lessonOrder = (id: string) => CONTENT.lessons.findIndex((l) => l.id === id);

function byStrength(a: Finding, b: Finding): number {
  return b.strength - a.strength || lessonOrder(a.lessonId) - lessonOrder(b.lessonId) || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0);
}

export function lessonsOf(f: Facts): LessonsDebrief {
  const all = [...LESSON_RULES.map((r) => fire(r, f)), ...practiceFindings(f)]
    .filter((x): x is Finding => x !== null)
    .sort(byStrength);
  const best: Finding[] = [];
  for (const finding of all) if (!best.some((b) => b.lessonId === finding.lessonId)) best.push(finding);
  const strong = best.filter((b) => b.strength >= SHOW_FROM).slice(0, SHOW_MAX);
  const shown = strong.length >= SHOW_MIN ? strong : best.slice(0, SHOW_MIN);
  // lessonCard throws on an unknown id: a rule pointing nowhere fails loudly in the tests.
  shown.forEach((s) => lessonCard(s.lessonId));
  return { shown, all };
}
