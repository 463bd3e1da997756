import { REFLECTION_MAX, type ReflectionItem } from '../../../shared/protocol/reflections';
import type { GameView } from '../../../shared/view/types';
import { t } from '../i18n';
import { questionsVM, type Question } from '../model/reflections';
import { parseSettings } from '../../../shared/protocol/room';
import { isSoloRoom } from '../model/solo';
import type { App } from '../state/port';
import { slot } from '../components/common';
import { type UiNode } from '../components/dom';
import { SLOT, type AppState } from '../state/state';

// The debrief's discussion questions on the end screen: each player answers on their own device,
// everyone (the projector too) sees the answers arrive, and the host can hide one for everyone.

export function reflectionsPanel(state: AppState, app: App, v: GameView): UiNode {
  const data = state.debrief?.code === state.info?.code ? (state.debrief?.data ?? null) : null;
  const questions = questionsVM(data?.debrief ?? null, state.reflections ?? [], state.locale);
  const anonymous = state.info ? (parseSettings(state.info)?.anonymousReflections ?? false) : false;
  const canAnswer = v.kind === 'player';
  const solo = v.kind === 'player' && isSoloRoom(state.info, v.seat);
  const host = !!state.welcome?.host;
  const count = (state.reflections ?? []).filter((r) => !r.hidden).length;
  return (
    <section
      class={`panel reflections ${count === 0 ? 'no-print' : ''}`}
      aria-labelledby="h-reflect"
      data-testid="reflections"
      data-count={count}
      data-anonymous={anonymous ? 'true' : 'false'}
    >
      <h2 id="h-reflect">{t('rfTitle')}</h2>
      {/* Alone with bots there is no group to see the answers: the solo text says so. */}
      {solo ? (
        <p class="hint no-print">{t('rfHelpSolo')}</p>
      ) : (
        <p class="hint no-print">
          {canAnswer ? `${t('rfHelp')} ` : ''}
          {anonymous ? t('rfAnonymous') : t('rfNamed')}
        </p>
      )}
      <div class="questions">{questions.map((q) => questionBlock(state, app, q, canAnswer, host))}</div>
    </section>
  );
}

function questionBlock(state: AppState, app: App, q: Question, canAnswer: boolean, host: boolean): UiNode {
  const hid = `q-${q.id.replace(/[^a-z0-9-]/g, '-')}`;
  const visible = q.answers.filter((a) => !a.hidden).length;
  return (
    <article class={`question ${visible === 0 ? 'no-print' : ''}`} aria-labelledby={hid} data-question={q.id}>
      <h3 id={hid}>{q.title}</h3>
      <p class="prompt">{q.prompt}</p>
      {canAnswer ? answerForm(state, app, q, hid) : null}
      {/* Said when answers arrive, not when the screen opens: empty while there are none. */}
      <p class="sr-only" aria-live="polite" data-testid={`answers-said-${q.id}`}>
        {visible === 0 ? '' : visible === 1 ? t('rfAnswers1') : t('rfAnswersN', { n: visible })}
      </p>
      {q.answers.length === 0 ? (
        <p class="muted">{t('rfNoAnswers')}</p>
      ) : (
        <ul class="answers" data-testid={`answers-${q.id}`}>
          {q.answers.map((a) => answerLine(state, app, a, host))}
        </ul>
      )}
    </article>
  );
}

function answerForm(state: AppState, app: App, q: Question, hid: string): UiNode {
  const id = `answer-${hid}`;
  const draft = state.reflectDrafts[q.id] ?? '';
  const left = (
    <span class="hint" id={`${id}-left`}>
      {t('rfLeft', { n: REFLECTION_MAX - draft.length })}
    </span>
  );
  return (
    <form
      class="answer-form no-print"
      onSubmit={(e) => {
        e.preventDefault();
        app.reflect(q.id);
      }}
    >
      <label for={id} class="sr-only">{`${t('rfYourAnswer')}: ${q.prompt}`}</label>
      <textarea
        id={id}
        rows={2}
        maxlength={REFLECTION_MAX}
        key={id}
        data-key={id}
        data-testid={`answer-${q.id}`}
        placeholder={t('rfYourAnswer')}
        aria-describedby={`${id}-left`}
        value={draft}
        onInput={(e) => {
          const text = (e.target as HTMLTextAreaElement).value;
          app.draftReflection(q.id, text);
        }}
        // Enter posts, Shift+Enter is a new line (the answer is one short line anyway).
        onKeyDown={(e) => {
          const k = e as KeyboardEvent;
          if (k.key !== 'Enter' || k.shiftKey) return;
          e.preventDefault();
          app.reflect(q.id);
        }}
      />
      <div class="answer-row">
        {left}
        <button type="submit" class="btn primary small" data-testid={`send-${q.id}`}>
          {t('rfSend')}
        </button>
      </div>
      {slot(state, SLOT.reflect(q.id))}
    </form>
  );
}

function answerLine(state: AppState, app: App, a: ReflectionItem, host: boolean): UiNode {
  if (a.hidden)
    return (
      <li class="answer hidden no-print" data-id={a.id} data-hidden="true">
        <em class="muted">{t('rfHidden')}</em>
      </li>
    );
  return (
    <li class={`answer ${a.mine ? 'mine' : ''}`} data-id={a.id} data-hidden="false">
      <span class="text">{a.text}</span>
      {a.author || a.mine ? <span class="author">{` — ${[a.author, a.mine ? t('rfMine') : null].filter(Boolean).join(' · ')}`}</span> : null}
      {host ? (
        <button
          type="button"
          class="btn small ghost no-print"
          data-testid="hide-reflection"
          aria-label={t('rfHideLabel', { text: a.text.slice(0, 40) })}
          onClick={() => app.host({ kind: 'hideReflection', id: a.id }, SLOT.reflection(a.id))}
        >
          {t('rfHide')}
        </button>
      ) : null}
      {slot(state, SLOT.reflection(a.id))}
    </li>
  );
}
