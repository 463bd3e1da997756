import type { Locale } from '../../../shared/model/ids';
import { lessonQuestion, MAIN_QUESTION, questionLesson, type ReflectionItem } from '../../../shared/protocol/reflections';
import type { Debrief } from '../../../shared/debrief/types';
import { translate } from '../i18n';
import * as cards from './cards';

// The debrief's discussion questions and the answers to them, as the end screen shows them. Pure.

export interface Question {
  id: string;
  /** The lesson's heading, or the main question's title. */
  title: string;
  prompt: string;
  answers: ReflectionItem[];
}

const normal = (s: string): string => s.trim().replace(/\s+/g, ' ');

/** "Wat heeft samenwerking nodig?", then the prompts of the lessons the debrief shows. */
export function questionIds(debrief: Pick<Debrief, 'lessons'> | null): string[] {
  const lessons = debrief?.lessons.shown.map((f) => lessonQuestion(f.lessonId)) ?? [];
  return [MAIN_QUESTION, ...new Set(lessons)];
}

/** The questions with their answers; answers to a question not in the list (an older debrief) go under it too. */
export function questionsVM(debrief: Pick<Debrief, 'lessons'> | null, items: readonly ReflectionItem[], locale: Locale): Question[] {
  const ids = questionIds(debrief);
  for (const r of items) if (!ids.includes(r.questionId)) ids.push(r.questionId);
  return ids.map((id) => {
    const lesson = questionLesson(id);
    return {
      id,
      title: lesson ? cards.lessonHeading(lesson, locale) : translate(locale, 'rfMainTitle'),
      prompt: lesson ? cards.lessonPrompt(lesson, locale) : translate(locale, 'rfMainPrompt'),
      answers: items.filter((r) => r.questionId === id),
    };
  });
}

/** Drafts after a new list: a draft that now stands in the list as one's own answer is done. */
export function draftsAfter(drafts: Record<string, string>, items: readonly ReflectionItem[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [q, text] of Object.entries(drafts)) {
    const sent = items.some((r) => r.mine && r.questionId === q && r.text === normal(text));
    if (!sent && text) out[q] = text;
  }
  return out;
}
