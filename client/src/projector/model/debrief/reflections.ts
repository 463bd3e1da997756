import { MAIN_QUESTION, questionLesson, type ReflectionItem } from '../../../../../shared/protocol/reflections';
import * as cards from '../../../model/cards';
import { label, linesFor, SIZE } from '../labels';
import { translate, type ProjectorLocale } from '../../../i18n';
import type { AnswerCard, QuestionColumn, ReflectionsModel } from '../types';

// The discussion questions and the players' answers, as they come in. "Wat heeft samenwerking
// nodig?" always has a column; a lesson's question gets one once someone answered it (at most three
// columns, the most recently answered first). Each column shows its newest answers that fit, newest
// on top, in one to three rows of cards. Hidden answers never show; nor do names in an anonymous room.

/** The answers' area; its width is the wall's less a margin of `x` on each side. */
const AREA = { x: 60, y: 140, bottom: 1050 };
const GAP = 20;
const MAX_COLUMNS = 3;
const CARD_MIN_W = 420;
const PAD = 18;
const TEXT = SIZE.body;
const LINE_H = Math.round(TEXT * 1.25);
// An answer may be 280 characters: on the wall it is read whole.
const MAX_LINES = 12;
/** The lesson's heading above its question. */
const CAPTION = { size: SIZE.min, lines: 2 };
const QUESTION_LINES = 3;

const questionSize = (id: string) => (questionLesson(id) ? SIZE.body : SIZE.head);
const questionText = (id: string, locale: ProjectorLocale) => {
  const lesson = questionLesson(id);
  return lesson ? cards.lessonPrompt(lesson, locale) : translate(locale, 'mainQuestion');
};
const captionText = (id: string, locale: ProjectorLocale) => {
  const lesson = questionLesson(id);
  return lesson ? cards.lessonHeading(lesson, locale) : '';
};

/** Where a column's cards start below the area's top: under its caption and question. */
function headHeight(id: string, w: number, locale: ProjectorLocale): number {
  const caption = captionText(id, locale);
  const captionH = caption ? Math.min(CAPTION.lines, linesFor(caption, w, CAPTION.size, true)) * Math.round(CAPTION.size * 1.25) + 8 : 0;
  const size = questionSize(id);
  return captionH + Math.min(QUESTION_LINES, linesFor(questionText(id, locale), w, size, true)) * Math.round(size * 1.25) + 28;
}

/** The main question, then the lesson questions answered most recently. */
function questionOrder(answers: readonly ReflectionItem[]): string[] {
  const recent: string[] = [];
  for (let i = answers.length - 1; i >= 0; i--) {
    const q = answers[i].questionId;
    if (questionLesson(q) && !recent.includes(q)) recent.push(q);
  }
  return [MAIN_QUESTION, ...recent].slice(0, MAX_COLUMNS);
}

function column(id: string, answers: ReflectionItem[], x: number, w: number, headH: number, anonymous: boolean, locale: ProjectorLocale): QuestionColumn {
  const perRow = Math.max(1, Math.floor((w + GAP) / (CARD_MIN_W + GAP)));
  const cardW = Math.floor((w - (perRow - 1) * GAP) / perRow);
  const bottoms = Array.from({ length: perRow }, () => AREA.y + headH);
  const placed: AnswerCard[] = [];
  // Newest first; each card goes where the cards so far end highest, until one no longer fits.
  for (const a of [...answers].reverse()) {
    const author = !anonymous && a.author ? label(`— ${a.author}`, SIZE.min, true, cardW - 2 * PAD) : null;
    const lines = Math.min(MAX_LINES, linesFor(a.text, cardW - 2 * PAD, TEXT));
    const h = 2 * PAD + lines * LINE_H + (author ? LINE_H : 0);
    const col = bottoms.indexOf(Math.min(...bottoms));
    if (bottoms[col] + h > AREA.bottom - LINE_H) break;
    placed.push({ id: a.id, x: x + col * (cardW + GAP), y: bottoms[col], w: cardW, h, text: label(a.text, TEXT, false, cardW - 2 * PAD, lines), author });
    bottoms[col] += h + GAP;
  }
  const left = answers.length - placed.length;
  return {
    id,
    x,
    y: AREA.y,
    w,
    h: AREA.bottom - AREA.y,
    caption: captionText(id, locale) ? label(captionText(id, locale), CAPTION.size, true, w, CAPTION.lines) : null,
    question: label(questionText(id, locale), questionSize(id), true, w, QUESTION_LINES),
    answers: placed,
    more: left > 0 ? label(translate(locale, left === 1 ? 'olderAnswer' : 'olderAnswers', { n: left }), SIZE.min, true, w) : null,
    empty: answers.length === 0 && id === MAIN_QUESTION ? label(translate(locale, 'noAnswers'), SIZE.body, false, w, 2) : null,
    headH,
  };
}

export function reflectionsModel(items: readonly ReflectionItem[], anonymous: boolean, locale: ProjectorLocale, width = 1920): ReflectionsModel {
  const visible = items.filter((r) => !r.hidden && r.text.trim() !== '');
  const ids = questionOrder(visible);
  const w = Math.floor((width - 2 * AREA.x - (ids.length - 1) * GAP * 2) / ids.length);
  // The cards of all columns start at one height, under the tallest question.
  const headH = Math.max(...ids.map((id) => headHeight(id, w, locale)));
  return {
    title: label(translate(locale, 'reflectionsTitle'), 56, true),
    columns: ids.map((id, i) => column(id, visible.filter((r) => r.questionId === id), AREA.x + i * (w + GAP * 2), w, headH, anonymous, locale)),
  };
}
