// The collaboration network as one picture: partners as round nodes (bigger for more links), what
// they did together as straight lines (thicker for more, the count written on them). Two rings: the
// partners at the centre of the network in the middle, all others around them, each ring in the
// order given. Drawn on a canvas and handed back as a PNG, so it scrolls like the page on a phone
// and prints sharply on paper.

export interface NetNode {
  id: string;
  label: string;
  degree: number;
  centre: boolean;
  outside: boolean;
  /** The role's picture (a same-origin image URL). */
  icon: string;
}

export interface NetEdge {
  source: string;
  target: string;
  weight: number;
}

export interface NetLook {
  width: number;
  height: number;
  font: number;
  family: string;
  brand: string;
}

/** `n` points on a circle of radius `r` round (0, 0), clockwise from the top. */
export function ring(n: number, r: number): { x: number; y: number }[] {
  return Array.from({ length: n }, (_, i) => {
    const a = -Math.PI / 2 + (2 * Math.PI * i) / n;
    return { x: r * Math.cos(a), y: r * Math.sin(a) };
  });
}

/** The inner ring's radius, as a part of the outer's. */
const INNER = 0.52;

/** Where each node stands: the centre ring inside, the others outside (a lone ring fills the space). */
export function concentric(nodes: NetNode[], radius: number): Map<string, { x: number; y: number }> {
  const inner = nodes.filter((n) => n.centre);
  const outer = nodes.filter((n) => !n.centre);
  const out = new Map<string, { x: number; y: number }>();
  const innerR = outer.length === 0 ? radius : inner.length <= 1 ? 0 : radius * INNER;
  ring(inner.length, innerR).forEach((p, i) => out.set(inner[i].id, p));
  ring(outer.length, radius).forEach((p, i) => out.set(outer[i].id, p));
  return out;
}

function loadImage(src: string): Promise<HTMLImageElement | null> {
  return new Promise((done) => {
    const img = new Image();
    img.onload = () => done(img);
    img.onerror = () => done(null);
    img.src = src;
  });
}

/** Breaks `text` into lines no wider than `max`. */
function wrap(ctx: CanvasRenderingContext2D, text: string, max: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/)) {
    const last = lines[lines.length - 1];
    if (last !== undefined && ctx.measureText(`${last} ${word}`).width <= max) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/** The picture as a PNG data URL, drawn at twice its size for sharp print. */
export async function networkPng(nodes: NetNode[], edges: NetEdge[], look: NetLook): Promise<string> {
  const { width: w, height: h, font } = look;
  const icons = new Map(await Promise.all(nodes.map(async (n) => [n.id, await loadImage(n.icon)] as const)));
  const canvas = document.createElement('canvas');
  canvas.width = w * 2;
  canvas.height = h * 2;
  const ctx = canvas.getContext('2d')!;
  ctx.scale(2, 2);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, w, h);
  const maxDegree = Math.max(1, ...nodes.map((n) => n.degree));
  const maxWeight = Math.max(1, ...edges.map((e) => e.weight));
  // Names are written under their node, wrapped to labelW; the ring is as big as the picture allows,
  // and the nodes as big as the room between two neighbours on the ring allows (at most 70 px across).
  const labelW = Math.max(80, Math.round(w / 4.5));
  const inner = nodes.filter((n) => n.centre).length;
  const outer = nodes.length - inner;
  const fit = (rMax: number) => {
    const top = rMax + 6;
    const bottom = rMax + 10 + font * 2.4;
    return { top, radius: Math.max(30, Math.min((w - labelW) / 2 - 6, (h - top - bottom) / 2)) };
  };
  let rMax = 35;
  let { top, radius } = fit(rMax);
  // Half the room between neighbours on the outer ring, and on the inner ring when it has several.
  const room = Math.min(radius * Math.sin(Math.PI / Math.max(2, outer)), inner > 1 && outer > 0 ? radius * INNER * Math.sin(Math.PI / Math.max(2, inner)) : Infinity);
  rMax = Math.max(14, Math.min(35, room * 0.6));
  ({ top, radius } = fit(rMax));
  const size = (n: NetNode) => 2 * (rMax * 0.5 + (rMax * 0.5 * n.degree) / maxDegree);
  const pos = concentric(nodes, radius);
  const cx = w / 2;
  const cy = top + radius;
  const at = (id: string) => ({ x: cx + (pos.get(id)?.x ?? 0), y: cy + (pos.get(id)?.y ?? 0) });
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';

  ctx.globalAlpha = 0.8;
  ctx.strokeStyle = '#64748b';
  for (const e of edges) {
    const [a, b] = [at(e.source), at(e.target)];
    ctx.lineWidth = 2 + (12 * (e.weight - 1)) / Math.max(1, maxWeight - 1);
    ctx.beginPath();
    ctx.moveTo(a.x, a.y);
    ctx.lineTo(b.x, b.y);
    ctx.stroke();
  }
  ctx.globalAlpha = 1;
  ctx.font = `${Math.round(font * 0.85)}px ${look.family}`;
  for (const e of edges) {
    const [a, b] = [at(e.source), at(e.target)];
    tag(ctx, String(e.weight), (a.x + b.x) / 2, (a.y + b.y) / 2, font * 0.85, '#14213d');
  }

  for (const n of nodes) {
    const { x, y } = at(n.id);
    const r = size(n) / 2;
    ctx.beginPath();
    ctx.arc(x, y, r, 0, 2 * Math.PI);
    ctx.fillStyle = n.centre ? '#fff3d6' : n.outside ? '#ffffff' : '#e0ecf8';
    ctx.fill();
    ctx.lineWidth = n.centre ? 6 : 3;
    ctx.strokeStyle = n.centre ? '#b45309' : n.outside ? '#6b7280' : look.brand;
    ctx.setLineDash(n.outside ? [6, 4] : []);
    ctx.stroke();
    ctx.setLineDash([]);
    const icon = icons.get(n.id);
    if (icon) ctx.drawImage(icon, x - r * 0.62, y - r * 0.62, r * 1.24, r * 1.24);
    ctx.font = `bold ${font}px ${look.family}`;
    wrap(ctx, n.label, labelW).forEach((line, i) => tag(ctx, line, x, y + r + 6 + font * 0.6 + i * font * 1.2, font, '#14213d'));
  }
  return canvas.toDataURL('image/png');
}

/** Text on a white ground, so it reads over the lines. */
function tag(ctx: CanvasRenderingContext2D, text: string, x: number, y: number, font: number, color: string): void {
  const tw = ctx.measureText(text).width;
  ctx.fillStyle = 'rgba(255,255,255,0.9)';
  ctx.fillRect(x - tw / 2 - 2, y - font * 0.6 - 2, tw + 4, font * 1.2 + 4);
  ctx.fillStyle = color;
  ctx.fillText(text, x, y);
}
