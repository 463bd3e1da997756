import { t, type Key } from '../../i18n';
import { guessMatrix, interestLines, playerRows, type PlayerRow } from '../../model/debrief';
import { h, icon, type UiNode } from '../../components/dom';
import { roleIcon } from '../../components/icons';
import type { Ctx } from './ctx';

// Per partner, who understood whom, and every interest with who put it on the table: tables on a
// laptop and a projector, one card per row on a phone (styles: data-label on each cell).

type Panel = (key: string, title: string, ...body: (UiNode | null | false | (UiNode | null)[])[]) => UiNode;

const COLUMNS: [Key, keyof PlayerRow][] = [
  ['dbColGiven', 'given'],
  ['dbColReceived', 'received'],
  ['dbColProjects', 'projects'],
  ['dbColInterests', 'interests'],
  ['dbColCards', 'cards'],
  ['dbColOffers', 'offers'],
  ['dbColAccepted', 'accepted'],
  ['dbColDeclined', 'declined'],
  ['dbColPoints', 'points'],
];

export function playersPanel({ state, data, names }: Ctx, panel: Panel): UiNode {
  const rows = playerRows(data.debrief, names, state.locale);
  return panel(
    'players',
    t('dbPlayers'),
    h(
      'table',
      { class: 'db-table cards-on-phone', 'data-testid': 'players-table' },
      h('thead', null, h('tr', null, h('th', { scope: 'col' }, t('dbColPartner')), COLUMNS.map(([k]) => h('th', { scope: 'col' }, t(k))))),
      h(
        'tbody',
        null,
        rows.map((r) =>
          h(
            'tr',
            { 'data-role': r.role },
            h('th', { scope: 'row' }, icon(roleIcon(r.role), 'role-icon small'), h('span', null, r.roleName, h('span', { class: 'muted who' }, r.who))),
            COLUMNS.map(([k, f]) => h('td', { 'data-label': t(k), title: f === 'projects' ? r.projectNames : null }, String(r[f]))),
          ),
        ),
      ),
    ),
  );
}

export function guessesPanel({ state, data, names, roleAt }: Ctx, panel: Panel): UiNode {
  const m = guessMatrix(data.debrief, names, roleAt, state.locale);
  if (m.rows.length === 0) return panel('guesses', t('dbGuesses'), h('p', { class: 'muted' }, t('dbNoGuesses')));
  return panel(
    'guesses',
    t('dbGuesses'),
    h('p', { class: 'hint' }, t('dbGuessesHelp')),
    // On a phone the matrix is wider than the screen: say so, and keep the names in view while sliding.
    m.cols.length > 2 ? h('p', { class: 'hint scroll-hint', 'data-testid': 'guess-scroll-hint' }, t('dbScrollHint')) : null,
    h(
      'div',
      { class: 'table-scroll', tabindex: 0, role: 'region', 'aria-label': t('dbGuesses') },
      h(
        'table',
        { class: 'db-table matrix', 'data-testid': 'guess-matrix' },
        h('thead', null, h('tr', null, h('th', { scope: 'col' }, ''), m.cols.map((c) => h('th', { scope: 'col' }, icon(roleIcon(c.role), 'role-icon small'), h('span', null, c.label))))),
        h(
          'tbody',
          null,
          m.rows.map((r, i) =>
            h(
              'tr',
              null,
              h('th', { scope: 'row' }, r.label),
              m.cells[i].map((c) =>
                c
                  ? h('td', { class: c.hits > 0 ? 'hit' : 'miss', title: t('dbGuessCell', { hits: c.hits, guessed: c.guessed }) }, `${c.hits > 0 ? '✓' : '✕'} ${c.hits}/${c.guessed}`)
                  : h('td', { class: 'none' }, '·'),
              ),
            ),
          ),
        ),
      ),
    ),
  );
}

export function interestsPanel({ state, data, names, view }: Ctx, panel: Panel): UiNode {
  const lines = interestLines(data.debrief, names, state.locale, view.seats.length);
  const mine = view.kind === 'player' ? (view.reveal?.guesses[view.seat] ?? {}) : {};
  return panel(
    'interests',
    t('dbInterests'),
    h(
      'ul',
      { class: 'db-interests' },
      lines.map((p) =>
        h(
          'li',
          { 'data-role': p.role },
          h('h3', null, icon(roleIcon(p.role), 'role-icon small'), p.roleName),
          myGuess(p.role, mine[p.role], p.interests.map((i) => i.id)),
          h(
            'ul',
            null,
            p.interests.map((i) =>
              h(
                'li',
                { class: i.met ? 'met' : 'unmet', 'data-interest': i.id },
                h('strong', null, i.title),
                ' ',
                h('span', { class: `badge ${i.met ? 'ok' : 'no'}` }, i.met ? `✓ ${t('dbMet')}` : `✕ ${t('dbNotMet')}`),
                mine[p.role]?.includes(i.id) ? h('span', { class: 'tag' }, `✓ ${t('youGuessed')}`) : null,
                h('p', null, i.text),
                i.disclosures.length
                  ? h('ul', { class: 'disclosures' }, i.disclosures.map((d) => h('li', null, '◉ ', d)))
                  : h('p', { class: 'muted' }, `◌ ${t('dbNeverShown')}`),
              ),
            ),
          ),
        ),
      ),
    ),
  );
}

/** My own guess about this partner (a player's screen only): how many of its interests I named. */
function myGuess(role: string, guessed: string[] | undefined, truth: string[]): UiNode | null {
  if (!guessed) return null;
  const right = guessed.filter((g) => truth.includes(g)).length;
  return h('p', { class: 'guess-line', 'data-testid': `guess-result-${role}` }, t('guessResult', { right, guessed: guessed.length }));
}
