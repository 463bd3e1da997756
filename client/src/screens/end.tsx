import type { GameView } from '../../../shared/view/types';
import { t } from '../i18n';
import { endVM } from '../model/end';
import { icon, withProps, type UiNode } from '../components/dom';
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
  if (!vm)
    return (
      <section class="panel">
        <h2>{t('endTitle')}</h2>
      </section>
    );
  const db = state.debrief && state.debrief.code === state.info?.code ? state.debrief : null;
  const ui = app?.debrief.ui;
  const debrief = app && ui && db?.phase === 'ready' && db.data ? ui.debriefSections(state, app, v, db.data) : null;
  const noPrint = (el: UiNode) => withProps(el, { class: 'no-print' });
  return (
    <div class="end" data-testid="end-screen" data-scroll="end" data-debrief={db?.phase ?? 'none'}>
      {printHeader(state, db)}
      <section class={`panel result ${vm.won ? 'won' : 'lost'}`} aria-labelledby="h-end">
        <h1 id="h-end">{t('endTitle')}</h1>
        <p class="result-line" data-testid="team-result">
          {vm.won ? '★ ' : '✕ '}
          {t(vm.won ? 'teamWon' : 'teamLost', { n: vm.onBoard, target: vm.target })}
        </p>
        {vm.endedEarly ? <p class="muted">{t('endedEarly')}</p> : null}
        <p class="hint">{t('bothCount')}</p>
        <h3>{t('interestScores')}</h3>
        <ul class="scores" data-testid="scores">
          {vm.scores.map((s) => (
            <li class={s.isMe ? 'me' : ''}>
              {icon(roleIcon(s.role), 'role-icon small')}
              {t('seatScore', { name: s.name || '—', role: s.roleName, n: s.points })}
              {s.isMe ? <span class="tag">{t('you')}</span> : null}
            </li>
          ))}
        </ul>
      </section>
      {app ? wayOnPanel(state, app, db) : null}
      {app ? reflectionsPanel(state, app, v) : null}
      {debrief ?? debriefStatus(state, app, db)}
      {comparePanel(state, v)}
      {debrief ? null : (
        <section class="panel" aria-labelledby="h-revealed">
          <h2 id="h-revealed">{t('revealed')}</h2>
          <ul class="revealed">
            {vm.revealed.map((r) => (
              <li>
                <h3>
                  {icon(roleIcon(r.role), 'role-icon small')}
                  {r.roleName}
                </h3>
                {r.myGuess ? (
                  <p class="guess-line" data-testid={`guess-result-${r.role}`}>
                    {t('guessResult', { right: r.myGuess.right, guessed: r.myGuess.guessed })}
                  </p>
                ) : null}
                <ul>
                  {r.interests.map((i) => (
                    <li class={i.met ? 'met' : ''}>
                      <strong>{i.title}</strong> <span class={`badge ${i.met ? 'ok' : ''}`}>{i.met ? `✓ ${t('met')}` : `○ ${t('notMet')}`}</span>{' '}
                      <span class="tag">{i.disclosed ? `◉ ${t('onTable')}` : `◌ ${t('secret')}`}</span>
                      {i.iGuessed ? <span class="tag">{`✓ ${t('youGuessed')}`}</span> : null}
                      <p>{i.text}</p>
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </section>
      )}
      {app ? noPrint(personasPanel(state, app, v)) : null}
      {noPrint(logPanel(state, v))}
    </div>
  );
}
