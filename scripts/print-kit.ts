import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { isKitLang, renderKit, validSeats } from '../server/print/kit';

// npm run print-kit -- --seats 4 --lang nl --out kit.pdf
// The same PDF the server hands out at /print/kit.pdf, for scripts and for a laptop without a network.

const { values } = parseArgs({
  options: {
    seats: { type: 'string', default: '4' },
    lang: { type: 'string', default: 'nl' },
    rounds: { type: 'string' },
    out: { type: 'string', default: 'kaarten-op-tafel.pdf' },
  },
});
const seats = Number(values.seats);
const rounds = values.rounds === undefined ? undefined : Number(values.rounds);
if (!validSeats(seats) || !isKitLang(values.lang) || (rounds !== undefined && !(Number.isInteger(rounds) && rounds >= 1 && rounds <= 8))) {
  console.error('usage: npm run print-kit -- --seats 3..8 --lang nl|en [--rounds 1..8] --out kit.pdf');
  process.exit(2);
}
const pdf = await renderKit({ seats, lang: values.lang, rounds });
writeFileSync(values.out!, pdf);
console.log(`${values.out}: ${seats} seats, ${values.lang}, ${pdf.length} bytes`);
