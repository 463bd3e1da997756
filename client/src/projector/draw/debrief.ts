import type * as Phaser from 'phaser';
import { box, COLOR, text } from './primitives';
import { drawNetwork } from './network-track';
import type { Label, LessonsModel, NetworkScreenModel, ReflectionsModel } from '../model/types';

// The debrief's screens on the wall (the personas chart is in debrief-personas.ts): lessons, the network
// at the end, and the players' answers.

const TONE = { good: { fill: 0x16a34a, text: COLOR.okText }, gap: { fill: COLOR.gold, text: COLOR.goldText } } as const;

function title(scene: Phaser.Scene, layer: Phaser.GameObjects.Container, l: Label): void {
  text(scene, layer, 60, 40, l, { color: COLOR.goldText });
}

export function drawLessons(scene: Phaser.Scene, layer: Phaser.GameObjects.Container, m: LessonsModel, width: number): void {
  title(scene, layer, m.title);
  if (m.empty) text(scene, layer, width / 2, 540, m.empty, { origin: [0.5, 0.5], align: 'center', color: COLOR.soft });
  for (const c of m.cards) {
    const tone = TONE[c.tone];
    box(scene, layer, c, COLOR.panel, { line: tone.fill, lineWidth: 4 });
    // The mark in a disc of the tone's colour on the card's left, its word at the top right.
    const cy = c.y + c.h / 2;
    layer.add(scene.add.circle(c.x + 60, cy, 38, tone.fill));
    text(scene, layer, c.x + 60, cy, c.mark, { origin: [0.5, 0.5], color: COLOR.ink });
    text(scene, layer, c.x + c.w - 24, c.y + 20, c.toneWord, { origin: [1, 0], color: tone.text });
    // The sentence under the heading as drawn (a heading of 40 px is taller than the 38 it once had).
    const head = text(scene, layer, c.x + 130, c.y + 16, c.heading, { color: COLOR.light });
    const said = text(scene, layer, c.x + 130, head.y + head.height + 2, c.sentence, { color: COLOR.soft });
    // The question to talk about, the same as on the phones, under the lesson.
    if (c.question.text) text(scene, layer, c.x + 130, said.y + said.height + 2, c.question, { color: COLOR.goldText });
  }
}

export function drawNetworkScreen(scene: Phaser.Scene, layer: Phaser.GameObjects.Container, m: NetworkScreenModel): void {
  title(scene, layer, m.title);
  drawNetwork(scene, layer, m.network);
  const x = m.sideX;
  const centre = text(scene, layer, x, 140, m.centre, { color: COLOR.goldText });
  const outside = text(scene, layer, x, centre.y + centre.height + 20, m.outside, { color: COLOR.soft });
  let y = outside.y + outside.height + 44;
  if (m.ties.length) {
    text(scene, layer, x, y, m.tiesTitle, { color: COLOR.light });
    y += 60;
  }
  for (const t of m.ties) {
    text(scene, layer, x, y, t.pair, { color: COLOR.light });
    text(scene, layer, x, y + 40, t.what, { color: COLOR.soft });
    y += 90;
  }
  text(scene, layer, x, 1040, m.legend, { origin: [0, 1], color: COLOR.soft });
}

/** Draws the answers; each answer's objects by its id, so the newly arrived ones can fade in. */
export function drawReflections(scene: Phaser.Scene, layer: Phaser.GameObjects.Container, m: ReflectionsModel): Map<string, Phaser.GameObjects.GameObject[]> {
  title(scene, layer, m.title);
  const cards = new Map<string, Phaser.GameObjects.GameObject[]>();
  for (const col of m.columns) {
    const caption = col.caption ? text(scene, layer, col.x, col.y, col.caption, { color: COLOR.goldText }) : null;
    text(scene, layer, col.x, caption ? caption.y + caption.height + 8 : col.y, col.question, { color: COLOR.light });
    if (col.empty) text(scene, layer, col.x, col.y + col.headH, col.empty, { color: COLOR.soft });
    for (const a of col.answers) {
      const objects: Phaser.GameObjects.GameObject[] = [box(scene, layer, a, COLOR.paper, { radius: 14 })];
      objects.push(text(scene, layer, a.x + 18, a.y + 18, a.text, { color: COLOR.ink }));
      if (a.author) objects.push(text(scene, layer, a.x + a.w - 18, a.y + a.h - 14, a.author, { origin: [1, 1], color: '#475569' }));
      cards.set(a.id, objects);
    }
    if (col.more) text(scene, layer, col.x, col.y + col.h, col.more, { origin: [0, 1], color: COLOR.soft });
  }
  return cards;
}

export function drawWaiting(scene: Phaser.Scene, layer: Phaser.GameObjects.Container, message: Label, width: number): void {
  text(scene, layer, width / 2, 540, message, { origin: [0.5, 0.5], align: 'center', color: COLOR.soft });
}
