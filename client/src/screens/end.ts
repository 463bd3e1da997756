import type { GameView } from '../../../shared/view/types';
import { t } from '../i18n';
import { endVM } from '../model/end';
import { h, icon, withProps, type UiNode } from '../components/dom';
import { roleIcon } from '../components/icons';
import { logPanel } from '../components/panels-partners';
import { personasPanel } from '../components/panels-table';
import type { App } from '../state/port';
import type { AppState } from '../state/state';
import { comparePanel } from './end-compare';
import { debriefStatus, printHeader, wayOnPanel } from './end-next';
import { reflectionsPanel } from './reflections';

// The end screen: the team's result and every player's interest score side by side (neither alone is
// "the" result), then every interest revealed, met or not, and whether it was put on the table.

export function endPanel(state: AppState, v: GameView, app?: App): UiNode {
  const seat = v.kind === 'player' ? v.seat : null;
  const vm = endVM(v, state.info?.seats ?? [], seat, state.locale);
  if (!vm) return h('section', { class: 'panel' }, h('h2', null, t('endTitle')));
  const db = state.debrief && state.debrief.code === state.info?.code ? state.debrief : null;
  const ui = app?.debrief.ui;
  const debrief = app && ui && db?.phase === 'ready' && db.data ? ui.debriefSections(state, app, v, db.data) : null;
  const noPrint = (el: UiNode) => withProps(el, { class: 'no-print' });
  return h(
    'div',
    { class: 'end', 'data-testid': 'end-screen', 'data-scroll': 'end', 'data-debrief': db?.phase ?? 'none' },
    printHeader(state, db),
    h(
      'section',
      { class: `panel result ${vm.won ? 'won' : 'lost'}`, 'aria-labelledby': 'h-end' },
      h('h1', { id: 'h-end' }, t('endTitle')),
      h('p', { class: 'result-line', 'data-testid': 'team-result' }, vm.won ? '★ ' : '✕ ', t(vm.won ? 'teamWon' : 'teamLost', { n: vm.onBoard, target: vm.target })),
      vm.endedEarly ? h('p', { class: 'muted' }, t('endedEarly')) : null,
      h('p', { class: 'hint' }, t('bothCount')),
      h('h3', null, t('interestScores')),
      h(
        'ul',
        { class: 'scores', 'data-testid': 'scores' },
        vm.scores.map((s) =>
          h(
            'li',
            { class: s.isMe ? 'me' : '' },
            icon(roleIcon(s.role), 'role-icon small'),
            t('seatScore', { name: s.name || '—', role: s.roleName, n: s.points }),
            s.isMe ? h('span', { class: 'tag' }, t('you')) : null,
          ),
        ),
      ),
    ),
    app ? wayOnPanel(state, app, db) : null,
    app ? reflectionsPanel(state, app, v) : null,
    debrief ?? debriefStatus(state, app, db),
    comparePanel(state, v),
    debrief ? null : h(
      'section',
      { class: 'panel', 'aria-labelledby': 'h-revealed' },
      h('h2', { id: 'h-revealed' }, t('revealed')),
      h(
        'ul',
        { class: 'revealed' },
        vm.revealed.map((r) =>
          h(
            'li',
            null,
            h('h3', null, icon(roleIcon(r.role), 'role-icon small'), r.roleName),
            r.myGuess ? h('p', { class: 'guess-line', 'data-testid': `guess-result-${r.role}` }, t('guessResult', { right: r.myGuess.right, guessed: r.myGuess.guessed })) : null,
            h(
              'ul',
              null,
              r.interests.map((i) =>
                h(
                  'li',
                  { class: i.met ? 'met' : '' },
                  h('strong', null, i.title),
                  ' ',
                  h('span', { class: `badge ${i.met ? 'ok' : ''}` }, i.met ? `✓ ${t('met')}` : `○ ${t('notMet')}`),
                  ' ',
                  h('span', { class: 'tag' }, i.disclosed ? `◉ ${t('onTable')}` : `◌ ${t('secret')}`),
                  i.iGuessed ? h('span', { class: 'tag' }, `✓ ${t('youGuessed')}`) : null,
                  h('p', null, i.text),
                ),
              ),
            ),
          ),
        ),
      ),
    ),
    app ? noPrint(personasPanel(state, app, v)) : null,
    noPrint(logPanel(state, v)),
  );
}
