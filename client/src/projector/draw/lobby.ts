import type * as Phaser from 'phaser';
import { box, chip, COLOR, icon, text } from './primitives';
import type { LobbyModel } from '../model/types';

// The lobby: join instructions and the code on the left, the QR on the right, the seats below.

/** Quiet zone around the QR code, in modules (the standard asks for four). */
const QUIET = 4;

/** Draws the QR as one filled square per dark module; returns the code's own size (without quiet zone). */
function drawQr(scene: Phaser.Scene, layer: Phaser.GameObjects.Container, qr: LobbyModel['qr']): number {
  const n = qr.rows.length;
  const unit = Math.floor(qr.w / (n + 2 * QUIET));
  const side = unit * (n + 2 * QUIET);
  const x0 = qr.x + (qr.w - side) / 2;
  const y0 = qr.y + (qr.h - side) / 2;
  const g = scene.add.graphics();
  g.fillStyle(0xffffff, 1).fillRoundedRect(x0 - 8, y0 - 8, side + 16, side + 16, 16);
  g.fillStyle(0x000000, 1);
  qr.rows.forEach((row, r) => {
    for (let c = 0; c < n; c++) if (row[c] === '1') g.fillRect(x0 + (QUIET + c) * unit, y0 + (QUIET + r) * unit, unit, unit);
  });
  layer.add(g);
  return unit * n;
}

/** A small fan of resource cards beside the title: the table is waiting for its players. */
function drawFan(scene: Phaser.Scene, layer: Phaser.GameObjects.Container, x: number, y: number): void {
  ['budget', 'bereik', 'vrijwilligers'].forEach((r, i) => {
    const card = scene.add.container(x + i * 72, y + Math.abs(i - 1) * 12).setAngle((i - 1) * 16);
    card.add(scene.add.rectangle(0, 0, 84, 116, COLOR.card).setStrokeStyle(4, COLOR.gold));
    if (scene.textures.exists(`res-${r}`)) card.add(scene.add.image(0, 0, `res-${r}`).setDisplaySize(58, 58));
    layer.add(card);
  });
}

export interface LobbyDrawn {
  code: Phaser.GameObjects.Text;
  qrPx: number;
}

export function drawLobby(scene: Phaser.Scene, layer: Phaser.GameObjects.Container, m: LobbyModel): LobbyDrawn {
  const title = text(scene, layer, 80, 48, m.title, { color: COLOR.goldText });
  drawFan(scene, layer, title.x + title.width + 120, 100);
  text(scene, layer, 80, 150, m.goTo, { color: COLOR.soft });
  text(scene, layer, 80, 200, m.url);
  text(scene, layer, 80, 290, m.typeCode, { color: COLOR.soft });
  box(scene, layer, m.codeBox, COLOR.card, { radius: 28, line: COLOR.gold, lineWidth: 8 });
  const code = text(scene, layer, m.codeBox.x + m.codeBox.w / 2, m.codeBox.y + m.codeBox.h / 2, m.code, { color: COLOR.ink, origin: [0.5, 0.5], spacing: 28 });
  const qrPx = drawQr(scene, layer, m.qr);
  text(scene, layer, m.qr.x + m.qr.w / 2, m.qr.y + m.qr.h + 12, m.qr.caption, { color: COLOR.soft, origin: [0.5, 0] });

  text(scene, layer, 80, 646, m.seatsTitle);
  if (m.empty) text(scene, layer, 80, 720, m.empty, { color: COLOR.soft });
  for (const s of m.seats) {
    const card = box(scene, layer, s, COLOR.card, { radius: 16 });
    const band = scene.add.graphics().fillStyle(s.color, 1).fillRoundedRect(s.x, s.y, 14, s.h, { tl: 16, bl: 16, tr: 0, br: 0 });
    layer.add(band);
    if (s.icon) icon(scene, layer, `role-${s.icon}`, s.x + 62, s.y + s.h / 2, 64);
    else {
      const g = scene.add.graphics().lineStyle(4, 0x94a3b8, 1).strokeCircle(s.x + 62, s.y + s.h / 2, 30);
      layer.add(g);
    }
    text(scene, layer, s.x + 112, s.y + 6, s.name, { color: COLOR.ink });
    text(scene, layer, s.x + 112, s.y + 52, s.role, { color: s.icon ? '#334155' : '#92400e' });
    if (s.offline) {
      card.setAlpha(0.6);
      chip(scene, layer, s.x + s.w - 12, s.y + 12, s.offline, 0x991b1b, COLOR.light, true);
    }
  }

  const h = m.howTo;
  box(scene, layer, h.box, COLOR.panel, { radius: 18, line: COLOR.panelLine });
  let y = h.box.y + 14;
  y += text(scene, layer, h.box.x + 20, y, h.title, { color: COLOR.goldText }).height + 10;
  for (const [i, l] of h.lines.entries()) y += text(scene, layer, h.box.x + 20, y, { ...l, text: `${i + 1}. ${l.text}` }, { color: COLOR.light }).height + 10;

  const openY = 1010;
  text(scene, layer, 80, openY + 2, m.openTitle, { color: COLOR.soft });
  let x = 360;
  for (const o of m.open) {
    const fill = o.bot ? 0x475569 : o.role ? 0x1e40af : COLOR.panel;
    x += chip(scene, layer, x, openY, o.label, fill, COLOR.light) + 16;
  }
  return { code, qrPx };
}
