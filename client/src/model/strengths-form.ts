import type { Locale, RoleId } from '../../../shared/model/ids';
import * as cards from './cards';

// The krachtenanalyse form for the team's real local partners: one row per role played, prefilled
// with the role and the function it had in the game, the rest typed in the browser and kept there
// per game (localStorage), then written into the take-home document beside the agreement. Pure
// apart from the storage; every field is plain text, limited in length.

export const FORM_FIELDS = ['partner', 'functions', 'brings', 'gets', 'depends'] as const;
export type FormField = (typeof FORM_FIELDS)[number];

export interface FormRow {
  /** The role in the game this row starts from, or null for another local partner. */
  role: RoleId | null;
  partner: string;
  functions: string;
  brings: string;
  gets: string;
  depends: string;
}

export const FIELD_MAX = 300;
export const ROWS_MAX = 16;

type Store = Pick<Storage, 'getItem' | 'setItem'>;
const keyOf = (code: string) => `kot.strengths.${code}`;

/** The empty form: a row per role played, its function from the game as a suggestion ('–': none). */
export function blankForm(rows: readonly { role: RoleId; functions: string }[]): FormRow[] {
  return rows.map((r) => ({ role: r.role, partner: '', functions: r.functions === '–' ? '' : r.functions, brings: '', gets: '', depends: '' }));
}

const text = (x: unknown): string => (typeof x === 'string' ? x.slice(0, FIELD_MAX) : '');

/** The form kept for this game, or the blank one; a damaged entry reads as blank. */
export function loadForm(store: Store | null, code: string, blank: FormRow[]): FormRow[] {
  try {
    const data = JSON.parse(store?.getItem(keyOf(code)) ?? 'null') as unknown;
    if (!Array.isArray(data) || data.length === 0) return blank;
    return data.slice(0, ROWS_MAX).map((r: Record<string, unknown>) => ({
      role: typeof r?.role === 'string' && blank.some((b) => b.role === r.role) ? (r.role as RoleId) : null,
      partner: text(r?.partner),
      functions: text(r?.functions),
      brings: text(r?.brings),
      gets: text(r?.gets),
      depends: text(r?.depends),
    }));
  } catch {
    return blank;
  }
}

export function saveForm(store: Store | null, code: string, form: FormRow[]): boolean {
  try {
    store?.setItem(keyOf(code), JSON.stringify(form));
    return !!store;
  } catch {
    return false;
  }
}

export function editForm(form: FormRow[], index: number, field: FormField, value: string): FormRow[] {
  return form.map((r, i) => (i === index ? { ...r, [field]: value.slice(0, FIELD_MAX) } : r));
}

export function addRow(form: FormRow[]): FormRow[] {
  return form.length >= ROWS_MAX ? form : [...form, { role: null, partner: '', functions: '', brings: '', gets: '', depends: '' }];
}

const HEAD = {
  nl: { title: '## 2. Jullie eigen partners', head: '| Rol in het spel | Onze partner | Functie | Brengt | Haalt | Hangt af van |', other: '(andere partner)' },
  en: { title: '## 2. Your own partners', head: '| Role in the game | Our partner | Function | Brings | Gets | Depends on |', other: '(another partner)' },
} as const;

const cell = (s: string) => s.replace(/[\r\n]+/g, ' ').replace(/\|/g, '/').trim();

/** The filled form as a markdown table. */
export function formMarkdown(form: FormRow[], l: Locale): string {
  const w = HEAD[l];
  const rows = form.map((r) => `| ${r.role ? cards.roleName(r.role, l) : w.other} | ${cell(r.partner)} | ${cell(r.functions)} | ${cell(r.brings)} | ${cell(r.gets)} | ${cell(r.depends)} |`);
  return [w.title, '', w.head, '| --- | --- | --- | --- | --- | --- |', ...rows, ''].join('\n');
}

/**
 * The document to take home in one language: the krachtenanalyse of the game with the team's own
 * form filled in (in place of the empty one), the afwegingstabel, and the samenwerkingsafspraak.
 */
export function takeHome(strengths: string, form: FormRow[], agreement: string, l: Locale): string {
  const start = strengths.indexOf('\n## 2.');
  const end = strengths.indexOf('\n## 3.');
  const filled = start >= 0 && end > start ? `${strengths.slice(0, start + 1)}${formMarkdown(form, l)}${strengths.slice(end)}` : `${strengths}\n${formMarkdown(form, l)}`;
  return `${filled.trimEnd()}\n\n---\n\n${agreement.trim()}\n`;
}
