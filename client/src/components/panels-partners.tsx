import { control } from '../state/controls';
import type { PlayerView } from '../../../shared/view/types';
import { t } from '../i18n';
import * as cards from '../model/cards';
import { formatLogEntry } from '../model/log';
import { feedLines } from '../model/bots';
import { partnersVM } from '../model/table';
import type { App } from '../state/port';
import { moveButton, section } from './common';
import { icon, type UiNode } from './dom';
import { roleIcon } from './icons';
import { markReturn } from './panels-me';
import type { AppState } from '../state/state';
import { seatHostControls } from './bots';

// Every other partner: role, who plays it, how many cards, what they put on the table; and the log.

export function partnersPanel(state: AppState, app: App, v: PlayerView): UiNode {
  const seats = state.info?.seats ?? [];
  const playing = v.status === 'playing';
  return section(
    t('partners'),
    'partners',
    playing && v.phase !== 'overleg' ? <p class="when">{t('tradeWhen')}</p> : null,
    <ul class="partners">
      {partnersVM(v, seats, state.locale).map((p) => (
        <li class="partner" data-anchor={`partner:${p.role}`} data-testid={`partner-${p.role}`}>
          <div class="partner-head">
            {icon(roleIcon(p.role), 'role-icon')}
            <div>
              <h3>{p.roleName}</h3>
              <p class="who">
                {p.played ? p.playerName : t('notPlayed')}
                {p.played && !p.connected && !p.bot ? <span class="tag">{t('offline')}</span> : null}
              </p>
            </div>
            <span class="hand-count" aria-label={t('cards', { n: p.handCount })}>
              <span class="card-glyph" aria-hidden="true" />
              {t('cards', { n: p.handCount })}
            </span>
          </div>
          {p.disclosed.length ? (
            <div class="disclosed">
              <h4>{`◉ ${t('onTable')}`}</h4>
              <ul>
                {p.disclosed.map((d) => (
                  <li data-testid={`disclosed-${p.role}-${d.interestId}`}>
                    <strong>{d.title}</strong>
                    {d.toYou ? <span class="tag">{t('toYou')}</span> : null}
                    <p>{d.text}</p>
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          {p.myGuess.length ? (
            <p class="guess-line">
              <span class="label">{`${t('yourGuess')}: `}</span>
              {p.myGuess.map((id) => cards.interestTitle(id, state.locale)).join('; ')}
            </p>
          ) : null}
          {seatHostControls(state, app, p)}
          {playing ? (
            <div class="actions">
              {moveButton(
                state,
                v,
                control.trade(),
                {
                  class: 'btn',
                  'data-key': `trade-${p.role}`,
                  'data-testid': `trade-${p.role}`,
                  onClick: (e) => {
                    markReturn(e);
                    app.openDialog({ kind: 'trade', to: p.role, give: {}, get: {}, counterOf: null });
                  },
                },
                t('trade'),
              )}
              {moveButton(
                state,
                v,
                control.gift(),
                {
                  class: 'btn',
                  'data-key': `gift-${p.role}`,
                  'data-testid': `gift-${p.role}`,
                  onClick: (e) => {
                    markReturn(e);
                    app.openDialog({ kind: 'gift', to: p.role, resources: {} });
                  },
                },
                t('gift'),
              )}
              <button
                type="button"
                class="btn"
                key={`guess-${p.role}`}
                data-key={`guess-${p.role}`}
                data-testid={`guess-${p.role}`}
                onClick={(e) => {
                  markReturn(e);
                  app.openDialog({ kind: 'guess', target: p.role, picks: [...p.myGuess] });
                }}
              >
                {t('guess')}
              </button>
            </div>
          ) : null}
        </li>
      ))}
    </ul>,
  );
}

export function logPanel(state: AppState, v: PlayerView | import('../../../shared/view/types').GameView): UiNode {
  const seats = state.info?.seats ?? [];
  const me = v.kind === 'player' ? v.role : null;
  const ctx = { locale: state.locale, me, seatName: (s: number) => seats.find((x) => x.seat === s)?.name ?? `#${s + 1}` };
  const lines = feedLines(v.log, (e) => formatLogEntry(e, ctx), state.botFeed, state.locale, 40);
  return section(
    t('log'),
    'log',
    <ol class="log" data-testid="log" aria-live="off" data-pledges={v.log.filter((e) => e.t === 'pledge').length}>
      {lines.map((line) => (
        <li class={line.kind === 'bot' ? 'bot-line' : undefined}>{line.text}</li>
      ))}
    </ol>,
  );
}
