import type * as Phaser from 'phaser';
import { drawLineChart } from '../../charts/line';
import { box, COLOR, FONT, text } from './primitives';
import type { ChartSpec, PersonasScreenModel } from '../model/types';

// The personas screen: the chart drawn into a canvas of its size in design pixels, put into Phaser
// as a texture, and the residents' journeys beside it.

const KEY = 'projector-personas-chart';
const STATUS_COLOR = { held: COLOR.okText, reached: COLOR.goldText, dropped: COLOR.warnText, waiting: COLOR.soft } as const;

/** The spec whose chart the texture holds: redrawn only when the figures or words change. */
let drawnSpec = '';

function renderChart(spec: ChartSpec): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  canvas.width = spec.w;
  canvas.height = spec.h;
  const data = { labels: spec.labels, values: spec.onBoard, target: spec.target, valuesName: spec.onBoardName, targetName: spec.targetName };
  drawLineChart(canvas.getContext('2d')!, spec.w, spec.h, data, {
    font: spec.font,
    family: FONT,
    text: COLOR.soft,
    grid: 'rgba(203,213,225,0.18)',
    line: '#fbbf24',
    goal: '#4ade80',
    lineWidth: 8,
    goalWidth: 5,
    point: 12,
    pad: 16,
  });
  return canvas;
}

function chartTexture(scene: Phaser.Scene, spec: ChartSpec): void {
  const sig = JSON.stringify(spec);
  if (scene.textures.exists(KEY) && sig === drawnSpec) return;
  if (scene.textures.exists(KEY)) scene.textures.remove(KEY);
  scene.textures.addCanvas(KEY, renderChart(spec));
  drawnSpec = sig;
}

export function drawPersonas(scene: Phaser.Scene, layer: Phaser.GameObjects.Container, m: PersonasScreenModel): void {
  text(scene, layer, 60, 40, m.title, { color: COLOR.goldText });
  const c = m.chart;
  box(scene, layer, c, COLOR.panel, { line: COLOR.panelLine });
  chartTexture(scene, c);
  layer.add(scene.add.image(c.x, c.y, KEY).setOrigin(0, 0));
  text(scene, layer, c.x + 20, c.y + c.h + 24, m.final, { color: COLOR.light });
  const p = m.panel;
  box(scene, layer, p, COLOR.panel, { line: COLOR.panelLine });
  text(scene, layer, p.x + 24, p.y + 18, m.journeysTitle, { color: COLOR.goldText });
  for (const j of m.journeys) {
    text(scene, layer, j.x, j.y, j.name, { color: STATUS_COLOR[j.status] });
    text(scene, layer, j.x, j.y + 42, j.story, { color: COLOR.soft });
  }
  if (m.more) text(scene, layer, m.more.x, m.more.y, m.more, { color: COLOR.soft });
}
