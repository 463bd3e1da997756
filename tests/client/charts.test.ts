import { describe, expect, it } from 'vitest';
import { yScale } from '../../client/src/charts/line';
import { concentric, ring, type NetNode } from '../../client/src/charts/network';
import { networkModel } from '../../client/src/projector/model/network';
import { ROLES } from '../../shared/model/ids';

// The geometry the pictures stand on: the ring the network is drawn on (the wall and the debrief)
// and the personas chart's steps.

const node = (id: string, centre = false): NetNode => ({ id, label: id, degree: 1, centre, outside: false, icon: '' });

describe('the network ring', () => {
  it('starts at the top and goes round clockwise, evenly spaced', () => {
    const p = ring(4, 100);
    expect(p.map((q) => [Math.round(q.x), Math.round(q.y)])).toEqual([[0, -100], [100, 0], [0, 100], [-100, 0]]);
    const gaps = ring(7, 50).map((q, i, all) => Math.hypot(q.x - all[(i + 1) % 7].x, q.y - all[(i + 1) % 7].y));
    for (const g of gaps) expect(g).toBeCloseTo(gaps[0], 6);
  });

  it('puts the partners at the centre of the network inside, the others on the outer ring', () => {
    const pos = concentric([node('a', true), node('b', true), node('c'), node('d'), node('e')], 100);
    const r = (id: string) => Math.hypot(pos.get(id)!.x, pos.get(id)!.y);
    expect(r('a')).toBeLessThan(60);
    expect(r('b')).toBeCloseTo(r('a'), 6);
    for (const id of ['c', 'd', 'e']) expect(r(id)).toBeCloseTo(100, 6);
    // One partner at the centre stands in the middle; nobody at the centre leaves one ring.
    expect(r2(concentric([node('a', true), node('b')], 80), 'a')).toBe(0);
    expect(r2(concentric([node('a'), node('b'), node('c')], 80), 'c')).toBeCloseTo(80, 6);
  });

  it('keeps every partner on the wall in seat order, clockwise from the top, inside its box', () => {
    const box = { x: 100, y: 50, w: 900, h: 600 };
    const m = networkModel([...ROLES].slice(0, 6), [], box, 'Samenwerking', 'nl');
    expect(m.nodes.map((n) => n.role)).toEqual(ROLES.slice(0, 6));
    expect(m.nodes[0].y).toBe(Math.min(...m.nodes.map((n) => n.y))); // the first seat at the top
    expect(m.nodes[1].x).toBeGreaterThan(m.nodes[0].x); // the next one to its right
    for (const n of m.nodes) {
      expect(n.x - n.r).toBeGreaterThanOrEqual(box.x);
      expect(n.x + n.r).toBeLessThanOrEqual(box.x + box.w);
      expect(n.y + n.r).toBeLessThanOrEqual(box.y + box.h);
    }
  });
});

function r2(pos: Map<string, { x: number; y: number }>, id: string): number {
  return Math.hypot(pos.get(id)!.x, pos.get(id)!.y);
}

describe('the personas chart', () => {
  it('counts in whole steps and always shows the target with room above it', () => {
    expect(yScale([0, 2, 1], 19)).toEqual({ max: 20, step: 4 });
    expect(yScale([0, 1], 3)).toEqual({ max: 4, step: 1 });
    expect(yScale([30], 19).max).toBeGreaterThanOrEqual(30);
    for (const [values, target] of [[[0], 1], [[5, 9], 12], [[40], 25]] as const) {
      const { max, step } = yScale([...values], target);
      expect(Number.isInteger(step) && max % step === 0).toBe(true);
      expect(max).toBeGreaterThan(target);
      expect(max / step).toBeLessThanOrEqual(7);
    }
  });
});
