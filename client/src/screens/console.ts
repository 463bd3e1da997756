import type { ProjectorView } from '../../../shared/view/types';
import { t } from '../i18n';
import { seatBot, seatLabel, standsIn } from '../model/bots';
import * as cards from '../model/cards';
import { facilitatorLink, projectorLink } from '../model/console';
import { parseSettings, PROJECTOR_SCREENS } from '../../../shared/protocol/room';
import type { App } from '../state/port';
import { seatHostControls } from '../components/bots';
import { languageSwitch, slot } from '../components/common';
import { c, frag, h, type UiNode } from '../components/dom';
import { Clock } from '../components/clock';
import { ConfirmButton } from '../components/confirm-button';
import { HostToolbar } from '../components/host-toolbar';
import { useApp, useAppState } from '../state/context';
import { endPanel } from './end';
import { printKitLink } from '../components/print-kit';
import { panels } from '../components/panels';
import { SLOT, type AppState } from '../state/state';

// The facilitator's console (their own laptop or tablet, not the projector): the projector links,
// who is in the room (remove, a bot for an absent player and back), the controls that pace the game,
// and during play the signals worth saying aloud. The public table is shown below for reference.

/** Two-step buttons (remove, a new key): the first click asks, the second does it. */
function confirmButton(key: string, label: string, ask: string, testid: string, run: () => void): UiNode {
  return c(ConfirmButton, { key, dataKey: key, label, ask, testid, run });
}

async function copyText(app: App, text: string, note: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    app.note(note, t('copied'));
  } catch {
    app.note(note, text);
  }
}

/** Open the projector, copy its link, copy the link that opens this console elsewhere. */
export function projectorCard(state: AppState, app: App): UiNode | null {
  const w = state.welcome;
  const code = state.info?.code;
  if (!w?.projectorKey || !code) return null;
  const pLink = projectorLink(location.origin, code, w.projectorKey, state.locale);
  const fLink = w.hostKey ? facilitatorLink(location.origin, code, w.hostKey) : null;
  return h(
    'div',
    { class: 'projector-links' },
    h('h3', null, t('projectorTitle')),
    h('p', { class: 'hint' }, t('projectorHelp')),
    h(
      'p',
      { class: 'row' },
      h('a', { class: 'btn primary', href: pLink, target: 'kot-projector', rel: 'noopener', 'data-testid': 'open-projector', 'data-key': 'open-projector' }, t('openProjector')),
      h('button', { type: 'button', class: 'btn', 'data-key': 'copy-projector', 'data-testid': 'copy-projector', onClick: () => void copyText(app, pLink, 'copy-projector') }, t('copyProjector')),
    ),
    h(
      'p',
      { class: 'row' },
      confirmButton('new-projector-key', t('newProjectorKey'), t('confirmNewProjectorKey'), 'new-projector-key', () => app.host({ kind: 'newProjectorKey' })),
      h('span', { class: 'hint' }, t('newProjectorKeyHelp')),
    ),
    slot(state, 'copy-projector'),
    fLink
      ? h(
          'p',
          { class: 'row' },
          h('button', { type: 'button', class: 'btn ghost', 'data-key': 'copy-facilitator', 'data-testid': 'copy-facilitator', onClick: () => void copyText(app, fLink, 'copy-facilitator') }, t('copyFacilitator')),
          h('span', { class: 'hint' }, t('facilitatorHelp')),
        )
      : null,
    slot(state, 'copy-facilitator'),
    h('p', { class: 'row' }, printKitLink(state.info?.seats.length ?? 0, state.locale, state.info ? parseSettings(state.info)?.edition : undefined)),
  );
}

/** An empty seat during play: someone takes it only with the facilitator's fresh invitation link. */
function inviteControls(state: AppState, app: App, seat: number): UiNode {
  const url = state.invitations[`${state.info?.code}:${seat}`];
  return h(
    'span',
    { class: 'row' },
    h('button', { type: 'button', class: 'btn small', 'data-key': `invite-${seat}`, 'data-testid': `invite-${seat}`, onClick: () => app.host({ kind: 'inviteSeat', seat }, SLOT.seat(seat)) }, t('inviteSeat')),
    url
      ? h('button', { type: 'button', class: 'btn small ghost', 'data-key': `copy-invite-${seat}`, 'data-testid': `copy-invite-${seat}`, onClick: () => void copyText(app, url, SLOT.seat(seat)) }, t('copyInvite'))
      : null,
  );
}

/** After a removal nobody joins by name or as a watcher until the facilitator opens the door again. */
function doorNotice(app: App): UiNode {
  return h(
    'p',
    { class: 'note row', role: 'status', 'data-testid': 'door-closed' },
    t('doorClosed'),
    ' ',
    h('button', { type: 'button', class: 'btn small', 'data-key': 'open-door', 'data-testid': 'open-door', onClick: () => app.host({ kind: 'openDoor' }) }, t('openDoor')),
  );
}

/** Every seat with what the facilitator may do about it; then the screens without a seat. */
export function roomPeople(state: AppState, app: App): UiNode {
  const info = state.info!;
  const playing = info.status === 'playing';
  const watchers = (info.watchers ?? []).filter((w) => w.connected || w.projector);
  const mine = state.welcome?.seat ?? null;
  return h(
    'section',
    { class: 'panel console-people', 'aria-labelledby': 'h-people' },
    h('h2', { id: 'h-people' }, t('consolePlayers')),
    h(
      'ul',
      { class: 'players', 'data-testid': 'console-seats' },
      info.seats.map((s) => {
        const bot = !!seatBot(s);
        const botForPerson = standsIn(s);
        const absent = !bot && (!s.connected || s.away);
        return h(
          'li',
          { 'data-testid': `console-seat-${s.seat}` },
          h(
            'span',
            { class: 'who' },
            h('strong', null, seatLabel(s, state.locale)),
            h('br'),
            s.role ? cards.roleName(s.role, state.locale) : h('em', null, t('noRole')),
            absent ? h('span', { class: 'tag' }, s.away ? t('away') : t('offline')) : null,
          ),
          // A seat only a bot ever played, or one already emptied, has nobody to remove.
          s.seat !== mine && (!bot || botForPerson) && (bot || !!s.name)
            ? confirmButton(`remove-seat-${s.seat}`, t('removePlayer'), t('confirmRemove'), `remove-seat-${s.seat}`, () => app.host({ kind: 'freeSeat', seat: s.seat }, SLOT.seat(s.seat)))
            : null,
          playing && s.role ? seatHostControls(state, app, { seat: s.seat, role: s.role, roleName: '', absent, botForPerson }) : null,
          playing && !bot && !s.name ? inviteControls(state, app, s.seat) : null,
          slot(state, SLOT.seat(s.seat)),
        );
      }),
    ),
    info.doorClosed && state.welcome?.host ? doorNotice(app) : null,
    watchers.length
      ? h(
          'div',
          { class: 'watchers' },
          h('h3', null, t('watchersTitle')),
          h(
            'ul',
            { class: 'players', 'data-testid': 'console-watchers' },
            watchers.map((w) =>
              h(
                'li',
                { 'data-testid': `watcher-${w.projector ? 'projector' : w.host ? 'host' : 'guest'}` },
                w.projector ? t('watcherProjector') : w.host ? t('watcherHost') : t('watcherGuest'),
                w.connected ? null : h('span', { class: 'tag' }, t('offline')),
                w.host ? null : confirmButton(`remove-watcher-${w.id}`, t('removePlayer'), t('confirmRemove'), `remove-watcher-${w.id}`, () => app.host({ kind: 'removeMember', id: w.id })),
              ),
            ),
          ),
        )
      : null,
  );
}

/** The signals worth saying aloud (server: shared/debrief/signals.ts), each with its lesson. */
function signalsPanel(state: AppState): UiNode {
  const items = state.signals ?? [];
  return h(
    'section',
    { class: 'panel console-signals', 'aria-labelledby': 'h-signals', 'aria-live': 'polite' },
    h('h2', { id: 'h-signals' }, t('signalsTitle')),
    items.length === 0
      ? h('p', { class: 'hint' }, t('signalsNone'))
      : h(
          'ul',
          { class: 'signals', 'data-testid': 'signals' },
          items.map((s) =>
            h(
              'li',
              { class: `signal ${s.tone}`, 'data-signal': s.id },
              h('span', { class: 'signal-mark', 'aria-hidden': 'true' }, s.tone === 'gap' ? '!' : '✓'),
              h('span', null, s.text[state.locale], h('br'), h('span', { class: 'hint' }, t('signalLesson', { lesson: cards.lessonHeading(s.lessonId, state.locale) }))),
            ),
          ),
        ),
  );
}

/** The projector window may have been closed during the debrief: it opens again from here. */
function reopenProjector(state: AppState): UiNode | null {
  const key = state.welcome?.projectorKey;
  const code = state.info?.code;
  if (!key || !code) return null;
  return h('a', { class: 'btn', href: projectorLink(location.origin, code, key, state.locale), target: 'kot-projector', rel: 'noopener', 'data-testid': 'open-projector', 'data-key': 'open-projector' }, t('openProjector'));
}

/** After the game: the facilitator chooses which part of the debrief the projector shows. */
function projectorScreens(state: AppState, app: App): UiNode {
  const current = state.info?.projectorScreen ?? 'result';
  return h(
    'div',
    { class: 'hostbar console-bar', role: 'toolbar', 'aria-label': t('onProjector') },
    h('span', { class: 'label' }, t('onProjector')),
    reopenProjector(state),
    PROJECTOR_SCREENS.map((s) =>
      h(
        'button',
        {
          type: 'button',
          class: `btn ${s === current ? 'primary' : ''}`,
          'aria-pressed': String(s === current),
          'data-key': `show-${s}`,
          'data-testid': `show-${s}`,
          onClick: () => app.host({ kind: 'show', screen: s }),
        },
        t(`screen_${s}`),
      ),
    ),
    // The projector may have been closed (or never opened): after the game it opens here too.
    state.welcome?.projectorKey && state.info?.code
      ? h('a', { class: 'btn', href: projectorLink(location.origin, state.info.code, state.welcome.projectorKey, state.locale), target: 'kot-projector', rel: 'noopener', 'data-testid': 'open-projector', 'data-key': 'open-projector-end' }, t('openProjector'))
      : null,
    slot(state, SLOT.host),
  );
}

/** The console during and after the game, for a facilitator who does not play. */
export function ConsoleScreen({ v }: { v: ProjectorView }): UiNode {
  return frag(...consoleScreen(useAppState(), useApp(), v));
}

function consoleScreen(state: AppState, app: App, v: ProjectorView): (UiNode | null)[] {
  const playing = v.status === 'playing';
  return [
    h(
      'header',
      { class: 'topbar table-bar' },
      h(playing ? 'h1' : 'span', { class: 'brand' }, t('consoleTitle'), h('span', { class: 'code-badge', 'data-testid': 'console-code' }, state.info?.code ?? '')),
      h(
        'div',
        { class: 'phase', 'data-testid': 'phase', 'data-phase': v.phase, 'data-round': v.round, 'data-status': v.status },
        h('span', { class: 'round' }, t('round', { round: v.round, rounds: v.rounds })),
        h('strong', { class: 'phase-name' }, playing ? t(`phase_${v.phase}`) : t('endTitle')),
        playing ? c(Clock, {}) : null,
      ),
      languageSwitch(state, app),
    ),
    playing ? c(HostToolbar, { console: true }) : projectorScreens(state, app),
    h(
      'main',
      { id: 'main', class: 'table mode-laptop console-main', 'data-testid': 'console' },
      v.status === 'ended'
        ? endPanel(state, v, app)
        : [
            // Each column scrolls on its own: a Tab stop, so the keyboard can scroll it.
            h('div', { class: 'col console-col', tabindex: 0, role: 'region', 'aria-label': [t('signalsTitle'), t('consolePlayers'), t('projectorTitle')].join(', ') }, signalsPanel(state), roomPeople(state, app), h('section', { class: 'panel' }, projectorCard(state, app))),
            h('div', { class: 'col', tabindex: 0, role: 'region', 'aria-label': [t('event'), t('projects')].join(', ') }, ...panels(['event', 'reflection', 'projects'], v)),
            h('div', { class: 'col', tabindex: 0, role: 'region', 'aria-label': [t('personas'), t('log')].join(', ') }, ...panels(['personas', 'log'], v)),
          ],
    ),
  ];
}
