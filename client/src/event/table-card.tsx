import type { RoleId } from '../../../shared/model/ids';
import type { TableOverview } from '../../../shared/protocol/event';
import type { Key } from '../i18n';
import { te as t } from '../i18n/event';
import { roleName } from '../model/cards';
import { useEventState, useSecondsLeft } from './context';

// One table of the day as the overview and the wall show it: phase and clock, residents on board
// against the target, projects carried out, its seats, and who worked with whom (a ring of roles).

export function clockText(secs: number | null): string {
  if (secs === null) return '';
  return `${Math.floor(secs / 60)}:${String(secs % 60).padStart(2, '0')}`;
}

export function PhaseLine({ tab }: { tab: TableOverview }) {
  const secs = useSecondsLeft(tab.phaseEndsAt, tab.paused);
  if (tab.status === 'lobby') return <span>{t('evTableLobby')}</span>;
  if (tab.status === 'ended') return <span>{t('evTableEnded')}</span>;
  return (
    <span data-testid="table-phase">
      {t('evRoundPhase', { round: tab.round, phase: tab.phase ? t(`phase_${tab.phase}` as Key) : '' })}
      {tab.paused ? <strong class="ev-paused"> {t('evPaused')}</strong> : secs !== null ? <span class="ev-clock"> {clockText(secs)}</span> : null}
    </span>
  );
}

export function OnBoard({ tab, big = false }: { tab: TableOverview; big?: boolean }) {
  const pct = tab.target ? Math.min(100, Math.round((100 * tab.onBoard) / tab.target)) : 0;
  return (
    <div class={`ev-onboard${big ? ' big' : ''}`}>
      <div class="ev-figure" data-testid="table-onboard">
        <span class="ev-num">{tab.onBoard}</span>
        <span class="ev-of">/ {tab.target}</span>
      </div>
      <div class="ev-label">{t('evOnBoard')}</div>
      <div class="ev-bar" role="img" aria-label={t('evOnBoardOf', { n: tab.onBoard, target: tab.target })}>
        <span style={{ width: `${pct}%` }} class={tab.onBoard >= tab.target && tab.target > 0 ? 'done' : ''} />
      </div>
      <div class="ev-projects" data-testid="table-projects">
        {t('evProjects', { n: tab.projects })}
      </div>
    </div>
  );
}

/** The table's network: its roles round a ring, a line for every pair that worked together (thicker for more). */
export function Ring({ tab, size = 160 }: { tab: TableOverview; size?: number }) {
  const s = useEventState();
  const roles = tab.seats.map((x) => x.role).filter((r): r is RoleId => !!r);
  const node = Math.max(13, size * 0.075);
  const r = size / 2 - node - 4;
  const at = (role: RoleId) => {
    const i = roles.indexOf(role);
    const a = (2 * Math.PI * i) / Math.max(1, roles.length) - Math.PI / 2;
    return [size / 2 + r * Math.cos(a), size / 2 + r * Math.sin(a)];
  };
  const top = Math.max(1, ...tab.links.map((l) => l.weight));
  return (
    <svg class="ev-ring" viewBox={`0 0 ${size} ${size}`} width={size} height={size} role="img" aria-label={t('evNetwork', { n: tab.links.length })}>
      {tab.links
        .filter((l) => roles.includes(l.a) && roles.includes(l.b))
        .map((l) => {
          const [x1, y1] = at(l.a);
          const [x2, y2] = at(l.b);
          return <line key={`${l.a}${l.b}`} x1={x1} y1={y1} x2={x2} y2={y2} stroke-width={1 + (5 * l.weight) / top} />;
        })}
      {roles.map((role) => {
        const [x, y] = at(role);
        return (
          <g key={role}>
            <circle cx={x} cy={y} r={node} />
            <text x={x} y={y + node * 0.3} text-anchor="middle" font-size={node * 0.85}>
              {roleName(role, s.locale).slice(0, 2)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

export function SeatList({ tab }: { tab: TableOverview }) {
  const s = useEventState();
  return (
    <ul class="ev-seats">
      {tab.seats.map((x, i) => (
        <li key={i} class={x.bot ? 'bot' : x.connected ? '' : 'offline'}>
          <span class="ev-role">{x.role ? roleName(x.role, s.locale) : ''}</span> <span class="ev-name">{x.name}</span>
          {x.bot ? <span class="ev-tag">{t('evBot')}</span> : !x.connected ? <span class="ev-tag warn">{t('evOffline')}</span> : null}
        </li>
      ))}
    </ul>
  );
}
