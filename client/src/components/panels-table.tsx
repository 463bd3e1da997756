import { HOLD_RESOURCES, type PersonaStatus } from '../../../shared/rules/types';
import type { GameView } from '../../../shared/view/types';
import { t } from '../i18n';
import * as cards from '../model/cards';
import { personaTrackVM, projectsVM, type NeedRow, type ProjectVM } from '../model/table';
import type { App } from '../state/port';
import { bagChips, moveButton, playControl, section, slot } from './common';
import { icon, type UiNode } from './dom';
import { resourceIcon, roleIcon } from './icons';
import { control } from '../state/controls';
import { box } from './focus';
import { referralActions } from './referral';
import { SLOT, type AppState } from '../state/state';

// The shared table: this round's event, the reflection question, the projects, the persona track.

export function eventPanel(state: AppState, v: GameView): UiNode {
  const l = state.locale;
  const frozen = v.modifiers.frozen;
  return section(
    t('event'),
    'event',
    v.event ? (
      <div class="event-card" data-testid="event" data-frozen={frozen.join(',')}>
        <h3>{cards.eventTitle(v.event, l)}</h3>
        <p>{cards.eventText(v.event, l)}</p>
        {frozen.length ? (
          <p class="warn">
            {'⚠ '}
            {t('frozen', { resources: frozen.map((r) => cards.resourceName(r, l)).join(', ') })}
          </p>
        ) : null}
      </div>
    ) : (
      <p class="muted">{t('noEvent')}</p>
    ),
  );
}

export function reflectionPanel(state: AppState, v: GameView): UiNode | null {
  if (!v.reflection) return null;
  const l = state.locale;
  return section(
    t('reflection'),
    'reflection',
    <div class="reflection" data-testid="reflection">
      <h3>{cards.lessonHeading(v.reflection, l)}</h3>
      <p class="prompt">{cards.lessonPrompt(v.reflection, l)}</p>
    </div>,
  );
}

export function projectsPanel(state: AppState, app: App, v: GameView): UiNode {
  const list = projectsVM(v, state.locale);
  const l = state.locale;
  return section(
    t('projects'),
    'projects',
    list.length === 0 ? <p class="muted">{t('noProjects')}</p> : null,
    v.kind === 'player' && v.status === 'playing' && v.phase !== 'overleg' && list.length ? <p class="when">{t('pledgeWhen')}</p> : null,
    <ul class="projects">{list.map((p) => projectCard(state, app, v, p))}</ul>,
    v.completed.length ? (
      <div class="completed">
        <h3>{t('completedProjects')}</h3>
        <ul data-testid="completed">
          {v.completed.map((c) => (
            <li data-anchor={`completed:${c.id}`}>
              <strong>
                {'★ '}
                {cards.projectName(c.id, l)}
              </strong>
              {' — '}
              {(Object.keys(c.contributions) as Parameters<typeof cards.roleName>[0][]).map((r) => cards.roleName(r, l)).join(', ')}
            </li>
          ))}
        </ul>
      </div>
    ) : null,
  );
}

function projectCard(state: AppState, app: App, v: GameView, p: ProjectVM): UiNode {
  const player = v.kind === 'player' && v.status === 'playing';
  return box(
    'li',
    {
      class: `project ${p.ready ? 'ready' : ''}`,
      'data-anchor': `project:${p.id}`,
      'data-testid': `project-${p.id}`,
      'data-min-partners': p.minPartners,
      'data-partner-count': p.partnerCount,
      'data-ready': String(p.ready),
    },
    true,
    <h3>{p.name}</h3>,
    <p class="place">{[p.place, ...p.domains].filter(Boolean).join(' · ')}</p>,
    p.description ? <p class="desc">{p.description}</p> : null,
    <p class="meta">
      <span>{t('reachN', { n: p.reach })}</span>
      <span class={p.enoughPartners ? 'ok' : ''}>
        {p.enoughPartners ? '✓ ' : ''}
        {t('partnersCount', { n: p.partnerCount, min: p.minPartners })}
      </span>
    </p>,
    p.ready ? (
      <p class="badge ok ready-badge">
        {'★ '}
        {t('readyBadge')}
      </p>
    ) : null,
    <ul class="needs" aria-label={t('needs')}>
      {p.rows.map((r) => needRow(state, app, p, r, player, v))}
    </ul>,
    <div class="pledgers">
      <span class="label">{`${t('pledgedBy')}: `}</span>
      {p.pledgers.length ? (
        p.pledgers.map((x) => (
          <span class={`pledger ${x.isMe ? 'me' : ''}`}>
            {icon(roleIcon(x.role), 'role-icon small')}
            <span>{x.name}</span>
            {bagChips(x.bag, state.locale)}
          </span>
        ))
      ) : (
        <span class="muted">{t('nobodyPledged')}</span>
      )}
    </div>,
    slot(state, SLOT.project(p.id)),
  );
}

function needRow(state: AppState, app: App, p: ProjectVM, r: NeedRow, player: boolean, v?: GameView): UiNode {
  const name = cards.resourceName(r.resource, state.locale);
  const boxes = Array.from({ length: r.need }, (_, i) => <span class={`box ${i < r.pledged ? 'full' : ''}`} aria-hidden="true" />);
  // One card more or less for this need, as the engine answers it (common.tsx moveButton).
  const step = (kind: 'pledge' | 'unpledge', cls: string, sign: string) =>
    v
      ? moveButton(
          state,
          v,
          control[kind](p.id, r.resource),
          {
            class: cls,
            'data-key': `${kind}-${p.id}-${r.resource}`,
            'data-testid': `${kind}-${p.id}-${r.resource}`,
            'aria-label': `${t(kind)}: 1 ${name}`,
            onClick: () => playControl(app, v, control[kind](p.id, r.resource), SLOT.project(p.id)),
          },
          sign,
        )
      : null;
  return box(
    'li',
    {
      class: 'need',
      'data-testid': `need-${p.id}-${r.resource}`,
      'data-resource': r.resource,
      'data-need': r.need,
      'data-pledged': r.pledged,
      'data-missing': r.missing,
      'data-mine': r.mine,
    },
    false,
    <span class="need-name">
      {icon(resourceIcon(r.resource))}
      {name}
    </span>,
    <span class="need-progress">
      <span class="boxes">{boxes}</span>
      <span class="need-text">
        {`${r.pledged}/${r.need}`}
        {r.mine ? ` (${r.mine})` : ''}
        {r.missing === 0 ? ' ✓' : ''}
      </span>
    </span>,
    player && v ? (
      <span class="need-actions">
        {step('unpledge', 'btn step', '−')}
        {step('pledge', 'btn step primary', '+')}
      </span>
    ) : null,
  );
}

const STATUS_MARK: Record<PersonaStatus, string> = { waiting: '·', reached: '●', held: '◆', dropped: '✕' };

export function personasPanel(state: AppState, app: App, v: GameView): UiNode {
  const track = personaTrackVM(v, state.locale);
  const canHold = v.kind === 'player' && v.status === 'playing';
  return section(
    t('personas'),
    'personas',
    <p class={`track-score ${track.reachedTarget ? 'ok' : ''}`} data-testid="onboard">
      {track.reachedTarget ? '✓ ' : ''}
      {t('onBoard', { n: track.onBoard, target: track.target })}
    </p>,
    <div class="slots" role="img" aria-label={t('onBoard', { n: track.onBoard, target: track.target })} data-anchor="personas">
      {track.slots.map((s) => (
        <span class={`slot-fig ${s.filled ? 'filled' : ''}`} />
      ))}
    </div>,
    v.status === 'playing' && (v.phase === 'gebeurtenis' || v.phase === 'overleg') ? (
      <p class="when" data-testid="in-view">
        {t('inView', { n: track.inView })}
      </p>
    ) : null,
    canHold && v.phase !== 'overleg' && v.phase !== 'terugblik' && track.personas.some((p) => p.status === 'reached') ? (
      <p class="when">{t('holdWhen')}</p>
    ) : null,
    track.personas.length === 0 ? (
      <p class="muted">{t('noPersonas')}</p>
    ) : (
      <ul class="personas">
        {track.personas.map((p) =>
          box(
            'li',
            { class: `persona ${p.status}`, 'data-testid': `persona-${p.id}` },
            true,
            <span class="mark" aria-hidden="true">
              {STATUS_MARK[p.status]}
            </span>,
            <strong>{p.name}</strong>,
            ` — ${t(`status_${p.status}`)}`,
            p.portrait ? <p class="portrait">{p.portrait}</p> : null,
            canHold && p.status === 'reached' ? (
              <span class="actions">
                {HOLD_RESOURCES.map((r) =>
                  moveButton(
                    state,
                    v,
                    control.hold(p.id, r),
                    {
                      class: 'btn small',
                      'data-key': `hold-${p.id}-${r}`,
                      'data-testid': `hold-${p.id}-${r}`,
                      onClick: () => playControl(app, v, control.hold(p.id, r), SLOT.persona(p.id)),
                    },
                    icon(resourceIcon(r)),
                    `${t('hold')} (${cards.resourceName(r, state.locale)})`,
                  ),
                )}
              </span>
            ) : null,
            canHold && p.status === 'reached' ? referralActions(state, app, v, p.id) : null,
            slot(state, SLOT.persona(p.id)),
          ),
        )}
      </ul>
    ),
  );
}
