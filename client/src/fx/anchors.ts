import type { Anchor } from '../model/cues';
import { clampPoint, tabOf, type Panel } from '../model/layout';

// Where an anchor is on screen right now. A place that is scrolled away or on another phone tab
// falls back to its tab button, then to the nearest edge of the screen.

const PANEL_OF: Record<string, Panel> = { hand: 'hand', partner: 'partners', project: 'projects', offer: 'offers', offers: 'offers', personas: 'personas' };

export interface Point {
  x: number;
  y: number;
}

function centre(el: Element | null): Point | null {
  if (!el) return null;
  const r = el.getBoundingClientRect();
  if (r.width === 0 && r.height === 0) return null;
  const visible = r.bottom > 0 && r.top < innerHeight && r.right > 0 && r.left < innerWidth;
  return visible ? { x: r.left + r.width / 2, y: r.top + Math.min(r.height / 2, 40) } : null;
}

export function locate(anchor: Anchor | 'offers'): Point {
  if (anchor === 'bank') return { x: innerWidth / 2, y: 8 };
  const direct = centre(document.querySelector(`[data-anchor="${CSS.escape(anchor)}"]`));
  if (direct) return direct;
  const kind = anchor.split(':')[0];
  const panel = PANEL_OF[kind] ?? 'hand';
  const tab = centre(document.querySelector(`[data-anchor="tab:${tabOf(panel)}"]`));
  if (tab) return tab;
  const el = document.querySelector(`[data-anchor="${CSS.escape(anchor)}"]`);
  if (el) {
    const r = el.getBoundingClientRect();
    return clampPoint({ x: r.left + r.width / 2, y: r.top + r.height / 2 }, innerWidth, innerHeight);
  }
  return { x: innerWidth / 2, y: innerHeight - 24 };
}

export const reducedMotion = (): boolean => matchMedia('(prefers-reduced-motion: reduce)').matches;
