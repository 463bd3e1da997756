import { renderFinding } from '../../../../shared/debrief/render';
import type { RoleId } from '../../../../shared/model/ids';
import type { GameView } from '../../../../shared/view/types';
import { t } from '../../i18n';
import { seatLabel } from '../../model/bots';
import * as cards from '../../model/cards';
import { chartSeries, journeyLines, networkGraph, roleList, type DebriefPayload, type SeatNames } from '../../model/debrief';
import type { App } from '../../state/port';
import { h, icon, type UiNode } from '../../components/dom';
import type { Ctx } from './ctx';
import { roleIcon } from '../../components/icons';
import type { AppState } from '../../state/state';
import { networkPicture, personasChart } from './charts';
import { exportPanel } from './export';
import { guessesPanel, interestsPanel, playersPanel } from './tables';
import { shownCards } from '../../model/cards';

// The debrief on the end screen (loaded with the end screen, not before): the personas chart and
// journeys, the network, per partner, who understood whom, the lessons, every interest, and the
// exports. Every figure comes from shared/debrief; this file only lays it out.


function panel(key: string, title: string, ...body: (UiNode | null | false | (UiNode | null)[])[]): UiNode {
  return h('section', { class: `panel db-panel db-${key}`, 'aria-labelledby': `h-db-${key}`, 'data-testid': `debrief-${key}` }, h('h2', { id: `h-db-${key}` }, title), ...body);
}

export function debriefSections(state: AppState, app: App, view: GameView, data: DebriefPayload, seatNames?: SeatNames): UiNode[] {
  const seats = state.info?.seats ?? [];
  const names: SeatNames = seatNames ?? ((seat) => {
    const s = seats.find((x) => x.seat === seat);
    return s ? seatLabel(s, state.locale) : `#${seat + 1}`;
  });
  const ctx: Ctx = { state, app, view, data, names, roleAt: (seat) => view.seats[seat] };
  return [
    lessonsPanel(ctx),
    personasPanel(ctx),
    networkPanel(ctx),
    playersPanel(ctx, panel),
    guessesPanel(ctx, panel),
    interestsPanel(ctx, panel),
    exportPanel(ctx, panel),
  ];
}

function lessonsPanel({ state, data }: Ctx): UiNode {
  const l = state.locale;
  return panel(
    'lessons',
    t('dbLessons'),
    h(
      'ol',
      { class: 'lessons' },
      data.debrief.lessons.shown.map((f) =>
        h(
          'li',
          { class: `lesson ${f.tone}`, 'data-lesson': f.lessonId },
          h('h3', null, h('span', { class: `badge ${f.tone === 'good' ? 'ok' : 'gap'}` }, f.tone === 'good' ? `✓ ${t('dbLessonGood')}` : `→ ${t('dbLessonGap')}`), ' ', cards.lessonHeading(f.lessonId, l)),
          h('p', { class: 'finding' }, renderFinding(f, l, shownCards())),
          h('p', { class: 'lesson-q' }, cards.lessonPrompt(f.lessonId, l)),
        ),
      ),
    ),
  );
}

function personasPanel({ state, data }: Ctx): UiNode {
  const l = state.locale;
  const series = chartSeries(data.debrief, l);
  const journeys = journeyLines(data.debrief, l);
  return panel(
    'personas',
    t('dbChartTitle'),
    h('p', { class: 'hint' }, t('dbChartHelp')),
    personasChart(`${data.code}:${l}:chart`, series),
    h(
      'table',
      { class: 'db-table compact', 'data-testid': 'chart-table' },
      h('caption', { class: 'sr-only' }, t('dbChartTitle')),
      h('thead', null, h('tr', null, h('th', { scope: 'col' }, ''), series.labels.map((x) => h('th', { scope: 'col' }, x)))),
      h(
        'tbody',
        null,
        h('tr', null, h('th', { scope: 'row' }, t('dbOnBoard')), series.onBoard.map((n) => h('td', null, String(n)))),
        h('tr', null, h('th', { scope: 'row' }, t('dbTarget')), series.labels.map(() => h('td', null, String(series.target)))),
      ),
    ),
    h('h3', null, t('dbJourneys')),
    journeys.length === 0
      ? h('p', { class: 'muted' }, t('dbNoJourneys'))
      : h(
          'ul',
          { class: 'journeys', 'data-testid': 'journeys' },
          journeys.map((j) =>
            h(
              'li',
              { class: `journey ${j.steps.some((s) => s.kind === 'dropped') ? 'lost' : ''}` },
              h('strong', null, j.name),
              ' ',
              h('span', { class: 'tag' }, j.domain),
              ' ',
              h('span', { class: 'tag' }, j.status),
              h('ol', { class: 'steps' }, j.steps.map((s) => h('li', { class: `step ${s.kind}` }, h('span', { class: 'round' }, t('dbRoundN', { n: s.round })), ' ', s.text))),
            ),
          ),
        ),
  );
}

/** How the network grew: one small picture per round before the last (the last is the end above). */
function networkRounds({ state, data }: Pick<Ctx, 'state' | 'data'>): UiNode | null {
  const l = state.locale;
  const rounds = data.debrief.network.byRound.slice(0, -1);
  if (rounds.length === 0) return null;
  return h(
    'div',
    { class: 'network-rounds', 'data-testid': 'network-rounds' },
    rounds.map((snap) => {
      const g = networkGraph(data.debrief, l, snap);
      const label = t('dbNetworkAfterRound', { n: snap.round });
      return h('figure', null, networkPicture(`${data.code}:${l}:network:${snap.round}`, g.nodes, g.edges, label), h('figcaption', null, label));
    }),
  );
}

function networkPanel({ state, data }: Ctx): UiNode {
  const l = state.locale;
  const g = networkGraph(data.debrief, l);
  const end = data.debrief.network.end;
  return panel(
    'network',
    t('dbNetwork'),
    h('p', { class: 'hint' }, t('dbNetworkHelp')),
    networkPicture(`${data.code}:${l}:network`, g.nodes, g.edges, t('dbNetwork')),
    networkRounds({ state, data }),
    end.centre.length ? h('p', null, t('dbNetworkCentre', { roles: roleList(end.centre, l) })) : null,
    end.outside.length ? h('p', null, t('dbNetworkOutside', { roles: roleList(end.outside, l) })) : null,
    g.edges.length === 0
      ? h('p', { class: 'muted' }, t('dbNoEdges'))
      : h(
          'ul',
          { class: 'edges', 'data-testid': 'edges' },
          [...g.edges]
            .sort((a, b) => b.weight - a.weight)
            .map((e) =>
              h(
                'li',
                null,
                icon(roleIcon(e.source), 'role-icon small'),
                h('strong', null, cards.roleName(e.source, l)),
                ' — ',
                icon(roleIcon(e.target), 'role-icon small'),
                h('strong', null, cards.roleName(e.target, l)),
                h('span', { class: 'muted' }, e.text),
              ),
            ),
        ),
  );
}
