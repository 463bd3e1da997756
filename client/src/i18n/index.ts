import { LOCALES, type Locale, type PhaseId } from '../../../shared/model/ids';
import { botsEn, botsNl } from './bots';
import { coachEn, coachNl } from './coach';
import { consoleEn, consoleNl } from './console';
import { debriefEn, debriefNl } from './debrief';
import { editorEn, editorNl } from './editor';
import { eventStartEn, eventStartNl } from './event-start';
import { editionPlayEn, editionPlayNl } from './edition-play';
import { ENGINE_ERRORS, SERVER_ERRORS, WHY_NOT } from './errors';
import { lobbyEn, lobbyNl } from './lobby';
import { logEn, logNl } from './log';
import { playEn, playNl } from './play';
import { projectorEn, projectorNl } from './projector';
import { projectorWallEn, projectorWallNl } from './projector-wall';
import { reflectEn, reflectNl } from './reflect';
import { referralEn, referralNl } from './referral';
import { tableEn, tableNl } from './table';
import { wallEn, wallNl } from './wall';

// The one dictionary of the client: every word the players' screens, the facilitator's console and
// the projector show, per locale, with `{name}` placeholders; Dutch by default and the choice
// remembered on the device. Card texts come from CONTENT (see model/cards.ts).

export const DICT = {
  nl: { ...lobbyNl, ...tableNl, ...logNl, ...botsNl, ...debriefNl, ...reflectNl, ...consoleNl, ...playNl, ...wallNl, ...projectorNl, ...projectorWallNl, ...editorNl, ...coachNl, ...eventStartNl, ...editionPlayNl, ...referralNl },
  en: { ...lobbyEn, ...tableEn, ...logEn, ...botsEn, ...debriefEn, ...reflectEn, ...consoleEn, ...playEn, ...wallEn, ...projectorEn, ...projectorWallEn, ...editorEn, ...coachEn, ...eventStartEn, ...editionPlayEn, ...referralEn },
} as const;

export type Key = keyof typeof DICT.nl;
export type Params = Record<string, string | number>;

/** The projector speaks the same languages (the facilitator chooses its language on the console). */
export type ProjectorLocale = Locale;

export const DEFAULT_LOCALE: Locale = 'nl';
export const LOCALE_KEY = 'kot.locale';

/** Fill `{name}` placeholders; unknown placeholders stay visible so a mistake shows up in tests. */
export function fill(template: string, params: Params = {}): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m));
}

export function translate(locale: Locale, key: Key, params?: Params): string {
  return fill(DICT[locale][key] ?? DICT.nl[key], params);
}

/** "A, B en C": names in a sentence. */
export function listed(locale: Locale, names: readonly string[]): string {
  if (names.length < 2) return names.join('');
  return `${names.slice(0, -1).join(', ')} ${translate(locale, 'and')} ${names[names.length - 1]}`;
}

export const phaseName = (locale: Locale, phase: PhaseId): string => translate(locale, `phase_${phase}`);

export function isLocale(x: unknown): x is Locale {
  return typeof x === 'string' && (LOCALES as readonly string[]).includes(x);
}

/** The remembered locale, or Dutch. */
export function loadLocale(storage: Pick<Storage, 'getItem'> | null): Locale {
  try {
    const v = storage?.getItem(LOCALE_KEY);
    return isLocale(v) ? v : DEFAULT_LOCALE;
  } catch {
    return DEFAULT_LOCALE;
  }
}

export function saveLocale(storage: Pick<Storage, 'setItem'> | null, locale: Locale): void {
  try {
    storage?.setItem(LOCALE_KEY, locale);
  } catch {
    /* private mode: the choice lasts for this page only */
  }
}

/** Every code that has a message: the engine's and the server's. */
export function hasErrorMessage(code: string): boolean {
  return code in ENGINE_ERRORS || code in SERVER_ERRORS;
}

export interface ErrorNames {
  resource: (id: string) => string;
  phase: (id: string) => string;
}

/** A refusal in the player's language. Params are used when they name a resource or a phase. */
export function errorMessage(locale: Locale, code: string, params: Params, names: ErrorNames, short = false): string {
  const entry =
    (short ? (WHY_NOT as Record<string, { nl: string; en: string }>)[code] : undefined) ??
    (ENGINE_ERRORS as Record<string, { nl: string; en: string }>)[code] ??
    (SERVER_ERRORS as Record<string, { nl: string; en: string }>)[code] ??
    SERVER_ERRORS.unknown;
  const resource = typeof params.resource === 'string' ? names.resource(params.resource) : '';
  const phase = typeof params.phase === 'string' ? names.phase(params.phase) : '';
  return fill(entry[locale], {
    min: 3,
    max: 8,
    retryAfter: 30,
    ...params,
    code,
    resource: resource || translate(locale, 'thisResource'),
    phase: phase || '—',
    detail: resource ? ` (${resource})` : '',
  });
}

// The locale the UI currently speaks. The UI reads it through t(); tests call translate() directly.
let current: Locale = DEFAULT_LOCALE;
const listeners = new Set<(l: Locale) => void>();

export function getLocale(): Locale {
  return current;
}

export function setLocale(locale: Locale): void {
  current = locale;
  for (const l of listeners) l(locale);
}

export function onLocaleChange(fn: (l: Locale) => void): () => void {
  listeners.add(fn);
  return () => listeners.delete(fn);
}

export function t(key: Key, params?: Params): string {
  return translate(current, key, params);
}
