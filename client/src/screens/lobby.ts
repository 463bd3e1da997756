import { parseSettings } from '../../../shared/protocol/room';
import { t } from '../i18n';
import { myRoleInLobby, playersVM, roleChoicesVM } from '../model/lobby';
import { joinLink } from '../model/route';
import type { App } from '../state/port';
import { languageSwitch, resourceChip, slot } from '../components/common';
import { useEffect } from 'preact/hooks';
import { frag, h, icon, type UiNode } from '../components/dom';
import { useApp, useAppState } from '../state/context';
import { roleIcon } from '../components/icons';
import { SLOT, type AppState } from '../state/state';
import { personalityName } from '../model/bots';
import { hostPanel } from './lobby-host';
import { roomPeople } from './console';

// The room before the game: the code big with its QR code and link, who is here, the roles to claim,
// and for the host the settings and the start button.

/** The lobby: roles, names and, for the host, the settings. */
export function LobbyScreen(): UiNode {
  const state = useAppState();
  const app = useApp();
  const link = state.welcome?.joinUrl || joinLink(location.origin, state.info?.code ?? '');
  const drawn = state.qr?.link === link;
  // The QR code is drawn once per link, by the qrcode package loaded on demand.
  useEffect(() => {
    if (drawn) return;
    let live = true;
    void import('qrcode').then(async (QR) => {
      const dataUrl = await QR.toDataURL(link, { margin: 1, width: 360, errorCorrectionLevel: 'M' });
      if (live) app.setQr(link, dataUrl);
    });
    return () => {
      live = false;
    };
  }, [link, drawn]);
  return frag(...lobbyScreen(state, app));
}

function lobbyScreen(state: AppState, app: App): (UiNode | null)[] {
  const info = state.info!;
  const w = state.welcome!;
  const mySeat = w.seat;
  const locale = state.locale;
  const link = w.joinUrl || joinLink(location.origin, info.code);

  const share = h(
    'section',
    { class: 'card share', 'aria-labelledby': 'h-code' },
    h('h2', { id: 'h-code' }, t('roomCode')),
    h('p', { class: 'room-code', 'data-testid': 'room-code', 'aria-label': `${t('roomCode')}: ${info.code.split('').join(' ')}` }, info.code),
    h('p', { class: 'hint' }, t('shareHint')),
    state.qr?.link === link ? h('img', { class: 'qr', src: state.qr.dataUrl, alt: t('qrAlt', { code: info.code }), width: 180, height: 180 }) : null,
    h('p', { class: 'link-row' }, h('a', { href: link, 'data-testid': 'join-link' }, link)),
    h('button', { type: 'button', class: 'btn', 'data-key': 'copy', onClick: () => void copy(link, app) }, t('copyLink')),
    slot(state, 'copy'),
  );

  const players = h(
    'section',
    { class: 'card', 'aria-labelledby': 'h-players' },
    h('h2', { id: 'h-players' }, t('players')),
    h(
      'ul',
      { class: 'players', 'data-testid': 'players' },
      playersVM(info.seats, mySeat, locale).map((p) =>
        h(
          'li',
          { class: p.isMe ? 'me' : '' },
          h('strong', null, p.name),
          p.isMe ? h('span', { class: 'tag' }, t('you')) : null,
          ' — ',
          p.roleName ?? h('em', null, t('noRole')),
          !p.connected && !p.bot ? h('span', { class: 'tag' }, p.away ? t('away') : t('offline')) : null,
        ),
      ),
    ),
    info.spectators ? h('p', { class: 'hint' }, t('spectators', { n: info.spectators })) : null,
    mySeat !== null ? renameForm(state, app) : null,
  );

  const mine = myRoleInLobby(info, mySeat);
  const botFor = new Map((parseSettings(info)?.bots ?? []).map((b) => [b.role, b.personality]));
  const roles = h(
    'section',
    { class: 'card roles-card', 'aria-labelledby': 'h-roles' },
    h('h2', { id: 'h-roles' }, t('chooseRole')),
    h('p', { class: 'hint' }, t('chooseRoleHelp')),
    slot(state, SLOT.roles),
    h(
      'ul',
      { class: 'roles', 'data-testid': 'roles' },
      roleChoicesVM(info, mySeat, locale).map((r) =>
        h(
          'li',
          { class: `role ${r.mine ? 'mine' : ''} ${r.takenBy ? 'taken' : ''}`, 'data-testid': `role-${r.id}` },
          h('div', { class: 'role-head' }, icon(roleIcon(r.id), 'role-icon'), h('h3', null, r.name)),
          h('p', { class: 'mission' }, r.mission),
          h('p', { class: 'brings' }, h('span', { class: 'label' }, `${t('brings')}: `), ...r.brings.map((b) => resourceChip(b.resource, b.count, locale, 'small'))),
          r.mine
            ? h(
                'p',
                { class: 'role-state' },
                h('strong', null, '✓ ', t('yourRole')),
                ' ',
                h('button', { type: 'button', class: 'btn small', 'data-key': 'release', onClick: () => app.release() }, t('release')),
              )
            : r.takenBy
              ? h('p', { class: 'role-state' }, t('takenBy', { name: r.takenBy }))
              : null,
          !r.mine && !r.takenBy && botFor.has(r.id)
            ? h('p', { class: 'role-state bot-tag', 'data-testid': `bot-if-free-${r.id}` }, `${t('botSeat', { personality: personalityName(botFor.get(r.id)!, locale) })} — ${t('botIfFree')}`)
            : null,
          !r.mine && !r.takenBy && (mySeat !== null || !w.spectator) && !mine
            ? h(
                'button',
                { type: 'button', class: 'btn primary', 'data-key': `claim-${r.id}`, 'data-testid': `claim-${r.id}`, onClick: () => app.claim(r.id) },
                t('claim', { role: r.name }),
              )
            : null,
        ),
      ),
    ),
  );

  return [
    h(
      'header',
      { class: 'topbar' },
      h('h1', { class: 'brand' }, t('appTitle'), h('span', { class: 'code-badge' }, `${t('roomLabel')} ${info.code}`)),
      languageSwitch(state, app),
      h('button', { type: 'button', class: 'btn small ghost', 'data-key': 'leave', onClick: () => void app.leave() }, t('leave')),
    ),
    w.host
      ? h(
          'main',
          { class: 'lobby host-lobby', id: 'main' },
          slot(state, SLOT.global),
          h('div', { class: 'lobby-col' }, hostPanel(state, app)),
          h('div', { class: 'lobby-col' }, share, roomPeople(state, app), mySeat !== null ? renameCard(state, app) : null),
          mySeat !== null ? roles : null,
        )
      : h('main', { class: 'lobby', id: 'main' }, slot(state, SLOT.global), share, players, h('p', { class: 'card wait', role: 'status' }, t('waitForHost')), roles),
  ];
}

function renameCard(state: AppState, app: App): UiNode {
  return h('section', { class: 'card' }, renameForm(state, app));
}

function renameForm(state: AppState, app: App): UiNode {
  return h(
    'form',
    {
      class: 'rename',
      onSubmit: (e) => {
        e.preventDefault();
        app.rename();
      },
    },
    h('label', { for: 'rename' }, t('changeName')),
    h(
      'div',
      { class: 'row' },
      h('input', {
        id: 'rename',
        'data-key': 'rename',
        type: 'text',
        maxlength: 24,
        value: state.name,
        onInput: (e) => app.input('name', (e.target as HTMLInputElement).value),
      }),
      h('button', { type: 'submit', class: 'btn small', 'data-key': 'rename-save' }, t('saveName')),
    ),
    slot(state, SLOT.name),
  );
}

async function copy(link: string, app: App): Promise<void> {
  try {
    await navigator.clipboard.writeText(link);
    app.note('copy', t('copied'));
  } catch {
    app.note('copy', link);
  }
}
