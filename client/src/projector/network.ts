import cytoscape from 'cytoscape';
import type { RoleId } from '../../../shared/model/ids';
import type { LogEntry } from '../../../shared/rules/types';
import { networkFromLog } from '../../../shared/debrief/network';
import { label, roleColor, shortRole, SIZE } from './kit';
import type { ProjectorLocale } from './strings';
import type { NetworkModel, Rect } from './types';

// The collaboration network as the room sees it grow: roles as nodes, trades, gifts and projects
// done together as weighted edges (thicker for more), busier partners as bigger nodes. Cytoscape lays
// it out headless on a ring in seat order: every partner keeps its place while the edges grow, so
// the room watches one picture fill in rather than a graph that jumps at every move.

const NODE_R = { min: 22, max: 40 };
/** Room kept around the drawing for the role names above and under the nodes. */
const PAD = { x: 110, top: 96, bottom: 76 };
const STRETCH = 1.6;
const LABEL_W = 210;

function layout(roles: RoleId[], edges: { a: RoleId; b: RoleId; weight: number }[]): Map<RoleId, { x: number; y: number }> {
  const cy = cytoscape({
    headless: true,
    styleEnabled: false,
    elements: [
      ...roles.map((r) => ({ data: { id: r } })),
      ...edges.map((e) => ({ data: { id: `${e.a}|${e.b}`, source: e.a, target: e.b, weight: e.weight } })),
    ],
  });
  cy.layout({
    name: 'circle',
    animate: false,
    fit: false,
    boundingBox: { x1: 0, y1: 0, w: 600, h: 600 },
    startAngle: (3 / 2) * Math.PI,
    sort: (a: cytoscape.NodeSingular, b: cytoscape.NodeSingular) => roles.indexOf(a.id() as RoleId) - roles.indexOf(b.id() as RoleId),
  } as cytoscape.LayoutOptions).run();
  const out = new Map<RoleId, { x: number; y: number }>();
  cy.nodes().forEach((n) => void out.set(n.id() as RoleId, { ...n.position() }));
  cy.destroy();
  return out;
}

/** The network drawn inside `box`. */
export function networkModel(roles: RoleId[], log: readonly LogEntry[], box: Rect, title: string, locale: ProjectorLocale): NetworkModel {
  const net = networkFromLog(roles, log);
  const edges = net.end.edges.map((e) => ({ a: e.a, b: e.b, weight: e.weight }));
  const pos = layout(roles, edges);
  const xs = roles.map((r) => pos.get(r)!.x);
  const ys = roles.map((r) => pos.get(r)!.y);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const innerW = box.w - 2 * PAD.x;
  const innerH = box.h - PAD.top - PAD.bottom - SIZE.head;
  // Stretched to the panel, but never more than STRETCH times wider than high (or the reverse).
  const fitX = innerW / Math.max(1, maxX - minX);
  const fitY = innerH / Math.max(1, maxY - minY);
  const sx = Math.min(fitX, fitY * STRETCH);
  const sy = Math.min(fitY, fitX * STRETCH);
  const cx = box.x + box.w / 2;
  const cyMid = box.y + SIZE.head + PAD.top + innerH / 2;
  const maxDegree = Math.max(1, ...roles.map((r) => net.end.degree[r] ?? 0));
  const maxWeight = Math.max(1, ...edges.map((e) => e.weight));
  return {
    ...box,
    title: label(title, SIZE.body, true),
    nodes: roles.map((role) => {
      const p = pos.get(role)!;
      const degree = net.end.degree[role] ?? 0;
      const y = Math.round(cyMid + (p.y - (minY + maxY) / 2) * sy);
      return {
        role,
        x: Math.round(cx + (p.x - (minX + maxX) / 2) * sx),
        y,
        // Names point away from the middle, so two near nodes do not write over each other.
        below: y >= cyMid,
        r: Math.round(NODE_R.min + ((NODE_R.max - NODE_R.min) * degree) / maxDegree),
        color: roleColor(role),
        label: label(shortRole(role, locale), SIZE.min, true, LABEL_W),
      };
    }),
    edges: edges.map((e) => ({ ...e, width: Math.round(3 + (15 * e.weight) / maxWeight) })),
  };
}
