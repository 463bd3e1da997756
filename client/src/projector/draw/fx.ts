import type * as Phaser from 'phaser';
import { COLOR, FONT } from './primitives';
import type { Anchor, Move, PlayModel } from '../model/types';

// The projector's animations: cards flying between partners and into projects, a celebration when
// a project is done, people boarding the track and falling off it. They are tweens only: the scene
// keeps its render loop awake while any tween runs.

const FLY_MS = 750;

type Point = { x: number; y: number };

function pointOf(a: Anchor, models: (PlayModel | null)[]): Point | null {
  for (const m of models) {
    if (!m) continue;
    if ('partner' in a) {
      const p = m.partners.find((q) => q.role === a.partner);
      if (p) return { x: p.x + p.w / 2, y: p.y + p.h / 2 };
    } else {
      const p = m.projects.find((q) => q.id === a.project);
      if (p) return { x: p.x + p.w / 2, y: p.y + 116 };
    }
  }
  return null;
}

function flyCard(scene: Phaser.Scene, from: Point, to: Point, resource: string | null, delay: number): void {
  const card = scene.add.container(from.x, from.y).setDepth(10);
  if (resource && scene.textures.exists(`res-${resource}`)) {
    card.add(scene.add.rectangle(0, 0, 60, 80, 0xffffff).setStrokeStyle(4, 0x14213d));
    card.add(scene.add.image(0, 0, `res-${resource}`).setDisplaySize(46, 46));
  } else {
    // A trade seen from outside: a plain card back, what it holds stays between the two.
    card.add(scene.add.rectangle(0, 0, 60, 80, 0x1e40af).setStrokeStyle(4, 0xffffff));
    card.add(scene.add.rectangle(0, 0, 36, 56, 0x3b82f6).setStrokeStyle(2, 0xbfdbfe));
  }
  card.setScale(0.7).setAlpha(0);
  scene.tweens.add({
    targets: card,
    x: to.x,
    y: to.y,
    scale: 1.1,
    alpha: { from: 1, to: 1 },
    angle: { from: -14, to: 10 },
    delay,
    duration: FLY_MS,
    ease: 'Cubic.easeInOut',
    onComplete: () =>
      scene.tweens.add({ targets: card, alpha: 0, scale: 0.4, duration: 250, onComplete: () => card.destroy() }),
  });
}

/** One banner for every project done at once (an Uitvoering often completes several). */
function celebrate(scene: Phaser.Scene, at: Point, names: string[], words: string): void {
  const banner = scene.add.container(at.x, at.y).setDepth(20);
  const shown = names.length > 4 ? [...names.slice(0, 3), `+ ${names.length - 3}`] : names;
  const title = scene.add.text(0, 0, `★ ${words} ★`, { fontFamily: FONT, fontSize: '56px', fontStyle: 'bold', color: '#fde68a' }).setOrigin(0.5, 0);
  const label = scene.add.text(0, 0, shown.join('\n'), { fontFamily: FONT, fontSize: '36px', fontStyle: 'bold', color: '#ffffff', align: 'center', lineSpacing: 6 }).setOrigin(0.5, 0);
  const w = Math.min(1200, Math.max(title.width, label.width) + 80);
  const h = title.height + label.height + 70;
  title.setY(-h / 2 + 24);
  label.setY(title.y + title.height + 14);
  banner.add([scene.add.rectangle(0, 0, w, h, 0x14532d, 0.96).setStrokeStyle(6, COLOR.gold), title, label]);
  banner.setScale(0.3).setAlpha(0);
  for (let i = 0; i < 24; i++) {
    const star = scene.add.star(at.x, at.y, 5, 8, 18, [0xfacc15, 0xffffff, 0x86efac][i % 3]).setDepth(19);
    const a = (i / 24) * Math.PI * 2;
    scene.tweens.add({ targets: star, x: at.x + Math.cos(a) * 560, y: at.y + Math.sin(a) * 320, angle: 300, alpha: 0, duration: 1400, ease: 'Quad.easeOut', onComplete: () => star.destroy() });
  }
  scene.tweens.add({
    targets: banner,
    scale: 1,
    alpha: 1,
    duration: 400,
    ease: 'Back.easeOut',
    onComplete: () => scene.tweens.add({ targets: banner, alpha: 0, delay: 2200, duration: 500, onComplete: () => banner.destroy() }),
  });
}

export interface Effects {
  moves: Move[];
  prev: PlayModel | null;
  next: PlayModel | null;
  projectName: (id: string) => string;
  doneWord: string;
}

/** Plays the moves; returns how long until the cards have landed (for what waits on them). */
export function playMoves(scene: Phaser.Scene, fx: Effects): number {
  const done = fx.moves.flatMap((m) => (m.kind === 'completed' ? [fx.projectName(m.projectId)] : []));
  const table = (fx.next ?? fx.prev)?.table;
  if (done.length && table) celebrate(scene, { x: table.x + table.w / 2, y: table.y + table.h / 2 }, done, fx.doneWord);
  let delay = 0;
  for (const m of fx.moves) {
    if (m.kind !== 'card') continue;
    const from = pointOf(m.from, [fx.next, fx.prev]);
    const to = pointOf(m.to, [fx.next, fx.prev]);
    if (!from || !to) continue;
    for (let i = 0; i < Math.min(3, m.count); i++) flyCard(scene, from, to, m.resource, delay + i * 140);
    delay += 160;
  }
  return fx.moves.some((m) => m.kind === 'card') ? delay + FLY_MS : 0;
}

/** Something new fades in once the cards that bring it have landed. */
export function appear(scene: Phaser.Scene, objects: Phaser.GameObjects.GameObject[], delay: number): void {
  scene.tweens.add({ targets: objects, alpha: { from: 0, to: 1 }, delay, duration: 350 });
}

/** A persona boards the track: drops in from above with a bounce. */
export function board(scene: Phaser.Scene, token: Phaser.GameObjects.Container, delay: number): void {
  const y = token.y;
  token.setY(y - 160).setAlpha(0);
  scene.tweens.add({ targets: token, y, alpha: 1, delay, duration: 700, ease: 'Bounce.easeOut' });
}

/** A persona drops out: a copy of their token falls off the track and fades. */
export function fall(scene: Phaser.Scene, at: Point, name: string): void {
  const c = scene.add.container(at.x, at.y).setDepth(15);
  c.add(scene.add.circle(0, 0, 30, 0xf59e0b).setStrokeStyle(3, 0xffffff));
  c.add(scene.add.text(0, 34, name, { fontFamily: FONT, fontSize: '28px', fontStyle: 'bold', color: '#fca5a5' }).setOrigin(0.5, 0));
  scene.tweens.add({ targets: c, y: at.y + 220, angle: 40, alpha: 0, duration: 1300, ease: 'Quad.easeIn', onComplete: () => c.destroy() });
}
