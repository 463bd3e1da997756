import type { ChartSeries, GraphEdge, GraphNode } from '../../model/debrief';
import { t } from '../../i18n';
import { roleIcon } from '../../components/icons';
import { useState } from 'preact/hooks';
import { domEl, embed, type UiNode } from '../../components/dom';
import { drawLineChart } from '../../charts/line';
import { networkPng } from '../../charts/network';

// The debrief's two pictures, drawn on canvases by client/src/charts: the personas-per-round line
// chart and the collaboration network (two rings: the most connected partners in the middle).
//
// Each picture is built once per component (its key) as a real element, kept across redraws, and
// put in place by `embed`. The chart is a live canvas on screen with a PNG beside it for print; the
// network is drawn off screen and shown as a PNG everywhere, so it scrolls like the page on a phone
// and prints sharply on paper.

/** A picture made once per component (its key) and kept across redraws. */
function Picture({ make }: { make: () => HTMLElement }): UiNode {
  const [el] = useState(make);
  return embed(el);
}

const css = (name: string, fallback: string) => getComputedStyle(document.documentElement).getPropertyValue(name).trim() || fallback;
const remPx = () => parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;

export function personasChart(key: string, s: ChartSeries): UiNode {
  return (
    <Picture
      key={key}
      make={() => {
        const canvas = domEl('canvas', { role: 'img', 'aria-label': t('dbChartTitle') });
        const img = domEl('img', { class: 'print-only chart-img', alt: t('dbChartTitle'), 'data-testid': 'chart-image' });
        const box = domEl('div', { class: 'chart-box', 'data-testid': 'personas-chart' }, domEl('div', { class: 'chart-live screen-only' }, canvas), img);
        void drawChart(canvas, img, s, box);
        return box;
      }}
    />
  );
}

async function drawChart(canvas: HTMLCanvasElement, img: HTMLImageElement, s: ChartSeries, box: HTMLElement): Promise<void> {
  // Drawn at the width it is shown, at twice the pixels (sharp on screen and on paper).
  await new Promise((r) => requestAnimationFrame(r)); // in the page, so it has a width
  const shown = canvas.parentElement?.getBoundingClientRect();
  const w = Math.max(280, Math.round(shown?.width || 640));
  const h = Math.max(200, Math.round(shown?.height || w * 0.5));
  canvas.width = w * 2;
  canvas.height = h * 2;
  canvas.style.cssText = 'display:block;width:100%;height:100%;';
  const ctx = canvas.getContext('2d')!;
  ctx.scale(2, 2);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, w, h);
  drawLineChart(
    ctx,
    w,
    h,
    { labels: s.labels, values: s.onBoard, target: s.target, valuesName: t('dbOnBoard'), targetName: `${t('dbTarget')} (${s.target})` },
    {
      font: Math.round(remPx() * 0.9),
      family: getComputedStyle(document.documentElement).fontFamily,
      text: '#14213d',
      grid: 'rgba(100,116,139,0.25)',
      line: css('--brand', '#1f4e79'),
      goal: css('--accent', '#b45309'),
      lineWidth: 4,
      goalWidth: 3,
      point: 6,
      yTitle: t('dbOnBoard'),
      pad: 8,
    },
  );
  img.src = canvas.toDataURL('image/png');
  box.dataset.ready = 'true';
}

export function networkPicture(key: string, nodes: GraphNode[], edges: GraphEdge[], alt: string): UiNode {
  return (
    <Picture
      key={key}
      make={() => {
        const img = domEl('img', { class: 'network-img', alt, 'data-testid': 'network-image' });
        const box = domEl('div', { class: 'network-box', 'data-testid': 'network' }, img);
        void drawNetwork(img, nodes, edges, box);
        return box;
      }}
    />
  );
}

async function drawNetwork(img: HTMLImageElement, nodes: GraphNode[], edges: GraphEdge[], box: HTMLElement): Promise<void> {
  await new Promise((r) => requestAnimationFrame(r)); // in the page, so it has a width
  // Drawn at the size it is shown (a phone gets a squarer picture with the same letter size).
  const shown = Math.round(box.getBoundingClientRect().width) || 800;
  const width = Math.max(480, Math.min(900, shown)); // a phone shows it scaled down, names and all
  const height = Math.round(width * (width < 600 ? 1 : 0.62));
  img.src = await networkPng(
    nodes.map((n) => ({ ...n, icon: roleIcon(n.id) })),
    edges,
    {
      width,
      height,
      font: Math.round(remPx() * (width < 600 ? 0.85 : 0.95)),
      family: getComputedStyle(document.documentElement).fontFamily,
      brand: css('--brand', '#1f4e79'),
    },
  );
  box.dataset.ready = 'true';
}
