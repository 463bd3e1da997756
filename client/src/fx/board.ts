import * as Phaser from 'phaser';
import { RESOURCES } from '../../../shared/model/ids';
import { getLocale, t } from '../i18n';
import * as cards from '../model/cards';
import type { Cue } from '../model/cues';
import { bannerRect } from '../model/layout';
import type { Effects } from '../app/effects';
import { resourceIcon } from '../components/icons';
import { locate, reducedMotion } from './anchors';

// The Phaser layer over the table: a transparent canvas that never takes input. Cards fly from giver
// to receiver, a completed project celebrates, a new offer pulses. The DOM says the same in words
// (toasts), so nothing depends on seeing the animation. The loop sleeps when nothing moves.

class FxScene extends Phaser.Scene {
  private active = 0;

  constructor(private readonly ready: (s: FxScene) => void) {
    super('fx');
  }

  preload(): void {
    for (const r of RESOURCES) this.load.svg(`res-${r}`, resourceIcon(r), { width: 64, height: 64 });
  }

  create(): void {
    this.game.loop.sleep();
    this.ready(this);
  }

  private begin(): void {
    if (this.active++ === 0) this.game.loop.wake();
    this.moving(true);
  }

  /** Whether something moves, on the layer's element (`data-moving`), so a test can wait for stillness. */
  private moving(on: boolean): void {
    const el = this.game.canvas?.parentElement;
    if (el) el.dataset.moving = String(on);
  }

  private end(): void {
    if (--this.active <= 0) {
      this.active = 0;
      this.game.loop.sleep();
      this.moving(false);
    }
  }

  fly(cue: Extract<Cue, { kind: 'fly' }>, delay: number): void {
    const from = locate(cue.from);
    const to = locate(cue.to);
    const n = Math.min(cue.count, 3);
    for (let i = 0; i < n; i++) {
      this.begin();
      const card = this.add.container(from.x, from.y);
      const back = this.add.rectangle(0, 0, 44, 60, 0xffffff).setStrokeStyle(3, 0x1f2937);
      const img = this.add.image(0, -4, `res-${cue.resource}`).setDisplaySize(34, 34);
      card.add([back, img]);
      card.setScale(0.6).setAlpha(0);
      this.tweens.add({
        targets: card,
        x: to.x,
        y: to.y,
        scale: 1,
        alpha: { from: 1, to: 1 },
        angle: { from: -12, to: 8 },
        delay: delay + i * 120,
        duration: 650,
        ease: 'Cubic.easeInOut',
        onComplete: () => {
          this.tweens.add({ targets: card, alpha: 0, scale: 0.5, duration: 200, onComplete: () => (card.destroy(), this.end()) });
        },
      });
    }
  }

  celebrate(projectId: string): void {
    this.begin();
    const w = this.scale.width;
    const h = this.scale.height;
    const r = bannerRect(w, h);
    const banner = this.add.container(r.x + r.w / 2, r.y + r.h / 2);
    const bg = this.add.rectangle(0, 0, r.w, r.h, 0x14532d, 0.95).setStrokeStyle(4, 0xfacc15);
    const title = this.add
      .text(0, -18, `★ ${t('completed')} ★`, { fontFamily: 'system-ui, sans-serif', fontSize: '26px', color: '#fde68a', fontStyle: 'bold' })
      .setOrigin(0.5);
    const name = this.add
      .text(0, 20, cards.projectName(projectId, getLocale()), { fontFamily: 'system-ui, sans-serif', fontSize: '20px', color: '#ffffff', wordWrap: { width: r.w - 32 }, align: 'center' })
      .setOrigin(0.5);
    banner.add([bg, title, name]);
    banner.setScale(0.3).setAlpha(0);
    for (let i = 0; i < 18; i++) {
      const star = this.add.star(r.x + r.w / 2, r.y + r.h / 2, 5, 5, 11, [0xfacc15, 0xffffff, 0x86efac][i % 3]);
      const a = (i / 18) * Math.PI * 2;
      this.tweens.add({ targets: star, x: star.x + Math.cos(a) * (r.w / 2 + 40), y: star.y + Math.sin(a) * (r.h + 40), angle: 270, alpha: 0, duration: 1200, ease: 'Quad.easeOut', onComplete: () => star.destroy() });
    }
    this.tweens.add({
      targets: banner,
      scale: 1,
      alpha: 1,
      duration: 350,
      ease: 'Back.easeOut',
      onComplete: () =>
        this.tweens.add({ targets: banner, alpha: 0, delay: 1800, duration: 400, onComplete: () => (banner.destroy(), this.end()) }),
    });
  }

  /** A ring that pulses three times where the offers are (or their tab on a phone). */
  pulse(): void {
    this.begin();
    const c = locate('offers');
    const ring = this.add.circle(c.x, c.y, 18).setStrokeStyle(5, 0xb45309).setFillStyle(0xfef3c7, 0.4);
    this.tweens.add({ targets: ring, radius: 64, alpha: 0, duration: 900, repeat: 2, onComplete: () => (ring.destroy(), this.end()) });
  }
}

export function createEffects(parent: HTMLElement): Effects {
  let scene: FxScene | null = null;
  const queue: Cue[][] = [];
  new Phaser.Game({
    type: Phaser.AUTO,
    parent,
    transparent: true,
    banner: false,
    audio: { noAudio: true },
    input: false,
    scale: { mode: Phaser.Scale.RESIZE, width: innerWidth, height: innerHeight },
    scene: new FxScene((s) => {
      scene = s;
      for (const cues of queue.splice(0)) play(cues);
    }),
  });
  const play = (cues: Cue[]) => {
    if (!scene) return void queue.push(cues);
    if (reducedMotion()) return;
    let delay = 0;
    for (const c of cues) {
      if (c.kind === 'fly') {
        scene.fly(c, delay);
        delay += 90;
      } else if (c.kind === 'celebrate') scene.celebrate(c.projectId);
      else if (c.kind === 'offer') scene.pulse();
    }
  };
  return { play: (cues) => play(cues) };
}
