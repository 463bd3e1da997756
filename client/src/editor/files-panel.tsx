import { useEffect, useState } from 'preact/hooks';
import type { EditionCheck, Problem } from '../../../shared/edition/check';
import { standardEdition } from '../../../shared/edition/standard';
import type { Locale } from '../../../shared/model/ids';
import type { Edition } from '../../../shared/edition/format';
import type { EditableKind } from '../../../shared/edition/form';
import { t } from '../i18n';
import { problemPlace } from './labels';
import { download, openFromServer, saveOnServer, type OpenResult } from './files';
import * as m from './model';

// Saving and sharing: a download, an upload (refused with every problem), the server's store under a
// code, a colleague's code, and starting again from the standard edition.

type Set = (f: (s: m.EditorState) => m.EditorState) => void;

export function Problems({ problems, locale, edition, onGo }: { problems: readonly Problem[]; locale: Locale; edition: Edition; onGo?: (kind: EditableKind, index: number) => void }) {
  return (
    <ul class="ed-problems" data-testid="problems">
      {problems.map((p, i) => {
        const at = problemPlace(edition, p.path, locale);
        const go = onGo && at.kind && at.index !== null && at.index < (edition.content[at.kind] as unknown[]).length ? () => onGo(at.kind!, at.index!) : null;
        return (
          <li key={i} data-path={p.path}>
            <strong>{p.path ? at.words : t('edWholeFile')}</strong>: {p[locale]}{' '}
            {go ? (
              <button type="button" class="btn ghost small" onClick={go}>
                {t('edGoTo')}
              </button>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}

interface Props {
  state: m.EditorState;
  set: Set;
  check: EditionCheck;
  locale: Locale;
  storage: Storage | null;
  endpoint: string;
  code: string | null;
}

export function FilesPanel({ state, set, check, locale, endpoint, code }: Props) {
  const [codeInput, setCodeInput] = useState(code ?? '');
  const [busy, setBusy] = useState(false);
  const bad = (text: string, problems?: readonly Problem[]) => set((s) => m.noticed(s, { tone: 'bad', text, problems }));
  const open = async (c: string) => {
    setBusy(true);
    const r: OpenResult = await openFromServer(endpoint, c);
    setBusy(false);
    if (r.ok) set((s) => m.opened(s, r.edition, { tone: 'ok', text: t('edOpened', { name: r.edition.name }) }, c.trim().toUpperCase()));
    else if (r.reason === 'problems') bad(t('edUploadBad'), r.problems);
    else bad(t(r.reason === 'missing' ? 'edNotFound' : 'edServerDown'));
  };
  useEffect(() => {
    if (code) void open(code);
  }, []);
  const upload = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const r = m.readUpload(await file.text());
    if (r.ok) set((s) => m.opened(s, r.edition, { tone: 'ok', text: t('edOpened', { name: r.edition.name }) }));
    else bad(t('edUploadBad'), r.problems);
  };
  const save = async () => {
    if (!check.ok) return bad(t('edFixFirst'));
    setBusy(true);
    const r = await saveOnServer(endpoint, check.edition);
    setBusy(false);
    if (r.ok) set((s) => m.noticed(s, { tone: 'ok', text: t('edSaved', { code: r.code }) }, r.code));
    else if (r.reason === 'problems') bad(t('edUploadBad'), r.problems);
    else bad(t(r.reason === 'busy' ? 'edTooMany' : 'edServerDown'));
  };
  const n = state.notice;
  return (
    <section class="card ed-files" aria-labelledby="h-ed-files" data-testid="files">
      <h2 id="h-ed-files">{t('edFiles')}</h2>
      <p class="hint">{t('edDraftKept')}</p>
      <p class="row">
        <button type="button" class="btn" onClick={() => (check.ok ? download(check.edition) : bad(t('edFixFirst')))} data-testid="ed-download">
          {t('edDownload')}
        </button>
        <label class="btn ed-upload">
          {t('edUpload')}
          <input type="file" accept=".json,application/json" class="ed-file-input" onChange={(e) => void upload(e.currentTarget as HTMLInputElement)} data-testid="ed-upload" />
        </label>
        <button type="button" class="btn" disabled={busy} onClick={() => void save()} data-testid="ed-save">
          {t('edSave')}
        </button>
      </p>
      <form
        class="ed-code"
        onSubmit={(e) => {
          e.preventDefault();
          void open(codeInput);
        }}
      >
        <label for="ed-code">{t('edCode')}</label>
        <input id="ed-code" type="text" autocomplete="off" autocapitalize="characters" maxLength={16} value={codeInput} onInput={(e) => setCodeInput((e.currentTarget as HTMLInputElement).value)} />
        <button type="submit" class="btn" disabled={busy} data-testid="ed-open">
          {t('edOpen')}
        </button>
      </form>
      {n ? (
        <div class={`ed-notice ${n.tone}`} role={n.tone === 'bad' ? 'alert' : 'status'} data-testid="ed-notice">
          <p>{n.text}</p>
          {n.problems?.length ? <Problems problems={n.problems} locale={locale} edition={state.edition} /> : null}
        </div>
      ) : null}
      <p>
        <button
          type="button"
          class="btn ghost ed-danger"
          onClick={() => {
            if (window.confirm(t('edRestartConfirm'))) set((s) => m.opened(s, standardEdition(locale), null));
          }}
          data-testid="ed-restart"
        >
          {t('edRestart')}
        </button>
      </p>
    </section>
  );
}
