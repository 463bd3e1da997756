import type { PlayerView } from '../../../shared/view/types';
import { t } from '../i18n';
import * as cards from '../model/cards';
import { tableLayout, type Panel, type TabId } from '../model/layout';
import { offersVM } from '../model/table';
import type { App } from '../state/port';
import { languageSwitch, slot } from '../components/common';
import { dialogLayer } from '../components/dialogs';
import { icon, type UiNode } from '../components/dom';
import { Clock } from '../components/clock';
import { HostToolbar } from '../components/host-toolbar';
import { useApp, useAppState } from '../state/context';
import { endPanel } from './end';
import { roleIcon } from '../components/icons';
import { Panel as PanelOf } from '../components/panels';
import type { AppState } from '../state/state';
import { takeOverBanner } from '../components/bots';
import { swapBanner } from '../components/swap-banner';
import { hintCard } from '../components/hint-card';
import { isSoloRoom } from '../model/solo';

// The table screen: a header with phase and clock, the host bar, the panels in columns (or tabs on a
// phone, chosen in a bottom bar), the open dialog. Placement comes from model/layout.ts.

/** A laptop column is a region named after its panels ("Mijn middelen, Mijn belangen, Biedingen"). */
const PANEL_TITLE: Record<Panel, Parameters<typeof t>[0]> = {
  hand: 'myHand',
  interests: 'myInterests',
  offers: 'offers',
  partners: 'partners',
  log: 'log',
  event: 'event',
  reflection: 'reflection',
  projects: 'projects',
  personas: 'personas',
};

const TAB_LABEL: Record<TabId, Parameters<typeof t>[0]> = {
  me: 'viewTable',
  offers: 'viewOffers',
  projects: 'viewProjects',
  personas: 'viewPersonas',
  partners: 'viewPartners',
};

/** The table screen of a player (and of a host who plays). */
export function TableScreen({ v }: { v: PlayerView }): UiNode {
  return <>{tableScreen(useAppState(), useApp(), v)}</>;
}

function tableScreen(state: AppState, app: App, v: PlayerView): (UiNode | null)[] {
  const isHost = !!state.welcome?.host;
  const layout = tableLayout(state.width, state.height, { host: isHost && v.status === 'playing' });
  const panel = (p: Panel): UiNode => <PanelOf key={p} name={p} v={v} />;
  const incoming = offersVM(v.offers, v.role, state.locale).incoming.length;
  const ended = v.status === 'ended';
  const columns = layout.columns.map((panels, i) => {
    const tab = layout.tabs?.[i];
    const hidden = tab !== undefined && tab !== state.tab;
    return (
      <div
        class="col"
        id={tab ? `tab-${tab}` : `col-${i}`}
        aria-labelledby={tab ? `tabbtn-${tab}` : undefined}
        // A column that scrolls on its own (laptop) is a Tab stop, so the keyboard can scroll it.
        tabindex={tab ? undefined : 0}
        role={tab ? 'tabpanel' : 'region'}
        aria-label={tab ? undefined : panels.map((p) => t(PANEL_TITLE[p])).join(', ')}
        hidden={hidden}
        data-scroll={`col-${i}`}
      >
        {panels.map(panel)}
      </div>
    );
  });

  return [
    header(state, app, v),
    layout.host ? <HostToolbar solo={isSoloRoom(state.info, v.seat)} /> : null,
    takeOverBanner(state, app, v),
    swapBanner(state, v),
    state.info?.facilitatorAway && v.status === 'playing' ? (
      <div class="conn-banner host-away" role="status" data-testid="host-away">
        {t('hostAway')}
      </div>
    ) : null,
    hintCard(state, app),
    <main
      id="main"
      class={`table mode-${layout.mode}`}
      data-scroll="main"
      style={layout.tabs ? '' : `grid-template-columns: ${layout.columnRects.map((r) => `${r.w}px`).join(' ')}`}
    >
      {ended ? endPanel(state, v, app) : null}
      {ended ? [] : columns}
    </main>,
    layout.tabs && !ended ? (
      <nav class="tabs" role="tablist" aria-label={t('goTo')}>
        {layout.tabs.map((tab) => (
          <button
            type="button"
            role="tab"
            id={`tabbtn-${tab}`}
            class="tab"
            aria-selected={state.tab === tab}
            aria-controls={`tab-${tab}`}
            tabindex={state.tab === tab ? 0 : -1}
            onKeyDown={(e) => tabKeys(e as KeyboardEvent, app, layout.tabs!, tab)}
            key={`tab-${tab}`}
            data-key={`tab-${tab}`}
            data-testid={`tab-${tab}`}
            data-anchor={`tab:${tab}`}
            onClick={() => app.setTab(tab)}
          >
            {t(TAB_LABEL[tab])}
            {tab === 'offers' && incoming ? (
              <span class="count" aria-label={`(${incoming})`}>
                {String(incoming)}
              </span>
            ) : null}
          </button>
        ))}
      </nav>
    ) : null,
    dialogLayer(state, app, v),
  ];
}

/** The tab bar as a tablist: arrows, Home and End move between tabs (one Tab stop for the bar). */
function tabKeys(e: KeyboardEvent, app: App, tabs: TabId[], tab: TabId): void {
  const i = tabs.indexOf(tab);
  const to = { ArrowRight: i + 1, ArrowLeft: i - 1, Home: 0, End: tabs.length - 1 }[e.key];
  if (to === undefined) return;
  e.preventDefault();
  const next = tabs[(to + tabs.length) % tabs.length];
  app.setTab(next);
  document.getElementById(`tabbtn-${next}`)?.focus();
}

function header(state: AppState, app: App, v: PlayerView): UiNode {
  const seatName = state.info?.seats.find((s) => s.seat === v.seat)?.name ?? '';
  return (
    <header class="topbar table-bar">
      {v.status === 'playing' ? <h1 class="sr-only">{`${t('appTitle')} · ${t('round', { round: v.round, rounds: v.rounds })}`}</h1> : null}
      <div class="who">
        {icon(roleIcon(v.role), 'role-icon')}
        <span>
          <span class="sr-only">{`${t('myRole')}: `}</span>
          <strong data-testid="my-role" data-role={v.role}>
            {cards.roleName(v.role, state.locale)}
          </strong>
          {seatName ? <span class="muted">{` · ${seatName}`}</span> : null}
        </span>
      </div>
      <div class="phase" data-testid="phase" data-phase={v.phase} data-round={v.round} data-status={v.status}>
        <span class="round">{t('round', { round: v.round, rounds: v.rounds })}</span>
        <strong class="phase-name">{v.status === 'ended' ? t('endTitle') : t(`phase_${v.phase}`)}</strong>
        {v.status === 'playing' ? <Clock /> : null}
      </div>
      <div class="bar-right">
        <span class="code-badge" title={t('roomCode')}>
          {state.info?.code ?? ''}
        </span>
        {languageSwitch(state, app)}
      </div>
    </header>
  );
}
