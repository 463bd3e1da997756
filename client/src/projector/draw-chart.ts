import type * as Phaser from 'phaser';
import { CategoryScale, Chart, Legend, LinearScale, LineController, LineElement, PointElement } from 'chart.js';
import { box, COLOR, FONT, text } from './draw-kit';
import type { ChartSpec, PersonasScreenModel } from './types';

// The personas screen: the chart drawn by Chart.js into a canvas of its size in design pixels, put
// into Phaser as a texture, and the residents' journeys beside it.

Chart.register(LineController, LineElement, PointElement, LinearScale, CategoryScale, Legend);

const KEY = 'projector-personas-chart';
const STATUS_COLOR = { held: COLOR.okText, reached: COLOR.goldText, dropped: COLOR.warnText, waiting: COLOR.soft } as const;

/** The spec whose chart the texture holds: redrawn only when the figures or words change. */
let drawnSpec = '';

function renderChart(spec: ChartSpec): HTMLCanvasElement {
  // Chart.js draws once its canvas is in the document; off screen, and only for the moment.
  const canvas = document.createElement('canvas');
  canvas.width = spec.w;
  canvas.height = spec.h;
  canvas.style.cssText = `position:fixed;left:-10000px;top:0;width:${spec.w}px;height:${spec.h}px;`;
  document.body.append(canvas);
  const font = { size: spec.font, family: FONT };
  const soft = COLOR.soft;
  const chart = new Chart(canvas, {
    type: 'line',
    data: {
      labels: spec.labels,
      datasets: [
        { label: spec.onBoardName, data: spec.onBoard, borderColor: '#fbbf24', backgroundColor: '#fbbf24', borderWidth: 8, pointRadius: 12 },
        { label: spec.targetName, data: spec.labels.map(() => spec.target), borderColor: '#4ade80', backgroundColor: '#4ade80', borderWidth: 5, borderDash: [18, 12], pointRadius: 0 },
      ],
    },
    options: {
      animation: false,
      responsive: false,
      devicePixelRatio: 1,
      layout: { padding: 16 },
      scales: {
        y: { beginAtZero: true, suggestedMax: spec.target + 1, ticks: { precision: 0, font, color: soft }, grid: { color: 'rgba(203,213,225,0.18)' } },
        // Inset from the edges, so the first point does not sit on the numbers of the y axis.
        x: { offset: true, ticks: { font, color: soft }, grid: { color: 'rgba(203,213,225,0.12)' } },
      },
      // Both series as a short stretch of their own line, the goal's dashed.
      plugins: { legend: { labels: { font, color: COLOR.light, usePointStyle: true, pointStyle: 'line', pointStyleWidth: 64, padding: 32 } }, tooltip: { enabled: false } },
    },
  });
  // A copy keeps the picture: destroying the chart clears its own canvas.
  const copy = document.createElement('canvas');
  copy.width = spec.w;
  copy.height = spec.h;
  copy.getContext('2d')!.drawImage(canvas, 0, 0);
  chart.destroy();
  canvas.remove();
  return copy;
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
