import type { TableView } from '../../../../shared/view/types';
import * as cards from '../../model/cards';
import { label, SIZE } from './labels';
import { translate, type ProjectorLocale } from '../../i18n';
import type { Rect, ReviewModel } from './types';

// The Terugblik on the wall: the round's question (the one on every phone) and the team's score,
// over the table, so the room sees the phase has changed. In the last round it warns that
// residents nobody holds may still drop out when the game ends (shared/rules/phases.ts, endGame).

type Review = Pick<TableView, 'round' | 'rounds' | 'phase' | 'status' | 'reflection' | 'completed' | 'personas' | 'onBoard' | 'target'>;

/** Residents on board whom nobody holds: they may drop out at the next Uitvoering or at the end. */
export const looseCount = (v: Pick<TableView, 'personas'>): number => v.personas.filter((p) => p.status === 'reached').length;

export function reviewModel(v: Review, box: Rect, locale: ProjectorLocale): ReviewModel | null {
  if (v.status !== 'playing' || v.phase !== 'terugblik') return null;
  const w = box.w - 80;
  const last = v.round >= v.rounds;
  const loose = looseCount(v);
  const projects = v.completed.filter((c) => c.round === v.round).length;
  const reached = v.personas.filter((p) => p.reachedRound === v.round).length;
  const dropped = v.personas.filter((p) => p.droppedRound === v.round).length;
  return {
    box,
    title: label(translate(locale, 'reviewTitle', { round: v.round }), SIZE.head, true, w),
    questionHeading: label(v.reflection ? `${translate(locale, 'reviewQuestion')}: ${cards.lessonHeading(v.reflection, locale)}` : translate(locale, 'reviewQuestion'), SIZE.body, true, w, 2),
    question: label(v.reflection ? cards.lessonPrompt(v.reflection, locale) : '', SIZE.head, false, w, 3),
    score: label(translate(locale, 'reviewScore', { n: v.onBoard, target: v.target }), SIZE.big, true, w),
    met: v.onBoard >= v.target,
    round: label(translate(locale, 'reviewRound', { projects, reached, dropped }), SIZE.body, false, w),
    warning: last
      ? label(translate(locale, loose > 0 ? 'reviewLast' : v.onBoard > 0 ? 'reviewLastSafe' : 'reviewLastEnd', { n: loose }), SIZE.body, true, w, 2)
      : label(translate(locale, 'reviewNext', { next: v.round + 1 }), SIZE.body, false, w),
    urgent: last && loose > 0,
  };
}

/** Roles that made a move of their own (public on the wall) in this round's Overleg. */
function movedNow(v: Pick<TableView, 'log' | 'round'>): Set<string> {
  const out = new Set<string>();
  for (const e of v.log) {
    if (e.round !== v.round || e.phase !== 'overleg') continue;
    if (e.t === 'pledge' || e.t === 'unpledge' || e.t === 'disclose') out.add(e.role);
    else if (e.t === 'gift') out.add(e.from);
    else if (e.t === 'trade') out.add(e.from).add(e.to);
    else if (e.t === 'offer') out.add(e.offer.from);
    else if (e.t === 'offerClosed' && e.outcome !== 'expired' && e.outcome !== 'withdrawn') out.add(e.to);
    else if (e.t === 'held' && 'role' in e.by) out.add(e.by.role);
  }
  return out;
}

/** In Overleg: the partners the wall has seen no move from yet, by short name (null when none). */
export function quietLabel(v: Pick<TableView, 'log' | 'round' | 'phase' | 'seats'>, name: (role: string) => string, max: number, locale: ProjectorLocale): ReturnType<typeof label> | null {
  if (v.phase !== 'overleg') return null;
  const moved = movedNow(v);
  const quiet = v.seats.filter((r) => !moved.has(r));
  return quiet.length ? label(translate(locale, 'quietNow', { names: quiet.map(name).join(', ') }), SIZE.min, true, max) : null;
}
