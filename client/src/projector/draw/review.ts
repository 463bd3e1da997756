import type * as Phaser from 'phaser';
import { box, COLOR, text } from './primitives';
import type { PlayModel, ReviewModel } from '../model/types';

// What lies over the table: the Terugblik (question and score) and, over everything, a pause.

export function drawReview(scene: Phaser.Scene, layer: Phaser.GameObjects.Container, r: ReviewModel): void {
  const b = r.box;
  box(scene, layer, b, COLOR.night, { radius: 40, line: COLOR.gold, lineWidth: 6 });
  const x = b.x + 40;
  let y = b.y + 24;
  y += text(scene, layer, x, y, r.title, { color: COLOR.goldText }).height + 14;
  y += text(scene, layer, x, y, r.questionHeading, { color: COLOR.soft }).height + 6;
  if (r.question.text) y += text(scene, layer, x, y, r.question, { color: COLOR.light }).height + 18;
  y += text(scene, layer, x, y, r.score, { color: r.met ? COLOR.okText : COLOR.light }).height + 6;
  y += text(scene, layer, x, y, r.round, { color: COLOR.soft }).height + 12;
  text(scene, layer, x, y, r.warning, { color: r.urgent ? COLOR.warnText : COLOR.soft });
}

export function drawPause(scene: Phaser.Scene, layer: Phaser.GameObjects.Container, p: NonNullable<PlayModel['pause']>, width: number): void {
  // Dims the whole table, so the room sees the stop from anywhere, not only at the clock.
  layer.add(scene.add.rectangle(0, 92, width, 988, COLOR.night, 0.72).setOrigin(0, 0));
  const w = Math.min(1200, width - 160);
  const r = { x: (width - w) / 2, y: 400, w, h: 240 };
  box(scene, layer, r, COLOR.panel, { radius: 32, line: COLOR.gold, lineWidth: 6 });
  text(scene, layer, width / 2, r.y + 90, p.title, { origin: [0.5, 0.5], color: COLOR.light });
  text(scene, layer, width / 2, r.y + 170, p.hint, { origin: [0.5, 0.5], color: COLOR.soft });
}
