import type * as Phaser from 'phaser';
import { PLEDGER } from '../model/play';
import { box, chip, COLOR, icon, text } from './primitives';
import { OPEN_W, SIZE } from '../model/labels';
import { drawNetwork, drawTrack } from './network-track';
import { drawPause, drawReview } from './review';
import type { PartnerNode, PlayModel, ProjectBox } from '../model/types';

// The table during play. The scene keeps what this returns to aim flying cards and to fade in
// slots that were just filled.

export interface PlayDrawn {
  clock: Phaser.GameObjects.Text;
  /** Each project's slot squares, in slot order, to animate the newly filled ones. */
  slots: Map<string, Phaser.GameObjects.GameObject[][]>;
  /** The persona tokens on the track, by persona id. */
  tokens: Map<string, Phaser.GameObjects.Container>;
}

function drawHeader(scene: Phaser.Scene, layer: Phaser.GameObjects.Container, m: PlayModel): Phaser.GameObjects.Text {
  layer.add(scene.add.rectangle(0, 0, m.width, 92, COLOR.band).setOrigin(0, 0));
  text(scene, layer, 30, 46, m.round, { origin: [0, 0.5] });
  for (const p of m.phases) {
    const r = { x: p.x, y: 20, w: p.w, h: 54 };
    box(scene, layer, r, p.current ? COLOR.gold : COLOR.panel, { radius: 27, ...(p.current ? {} : { line: COLOR.panelLine }) });
    text(scene, layer, r.x + r.w / 2, r.y + r.h / 2, p.label, { color: p.current ? COLOR.ink : COLOR.soft, origin: [0.5, 0.5] });
  }
  return text(scene, layer, m.width - 30, 46, m.clock, { origin: [1, 0.5], color: m.clock.urgent ? COLOR.warnText : COLOR.light });
}

function drawPartner(scene: Phaser.Scene, layer: Phaser.GameObjects.Container, p: PartnerNode): void {
  const card = box(scene, layer, p, COLOR.card, { radius: 16 });
  const band = scene.add.graphics().fillStyle(p.color, 1).fillRoundedRect(p.x, p.y, p.w, 12, { tl: 16, tr: 16, bl: 0, br: 0 });
  layer.add(band);
  icon(scene, layer, `role-${p.role}`, p.x + 42, p.y + 68, 56);
  text(scene, layer, p.x + 84, p.y + (p.compact ? 14 : 18), p.name, { color: COLOR.ink });
  const player = text(scene, layer, p.x + 84, p.y + (p.compact ? 86 : 56), p.player, { color: '#334155' });
  if (!p.compact) text(scene, layer, p.x + 84, p.y + 88, p.hand, { color: '#334155' });
  if (p.openCards > 0) {
    // A face-up card: how many interests this partner put on the table for everyone, in words ("2 open").
    const g = scene.add.graphics();
    g.fillStyle(0xfef3c7, 1).fillRoundedRect(p.x + p.w - OPEN_W - 12, p.y + 70, OPEN_W, 44, 6);
    g.lineStyle(3, 0xb45309, 1).strokeRoundedRect(p.x + p.w - OPEN_W - 12, p.y + 70, OPEN_W, 44, 6);
    layer.add(g);
    text(scene, layer, p.x + p.w - OPEN_W / 2 - 12, p.y + 92, { text: `${p.openCards} open`, size: SIZE.min, bold: true }, { color: '#92400e', origin: [0.5, 0.5] });
  }
  const mark = p.offline ?? p.bot;
  if (mark) chip(scene, layer, player.x + player.width + 10, player.y - 2, mark, p.offline ? 0x991b1b : 0x475569, COLOR.light);
  if (p.offline) card.setAlpha(0.6);
}

function drawProject(scene: Phaser.Scene, layer: Phaser.GameObjects.Container, p: ProjectBox): Phaser.GameObjects.GameObject[][] {
  box(scene, layer, p, COLOR.paper, { radius: 16, line: p.ready ? COLOR.ok : 0xd6c7a1, lineWidth: p.ready ? 8 : 3 });
  text(scene, layer, p.x + 10, p.y + 10, p.name, { color: COLOR.ink });
  const slotY = p.y + p.slotTop;
  const out: Phaser.GameObjects.GameObject[][] = [];
  const SLOT = p.slot;
  p.slots.forEach((s, i) => {
    const x = p.x + 16 + i * (SLOT.size + SLOT.gap);
    const g = scene.add.graphics();
    if (s.by) g.fillStyle(0xffffff, 1).fillRoundedRect(x, slotY, SLOT.size, SLOT.size, 8).lineStyle(5, colorOf(p, s.by), 1).strokeRoundedRect(x, slotY, SLOT.size, SLOT.size, 8);
    else g.fillStyle(0x000000, 0.06).fillRoundedRect(x, slotY, SLOT.size, SLOT.size, 8).lineStyle(2, 0x94a3b8, 1).strokeRoundedRect(x, slotY, SLOT.size, SLOT.size, 8);
    layer.add(g);
    const img = icon(scene, layer, `res-${s.resource}`, x + SLOT.size / 2, slotY + SLOT.size / 2, SLOT.size - 10);
    if (img && !s.by) img.setAlpha(0.35);
    // Who pledged the card: its colour, and its role's icon in the corner (never colour alone).
    if (s.by) {
      layer.add(scene.add.circle(x + SLOT.size - 2, slotY + 2, 12, colorOf(p, s.by)).setStrokeStyle(2, 0xffffff));
      icon(scene, layer, `role-${s.by}`, x + SLOT.size - 2, slotY + 2, 16);
    }
    out.push(img ? [g, img] : [g]);
  });
  text(scene, layer, p.x + 16, p.y + p.h - 48, p.status, { color: p.ready ? '#15803d' : '#92400e' });
  p.pledgers.forEach((q, i) => {
    const cx = p.x + p.w - 12 - PLEDGER.r - i * PLEDGER.step;
    const cy = p.y + p.h - 30;
    layer.add(scene.add.circle(cx, cy, PLEDGER.r, q.color).setStrokeStyle(3, 0xffffff));
    icon(scene, layer, `role-${q.role}`, cx, cy, 24);
  });
  return out;
}

const colorOf = (p: ProjectBox, role: string): number => p.pledgers.find((q) => q.role === role)?.color ?? 0x475569;

export function drawPlay(scene: Phaser.Scene, layer: Phaser.GameObjects.Container, m: PlayModel): PlayDrawn {
  const clock = drawHeader(scene, layer, m);
  const t = m.table;
  box(scene, layer, { x: t.x - 10, y: t.y - 10, w: t.w + 20, h: t.h + 20 }, COLOR.feltEdge, { radius: 60 });
  box(scene, layer, t, COLOR.felt, { radius: 52 });
  for (const p of m.partners) drawPartner(scene, layer, p);
  const slots = new Map<string, Phaser.GameObjects.GameObject[][]>();
  // The Terugblik covers the whole table: the projects under it are not drawn at all, so no text
  // lies hidden under another where the measure would find it.
  if (m.review) drawReview(scene, layer, m.review);
  else {
    for (const p of m.projects) slots.set(p.id, drawProject(scene, layer, p));
    // In Overleg the line under the projects says who has not moved yet; otherwise what was completed.
    text(scene, layer, t.x + t.w / 2, t.y + t.h - 28, m.quiet ?? m.completed, { origin: [0.5, 0.5], color: m.quiet ? '#fde68a' : '#bbf7d0' });
  }

  const e = m.event;
  box(scene, layer, e.box, COLOR.paper, { radius: 18, line: COLOR.gold, lineWidth: 5 });
  text(scene, layer, e.box.x + 20, e.box.y + 10, e.heading, { color: '#b45309' });
  const title = text(scene, layer, e.box.x + 20, e.box.y + 44, e.title, { color: COLOR.ink });
  text(scene, layer, e.box.x + 20, title.y + title.height + 4, e.text, { color: '#334155' });

  drawNetwork(scene, layer, m.network);
  const tokens = drawTrack(scene, layer, m.track);

  const f = m.feed;
  box(scene, layer, f.box, COLOR.panel, { radius: 18, line: COLOR.panelLine });
  text(scene, layer, f.box.x + 20, f.box.y + 14, f.title, { color: COLOR.goldText });
  // Newest first, each up to two lines, as many as the panel holds.
  let y = f.box.y + 62;
  for (const [i, l] of f.lines.entries()) {
    const t = text(scene, layer, f.box.x + 20, y, l, { color: i === 0 ? COLOR.light : COLOR.soft });
    if (y + t.height > f.box.y + f.box.h - 10) {
      t.destroy();
      break;
    }
    y += t.height + 12;
  }
  if (m.pause) drawPause(scene, layer, m.pause, m.width);
  return { clock, slots, tokens };
}
