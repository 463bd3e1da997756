import * as cards from '../../model/cards';
import type { TableView } from '../../../../shared/view/types';
import { label, SIZE } from './labels';
import { translate, type ProjectorLocale } from '../../i18n';
import type { Rect, TrackModel } from './types';

// The "aan boord" track: one place per persona the team needs (more when it has more), filled with
// people's names in the order they were reached, on one row or two. Who dropped out is counted beside it.

const GAP = 10;
const MAX_W = 190;
const ROW_H = 48;
/** Where the first row starts below the track's top edge (under its title). */
export const TRACK_TOP = 62;

export function trackModel(view: Pick<TableView, 'personas' | 'onBoard' | 'target'> & Partial<Pick<TableView, 'round' | 'rounds'>>, box: Rect, locale: ProjectorLocale): TrackModel {
  const aboard = view.personas
    .filter((p) => p.status === 'reached' || p.status === 'held')
    .sort((a, b) => (a.reachedRound ?? 0) - (b.reachedRound ?? 0));
  const dropped = view.personas.filter((p) => p.status === 'dropped');
  const count = Math.max(view.target, aboard.length, 1);
  const inner = box.w - 40;
  const oneRow = Math.floor((inner + GAP) / (count)) - GAP >= 150;
  const perRow = oneRow ? count : Math.ceil(count / 2);
  const w = Math.min(MAX_W, Math.floor((inner - (perRow - 1) * GAP) / perRow));
  const slotAt = (i: number): Rect => ({
    x: box.x + 20 + (i % perRow) * (w + GAP),
    y: box.y + TRACK_TOP + Math.floor(i / perRow) * (ROW_H + 10),
    w,
    h: ROW_H,
  });
  const droppedNames = dropped.map((p) => cards.personaName(p.id)).join(', ');
  const droppedText = translate(locale, 'droppedOut', { n: dropped.length }) + (dropped.length ? ` (${droppedNames})` : '');
  return {
    ...box,
    title: label(translate(locale, 'onBoardGoal', { n: view.onBoard, target: view.target }), SIZE.head, true),
    slots: Array.from({ length: count }, (_, i) => ({ ...slotAt(i), goal: i < view.target })),
    // A held resident wears a ✓ before the name (not only the green edge); the title says what it means.
    tokens: aboard.map((p, i) => ({ id: p.id, name: label(`${p.status === 'held' ? '✓ ' : ''}${cards.personaName(p.id)}`, SIZE.min, true, w - 16), ...slotAt(i), held: p.status === 'held' })),
    dropped: label(trackNote(view, aboard.filter((p) => p.status === 'held').length, droppedText, locale), SIZE.min, false, Math.round(box.w * 0.5)),
  };
}

/** Beside the title: in the last round how many nobody holds yet, how many are held (✓), who dropped out. */
function trackNote(view: Pick<TableView, 'personas'> & Partial<Pick<TableView, 'round' | 'rounds'>>, held: number, droppedText: string, locale: ProjectorLocale): string {
  const parts: string[] = [];
  const loose = view.personas.filter((p) => p.status === 'reached').length;
  if (view.round !== undefined && view.rounds !== undefined && view.round >= view.rounds && loose > 0) parts.push(translate(locale, 'trackLoose', { n: loose }));
  if (held > 0) parts.push(translate(locale, 'heldCount', { n: held }));
  return [...parts, droppedText].join(' · ');
}
