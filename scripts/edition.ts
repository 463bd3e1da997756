import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { checkEditionText } from '../shared/edition/check';
import { standardEdition } from '../shared/edition/standard';

// npm run edition -- export --out standaard.json [--lang nl|en]
// npm run edition -- check mijn-editie.json [--lang nl|en]
// The standard edition as a file, and the same check the editor and the server run on an edition:
// exit 0 when it can be played, 1 with every field that is wrong, 2 on a wrong command line.

const usage = 'usage: npm run edition -- export --out FILE [--lang nl|en]\n       npm run edition -- check FILE [--lang nl|en]';
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { out: { type: 'string' }, lang: { type: 'string', default: 'nl' } },
});
const [command, file] = positionals;
const lang = values.lang === 'en' ? 'en' : 'nl';

if (command === 'export' && values.out) {
  const edition = standardEdition(lang);
  writeFileSync(values.out, JSON.stringify(edition, null, 2) + '\n');
  console.log(`${values.out}: ${edition.name}, hash ${edition.hash}`);
} else if (command === 'check' && file) {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    console.error(`${file}: ${(e as Error).message}`);
    process.exit(1);
  }
  const result = checkEditionText(text);
  if (result.ok) {
    const note = result.rehashed ? (lang === 'nl' ? ' (gewijzigd buiten de editor: nieuwe hash)' : ' (changed outside the editor: new hash)') : '';
    console.log(`${file}: ${lang === 'nl' ? 'in orde' : 'ok'} — ${result.edition.name}, hash ${result.edition.hash}${note}`);
  } else {
    console.error(`${file}: ${result.problems.length} ${lang === 'nl' ? 'fout(en)' : 'problem(s)'}`);
    for (const p of result.problems) console.error(`  ${p.path || '(bestand)'}: ${p[lang]}`);
    process.exit(1);
  }
} else {
  console.error(usage);
  process.exit(2);
}
