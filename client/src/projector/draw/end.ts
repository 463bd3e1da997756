import type * as Phaser from 'phaser';
import { COLOR, text } from './primitives';
import { drawNetwork, drawTrack } from './network-track';
import type { EndModel } from '../model/types';

// The end screen: the outcome in big words, the projects done, the final network and track.

export function drawEnd(scene: Phaser.Scene, layer: Phaser.GameObjects.Container, m: EndModel, width: number): Map<string, Phaser.GameObjects.Container> {
  // Each part at its place on a wide wall, or lower where the one above took two lines (a narrow wall).
  const headline = text(scene, layer, 60, 60, m.headline, { color: m.won ? COLOR.okText : COLOR.goldText });
  const score = text(scene, layer, 60, Math.max(250, headline.y + headline.height + 16), m.score);
  const projects = text(scene, layer, 60, Math.max(330, score.y + score.height + 16), m.projects, { color: COLOR.goldText });
  const listY = Math.max(392, projects.y + projects.height + 14);
  m.completed.forEach((l, i) => text(scene, layer, 80, listY + i * 46, l, { color: COLOR.soft }));
  if (m.early) text(scene, layer, 60, 700, m.early, { color: COLOR.warnText });
  drawNetwork(scene, layer, m.network);
  const tokens = drawTrack(scene, layer, m.track);
  text(scene, layer, width / 2, 1010, m.debrief, { origin: [0.5, 0.5], color: COLOR.light });
  return tokens;
}
