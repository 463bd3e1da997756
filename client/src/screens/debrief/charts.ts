import type { ChartSeries, GraphEdge, GraphNode } from '../../model/debrief';
import { t } from '../../i18n';
import { roleIcon } from '../../components/icons';
import { useState } from 'preact/hooks';
import { c, domEl, embed, type UiNode } from '../../components/dom';

// The debrief's two pictures, drawn by libraries loaded only when a debrief is shown: the
// personas-per-round line chart (Chart.js, tree-shaken) and the collaboration network
// (Cytoscape with its concentric layout: the most connected partners in the middle).
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
  return c(Picture, { key, make: () => {
    const canvas = domEl('canvas', { role: 'img', 'aria-label': t('dbChartTitle') });
    const img = domEl('img', { class: 'print-only chart-img', alt: t('dbChartTitle'), 'data-testid': 'chart-image' });
    const box = domEl('div', { class: 'chart-box', 'data-testid': 'personas-chart' }, domEl('div', { class: 'chart-live screen-only' }, canvas), img);
    void drawChart(canvas, img, s, box);
    return box;
  } });
}

async function drawChart(canvas: HTMLCanvasElement, img: HTMLImageElement, s: ChartSeries, box: HTMLElement): Promise<void> {
  const { Chart, LineController, LineElement, PointElement, LinearScale, CategoryScale, Legend, Tooltip } = await import('chart.js');
  Chart.register(LineController, LineElement, PointElement, LinearScale, CategoryScale, Legend, Tooltip);
  const font = { size: Math.round(remPx() * 0.9), family: getComputedStyle(document.documentElement).fontFamily };
  const brand = css('--brand', '#1f4e79');
  const accent = css('--accent', '#b45309');
  const chart = new Chart(canvas, {
    type: 'line',
    data: {
      labels: s.labels,
      datasets: [
        { label: t('dbOnBoard'), data: s.onBoard, borderColor: brand, backgroundColor: brand, borderWidth: 4, pointRadius: 6, pointHoverRadius: 8 },
        { label: `${t('dbTarget')} (${s.target})`, data: s.labels.map(() => s.target), borderColor: accent, backgroundColor: accent, borderWidth: 3, borderDash: [10, 6], pointRadius: 0, pointStyle: 'line' },
      ],
    },
    options: {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      devicePixelRatio: Math.max(2, window.devicePixelRatio || 1),
      scales: {
        y: { beginAtZero: true, suggestedMax: s.target + 1, ticks: { precision: 0, font }, title: { display: true, text: t('dbOnBoard'), font } },
        x: { ticks: { font } },
      },
      plugins: { legend: { labels: { font, usePointStyle: true } }, tooltip: { titleFont: font, bodyFont: font } },
    },
  });
  img.src = chart.toBase64Image('image/png', 1);
  box.dataset.ready = 'true';
}

export function networkPicture(key: string, nodes: GraphNode[], edges: GraphEdge[], alt: string): UiNode {
  return c(Picture, { key, make: () => {
    const img = domEl('img', { class: 'network-img', alt, 'data-testid': 'network-image' });
    const box = domEl('div', { class: 'network-box', 'data-testid': 'network' }, img);
    void drawNetwork(img, nodes, edges, box);
    return box;
  } });
}

async function drawNetwork(img: HTMLImageElement, nodes: GraphNode[], edges: GraphEdge[], box: HTMLElement): Promise<void> {
  const { default: cytoscape } = await import('cytoscape');
  // Drawn at the size it is shown (a phone gets a squarer picture with the same letter size).
  const shown = Math.round(box.getBoundingClientRect().width) || 800;
  const width = Math.max(340, Math.min(900, shown));
  const height = Math.round(width * (width < 600 ? 1 : 0.62));
  const stage = domEl('div', { class: 'network-stage', 'aria-hidden': 'true' });
  stage.style.cssText = `position:fixed;left:-10000px;top:0;width:${width}px;height:${height}px;`;
  document.body.append(stage);
  const maxDegree = Math.max(1, ...nodes.map((n) => n.degree));
  const maxWeight = Math.max(1, ...edges.map((e) => e.weight));
  const brand = css('--brand', '#1f4e79');
  const font = Math.round(remPx() * (width < 600 ? 1 : 0.95));
  const cy = cytoscape({
    container: stage,
    elements: [
      ...nodes.map((n) => ({ data: { ...n, icon: roleIcon(n.id) }, classes: n.outside ? 'outside' : n.centre ? 'centre' : '' })),
      ...edges.map((e) => ({ data: { ...e } })),
    ],
    style: [
      {
        selector: 'node',
        style: {
          label: 'data(label)',
          'text-valign': 'bottom',
          'text-margin-y': 6,
          'text-wrap': 'wrap',
          'text-max-width': `${Math.round(width / 5)}px`,
          'font-size': font,
          'font-weight': 'bold',
          color: '#14213d',
          'text-background-color': '#ffffff',
          'text-background-opacity': 0.85,
          'text-background-padding': '2px',
          width: `mapData(degree, 0, ${maxDegree}, 34, 70)`,
          height: `mapData(degree, 0, ${maxDegree}, 34, 70)`,
          'background-color': '#e0ecf8',
          'border-width': 3,
          'border-color': brand,
          'background-image': 'data(icon)',
          'background-fit': 'contain',
          'background-width': '62%',
          'background-height': '62%',
        },
      },
      { selector: 'node.centre', style: { 'border-width': 6, 'background-color': '#fff3d6', 'border-color': '#b45309' } },
      { selector: 'node.outside', style: { 'border-style': 'dashed', 'background-color': '#ffffff', 'border-color': '#6b7280' } },
      {
        selector: 'edge',
        style: {
          width: `mapData(weight, 1, ${maxWeight}, 2, 14)`,
          'line-color': '#64748b',
          'curve-style': 'straight',
          opacity: 0.8,
          label: 'data(weight)',
          'font-size': Math.round(font * 0.85),
          'text-background-color': '#ffffff',
          'text-background-opacity': 1,
          'text-background-padding': '2px',
        },
      },
    ],
    layout: {
      name: 'concentric',
      // Two rings: the partners at the centre of the network in the middle, all others around them.
      concentric: (n: { data(k: string): unknown }) => (n.data('centre') ? 2 : 1),
      levelWidth: () => 1,
      minNodeSpacing: 64,
      padding: 24,
      animate: false,
    },
    userZoomingEnabled: false,
    userPanningEnabled: false,
    boxSelectionEnabled: false,
    autoungrabify: true,
  });
  const snap = () => {
    img.src = cy.png({ full: true, scale: 2, bg: '#ffffff', output: 'base64uri' });
  };
  // The role icons load asynchronously: snap once drawn, and again when they have arrived.
  let last: ReturnType<typeof setTimeout> | null = null;
  cy.on('render', () => {
    if (last) clearTimeout(last);
    last = setTimeout(snap, 150);
  });
  snap();
  setTimeout(() => {
    if (last) clearTimeout(last);
    snap();
    cy.destroy();
    stage.remove();
    box.dataset.ready = 'true'; // final: the icons are in the picture
  }, 2500);
}
