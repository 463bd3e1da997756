import type * as Phaser from 'phaser';
import { box, COLOR, icon, text } from './primitives';
import type { NetworkModel, TrackModel } from '../model/types';

// The two pictures both the table and the end screen show: the network and the "aan boord" track.

export function drawNetwork(scene: Phaser.Scene, layer: Phaser.GameObjects.Container, n: NetworkModel): void {
  box(scene, layer, n, COLOR.panel, { radius: 18, line: COLOR.panelLine });
  text(scene, layer, n.x + 20, n.y + 14, n.title, { color: COLOR.goldText });
  const at = new Map(n.nodes.map((node) => [node.role, node]));
  const g = scene.add.graphics();
  for (const e of n.edges) {
    const a = at.get(e.a);
    const b = at.get(e.b);
    if (a && b) g.lineStyle(e.width, 0xfcd34d, 0.85).lineBetween(a.x, a.y, b.x, b.y);
  }
  layer.add(g);
  for (const node of n.nodes) {
    // The centre wears a gold ring; who stayed outside is drawn faint (and named in words beside it).
    if (node.mark === 'centre') layer.add(scene.add.circle(node.x, node.y, node.r + 10).setStrokeStyle(8, COLOR.gold));
    const faint = node.mark === 'outside' ? 0.45 : 1;
    layer.add(scene.add.circle(node.x, node.y, node.r, node.color).setStrokeStyle(4, 0xffffff).setAlpha(faint));
    icon(scene, layer, `role-${node.role}`, node.x, node.y, node.r * 1.2)?.setAlpha(faint);
    text(scene, layer, node.x, node.below ? node.y + node.r + 2 : node.y - node.r - 2, node.label, { origin: [0.5, node.below ? 0 : 1], stroke: '#0d1b2a' });
  }
}

export function drawTrack(scene: Phaser.Scene, layer: Phaser.GameObjects.Container, t: TrackModel): Map<string, Phaser.GameObjects.Container> {
  box(scene, layer, t, COLOR.panel, { radius: 18, line: COLOR.panelLine });
  text(scene, layer, t.x + 20, t.y + 8, t.title, { color: COLOR.light });
  text(scene, layer, t.x + t.w - 20, t.y + 16, t.dropped, { color: COLOR.warnText, origin: [1, 0] });
  const g = scene.add.graphics();
  for (const s of t.slots) {
    g.fillStyle(0x000000, 0.25).fillRoundedRect(s.x, s.y, s.w, s.h, s.h / 2);
    g.lineStyle(3, s.goal ? 0x94a3b8 : 0x475569, 1).strokeRoundedRect(s.x, s.y, s.w, s.h, s.h / 2);
  }
  layer.add(g);
  const tokens = new Map<string, Phaser.GameObjects.Container>();
  for (const tok of t.tokens) {
    // A person on board: a warm pill with their name; a green edge when someone holds on to them.
    const c = scene.add.container(tok.x + tok.w / 2, tok.y + tok.h / 2);
    const pill = scene.add.graphics().fillStyle(0xf59e0b, 1).fillRoundedRect(-tok.w / 2, -tok.h / 2, tok.w, tok.h, tok.h / 2);
    pill.lineStyle(tok.held ? 6 : 3, tok.held ? 0x4ade80 : 0xffffff, 1).strokeRoundedRect(-tok.w / 2, -tok.h / 2, tok.w, tok.h, tok.h / 2);
    c.add(pill);
    layer.add(c);
    c.add(text(scene, layer, 0, 0, tok.name, { origin: [0.5, 0.5], color: COLOR.ink }));
    tokens.set(tok.id, c);
  }
  return tokens;
}
