import { parseSettings } from '../../../shared/protocol/room';
import { t } from '../i18n';
import { myRoleInLobby, playersVM, roleChoicesVM } from '../model/lobby';
import { joinLink } from '../model/route';
import type { App } from '../state/port';
import { languageSwitch, resourceChip, slot } from '../components/common';
import { useEffect } from 'preact/hooks';
import { icon, type UiNode } from '../components/dom';
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
    void import('../qr').then(({ qrDataUrl }) => {
      if (live) app.setQr(link, qrDataUrl(link));
    });
    return () => {
      live = false;
    };
  }, [link, drawn]);
  return <>{lobbyScreen(state, app)}</>;
}

function lobbyScreen(state: AppState, app: App): (UiNode | null)[] {
  const info = state.info!;
  const w = state.welcome!;
  const mySeat = w.seat;
  const locale = state.locale;
  const link = w.joinUrl || joinLink(location.origin, info.code);

  const share = (
    <section class="card share" aria-labelledby="h-code">
      <h2 id="h-code">{t('roomCode')}</h2>
      <p class="room-code" data-testid="room-code" aria-label={`${t('roomCode')}: ${info.code.split('').join(' ')}`}>
        {info.code}
      </p>
      <p class="hint">{t('shareHint')}</p>
      {state.qr?.link === link ? <img class="qr" src={state.qr.dataUrl} alt={t('qrAlt', { code: info.code })} width={180} height={180} /> : null}
      <p class="link-row">
        <a href={link} data-testid="join-link">
          {link}
        </a>
      </p>
      <button type="button" class="btn" key="copy" data-key="copy" onClick={() => void copy(link, app)}>
        {t('copyLink')}
      </button>
      {slot(state, 'copy')}
    </section>
  );

  const players = (
    <section class="card" aria-labelledby="h-players">
      <h2 id="h-players">{t('players')}</h2>
      <ul class="players" data-testid="players">
        {playersVM(info.seats, mySeat, locale).map((p) => (
          <li class={p.isMe ? 'me' : ''}>
            <strong>{p.name}</strong>
            {p.isMe ? <span class="tag">{t('you')}</span> : null}
            {' — '}
            {p.roleName ?? <em>{t('noRole')}</em>}
            {!p.connected && !p.bot ? <span class="tag">{p.away ? t('away') : t('offline')}</span> : null}
          </li>
        ))}
      </ul>
      {info.spectators ? <p class="hint">{t('spectators', { n: info.spectators })}</p> : null}
      {mySeat !== null ? renameForm(state, app) : null}
    </section>
  );

  const mine = myRoleInLobby(info, mySeat);
  const botFor = new Map((parseSettings(info)?.bots ?? []).map((b) => [b.role, b.personality]));
  const roles = (
    <section class="card roles-card" aria-labelledby="h-roles">
      <h2 id="h-roles">{t('chooseRole')}</h2>
      <p class="hint">{t('chooseRoleHelp')}</p>
      {slot(state, SLOT.roles)}
      <ul class="roles" data-testid="roles">
        {roleChoicesVM(info, mySeat, locale).map((r) => (
          <li class={`role ${r.mine ? 'mine' : ''} ${r.takenBy ? 'taken' : ''}`} data-testid={`role-${r.id}`}>
            <div class="role-head">
              {icon(roleIcon(r.id), 'role-icon')}
              <h3>{r.name}</h3>
            </div>
            <p class="mission">{r.mission}</p>
            <p class="brings">
              <span class="label">{`${t('brings')}: `}</span>
              {r.brings.map((b) => resourceChip(b.resource, b.count, locale, 'small'))}
            </p>
            {r.mine ? (
              <p class="role-state">
                <strong>
                  {'✓ '}
                  {t('yourRole')}
                </strong>{' '}
                <button type="button" class="btn small" key="release" data-key="release" onClick={() => app.release()}>
                  {t('release')}
                </button>
              </p>
            ) : r.takenBy ? (
              <p class="role-state">{t('takenBy', { name: r.takenBy })}</p>
            ) : null}
            {!r.mine && !r.takenBy && botFor.has(r.id) ? (
              <p class="role-state bot-tag" data-testid={`bot-if-free-${r.id}`}>
                {`${t('botSeat', { personality: personalityName(botFor.get(r.id)!, locale) })} — ${t('botIfFree')}`}
              </p>
            ) : null}
            {!r.mine && !r.takenBy && (mySeat !== null || !w.spectator) && !mine ? (
              <button
                type="button"
                class="btn primary"
                key={`claim-${r.id}`}
                data-key={`claim-${r.id}`}
                data-testid={`claim-${r.id}`}
                onClick={() => app.claim(r.id)}
              >
                {t('claim', { role: r.name })}
              </button>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );

  return [
    <header class="topbar">
      <h1 class="brand">
        {t('appTitle')}
        <span class="code-badge">{`${t('roomLabel')} ${info.code}`}</span>
      </h1>
      {languageSwitch(state, app)}
      <button type="button" class="btn small ghost" key="leave" data-key="leave" onClick={() => void app.leave()}>
        {t('leave')}
      </button>
    </header>,
    w.host ? (
      <main class="lobby host-lobby" id="main">
        {slot(state, SLOT.global)}
        <div class="lobby-col">{hostPanel(state, app)}</div>
        <div class="lobby-col">
          {share}
          {roomPeople(state, app)}
          {mySeat !== null ? renameCard(state, app) : null}
        </div>
        {mySeat !== null ? roles : null}
      </main>
    ) : (
      <main class="lobby" id="main">
        {slot(state, SLOT.global)}
        {share}
        {players}
        <p class="card wait" role="status">
          {t('waitForHost')}
        </p>
        {roles}
      </main>
    ),
  ];
}

function renameCard(state: AppState, app: App): UiNode {
  return <section class="card">{renameForm(state, app)}</section>;
}

function renameForm(state: AppState, app: App): UiNode {
  return (
    <form
      class="rename"
      onSubmit={(e) => {
        e.preventDefault();
        app.rename();
      }}
    >
      <label for="rename">{t('changeName')}</label>
      <div class="row">
        <input
          id="rename"
          key="rename"
          data-key="rename"
          type="text"
          maxlength={24}
          value={state.name}
          onInput={(e) => app.input('name', (e.target as HTMLInputElement).value)}
        />
        <button type="submit" class="btn small" key="rename-save" data-key="rename-save">
          {t('saveName')}
        </button>
      </div>
      {slot(state, SLOT.name)}
    </form>
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
