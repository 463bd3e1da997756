import * as Phaser from 'phaser';
import { breakAtHyphens } from '../model/labels';
import type { Label, Rect } from '../model/types';

// Small drawing helpers shared by the projector's screens. Everything is drawn into one container
// per update, so a new picture replaces the old one in a single step.

export const FONT = 'system-ui, "Segoe UI", "DejaVu Sans", "Liberation Sans", sans-serif';

export const COLOR = {
  night: 0x0d1b2a,
  band: 0x142a40,
  panel: 0x1b3550,
  panelLine: 0x33597d,
  felt: 0x1f6b4a,
  feltEdge: 0x7c4a1e,
  paper: 0xfffaf0,
  card: 0xffffff,
  ink: '#14213d',
  light: '#f8fafc',
  soft: '#cbd5e1',
  gold: 0xf59e0b,
  goldText: '#fbbf24',
  ok: 0x16a34a,
  okText: '#4ade80',
  warnText: '#fca5a5',
} as const;

export interface TextOpts {
  color?: string;
  origin?: [number, number];
  align?: 'left' | 'center' | 'right';
  stroke?: string;
  spacing?: number;
}

export function text(scene: Phaser.Scene, layer: Phaser.GameObjects.Container, x: number, y: number, l: Label, o: TextOpts = {}): Phaser.GameObjects.Text {
  const t = scene.add.text(x, y, l.text, {
    fontFamily: FONT,
    fontSize: `${l.size}px`,
    fontStyle: l.bold ? 'bold' : 'normal',
    color: o.color ?? COLOR.light,
    align: o.align ?? 'left',
    ...(l.lines && l.max ? { wordWrap: { width: l.max, useAdvancedWrap: true }, maxLines: l.lines } : {}),
    ...(o.stroke ? { stroke: o.stroke, strokeThickness: Math.round(l.size / 6) } : {}),
    ...(o.spacing ? { letterSpacing: o.spacing } : {}),
  });
  t.setOrigin(...(o.origin ?? [0, 0]));
  if (l.lines && l.max) {
    const broken = breakAtHyphens(l.text, l.max, (s) => t.context.measureText(s).width);
    if (broken !== l.text) {
      t.setText(broken);
      l = { ...l, text: broken };
    }
  }
  if (l.max && !fits(t, l.text, l)) cut(t, l);
  layer.add(t);
  return t;
}

/** Whether `s` fits as drawn: one line within `max`, or no more than `lines` once wrapped. */
function fits(t: Phaser.GameObjects.Text, s: string, l: Label): boolean {
  if (l.lines) return t.getWrappedText(s).length <= l.lines;
  t.setText(s);
  return t.width <= (l.max ?? Infinity);
}

/** Shortens a text with an ellipsis until it fits, measured as drawn (fonts differ per machine). */
function cut(t: Phaser.GameObjects.Text, l: Label): void {
  const at = (n: number) => `${l.text.slice(0, n).trimEnd()}…`;
  let lo = 1;
  let hi = l.text.length - 1;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (fits(t, at(mid), l)) lo = mid;
    else hi = mid - 1;
  }
  t.setText(at(lo));
}

export function box(scene: Phaser.Scene, layer: Phaser.GameObjects.Container, r: Rect, fill: number, o: { alpha?: number; line?: number; lineWidth?: number; radius?: number } = {}): Phaser.GameObjects.Graphics {
  const g = scene.add.graphics();
  const radius = o.radius ?? 18;
  g.fillStyle(fill, o.alpha ?? 1).fillRoundedRect(r.x, r.y, r.w, r.h, radius);
  if (o.line !== undefined) g.lineStyle(o.lineWidth ?? 3, o.line, 1).strokeRoundedRect(r.x, r.y, r.w, r.h, radius);
  layer.add(g);
  return g;
}

export function icon(scene: Phaser.Scene, layer: Phaser.GameObjects.Container, key: string, x: number, y: number, size: number): Phaser.GameObjects.Image | null {
  if (!scene.textures.exists(key)) return null;
  const img = scene.add.image(x, y, key).setDisplaySize(size, size);
  layer.add(img);
  return img;
}

/** A coloured pill with a word in it (bot, away, ready), so a state is never colour alone. */
export function chip(scene: Phaser.Scene, layer: Phaser.GameObjects.Container, x: number, y: number, l: Label, fill: number, color: string, anchorRight = false): number {
  const t = scene.add.text(0, 0, l.text, { fontFamily: FONT, fontSize: `${l.size}px`, fontStyle: l.bold ? 'bold' : 'normal', color });
  const w = t.width + 24;
  const h = t.height + 6;
  const left = anchorRight ? x - w : x;
  const g = scene.add.graphics().fillStyle(fill, 1).fillRoundedRect(left, y, w, h, h / 2);
  t.setPosition(left + 12, y + 3);
  layer.add([g, t]);
  return w;
}
