import type { Rect } from './types';

// Checks on the drawn picture, apart from Phaser so they can be tested on plain rectangles: text
// reaching off the wall, and texts drawn over one another (both unreadable from the room).

export interface TextBox extends Rect {
  text: string;
}

/** Overlap of less than this many design px is a glyph's edge, not text over text. */
const SLACK = 2;

export function textBounds(boxes: readonly TextBox[], frame: Rect): { outside: string[]; overlaps: string[] } {
  const outside = boxes
    .filter((b) => b.x < frame.x - SLACK || b.y < frame.y - SLACK || b.x + b.w > frame.x + frame.w + SLACK || b.y + b.h > frame.y + frame.h + SLACK)
    .map((b) => `${b.text} (${Math.round(b.x)},${Math.round(b.y)} ${Math.round(b.w)}×${Math.round(b.h)})`);
  const overlaps: string[] = [];
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i];
      const b = boxes[j];
      const w = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x);
      const h = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y);
      if (w > SLACK && h > SLACK) overlaps.push(`${a.text} × ${b.text}`);
    }
  }
  return { outside, overlaps };
}
