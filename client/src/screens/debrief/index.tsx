import { renderFinding } from '../../../../shared/debrief/render';
import type { RoleId } from '../../../../shared/model/ids';
import type { GameView } from '../../../../shared/view/types';
import { t } from '../../i18n';
import { seatLabel } from '../../model/bots';
import * as cards from '../../model/cards';
import { shownCards } from '../../model/cards';
import { chartSeries, journeyLines, networkGraph, roleList, type DebriefPayload, type SeatNames } from '../../model/debrief';
import type { App } from '../../state/port';
import { icon, type UiNode } from '../../components/dom';
import type { Ctx } from './ctx';
import { roleIcon } from '../../components/icons';
import type { AppState } from '../../state/state';
import { networkPicture, personasChart } from './charts';
import { exportPanel } from './export';
import { guessesPanel, interestsPanel, playersPanel } from './tables';
import { isSoloRoom } from '../../model/solo';
import { parseSettings } from '../../../../shared/protocol/room';
import { CoachPanel } from './coach';
import { StrengthsPanel } from './strengths';

// The debrief on the end screen (loaded with the end screen, not before): the personas chart and
// journeys, the network, per partner, who understood whom, the lessons, every interest, and the
// exports. Every figure comes from shared/debrief; this file only lays it out.

function panel(key: string, title: string, ...body: (UiNode | null | false | (UiNode | null)[])[]): UiNode {
  return (
    <section class={`panel db-panel db-${key}`} aria-labelledby={`h-db-${key}`} data-testid={`debrief-${key}`}>
      <h2 id={`h-db-${key}`}>{title}</h2>
      {body}
    </section>
  );
}

export function debriefSections(state: AppState, app: App, view: GameView, data: DebriefPayload, seatNames?: SeatNames): UiNode[] {
  const seats = state.info?.seats ?? [];
  const names: SeatNames =
    seatNames ??
    ((seat) => {
      const s = seats.find((x) => x.seat === seat);
      return s ? seatLabel(s, state.locale) : `#${seat + 1}`;
    });
  const ctx: Ctx = { state, app, view, data, names, roleAt: (seat) => view.seats[seat] };
  // A solo game gets the coach first; a team game takes its krachtenanalyse home with the agreement.
  const seat = view.kind === 'player' ? view.seat : null;
  const solo = seat !== null && isSoloRoom(state.info, seat);
  const coach = solo ? (
    <CoachPanel
      key={`coach:${data.code}`}
      record={data.record}
      seat={seat}
      bots={parseSettings(state.info!)?.bots ?? []}
      endedAt={data.endedAt ?? data.createdAt}
      locale={state.locale}
    />
  ) : null;
  const strengths =
    solo || !data.strengthsView || !data.strengths || !data.strengthsEn ? null : (
      <StrengthsPanel
        key={`strengths:${data.code}`}
        code={data.code}
        game={data.strengthsView}
        markdown={{ nl: data.strengths, en: data.strengthsEn }}
        locale={state.locale}
        agreement={state.debrief?.code === data.code ? state.debrief.agreement : data.agreement}
        drafts={{ nl: data.agreement, en: data.agreementEn }}
      />
    );
  return [
    ...(coach ? [coach] : []),
    lessonsPanel(ctx),
    personasPanel(ctx),
    networkPanel(ctx),
    playersPanel(ctx, panel),
    guessesPanel(ctx, panel),
    interestsPanel(ctx, panel),
    exportPanel(ctx, panel),
    ...(strengths ? [strengths] : []),
  ];
}

function lessonsPanel({ state, data }: Ctx): UiNode {
  const l = state.locale;
  return panel(
    'lessons',
    t('dbLessons'),
    <ol class="lessons">
      {data.debrief.lessons.shown.map((f) => (
        <li class={`lesson ${f.tone}`} data-lesson={f.lessonId}>
          <h3>
            <span class={`badge ${f.tone === 'good' ? 'ok' : 'gap'}`}>{f.tone === 'good' ? `✓ ${t('dbLessonGood')}` : `→ ${t('dbLessonGap')}`}</span>{' '}
            {cards.lessonHeading(f.lessonId, l)}
          </h3>
          <p class="finding">{renderFinding(f, l, shownCards())}</p>
          <p class="lesson-q">{cards.lessonPrompt(f.lessonId, l)}</p>
          {practicesOf(data, f.lessonId, l)}
        </li>
      ))}
    </ol>,
  );
}

/** Where the lesson was done for real: the place, the project, what they did. */
function practicesOf(data: DebriefPayload, lessonId: string, l: AppState['locale']): UiNode | null {
  const list = (data.practices ?? []).filter((p) => p.lesson === lessonId);
  if (list.length === 0) return null;
  return (
    <div class="lesson-practice" data-testid={`practice-${lessonId}`}>
      <h4>{t('lpTitle')}</h4>
      <ul>
        {list.map((p) => (
          <li data-practice={p.id}>
            <strong>{p.place}</strong>
            {p.project ? ` · ${cards.projectName(p.project, l)}` : ''}: {p.what[l]}
          </li>
        ))}
      </ul>
    </div>
  );
}

function personasPanel({ state, data }: Ctx): UiNode {
  const l = state.locale;
  const series = chartSeries(data.debrief, l);
  const journeys = journeyLines(data.debrief, l);
  return panel(
    'personas',
    t('dbChartTitle'),
    <p class="hint">{t('dbChartHelp')}</p>,
    personasChart(`${data.code}:${l}:chart`, series),
    <table class="db-table compact" data-testid="chart-table">
      <caption class="sr-only">{t('dbChartTitle')}</caption>
      <thead>
        <tr>
          <th scope="col">{''}</th>
          {series.labels.map((x) => (
            <th scope="col">{x}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        <tr>
          <th scope="row">{t('dbOnBoard')}</th>
          {series.onBoard.map((n) => (
            <td>{String(n)}</td>
          ))}
        </tr>
        <tr>
          <th scope="row">{t('dbTarget')}</th>
          {series.labels.map(() => (
            <td>{String(series.target)}</td>
          ))}
        </tr>
      </tbody>
    </table>,
    <h3>{t('dbJourneys')}</h3>,
    journeys.length === 0 ? (
      <p class="muted">{t('dbNoJourneys')}</p>
    ) : (
      <ul class="journeys" data-testid="journeys">
        {journeys.map((j) => (
          <li class={`journey ${j.steps.some((s) => s.kind === 'dropped') ? 'lost' : ''}`}>
            <strong>{j.name}</strong> <span class="tag">{j.domain}</span> <span class="tag">{j.status}</span>
            <ol class="steps">
              {j.steps.map((s) => (
                <li class={`step ${s.kind}`}>
                  <span class="round">{t('dbRoundN', { n: s.round })}</span> {s.text}
                </li>
              ))}
            </ol>
          </li>
        ))}
      </ul>
    ),
  );
}

/** How the network grew: one small picture per round before the last (the last is the end above). */
function networkRounds({ state, data }: Pick<Ctx, 'state' | 'data'>): UiNode | null {
  const l = state.locale;
  const rounds = data.debrief.network.byRound.slice(0, -1);
  if (rounds.length === 0) return null;
  return (
    <div class="network-rounds" data-testid="network-rounds">
      {rounds.map((snap) => {
        const g = networkGraph(data.debrief, l, snap);
        const label = t('dbNetworkAfterRound', { n: snap.round });
        return (
          <figure>
            {networkPicture(`${data.code}:${l}:network:${snap.round}`, g.nodes, g.edges, label)}
            <figcaption>{label}</figcaption>
          </figure>
        );
      })}
    </div>
  );
}

function networkPanel({ state, data }: Ctx): UiNode {
  const l = state.locale;
  const g = networkGraph(data.debrief, l);
  const end = data.debrief.network.end;
  return panel(
    'network',
    t('dbNetwork'),
    <p class="hint">{t('dbNetworkHelp')}</p>,
    networkPicture(`${data.code}:${l}:network`, g.nodes, g.edges, t('dbNetwork')),
    networkRounds({ state, data }),
    end.centre.length ? <p>{t('dbNetworkCentre', { roles: roleList(end.centre, l) })}</p> : null,
    end.outside.length ? <p>{t('dbNetworkOutside', { roles: roleList(end.outside, l) })}</p> : null,
    g.edges.length === 0 ? (
      <p class="muted">{t('dbNoEdges')}</p>
    ) : (
      <ul class="edges" data-testid="edges">
        {[...g.edges]
          .sort((a, b) => b.weight - a.weight)
          .map((e) => (
            <li>
              {icon(roleIcon(e.source), 'role-icon small')}
              <strong>{cards.roleName(e.source, l)}</strong>
              {' — '}
              {icon(roleIcon(e.target), 'role-icon small')}
              <strong>{cards.roleName(e.target, l)}</strong>
              <span class="muted">{e.text}</span>
            </li>
          ))}
      </ul>
    ),
  );
}
