import { render } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { isCardKind } from '../../../shared/edition/edit';
import { EDITABLE_KINDS } from '../../../shared/edition/form';
import { LOCALES, type Locale } from '../../../shared/model/ids';
import { loadLocale, saveLocale, setLocale, t } from '../i18n';
import { BalancePanel } from './balance-panel';
import { workerRunner } from './balance-run';
import type { BalanceRunner } from './balance-types';
import { CardForm } from './card-form';
import { FilesPanel, Problems } from './files-panel';
import { cardTitle, kindHelp, kindName } from './labels';
import * as m from './model';
import { Preview } from './preview';
import './editor.css';

// The edition editor (`/?editie`, or `/?editie=CODE` to open a colleague's): its own page and its own
// download chunk. One EditorState, held by the page, changed only by the functions of model.ts; the
// draft is kept on this device after every change.

const LANGUAGE_NAMES: Record<Locale, string> = { nl: 'Nederlands', en: 'English' };

export interface EditorProps {
  storage: Storage | null;
  endpoint: string;
  runner: BalanceRunner;
  /** A code to open at once. */
  code?: string | null;
}

export function EditorPage({ storage, endpoint, runner, code }: EditorProps) {
  const [locale, setLoc] = useState<Locale>(() => loadLocale(storage));
  const [s, set] = useState<m.EditorState>(() => m.initialState(m.startEdition(storage, locale)));
  setLocale(locale);
  const check = useMemo(() => m.wholeCheck(s.edition), [s.edition]);
  useEffect(() => m.saveDraft(storage, s.edition), [s.edition]);
  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = t('edTitle');
  }, [locale]);
  const e = s.edition;
  const cards = m.cardsOf(e, s.kind);
  const card = cards[s.index];
  const off = card ? m.isOff(e, s.kind, card.id) : false;
  const wide = check.ok ? [] : check.problems;
  const nameProblem = wide.filter((p) => p.path === 'name');
  const rename = (name: string, place: string | undefined) => set((c) => m.rename(c, name, place));
  const pick = (i: number) => set((c) => m.chooseCard(c, i));
  const chooseLocale = (l: Locale) => {
    saveLocale(storage, l);
    setLoc(l);
  };
  return (
    <>
      <header class="topbar">
        <h1 class="brand">{t('edTitle')}</h1>
        <a class="btn ghost" href="/">
          {t('edBackToGame')}
        </a>
        <div class="lang" role="group" aria-label={t('language')}>
          {LOCALES.map((l) => (
            <button key={l} type="button" class="lang-btn" lang={l} aria-pressed={locale === l} onClick={() => chooseLocale(l)}>
              {LANGUAGE_NAMES[l]}
            </button>
          ))}
        </div>
      </header>
      <main id="main" class="editor" data-testid="editor">
        <section class="card ed-head">
          <p class="hint">{t('edIntro')}</p>
          <div class="ed-field">
            <label for="ed-name">{t('edName')}</label>
            <input id="ed-name" type="text" maxLength={120} value={e.name} aria-invalid={nameProblem.length > 0 || undefined} onInput={(x) => rename((x.currentTarget as HTMLInputElement).value, e.place)} />
            {nameProblem.length ? <p class="ed-problem">{nameProblem.map((p) => p[locale]).join(' ')}</p> : null}
          </div>
          <div class="ed-field">
            <label for="ed-place">{t('edPlace')}</label>
            <input id="ed-place" type="text" maxLength={120} value={e.place ?? ''} onInput={(x) => rename(e.name, (x.currentTarget as HTMLInputElement).value || undefined)} />
          </div>
        </section>
        <nav class="ed-kinds" aria-label={t('edCards')}>
          {EDITABLE_KINDS.map((k) => (
            <button key={k} type="button" class="btn ghost" aria-pressed={k === s.kind} data-kind={k} onClick={() => set((c) => m.chooseKind(c, k))}>
              {kindName(k)}
            </button>
          ))}
        </nav>
        <div class="ed-body">
          <section class="card ed-card" aria-labelledby="h-ed-card">
            <h2 id="h-ed-card">{kindName(s.kind)}</h2>
            <p class="hint ed-help" data-testid="kind-help">
              {kindHelp(s.kind)}
            </p>
            <div class="ed-pick">
              <label for="ed-pick">{t('edCardOf', { n: s.index + 1, total: cards.length })}</label>
              <select id="ed-pick" value={String(s.index)} onChange={(x) => pick(Number((x.currentTarget as HTMLSelectElement).value))} data-testid="card-pick">
                {cards.map((c, i) => (
                  <option key={c.id} value={String(i)}>
                    {cardTitle(e, s.kind, i, locale)}
                    {m.isOff(e, s.kind, c.id) ? ` (${t('edIsOff')})` : ''}
                  </option>
                ))}
              </select>
            </div>
            {isCardKind(s.kind) ? (
              <p class="row ed-card-actions">
                <button type="button" class="btn ghost" onClick={() => set((c) => m.add(c))} data-testid="card-add">
                  {t('edAdd')}
                </button>
                <button type="button" class="btn ghost" onClick={() => set((c) => m.toggleOff(c))} aria-pressed={off} data-testid="card-off">
                  {off ? t('edSwitchOn') : t('edSwitchOff')}
                </button>
                <button type="button" class="btn danger" onClick={() => window.confirm(t('edRemoveConfirm', { name: cardTitle(e, s.kind, s.index, locale) })) && set((c) => m.remove(c))} data-testid="card-remove">
                  {t('edRemove')}
                </button>
              </p>
            ) : null}
            <h3 class="ed-card-title" data-testid="card-title">
              {cardTitle(e, s.kind, s.index, locale)}
              {off ? <span class="badge">{t('edIsOff')}</span> : null}
            </h3>
            <CardForm edition={e} kind={s.kind} index={s.index} locale={locale} wide={wide} onChange={(path, value) => set((c) => m.changeField(c, path, value))} />
          </section>
          <Preview edition={e} kind={s.kind} index={s.index} locale={locale} />
        </div>
        <section class="card ed-check" aria-labelledby="h-ed-check" data-testid="whole-check">
          <h2 id="h-ed-check" class={check.ok ? 'ok' : 'warn'}>
            {check.ok ? t('edCheckOk') : t('edCheckBad', { n: check.problems.length })}
          </h2>
          {check.ok ? null : <Problems problems={check.problems} locale={locale} edition={e} onGo={(k, i) => set((c) => m.chooseCard(m.chooseKind(c, k), i))} />}
        </section>
        <FilesPanel state={s} set={set} check={check} locale={locale} storage={storage} endpoint={endpoint} code={code ?? null} />
        <BalancePanel edition={check.ok ? check.edition : e} locale={locale} runner={runner} canRun={check.ok} storage={storage} />
      </main>
    </>
  );
}

/** Mount the editor page in `root`. */
export function startEditor(root: HTMLElement, opts: { storage: Storage | null; endpoint: string; code: string | null }): void {
  document.documentElement.dataset.screen = 'editor';
  render(<EditorPage storage={opts.storage} endpoint={opts.endpoint} runner={workerRunner} code={opts.code} />, root);
  document.documentElement.dataset.ready = 'true';
}
