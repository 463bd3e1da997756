import { control } from '../state/controls';
import type { PlayerView } from '../../../shared/view/types';
import { t } from '../i18n';
import * as cards from '../model/cards';
import { formatLogEntry } from '../model/log';
import { feedLines } from '../model/bots';
import { partnersVM } from '../model/table';
import type { App } from '../state/port';
import { moveButton, section } from './common';
import { h, icon, type UiNode } from './dom';
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
    playing && v.phase !== 'overleg' ? h('p', { class: 'when' }, t('tradeWhen')) : null,
    h(
      'ul',
      { class: 'partners' },
      partnersVM(v, seats, state.locale).map((p) =>
        h(
          'li',
          { class: 'partner', 'data-anchor': `partner:${p.role}`, 'data-testid': `partner-${p.role}` },
          h(
            'div',
            { class: 'partner-head' },
            icon(roleIcon(p.role), 'role-icon'),
            h(
              'div',
              null,
              h('h3', null, p.roleName),
              h(
                'p',
                { class: 'who' },
                p.played ? p.playerName : t('notPlayed'),
                p.played && !p.connected && !p.bot ? h('span', { class: 'tag' }, t('offline')) : null,
              ),
            ),
            h('span', { class: 'hand-count', 'aria-label': t('cards', { n: p.handCount }) }, h('span', { class: 'card-glyph', 'aria-hidden': 'true' }), t('cards', { n: p.handCount })),
          ),
          p.disclosed.length
            ? h(
                'div',
                { class: 'disclosed' },
                h('h4', null, `◉ ${t('onTable')}`),
                h(
                  'ul',
                  null,
                  p.disclosed.map((d) =>
                    h('li', { 'data-testid': `disclosed-${p.role}-${d.interestId}` }, h('strong', null, d.title), d.toYou ? h('span', { class: 'tag' }, t('toYou')) : null, h('p', null, d.text)),
                  ),
                ),
              )
            : null,
          p.myGuess.length
            ? h('p', { class: 'guess-line' }, h('span', { class: 'label' }, `${t('yourGuess')}: `), p.myGuess.map((id) => cards.interestTitle(id, state.locale)).join('; '))
            : null,
          seatHostControls(state, app, p),
          playing
            ? h(
                'div',
                { class: 'actions' },
                moveButton(
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
                ),
                moveButton(
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
                ),
                h(
                  'button',
                  {
                    type: 'button',
                    class: 'btn',
                    'data-key': `guess-${p.role}`,
                    'data-testid': `guess-${p.role}`,
                    onClick: (e) => {
                      markReturn(e);
                      app.openDialog({ kind: 'guess', target: p.role, picks: [...p.myGuess] });
                    },
                  },
                  t('guess'),
                ),
              )
            : null,
        ),
      ),
    ),
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
    h('ol', { class: 'log', 'data-testid': 'log', 'aria-live': 'off', 'data-pledges': v.log.filter((e) => e.t === 'pledge').length }, lines.map((line) => h('li', { class: line.kind === 'bot' ? 'bot-line' : null }, line.text))),
  );
}
