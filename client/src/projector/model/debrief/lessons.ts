import { renderFinding } from '../../../../../shared/debrief/render';
import type { Finding } from '../../../../../shared/debrief/types';
import * as cards from '../../../model/cards';
import { label, SIZE } from '../labels';
import { translate, type ProjectorLocale } from '../../../i18n';
import type { LessonCard, LessonsModel } from '../types';
import { shownCards } from '../../../model/cards';

// The lessons this game shows, one wide card each: the lesson's heading and the sentence with this
// game's own figures, marked as something that went well or something to do better. Big enough to
// read from the back of the room, so at most five, each sentence over two or three lines.

const TOP = 140;
const BOTTOM = 1050;
const GAP = 16;
const X = 60;
/** Room on the left of a card for its mark. */
const MARK_W = 120;

export function lessonsModel(shown: readonly Finding[], locale: ProjectorLocale, width = 1920): LessonsModel {
  const n = shown.length;
  const h = n ? Math.min(280, Math.floor((BOTTOM - TOP - (n - 1) * GAP) / n)) : 0;
  const w = width - 2 * X;
  const textW = w - MARK_W - 40;
  // Three lines of sentence where the cards are tall enough, else two; the question below on one or two.
  const lines = h >= 250 ? 3 : 2;
  const card = (f: Finding, i: number): LessonCard => ({
    x: X,
    y: TOP + i * (h + GAP),
    w,
    h,
    tone: f.tone,
    mark: label(f.tone === 'good' ? '✓' : '!', SIZE.big, true),
    toneWord: label(translate(locale, f.tone === 'good' ? 'toneGood' : 'toneGap'), SIZE.min, true),
    heading: label(cards.lessonHeading(f.lessonId, locale), SIZE.head, true, textW - 260),
    sentence: label(renderFinding(f, locale, shownCards()), SIZE.body, false, textW, lines),
    question: label(`${translate(locale, 'questionMark')} ${cards.lessonPrompt(f.lessonId, locale)}`, SIZE.min, true, textW, h >= 210 ? 2 : 1),
  });
  return {
    title: label(translate(locale, 'dbLessons'), 56, true),
    cards: shown.map(card),
    empty: n ? null : label(translate(locale, 'noLessons'), SIZE.big, true, width - 220, 2),
  };
}
