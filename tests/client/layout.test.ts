import { describe, expect, it } from 'vitest';
import { bannerRect, clampPoint, inside, modeFor, overlaps, tabOf, tableLayout, type Panel } from '../../client/src/model/layout';

const SCREENS = [
  { name: 'phone portrait', w: 390, h: 844, mode: 'phone' },
  { name: 'small phone', w: 360, h: 640, mode: 'phone' },
  { name: 'tablet', w: 820, h: 1180, mode: 'laptop' },
  { name: 'laptop', w: 1366, h: 768, mode: 'laptop' },
  { name: 'full HD', w: 1920, h: 1080, mode: 'wide' },
] as const;

const PANELS: Panel[] = ['hand', 'offers', 'interests', 'event', 'reflection', 'projects', 'personas', 'partners', 'log'];

describe('table layout', () => {
  for (const s of SCREENS) {
    for (const host of [false, true]) {
      it(`${s.name} ${s.w}×${s.h}${host ? ' with host bar' : ''}: nothing overlaps, nothing outside the screen`, () => {
        const l = tableLayout(s.w, s.h, { host });
        expect(l.mode).toBe(s.mode);
        const fixed = [l.header, ...(l.host ? [l.host] : []), ...(l.nav ? [l.nav] : [])];
        const areas = l.tabs ? [l.columnRects[0]] : l.columnRects;
        for (const r of [...fixed, ...areas]) expect(inside(r, s.w, s.h), JSON.stringify(r)).toBe(true);
        const all = [...fixed, ...areas];
        for (let i = 0; i < all.length; i++)
          for (let j = i + 1; j < all.length; j++) expect(overlaps(all[i], all[j]), `${i}/${j}`).toBe(false);
        // Every panel has exactly one place.
        expect(l.columns.flat().sort()).toEqual([...PANELS].sort());
        // Columns are wide enough for a card and its buttons; the content area keeps real height.
        for (const r of areas) {
          expect(r.w).toBeGreaterThanOrEqual(300);
          expect(r.h).toBeGreaterThanOrEqual(s.h * 0.55);
        }
        expect(l.fontSize).toBeGreaterThanOrEqual(16);
        expect(l.touchTarget).toBeGreaterThanOrEqual(44);
      });
    }
  }

  it('uses tabs on a phone, two columns on a narrow laptop, three on a wide one', () => {
    expect(tableLayout(390, 844, { host: false }).tabs).toEqual(['me', 'offers', 'projects', 'personas', 'partners']);
    expect(tableLayout(900, 700, { host: false }).columns).toHaveLength(2);
    expect(tableLayout(1366, 768, { host: false }).columns).toHaveLength(3);
    expect(modeFor(759)).toBe('phone');
    expect(modeFor(760)).toBe('laptop');
    expect(modeFor(1600)).toBe('wide');
  });

  it('finds the phone tab of every panel', () => {
    expect(tabOf('hand')).toBe('me');
    expect(tabOf('offers')).toBe('offers');
    expect(tabOf('projects')).toBe('projects');
    expect(tabOf('partners')).toBe('partners');
  });

  it('keeps the celebration banner and flying cards on screen', () => {
    for (const s of SCREENS) {
      expect(inside(bannerRect(s.w, s.h), s.w, s.h)).toBe(true);
      const p = clampPoint({ x: -50, y: s.h + 100 }, s.w, s.h);
      expect(p.x).toBeGreaterThan(0);
      expect(p.y).toBeLessThan(s.h);
    }
  });
});
