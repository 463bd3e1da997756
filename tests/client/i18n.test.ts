import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { JOIN_ERROR_CODES, ROOM_ERROR_CODES } from '../../shared/protocol/errors';
import { DICT, errorMessage, fill, hasErrorMessage, loadLocale, saveLocale, translate, type Key } from '../../client/src/i18n';
import { ENGINE_ERRORS, SERVER_ERRORS } from '../../client/src/i18n/errors';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

/** The engine's ErrorCode union, read from its source so a new code without a message fails here. */
function engineCodes(): string[] {
  const src = fs.readFileSync('shared/rules/types.ts', 'utf8');
  const union = src.slice(src.indexOf('export type ErrorCode'), src.indexOf(';', src.indexOf('export type ErrorCode')));
  return [...union.matchAll(/'([a-z_]+)'/g)].map((m) => m[1]);
}

const names = { resource: (id: string) => `R:${id}`, phase: (id: string) => `P:${id}` };

describe('i18n dictionary', () => {
  it('has every key in Dutch and English, never empty, with the same placeholders', () => {
    const keys = Object.keys(DICT.nl) as Key[];
    expect(Object.keys(DICT.en).sort()).toEqual([...keys].sort());
    for (const k of keys) {
      expect(DICT.nl[k].trim(), k).not.toBe('');
      expect(DICT.en[k].trim(), k).not.toBe('');
      expect(placeholders(DICT.en[k]), k).toEqual(placeholders(DICT.nl[k]));
    }
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(fill('Ronde {round} van {rounds}', { round: 1, rounds: 4 })).toBe('Ronde 1 van 4');
    expect(fill('{x} en {y}', { x: 'a' })).toBe('a en {y}');
    expect(translate('en', 'round', { round: 2, rounds: 3 })).toBe('Round 2 of 3');
  });

  it('has a phase name for every phase and a status for every persona status', () => {
    for (const p of ['gebeurtenis', 'overleg', 'uitvoering', 'terugblik']) expect(DICT.nl).toHaveProperty(`phase_${p}`);
    for (const s of ['waiting', 'reached', 'held', 'dropped']) expect(DICT.en).toHaveProperty(`status_${s}`);
  });
});

describe('error messages', () => {
  it('cover every engine ErrorCode in both languages', () => {
    const codes = engineCodes();
    expect(codes.length).toBeGreaterThan(20);
    for (const code of codes) {
      expect(ENGINE_ERRORS, code).toHaveProperty(code);
      expect(ENGINE_ERRORS[code as keyof typeof ENGINE_ERRORS].nl).not.toBe('');
      expect(ENGINE_ERRORS[code as keyof typeof ENGINE_ERRORS].en).not.toBe('');
    }
  });

  it('cover every room and join refusal the server sends', () => {
    for (const code of [...ROOM_ERROR_CODES, ...JOIN_ERROR_CODES]) expect(hasErrorMessage(code), code).toBe(true);
    for (const code of ['bad_message', 'role_taken', 'room_full', 'not_host', 'game_started', 'throttled']) {
      expect(SERVER_ERRORS[code as keyof typeof SERVER_ERRORS].nl).toBeTruthy();
    }
  });

  it('never shows a raw placeholder, with or without params', () => {
    const all = { ...ENGINE_ERRORS, ...SERVER_ERRORS };
    for (const code of Object.keys(all)) {
      for (const locale of ['nl', 'en'] as const) {
        const bare = errorMessage(locale, code, {}, names);
        expect(bare, `${code}/${locale}`).not.toMatch(/\{\w+\}/);
        const rich = errorMessage(locale, code, { resource: 'budget', phase: 'overleg', role: 'uwv', seats: 2, min: 3, max: 8, retryAfter: 5 }, names);
        expect(rich, `${code}/${locale}`).not.toMatch(/\{\w+\}/);
      }
    }
  });

  it('names the resource and the phase in the reader\'s language', () => {
    expect(errorMessage('nl', 'wrong_phase', { phase: 'gebeurtenis' }, names)).toContain('P:gebeurtenis');
    expect(errorMessage('en', 'resource_frozen', { resource: 'budget' }, names)).toContain('R:budget');
    expect(errorMessage('nl', 'insufficient_resources', { resource: 'locatie' }, names)).toContain('(R:locatie)');
    expect(errorMessage('en', 'something_new', {}, names)).toContain('something_new');
  });
});

describe('the language choice', () => {
  const store = () => {
    const m = new Map<string, string>();
    return { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v) };
  };

  it('is Dutch by default and remembered on the device', () => {
    const s = store();
    expect(loadLocale(s)).toBe('nl');
    saveLocale(s, 'en');
    expect(loadLocale(s)).toBe('en');
    s.setItem('kot.locale', 'fr');
    expect(loadLocale(s)).toBe('nl');
    expect(loadLocale(null)).toBe('nl');
    const broken = { getItem: () => { throw new Error('blocked'); } };
    expect(loadLocale(broken)).toBe('nl');
  });
});
