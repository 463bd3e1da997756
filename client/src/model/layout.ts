// Where the table's parts go for a given screen. Pure math, so a phone in portrait, a laptop and a
// large screen are checked in tests without a browser: nothing overlaps, nothing leaves the screen.

export type Panel = 'hand' | 'offers' | 'interests' | 'event' | 'reflection' | 'projects' | 'personas' | 'partners' | 'log';
export type Mode = 'phone' | 'laptop' | 'wide';
export type TabId = 'me' | 'offers' | 'projects' | 'personas' | 'partners';

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface TableLayout {
  mode: Mode;
  /** On a phone the columns are tabs: one shows at a time, chosen in the bottom bar. */
  tabs: TabId[] | null;
  columns: Panel[][];
  header: Rect;
  host: Rect | null;
  columnRects: Rect[];
  nav: Rect | null;
  /** Base font size in CSS pixels (16 is readable on a phone without zooming). */
  fontSize: number;
  /** Smallest side of any control (WCAG 2.5.5 asks 44). */
  touchTarget: number;
  gap: number;
}

export const PHONE_MAX = 759;
export const WIDE_MIN = 1600;
const PAD = 12;

const PHONE_TABS: Record<TabId, Panel[]> = {
  me: ['hand', 'interests'],
  offers: ['offers'],
  projects: ['event', 'reflection', 'projects'],
  // The residents to hold have their own tab: one tap away, not below every project.
  personas: ['personas'],
  partners: ['partners', 'log'],
};

export function modeFor(width: number): Mode {
  if (width <= PHONE_MAX) return 'phone';
  return width >= WIDE_MIN ? 'wide' : 'laptop';
}

export function tableLayout(width: number, height: number, opts: { host: boolean }): TableLayout {
  const mode = modeFor(width);
  const headerH = mode === 'phone' ? 88 : 60;
  const hostH = opts.host ? (mode === 'phone' ? 56 : 52) : 0;
  const header: Rect = { x: 0, y: 0, w: width, h: headerH };
  const host: Rect | null = opts.host ? { x: 0, y: headerH, w: width, h: hostH } : null;
  const top = headerH + hostH;

  if (mode === 'phone') {
    const navH = 64;
    const tabs = Object.keys(PHONE_TABS) as TabId[];
    const area: Rect = { x: PAD, y: top + PAD, w: width - 2 * PAD, h: Math.max(0, height - top - navH - 2 * PAD) };
    return {
      mode,
      tabs,
      columns: tabs.map((t) => PHONE_TABS[t]),
      header,
      host,
      columnRects: tabs.map(() => ({ ...area })),
      nav: { x: 0, y: height - navH, w: width, h: navH },
      fontSize: 16,
      touchTarget: 48,
      gap: PAD,
    };
  }

  const three = width >= 1100;
  const columns: Panel[][] = three
    ? [['hand', 'offers', 'interests'], ['event', 'reflection', 'projects'], ['personas', 'partners', 'log']]
    : [['hand', 'offers', 'interests', 'personas', 'partners', 'log'], ['event', 'reflection', 'projects']];
  const weights = three ? [3, 4, 3] : [1, 1];
  const inner = width - 2 * PAD - (weights.length - 1) * PAD;
  const sum = weights.reduce((a, b) => a + b, 0);
  let x = PAD;
  const colH = Math.max(0, height - top - 2 * PAD);
  const columnRects = weights.map((wt, i) => {
    const w = i === weights.length - 1 ? width - PAD - x : Math.floor((inner * wt) / sum);
    const r = { x, y: top + PAD, w, h: colH };
    x += w + PAD;
    return r;
  });
  return {
    mode,
    tabs: null,
    columns,
    header,
    host,
    columnRects,
    nav: null,
    fontSize: mode === 'wide' ? 18 : 16,
    touchTarget: 44,
    gap: PAD,
  };
}

export function tabOf(panel: Panel): TabId {
  return (Object.keys(PHONE_TABS) as TabId[]).find((t) => PHONE_TABS[t].includes(panel)) ?? 'me';
}

export function overlaps(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

export function inside(r: Rect, width: number, height: number): boolean {
  return r.x >= 0 && r.y >= 0 && r.x + r.w <= width && r.y + r.h <= height;
}

/** A point kept inside the screen with a margin: where a card flies to when its target is hidden. */
export function clampPoint(p: { x: number; y: number }, width: number, height: number, margin = 24) {
  return {
    x: Math.min(width - margin, Math.max(margin, p.x)),
    y: Math.min(height - margin, Math.max(margin, p.y)),
  };
}

/** The celebration banner: centred, as wide as fits, never outside the screen. */
export function bannerRect(width: number, height: number): Rect {
  const w = Math.min(width - 2 * PAD, 560);
  const h = Math.min(140, Math.max(96, Math.round(height * 0.16)));
  return { x: Math.round((width - w) / 2), y: Math.round(height * 0.3), w, h };
}
