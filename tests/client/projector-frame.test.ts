import { describe, expect, it } from 'vitest';
import type { RoleId } from '../../shared/model/ids';
import { projectorView } from '../../shared/view';
import { designWidth, phasePills, playColumns } from '../../client/src/projector/model/frame';
import { lobbyFrame } from '../../client/src/projector/model/lobby';
import { textBounds } from '../../client/src/projector/model/measure';
import { projectorModel } from '../../client/src/projector/model/screen';
import { slotFit } from '../../client/src/projector/model/play';
import { endModel } from '../../client/src/projector/model/end';
import { breakAtHyphens } from '../../client/src/projector/model/labels';
import type { ProjectorInput, Rect } from '../../client/src/projector/model/types';
import { advance, game, roomInfo, seats } from './fixtures';

// The wall's shape: the design width per aspect ratio, and each screen laid out for that width
// without parts running into each other or off the wall.

const ROLES: RoleId[] = ['bibliotheek', 'gemeente', 'welzijn', 'uwv', 'roc', 'ggd'];
const NAMES = ['Anna', 'Bram', 'Chris', 'Dewi', 'Eva', 'Fatima'];

const inside = (r: Rect, width: number) => r.x >= 0 && r.y >= 0 && r.x + r.w <= width && r.y + r.h <= 1080;
const apart = (a: Rect, b: Rect) => a.x + a.w <= b.x || b.x + b.w <= a.x || a.y + a.h <= b.y || b.y + b.h <= a.y;

describe('the design size follows the wall', () => {
  it('is 1920 wide on 16:9, 1440 on 4:3, in between on 16:10, always 1080 high', () => {
    expect(designWidth(1920, 1080)).toBe(1920);
    expect(designWidth(1366, 768)).toBe(1920);
    expect(designWidth(1280, 720)).toBe(1920);
    expect(designWidth(1024, 768)).toBe(1440);
    expect(designWidth(1400, 1050)).toBe(1440);
    expect(designWidth(1280, 800)).toBe(1728);
    // Wider than 16:9 keeps 1920 (letterboxed at the sides); squarer than 4:3 keeps 1440.
    expect(designWidth(2560, 1080)).toBe(1920);
    expect(designWidth(1280, 1024)).toBe(1440);
    expect(designWidth(0, 0)).toBe(1920);
  });

  it('keeps body text at least 20 CSS px on a 1024×768 wall', () => {
    // The smallest text is 29 design px; a 1440×1080 picture on 1024×768 is scaled by 1024/1440.
    expect(29 * (1024 / designWidth(1024, 768))).toBeGreaterThanOrEqual(20);
    expect(29 * (1024 / 1920)).toBeLessThan(20); // the old 1920 picture on the same wall
  });
});

describe('each screen laid out for its width', () => {
  for (const width of [1440, 1728, 1920]) {
    it(`the lobby at ${width}: code, QR, seats and rules apart`, () => {
      const f = lobbyFrame(width);
      const code = { x: 80, y: 370, w: f.codeW, h: 250 };
      const qr = { x: f.qrX, y: 30, w: f.qr, h: f.qr };
      expect(inside(qr, width) && inside(f.howTo, width)).toBe(true);
      expect(apart(code, qr)).toBe(true);
      expect(apart(qr, f.howTo)).toBe(true);
      const m = projectorModel({ ...input(null), width });
      if (m.state !== 'lobby') throw new Error(m.state);
      for (const s of m.lobby.seats) expect(apart(s, f.howTo), `seat at ${s.x}`).toBe(true);
      expect(m.lobby.code.size).toBeGreaterThanOrEqual(width === 1920 ? 180 : 120);
    });

    it(`the table at ${width}: columns, phases and project slots fit`, () => {
      const { left, right } = playColumns(width);
      expect(left.x + left.w).toBeLessThan(right.x);
      expect(right.x + right.w).toBeLessThanOrEqual(width - 30);
      const m = projectorModel({ ...input(advance(game(ROLES, 7, 2))), width });
      if (m.state !== 'play') throw new Error(m.state);
      expect(m.play.width).toBe(width);
      for (const [i, p] of m.play.phases.entries()) {
        expect(p.x + p.w).toBeLessThanOrEqual(width - 200);
        if (i > 0) expect(p.x).toBeGreaterThanOrEqual(m.play.phases[i - 1].x + m.play.phases[i - 1].w);
      }
      for (const r of [...m.play.partners, ...m.play.projects, m.play.event.box, m.play.network, m.play.track]) expect(inside(r, width), `${r.x},${r.y} ${r.w}×${r.h}`).toBe(true);
      for (const p of m.play.projects) expect(p.slots.length * (p.slot.size + p.slot.gap) - p.slot.gap).toBeLessThanOrEqual(p.w - 32);
    });

    it(`the end at ${width}: the words stop before the network`, () => {
      let s = game(ROLES, 7, 1);
      while (s.status === 'playing') s = advance(s);
      const m = endModel(projectorView(s), 'nl', width);
      expect(inside(m.network, width) && inside(m.track, width)).toBe(true);
      expect(60 + (m.headline.max ?? Infinity)).toBeLessThan(m.network.x);
    });
  }

  it('slots shrink to fit a narrow project, never past the box', () => {
    expect(slotFit(5, 361)).toEqual({ size: 44, gap: 6 });
    const seven = slotFit(7, 241);
    expect(7 * (seven.size + seven.gap) - seven.gap).toBeLessThanOrEqual(241);
    expect(seven.size).toBeGreaterThanOrEqual(28);
  });

  it('the phase pills keep between the round and the clock', () => {
    const pills = phasePills(1440, ['Gebeurtenis', 'Overleg', 'Uitvoering', 'Terugblik'], 29, 340, 1200);
    expect(pills[0].x).toBeGreaterThanOrEqual(340);
    expect(pills[3].x + pills[3].w).toBeLessThanOrEqual(1200);
    // On a 16:9 wall they are as before: four of 250, centred.
    expect(phasePills(1920, ['Gebeurtenis', 'Overleg', 'Uitvoering', 'Terugblik'], 32, 440, 1480).map((p) => p.w)).toEqual([250, 250, 250, 250]);
  });
});

describe('long words in a narrow box', () => {
  const w = (s: string) => s.length * 10;
  it('break after a hyphen rather than anywhere', () => {
    expect(breakAtHyphens('Rechtwijzer-spreekuur', 150, w)).toBe('Rechtwijzer- spreekuur');
    expect(breakAtHyphens('Rechtwijzer-spreekuur', 250, w)).toBe('Rechtwijzer-spreekuur'); // it fits
    expect(breakAtHyphens('een aan-de-slag-plan', 90, w)).toBe('een aan-de- slag-plan');
    expect(breakAtHyphens('laaggeletterdheid', 90, w)).toBe('laaggeletterdheid'); // no hyphen: left to the drawing
  });
});

describe('the checks on the drawn picture', () => {
  it('finds text off the wall and text over text', () => {
    const r = textBounds(
      [
        { text: 'a', x: 10, y: 10, w: 100, h: 30 },
        { text: 'b', x: 50, y: 20, w: 100, h: 30 },
        { text: 'c', x: 1400, y: 10, w: 100, h: 30 },
        { text: 'd', x: 10, y: 40, w: 100, h: 30 }, // touching a by a pixel: fine
      ],
      { x: 0, y: 0, w: 1440, h: 1080 },
    );
    expect(r.outside).toEqual(['c (1400,10 100×30)']);
    expect(r.overlaps).toEqual(['a × b', 'b × d']);
  });
});

function input(s: ReturnType<typeof game> | null): ProjectorInput {
  return {
    info: roomInfo({ status: s ? s.status : 'lobby', seats: seats(ROLES, NAMES) }),
    view: s ? projectorView(s) : null,
    joinUrl: 'https://spel.example.nl/?room=ABC234',
    locale: 'nl',
    serverNow: () => 0,
  };
}
