// The wall's shape. A projector is 16:9, 16:10 or 4:3: the picture is always 1080 design pixels
// high and as wide as the wall is (between 1440 and 1920), so a 4:3 wall is filled instead of
// letterboxed and its text stays as large as on a 16:9 wall of the same height.

export const DESIGN_H = 1080;
export const WIDEST = 1920;
export const NARROWEST = 1440;

/** The design width for a window of `w` × `h` CSS px: its own shape, within 1440..1920, in steps of 16. */
export function designWidth(w: number, h: number): number {
  if (!(w > 0 && h > 0)) return WIDEST;
  const own = Math.round((DESIGN_H * w) / h / 16) * 16;
  return Math.min(WIDEST, Math.max(NARROWEST, own));
}

/** What a 1440-wide wall gets where a 1920-wide one has `wide`, in proportion in between. */
export function between(width: number, narrow: number, wide: number): number {
  const t = Math.min(1, Math.max(0, (width - NARROWEST) / (WIDEST - NARROWEST)));
  return Math.round(narrow + (wide - narrow) * t);
}

/** A width that is not that of a 16:9 wall: the screens then use their tighter layout. */
export const isNarrow = (width: number): boolean => width < 1800;

/** The two columns of the table: the table and partners on the left, event, network and feed on the right. */
export function playColumns(width: number): { left: { x: number; w: number }; right: { x: number; w: number } } {
  const rightW = between(width, 400, 580);
  const leftW = width - 30 - 20 - rightW - 30;
  return { left: { x: 30, w: leftW }, right: { x: 30 + leftW + 20, w: rightW } };
}

/**
 * The phase pills in the header, between the round on the left and the clock on the right. Each is
 * as wide as its word needs (estimated at `size`), all the same width where there is room for that.
 */
export function phasePills(width: number, words: string[], size: number, from: number, to: number): { x: number; w: number }[] {
  const gap = 12;
  const needs = words.map((w) => Math.ceil(w.length * size * 0.62) + 20);
  const even = Math.max(250, ...needs);
  const avail = to - from - (words.length - 1) * gap;
  const total = even * words.length;
  if (total <= avail) {
    // Room for pills of one width: centred on the wall, as long as that clears the round and the clock.
    const x0 = Math.max(from, Math.min(width / 2 - (total + (words.length - 1) * gap) / 2, to - total - (words.length - 1) * gap));
    return words.map((_, i) => ({ x: Math.round(x0 + i * (even + gap)), w: even }));
  }
  // Otherwise each its own width, the room left shared out evenly.
  const spare = Math.max(0, Math.floor((avail - needs.reduce((a, b) => a + b, 0)) / words.length));
  const out: { x: number; w: number }[] = [];
  let x = from;
  for (const n of needs) {
    out.push({ x, w: n + spare });
    x += n + spare + gap;
  }
  return out;
}

/** The lobby's right column (QR and short rules) and what is left for the code and the seats. */
export function lobbyColumns(width: number): { qr: number; qrX: number; howToX: number; howToW: number; codeW: number } {
  const qr = between(width, 360, 500);
  const qrX = width - 60 - qr;
  const howToW = between(width, 420, 520);
  return { qr, qrX, howToX: width - 30 - howToW, howToW, codeW: qrX - 80 - 120 };
}
