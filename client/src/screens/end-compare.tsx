import type { Bag } from '../../../shared/model/ids';
import type { GameView } from '../../../shared/view/types';
import { t } from '../i18n';
import * as cards from '../model/cards';
import { personalityName } from '../model/bots';
import { compareSeats, hasBots, type SeatComparison } from '../model/compare';
import { bagChips } from '../components/common';
import { icon, type UiNode } from '../components/dom';
import { roleIcon } from '../components/icons';
import type { AppState } from '../state/state';

// The solo debrief: side by side, what you and each bot gave, received, kept, showed and joined.

export function comparePanel(state: AppState, v: GameView): UiNode | null {
  const seats = state.info?.seats ?? [];
  if (!hasBots(seats)) return null;
  const rows = compareSeats(v, seats, v.kind === 'player' ? v.seat : null, state.locale);
  if (!rows) return null;
  const me = rows.find((r) => r.isMe);
  const bots = rows.filter((r) => r.bot && !r.isMe);
  const avg = bots.length ? Math.round((bots.reduce((n, b) => n + b.totals.gave, 0) / bots.length) * 10) / 10 : 0;
  return (
    <section class="panel compare" aria-labelledby="h-compare" data-testid="compare">
      <h2 id="h-compare">{t('compareTitle')}</h2>
      <p class="hint">{t('compareHelp')}</p>
      {me && bots.length ? <p class="compare-summary">{t('cmpSummary', { you: me.totals.gave, bots: avg.toLocaleString(state.locale) })}</p> : null}
      <ul class="compare-grid">{rows.map((r) => seatCard(state, r))}</ul>
    </section>
  );
}

function seatCard(state: AppState, r: SeatComparison): UiNode {
  const l = state.locale;
  const who = r.isMe ? t('youCap') : r.bot ? t('botSeat', { personality: personalityName(r.bot, l) }) : r.name;
  const bag = (b: Bag | null) => (b ? bagChips(b, l, t('cmpNone')) : <span class="muted">—</span>);
  const row = (label: string, value: UiNode | string, key: string) => [<dt>{label}</dt>, <dd data-cmp={key}>{value}</dd>];
  return (
    <li class={`cmp-seat ${r.isMe ? 'me' : ''}`} data-testid={`compare-${r.role}`}>
      <h3>
        {icon(roleIcon(r.role), 'role-icon small')}
        <span>
          {who}
          <span class="muted">{` · ${r.roleName}`}</span>
        </span>
      </h3>
      <dl>
        {row(t('cmpGave'), bag(r.gave), 'gave')}
        {row(t('cmpReceived'), bag(r.received), 'received')}
        {row(t('cmpKept'), bag(r.kept), 'kept')}
        {row(
          t('cmpDisclosed'),
          r.disclosed.length ? (
            <ul>
              {r.disclosed.map((d) => (
                <li>
                  {d.title} <span class="tag">{d.to === 'all' ? t('cmpToAll') : d.to.map((x) => cards.roleName(x, l)).join(', ')}</span>
                </li>
              ))}
            </ul>
          ) : (
            t('cmpNone')
          ),
          'disclosed',
        )}
        {row(
          t('cmpProjects'),
          r.projects.length ? (
            <ul>
              {r.projects.map((p) => (
                <li>
                  {p.completed ? '✓ ' : '○ '}
                  {p.name} <span class="tag">{p.completed ? t('cmpDone') : t('cmpOpen')}</span>
                </li>
              ))}
            </ul>
          ) : (
            t('cmpNone')
          ),
          'projects',
        )}
        {row(t('cmpPoints'), <strong>{String(r.points)}</strong>, 'points')}
      </dl>
    </li>
  );
}
