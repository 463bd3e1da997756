import type { PersonaJourney, PersonasDebrief } from '../../../../../shared/debrief/types';
import * as cards from '../../../model/cards';
import { between } from '../frame';
import { label, linesFor, shortRole, SIZE } from '../labels';
import { translate, type ProjectorLocale } from '../../../i18n';
import type { ChartSpec, JourneyLine, PersonasScreenModel, Rect } from '../types';

const JOURNEY_WORD = { held: 'j_held', reached: 'j_reached', dropped: 'status_dropped', waiting: 'j_waiting' } as const;

// Residents on board per round against the goal, as a line chart (client/src/charts/line.ts), and beside
// it each reached resident's journey in a few short lines: by which project, who held on, when they left.

/** The chart on the left, the journeys on the right: on a narrower wall both give up some width. */
function areas(width: number): { CHART: Rect; PANEL: Rect } {
  const panelW = between(width, 600, 770);
  const PANEL = { x: width - 50 - panelW, y: 140, w: panelW, h: 900 };
  return { CHART: { x: 50, y: 140, w: PANEL.x - 30 - 50, h: 800 }, PANEL };
}
const CHART_FONT = 30;
/** Where the first journey starts below the panel's top (under its title). */
const LIST_TOP = 80;
const PAD = 24;
const NAME_H = 42;
const STORY_LINE_H = 35;
const STORY_LINES = 3;
const JOURNEY_GAP = 18;

function chartSpec(chart: PersonasDebrief['chart'], locale: ProjectorLocale, CHART: Rect): ChartSpec {
  // After the last round the referrals still run (and some may drop out): the end is a point of its own.
  const labels = [...chart.byRound.map((p) => translate(locale, 'dbRoundN', { n: p.round })), translate(locale, 'dbEndCol')];
  const onBoardName = translate(locale, 'dbOnBoard');
  const targetName = translate(locale, 'chartTarget', { n: chart.target });
  return {
    ...CHART,
    labels,
    onBoard: [...chart.byRound.map((p) => p.onBoard), chart.final],
    target: chart.target,
    onBoardName,
    targetName,
    font: CHART_FONT,
    texts: [...labels, onBoardName, targetName].map((t) => label(t, CHART_FONT)),
  };
}

function story(j: PersonaJourney, locale: ProjectorLocale): string {
  const parts: string[] = [];
  if (j.reachedRound !== null && j.reachedBy) parts.push(translate(locale, 'j_reachedBy', { round: j.reachedRound, project: cards.projectName(j.reachedBy, locale) }));
  if (j.heldBy) {
    const who = 'role' in j.heldBy ? shortRole(j.heldBy.role, locale) : cards.projectName(j.heldBy.projectId, locale);
    parts.push(translate(locale, 'j_heldBy', { who }));
  }
  if (j.droppedRound !== null) {
    parts.push(
      j.droppedBy
        ? translate(locale, 'j_droppedBy', { round: j.droppedRound, event: cards.eventTitle(j.droppedBy, locale) })
        : translate(locale, 'j_droppedIn', { round: j.droppedRound }),
    );
  }
  // Each step on a line of its own: reached, held, dropped.
  return parts.join('\n');
}

export function personasScreenModel(p: PersonasDebrief, locale: ProjectorLocale, width = 1920): PersonasScreenModel {
  const { CHART, PANEL } = areas(width);
  const textW = PANEL.w - 2 * PAD;
  const bottom = PANEL.y + PANEL.h - PAD;
  const journeys: JourneyLine[] = [];
  let y = PANEL.y + LIST_TOP;
  for (const [i, j] of p.journeys.entries()) {
    const told = story(j, locale);
    const lines = Math.min(STORY_LINES, told.split('\n').reduce((n, part) => n + linesFor(part, textW, SIZE.min), 0));
    const h = NAME_H + lines * STORY_LINE_H;
    // The last place is kept for "+ n others" while journeys are left.
    const room = i === p.journeys.length - 1 ? bottom : bottom - NAME_H;
    if (y + h > room) break;
    journeys.push({
      status: j.status,
      x: PANEL.x + PAD,
      y,
      name: label(`${cards.personaName(j.personaId)} · ${translate(locale, JOURNEY_WORD[j.status])}`, SIZE.body, true, textW),
      story: label(told, SIZE.min, false, textW, lines),
    });
    y += h + JOURNEY_GAP;
  }
  const left = p.journeys.length - journeys.length;
  return {
    title: label(translate(locale, 'dbChartTitle'), 56, true),
    chart: chartSpec(p.chart, locale, CHART),
    // Under the chart and no wider: on a narrow wall it takes two lines rather than run under the panel.
    final: label(translate(locale, 'finalOnBoard', { n: p.chart.final, target: p.chart.target }), SIZE.head, true, CHART.w - 40, 2),
    panel: PANEL,
    journeysTitle: label(translate(locale, p.journeys.length ? 'journeysTitle' : 'noJourneys'), SIZE.head, true, textW),
    journeys,
    more: left > 0 ? { ...label(translate(locale, 'moreOthers', { n: left }), SIZE.body, true), x: PANEL.x + PAD, y } : null,
  };
}
