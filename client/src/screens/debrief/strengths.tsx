import { saveFile } from '../../components/save-file';
import { useState } from 'preact/hooks';
import type { StrengthsView } from '../../../../shared/debrief/strengths-text';
import type { Locale } from '../../../../shared/model/ids';
import { t, type Key } from '../../i18n';
import * as cards from '../../model/cards';
import { exportName } from '../../model/debrief';
import '../../coach.css';
import { addRow, blankForm, editForm, FIELD_MAX, FORM_FIELDS, loadForm, saveForm, takeHome, type FormField, type FormRow } from '../../model/strengths-form';

// The krachtenanalyse on the debrief of a team game: per partner what it brought, got and depended
// on in the game, the afwegingstabel, and a form for the team's real local partners (prefilled with
// the roles they played, kept in this browser per game), taken home with the agreement in Dutch or
// English, or printed with the report.

type Store = Pick<Storage, 'getItem' | 'setItem'>;
const local = (): Store | null => {
  try {
    return localStorage;
  } catch {
    return null;
  }
};

const FIELD_KEY: Record<FormField, Key> = { partner: 'stOurPartner', functions: 'stFunctions', brings: 'stBrings', gets: 'stGets', depends: 'stDepends' };

export interface StrengthsProps {
  code: string;
  /** The krachtenanalyse of the game, as the server made it: data, and markdown in each language. */
  game: { nl: StrengthsView; en: StrengthsView };
  markdown: { nl: string; en: string };
  locale: Locale;
  /** The agreement as edited on screen (in `locale`), and the server's draft in each language. */
  agreement: string;
  drafts: { nl: string; en?: string };
  /** Where the file goes (a download in the browser; a stand-in in tests). */
  save?: (name: string, body: string) => void;
}

export function StrengthsPanel({ code, game, markdown, locale, agreement, drafts, save = download }: StrengthsProps) {
  const view = game[locale];
  const [form, setForm] = useState<FormRow[]>(() => loadForm(local(), code, blankForm(view.rows)));
  const change = (next: FormRow[]) => {
    setForm(next);
    saveForm(local(), code, next);
  };
  const exportIn = (l: Locale) => {
    const text = l === locale ? agreement : l === 'en' ? (drafts.en ?? drafts.nl) : drafts.nl;
    save(exportName(code, t('stFile'), `${l}.md`), takeHome(markdown[l], form, text, l));
  };
  return (
    <section class="panel db-panel db-strengths" aria-labelledby="h-db-strengths" data-testid="debrief-strengths">
      <h2 id="h-db-strengths">{t('stTitle')}</h2>
      <p class="hint">{t('stHelp')}</p>
      <div class="table-scroll">
        <table class="db-table strengths-game st-cards" data-testid="strengths-game">
          <thead>
            <tr>
              {(['stPartner', 'stFunctions', 'stBrings', 'stGets', 'stDepends'] as Key[]).map((k) => (
                <th scope="col">{t(k)}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {view.rows.map((x) => {
              return (
                <tr key={x.role} data-role={x.role}>
                  <th scope="row">{cards.roleName(x.role, locale)}</th>
                  <td data-label={t('stFunctions')}>{x.functions}</td>
                  <td data-label={t('stBrings')}>{x.brings}</td>
                  <td data-label={t('stGets')}>{x.gets}</td>
                  <td data-label={t('stDepends')}>{x.depends}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <h3>{t('stWeigh')}</h3>
      <div class="table-scroll">
        <table class="db-table strengths-weigh st-cards" data-testid="strengths-weigh">
          <thead>
            <tr>
              <th scope="col">{t('stCondition')}</th>
              <th scope="col">{t('stQuestion')}</th>
              <th scope="col">{t('stInGame')}</th>
            </tr>
          </thead>
          <tbody>
            {view.weigh.map(([what, question, shown]) => (
              <tr key={what}>
                <th scope="row">{what}</th>
                <td data-label={t('stQuestion')}>{question}</td>
                <td data-label={t('stInGame')}>{shown}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h3>{t('stOwnTitle')}</h3>
      <p class="hint no-print">{t('stOwnHelp')}</p>
      <ol class="strengths-form no-print" data-testid="strengths-form">
        {form.map((r, i) => {
          const role = r.role ? cards.roleName(r.role, locale) : t('stOther');
          return (
            <li key={i} class="strengths-row" data-role={r.role ?? 'other'}>
              <h4>{role}</h4>
              {FORM_FIELDS.map((f) => (
                <label class="field">
                  <span>{t(FIELD_KEY[f])}</span>
                  <input
                    type="text"
                    maxLength={FIELD_MAX}
                    value={r[f]}
                    aria-label={t('stFieldLabel', { field: t(FIELD_KEY[f]), role })}
                    data-testid={`st-${i}-${f}`}
                    onInput={(e) => change(editForm(form, i, f, (e.target as HTMLInputElement).value))}
                  />
                </label>
              ))}
            </li>
          );
        })}
      </ol>
      <div class="row wrap no-print">
        <button type="button" class="btn" data-testid="st-add" onClick={() => change(addRow(form))}>
          + {t('stAddRow')}
        </button>
        <span class="muted">{t('stSaved')}</span>
      </div>
      <table class="db-table print-only" data-testid="strengths-form-print">
        <thead>
          <tr>
            <th scope="col">{t('stRole')}</th>
            {FORM_FIELDS.map((f) => (
              <th scope="col">{t(FIELD_KEY[f])}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {form.map((r, i) => (
            <tr key={i}>
              <th scope="row">{r.role ? cards.roleName(r.role, locale) : t('stOther')}</th>
              {FORM_FIELDS.map((f) => (
                <td>{r[f]}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <h3 class="no-print">{t('stExport')}</h3>
      <div class="row wrap no-print">
        <button type="button" class="btn primary" data-testid="st-download-nl" onClick={() => exportIn('nl')}>
          {t('stDownloadNl')}
        </button>
        <button type="button" class="btn" data-testid="st-download-en" onClick={() => exportIn('en')}>
          {t('stDownloadEn')}
        </button>
      </div>
    </section>
  );
}

function download(name: string, body: string): void {
  saveFile(name, body, 'text/markdown');
}
