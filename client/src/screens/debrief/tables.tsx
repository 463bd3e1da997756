import { t, type Key } from '../../i18n';
import { guessMatrix, interestLines, playerRows, type PlayerRow } from '../../model/debrief';
import { icon, type UiNode } from '../../components/dom';
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
    <table class="db-table cards-on-phone" data-testid="players-table">
      <thead>
        <tr>
          <th scope="col">{t('dbColPartner')}</th>
          {COLUMNS.map(([k]) => (
            <th scope="col">{t(k)}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr data-role={r.role}>
            <th scope="row">
              {icon(roleIcon(r.role), 'role-icon small')}
              <span>
                {r.roleName}
                <span class="muted who">{r.who}</span>
              </span>
            </th>
            {COLUMNS.map(([k, f]) => (
              <td data-label={t(k)} title={f === 'projects' ? r.projectNames : undefined}>
                {String(r[f])}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>,
  );
}

export function guessesPanel({ state, data, names, roleAt }: Ctx, panel: Panel): UiNode {
  const m = guessMatrix(data.debrief, names, roleAt, state.locale);
  if (m.rows.length === 0) return panel('guesses', t('dbGuesses'), <p class="muted">{t('dbNoGuesses')}</p>);
  return panel(
    'guesses',
    t('dbGuesses'),
    <p class="hint">{t('dbGuessesHelp')}</p>,
    // On a phone the matrix is wider than the screen: say so, and keep the names in view while sliding.
    m.cols.length > 2 ? (
      <p class="hint scroll-hint" data-testid="guess-scroll-hint">
        {t('dbScrollHint')}
      </p>
    ) : null,
    <div class="table-scroll" tabindex={0} role="region" aria-label={t('dbGuesses')}>
      <table class="db-table matrix" data-testid="guess-matrix">
        <thead>
          <tr>
            <th scope="col">{''}</th>
            {m.cols.map((c) => (
              <th scope="col">
                {icon(roleIcon(c.role), 'role-icon small')}
                <span>{c.label}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {m.rows.map((r, i) => (
            <tr>
              <th scope="row">{r.label}</th>
              {m.cells[i].map((c) =>
                c ? (
                  <td class={c.hits > 0 ? 'hit' : 'miss'} title={t('dbGuessCell', { hits: c.hits, guessed: c.guessed })}>
                    {`${c.hits > 0 ? '✓' : '✕'} ${c.hits}/${c.guessed}`}
                  </td>
                ) : (
                  <td class="none">·</td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>,
  );
}

export function interestsPanel({ state, data, names, view }: Ctx, panel: Panel): UiNode {
  const lines = interestLines(data.debrief, names, state.locale, view.seats.length);
  const mine = view.kind === 'player' ? (view.reveal?.guesses[view.seat] ?? {}) : {};
  return panel(
    'interests',
    t('dbInterests'),
    <ul class="db-interests">
      {lines.map((p) => (
        <li data-role={p.role}>
          <h3>
            {icon(roleIcon(p.role), 'role-icon small')}
            {p.roleName}
          </h3>
          {myGuess(
            p.role,
            mine[p.role],
            p.interests.map((i) => i.id),
          )}
          <ul>
            {p.interests.map((i) => (
              <li class={i.met ? 'met' : 'unmet'} data-interest={i.id}>
                <strong>{i.title}</strong> <span class={`badge ${i.met ? 'ok' : 'no'}`}>{i.met ? `✓ ${t('dbMet')}` : `✕ ${t('dbNotMet')}`}</span>
                {mine[p.role]?.includes(i.id) ? <span class="tag">{`✓ ${t('youGuessed')}`}</span> : null}
                <p>{i.text}</p>
                {i.disclosures.length ? (
                  <ul class="disclosures">
                    {i.disclosures.map((d) => (
                      <li>
                        {'◉ '}
                        {d}
                      </li>
                    ))}
                  </ul>
                ) : (
                  <p class="muted">{`◌ ${t('dbNeverShown')}`}</p>
                )}
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ul>,
  );
}

/** My own guess about this partner (a player's screen only): how many of its interests I named. */
function myGuess(role: string, guessed: readonly string[] | undefined, truth: readonly string[]): UiNode | null {
  if (!guessed) return null;
  const right = guessed.filter((g) => truth.includes(g)).length;
  return (
    <p class="guess-line" data-testid={`guess-result-${role}`}>
      {t('guessResult', { right, guessed: guessed.length })}
    </p>
  );
}
