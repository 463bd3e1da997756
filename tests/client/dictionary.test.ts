import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DICT } from '../../client/src/i18n';
import { scanClient, scanSource } from './words-scan';

// One dictionary: every word the client shows comes from client/src/i18n, in Dutch and in English.

describe('the dictionary', () => {
  it('has every key in both languages, none empty', () => {
    const nl = Object.keys(DICT.nl).sort();
    expect(Object.keys(DICT.en).sort()).toEqual(nl);
    for (const k of nl) {
      expect((DICT.nl as Record<string, string>)[k].trim(), `nl ${k}`).not.toBe('');
      expect((DICT.en as Record<string, string>)[k].trim(), `en ${k}`).not.toBe('');
    }
  });

  it('is the only place client code writes words a person reads', () => {
    const found = scanClient(path.resolve(__dirname, '../..')).map((f) => `${f.file}:${f.line} ${JSON.stringify(f.text)}`);
    expect(found, 'words written outside client/src/i18n: move them into the dictionary').toEqual([]);
  });

  it('catches a planted Dutch or English literal on its way to the screen, and lets code strings be', () => {
    const planted = [
      "h('p', { class: 'big hint' }, 'Welkom aan tafel');",
      "h('button', { 'aria-label': 'Close the dialog' }, t('ok'));",
      "const word = done ? 'Klaar' : t('busy');",
      'el.textContent = `Nog ${n} over`;',
      "label(`Round ${n}`, 20);",
      "const vm = { title: 'Over het spel' };",
    ];
    for (const line of planted) expect(scanSource('planted.ts', line), line).toHaveLength(1);
    // A word chosen by language in place, even a short one, is a translation outside the dictionary.
    expect(scanSource('planted.ts', "const file = name(code, locale === 'en' ? 'players' : 'spelers');")).toHaveLength(2);
    expect(scanSource('code.ts', "const tag = locale === 'en' ? 'en-GB' : 'nl-NL';")).toEqual([]);
    // Components, in JSX or htm, are read the same way.
    expect(scanSource('planted.tsx', 'const A = () => <p class="hint">Welkom aan tafel</p>;')).toHaveLength(1);
    expect(scanSource('planted.tsx', 'const A = () => <img alt="Het logo" class="big logo" src={x} />;')).toHaveLength(1);
    expect(scanSource('planted.ts', 'const A = () => html`<p class="hint">Welcome to the table</p>`;')).toHaveLength(1);
    expect(scanSource('code.tsx', 'const A = () => <p class="big hint" data-testid="seat list">{t(\'ready\')}</p>;')).toEqual([]);
    const code = [
      "h('p', { class: 'big hint', 'data-testid': 'nog niet' }, t('ready'));",
      "if (e.key === 'Enter Key') go();",
      "document.querySelector('.seat list');",
      "const vm = { kind: 'some kind', screen: 'lobby' };",
      "import { x } from './Some File';",
      "type T = 'Two Words';",
    ];
    for (const line of code) expect(scanSource('code.ts', line), line).toEqual([]);
  });
});
