import type { ProjectorView } from '../../../shared/view/types';
import { t } from '../i18n';
import { seatBot, seatLabel, standsIn } from '../model/bots';
import * as cards from '../model/cards';
import type { App } from '../state/port';
import { seatHostControls } from '../components/bots';
import { languageSwitch, slot } from '../components/common';
import { type UiNode } from '../components/dom';
import { Clock } from '../components/clock';
import { HostToolbar } from '../components/host-toolbar';
import { useApp, useAppState } from '../state/context';
import { endPanel } from './end';
import { confirmButton, copyText, projectorCard, projectorScreens } from './console-projector';
import { panels } from '../components/panels';
import { SLOT, type AppState } from '../state/state';

// The facilitator's console (their own laptop or tablet, not the projector): the projector links,
// who is in the room (remove, a bot for an absent player and back), the controls that pace the game,
// and during play the signals worth saying aloud. The public table is shown below for reference.

/** An empty seat during play: someone takes it only with the facilitator's fresh invitation link. */
function inviteControls(state: AppState, app: App, seat: number): UiNode {
  const url = state.invitations[`${state.info?.code}:${seat}`];
  return (
    <span class="row">
      <button
        type="button"
        class="btn small"
        key={`invite-${seat}`}
        data-key={`invite-${seat}`}
        data-testid={`invite-${seat}`}
        onClick={() => app.host({ kind: 'inviteSeat', seat }, SLOT.seat(seat))}
      >
        {t('inviteSeat')}
      </button>
      {url ? (
        <button
          type="button"
          class="btn small ghost"
          key={`copy-invite-${seat}`}
          data-key={`copy-invite-${seat}`}
          data-testid={`copy-invite-${seat}`}
          onClick={() => void copyText(app, url, SLOT.seat(seat))}
        >
          {t('copyInvite')}
        </button>
      ) : null}
    </span>
  );
}

/** After a removal nobody joins by name or as a watcher until the facilitator opens the door again. */
function doorNotice(app: App): UiNode {
  return (
    <p class="note row" role="status" data-testid="door-closed">
      {t('doorClosed')}{' '}
      <button type="button" class="btn small" key="open-door" data-key="open-door" data-testid="open-door" onClick={() => app.host({ kind: 'openDoor' })}>
        {t('openDoor')}
      </button>
    </p>
  );
}

/** Every seat with what the facilitator may do about it; then the screens without a seat. */
export function roomPeople(state: AppState, app: App): UiNode {
  const info = state.info!;
  const playing = info.status === 'playing';
  const watchers = (info.watchers ?? []).filter((w) => w.connected || w.projector);
  const mine = state.welcome?.seat ?? null;
  return (
    <section class="panel console-people" aria-labelledby="h-people">
      <h2 id="h-people">{t('consolePlayers')}</h2>
      <ul class="players" data-testid="console-seats">
        {info.seats.map((s) => {
          const bot = !!seatBot(s);
          const botForPerson = standsIn(s);
          const absent = !bot && (!s.connected || s.away);
          return (
            <li data-testid={`console-seat-${s.seat}`}>
              <span class="who">
                <strong>{seatLabel(s, state.locale)}</strong>
                <br />
                {s.role ? cards.roleName(s.role, state.locale) : <em>{t('noRole')}</em>}
                {absent ? <span class="tag">{s.away ? t('away') : t('offline')}</span> : null}
              </span>
              {/* A seat only a bot ever played, or one already emptied, has nobody to remove. */}
              {s.seat !== mine && (!bot || botForPerson) && (bot || !!s.name)
                ? confirmButton(`remove-seat-${s.seat}`, t('removePlayer'), t('confirmRemove'), `remove-seat-${s.seat}`, () =>
                    app.host({ kind: 'freeSeat', seat: s.seat }, SLOT.seat(s.seat)),
                  )
                : null}
              {playing && s.role ? seatHostControls(state, app, { seat: s.seat, role: s.role, roleName: '', absent, botForPerson }) : null}
              {playing && !bot && !s.name ? inviteControls(state, app, s.seat) : null}
              {slot(state, SLOT.seat(s.seat))}
            </li>
          );
        })}
      </ul>
      {info.doorClosed && state.welcome?.host ? doorNotice(app) : null}
      {watchers.length ? (
        <div class="watchers">
          <h3>{t('watchersTitle')}</h3>
          <ul class="players" data-testid="console-watchers">
            {watchers.map((w) => (
              <li data-testid={`watcher-${w.projector ? 'projector' : w.host ? 'host' : 'guest'}`}>
                {w.projector ? t('watcherProjector') : w.host ? t('watcherHost') : t('watcherGuest')}
                {w.connected ? null : <span class="tag">{t('offline')}</span>}
                {w.host
                  ? null
                  : confirmButton(`remove-watcher-${w.id}`, t('removePlayer'), t('confirmRemove'), `remove-watcher-${w.id}`, () =>
                      app.host({ kind: 'removeMember', id: w.id }),
                    )}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}

/** The signals worth saying aloud (server: shared/debrief/signals.ts), each with its lesson. */
function signalsPanel(state: AppState): UiNode {
  const items = state.signals ?? [];
  return (
    <section class="panel console-signals" aria-labelledby="h-signals" aria-live="polite">
      <h2 id="h-signals">{t('signalsTitle')}</h2>
      {items.length === 0 ? (
        <p class="hint">{t('signalsNone')}</p>
      ) : (
        <ul class="signals" data-testid="signals">
          {items.map((s) => (
            <li class={`signal ${s.tone}`} data-signal={s.id}>
              <span class="signal-mark" aria-hidden="true">
                {s.tone === 'gap' ? '!' : '✓'}
              </span>
              <span>
                {s.text[state.locale]}
                <br />
                <span class="hint">{t('signalLesson', { lesson: cards.lessonHeading(s.lessonId, state.locale) })}</span>
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** The console during and after the game, for a facilitator who does not play. */
export function ConsoleScreen({ v }: { v: ProjectorView }): UiNode {
  return <>{consoleScreen(useAppState(), useApp(), v)}</>;
}

function consoleScreen(state: AppState, app: App, v: ProjectorView): (UiNode | null)[] {
  const playing = v.status === 'playing';
  const Brand = playing ? 'h1' : 'span';
  return [
    <header class="topbar table-bar">
      <Brand class="brand">
        {t('consoleTitle')}
        <span class="code-badge" data-testid="console-code">
          {state.info?.code ?? ''}
        </span>
      </Brand>
      <div class="phase" data-testid="phase" data-phase={v.phase} data-round={v.round} data-status={v.status}>
        <span class="round">{t('round', { round: v.round, rounds: v.rounds })}</span>
        <strong class="phase-name">{playing ? t(`phase_${v.phase}`) : t('endTitle')}</strong>
        {playing ? <Clock /> : null}
      </div>
      {languageSwitch(state, app)}
    </header>,
    playing ? <HostToolbar console /> : projectorScreens(state, app),
    <main id="main" class="table mode-laptop console-main" data-testid="console">
      {v.status === 'ended'
        ? endPanel(state, v, app)
        : [
            // Each column scrolls on its own: a Tab stop, so the keyboard can scroll it.
            <div class="col console-col" tabindex={0} role="region" aria-label={[t('signalsTitle'), t('consolePlayers'), t('projectorTitle')].join(', ')}>
              {signalsPanel(state)}
              {roomPeople(state, app)}
              <section class="panel">{projectorCard(state, app)}</section>
            </div>,
            <div class="col" tabindex={0} role="region" aria-label={[t('event'), t('projects')].join(', ')}>
              {panels(['event', 'reflection', 'projects'], v)}
            </div>,
            <div class="col" tabindex={0} role="region" aria-label={[t('personas'), t('log')].join(', ')}>
              {panels(['personas', 'log'], v)}
            </div>,
          ]}
    </main>,
  ];
}
