import { checkEdition, checkEditionText, type EditionCheck, type Problem } from '../../../shared/edition/check';
import { addCard, isCardKind, removeCard, setField, setName, setOff } from '../../../shared/edition/edit';
import { CARD_KINDS, type CardKind, type Edition } from '../../../shared/edition/format';
import { EDITABLE_KINDS, type EditableKind, type Field, type Path } from '../../../shared/edition/form';
import { makeEdition, standardEdition } from '../../../shared/edition/standard';

// The editor's state and its changes, pure: the page keeps one EditorState and replaces it with what
// these functions return. The edition may hold a value the schema refuses (a name being typed):
// the field says so, and the whole check (`checkEdition`) keeps it from being saved.

export interface Notice {
  tone: 'ok' | 'bad';
  text: string;
  problems?: readonly Problem[];
}

export interface EditorState {
  edition: Edition;
  kind: EditableKind;
  index: number;
  notice: Notice | null;
  /** The code the edition was last saved under or opened by. */
  code: string | null;
}

export const DRAFT_KEY = 'kot.edition.draft';

export function initialState(edition: Edition): EditorState {
  return { edition, kind: 'roles', index: 0, notice: null, code: null };
}

type Card = { id: string };
export const cardsOf = (e: Edition, kind: EditableKind): readonly Card[] => e.content[kind] as readonly Card[];

export function isOff(e: Edition, kind: EditableKind, id: string): boolean {
  return isCardKind(kind) && e.off[kind].includes(id);
}

export const chooseKind = (s: EditorState, kind: EditableKind): EditorState => ({ ...s, kind, index: 0 });
export const chooseCard = (s: EditorState, index: number): EditorState => ({ ...s, index });

export function changeField(s: EditorState, path: Path, value: Field['value']): EditorState {
  return { ...s, edition: setField(s.edition, s.kind, s.index, path, value) };
}

export function rename(s: EditorState, name: string, place: string | undefined): EditorState {
  return { ...s, edition: setName(s.edition, name, place) };
}

export function add(s: EditorState): EditorState {
  if (!isCardKind(s.kind)) return s;
  const edition = addCard(s.edition, s.kind, s.index);
  return { ...s, edition, index: cardsOf(edition, s.kind).length - 1 };
}

export function remove(s: EditorState): EditorState {
  const card = cardsOf(s.edition, s.kind)[s.index];
  if (!card || !isCardKind(s.kind)) return s;
  const edition = removeCard(s.edition, s.kind, card.id);
  return { ...s, edition, index: Math.max(0, Math.min(s.index, cardsOf(edition, s.kind).length - 1)) };
}

export function toggleOff(s: EditorState): EditorState {
  const card = cardsOf(s.edition, s.kind)[s.index];
  if (!card || !isCardKind(s.kind)) return s;
  return { ...s, edition: setOff(s.edition, s.kind, card.id, !isOff(s.edition, s.kind, card.id)) };
}

/** A whole edition opened (a file, a code, the standard): the view goes back to the first partner. */
export function opened(s: EditorState, edition: Edition, notice: Notice | null, code: string | null = null): EditorState {
  return { ...initialState(edition), notice, code };
}

export const noticed = (s: EditorState, notice: Notice | null, code = s.code): EditorState => ({ ...s, notice, code });

/** The whole edition's check (the problems, or the edition with its hash). */
export function wholeCheck(e: Edition): EditionCheck {
  return checkEdition(e);
}

/** An uploaded file's text: the edition, or every problem. */
export function readUpload(text: string): EditionCheck {
  return checkEditionText(text);
}

/** The file a download writes: the edition as checked, pretty-printed. */
export function fileText(e: Edition): string {
  return `${JSON.stringify(e, null, 2)}\n`;
}

export function fileName(e: Edition): string {
  const base = e.name.normalize('NFKD').replace(/[^\w-]+/g, '-').replace(/^-+|-+$/g, '').toLowerCase() || 'editie';
  return `${base}.edition.json`;
}

// ---- the draft on this device ----

/** A draft is this device's own work: it is used when it has the shape of an edition, even if some field is still wrong. */
export function loadDraft(storage: Pick<Storage, 'getItem'> | null): Edition | null {
  try {
    const raw = storage?.getItem(DRAFT_KEY);
    if (!raw) return null;
    const data = JSON.parse(raw) as Partial<Edition>;
    const ok = checkEdition(data);
    if (ok.ok) return ok.edition;
    const c = data.content as Record<string, unknown> | undefined;
    const shaped = !!c && EDITABLE_KINDS.every((k) => Array.isArray(c[k])) && !!data.off && CARD_KINDS.every((k: CardKind) => Array.isArray(data.off![k]));
    return shaped && typeof data.name === 'string' ? makeEdition(data.content!, data.off!, data.name, data.place) : null;
  } catch {
    return null;
  }
}

export function saveDraft(storage: Pick<Storage, 'setItem'> | null, e: Edition): void {
  try {
    storage?.setItem(DRAFT_KEY, JSON.stringify(e));
  } catch {
    /* full or private: the draft lasts as long as the page */
  }
}

export function startEdition(storage: Pick<Storage, 'getItem'> | null, lang: 'nl' | 'en'): Edition {
  return loadDraft(storage) ?? standardEdition(lang);
}
