import type * as Phaser from 'phaser';
import { COLOR, text } from './draw-kit';
import { drawNetwork, drawTrack } from './draw-shared';
import type { EndModel } from './types';

// The end screen: the outcome in big words, the projects done, the final network and track.

export function drawEnd(scene: Phaser.Scene, layer: Phaser.GameObjects.Container, m: EndModel, width: number): Map<string, Phaser.GameObjects.Container> {
  text(scene, layer, 60, 60, m.headline, { color: m.won ? COLOR.okText : COLOR.goldText });
  text(scene, layer, 60, 250, m.score);
  text(scene, layer, 60, 330, m.projects, { color: COLOR.goldText });
  m.completed.forEach((l, i) => text(scene, layer, 80, 392 + i * 46, l, { color: COLOR.soft }));
  if (m.early) text(scene, layer, 60, 700, m.early, { color: COLOR.warnText });
  drawNetwork(scene, layer, m.network);
  const tokens = drawTrack(scene, layer, m.track);
  text(scene, layer, width / 2, 1010, m.debrief, { origin: [0.5, 0.5], color: COLOR.light });
  return tokens;
}
