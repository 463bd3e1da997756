import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

// DejaVu Sans, embedded in the PDF: the standard PDF fonts cover only WinAnsi, and the cards use
// "→" and may use other characters an edition of the content brings. From the npm package, so
// every machine that installs the project has it.

const require = createRequire(import.meta.url);
const dir = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');

export const FONTS = {
  regular: join(dir, 'DejaVuSans.ttf'),
  bold: join(dir, 'DejaVuSans-Bold.ttf'),
  italic: join(dir, 'DejaVuSans-Oblique.ttf'),
  condensed: join(dir, 'DejaVuSansCondensed.ttf'),
  condensedBold: join(dir, 'DejaVuSansCondensed-Bold.ttf'),
} as const;

export type FontName = keyof typeof FONTS;
