import type { CardSize } from './cards';

// Where cards sit on an A4 sheet, in PDF points (1/72 inch). Pure geometry, so the tests can check
// it and the renderer only draws. Backs are mirrored left to right: printed double-sided and
// flipped on the long edge, each back lands behind its own front.

export const MM = 72 / 25.4;
export const A4 = { width: 595.28, height: 841.89 } as const;

export interface Grid {
  cols: number;
  rows: number;
  /** Card width and height in points. */
  w: number;
  h: number;
}

export const GRIDS: Record<CardSize, Grid> = {
  // 20 resource cards a sheet.
  small: { cols: 4, rows: 5, w: 46 * MM, h: 52 * MM },
  // A standard playing card (63 × 88 mm), 9 a sheet.
  card: { cols: 3, rows: 3, w: 63 * MM, h: 88 * MM },
  // Partner cards, 4 a sheet.
  large: { cols: 2, rows: 2, w: 95 * MM, h: 130 * MM },
};

export interface Slot {
  x: number;
  y: number;
  w: number;
  h: number;
}

export function perSheet(size: CardSize): number {
  return GRIDS[size].cols * GRIDS[size].rows;
}

function origin(g: Grid): { x: number; y: number } {
  return { x: (A4.width - g.cols * g.w) / 2, y: (A4.height - g.rows * g.h) / 2 };
}

/** The slot of the i-th card on a sheet; `back` mirrors the column. Cards touch: one cut between two. */
export function slot(size: CardSize, i: number, back = false): Slot {
  const g = GRIDS[size];
  const o = origin(g);
  const row = Math.floor(i / g.cols);
  const col = back ? g.cols - 1 - (i % g.cols) : i % g.cols;
  return { x: o.x + col * g.w, y: o.y + row * g.h, w: g.w, h: g.h };
}

/** A short line in the margin, in line with a cut. */
export interface Mark {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export const MARK_LENGTH = 5 * MM;
/** Gap between the grid and a mark, so a slightly crooked cut does not show it on a card. */
export const MARK_GAP = 1.5 * MM;

/** Cut marks: for every cut line, a mark in the margin at both ends. */
export function cutMarks(size: CardSize): Mark[] {
  const g = GRIDS[size];
  const o = origin(g);
  const right = o.x + g.cols * g.w;
  const bottom = o.y + g.rows * g.h;
  const marks: Mark[] = [];
  for (let c = 0; c <= g.cols; c++) {
    const x = o.x + c * g.w;
    marks.push({ x1: x, y1: o.y - MARK_GAP - MARK_LENGTH, x2: x, y2: o.y - MARK_GAP });
    marks.push({ x1: x, y1: bottom + MARK_GAP, x2: x, y2: bottom + MARK_GAP + MARK_LENGTH });
  }
  for (let r = 0; r <= g.rows; r++) {
    const y = o.y + r * g.h;
    marks.push({ x1: o.x - MARK_GAP - MARK_LENGTH, y1: y, x2: o.x - MARK_GAP, y2: y });
    marks.push({ x1: right + MARK_GAP, y1: y, x2: right + MARK_GAP + MARK_LENGTH, y2: y });
  }
  return marks;
}

/** Split a deck's cards into sheets. */
export function sheets<T>(cards: readonly T[], size: CardSize): T[][] {
  const n = perSheet(size);
  const out: T[][] = [];
  for (let i = 0; i < cards.length; i += n) out.push(cards.slice(i, i + n));
  return out;
}
