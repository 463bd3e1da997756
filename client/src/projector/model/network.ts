import type { RoleId } from '../../../../shared/model/ids';
import type { LogEntry } from '../../../../shared/rules/types';
import { ring } from '../../charts/network';
import { networkFromLog } from '../../../../shared/debrief/network';
import type { NetworkSnapshot } from '../../../../shared/debrief/types';
import { label, roleColor, shortRole, SIZE } from './labels';
import type { ProjectorLocale } from '../../i18n';
import type { NetworkModel, Rect } from './types';

// The collaboration network as the room sees it grow: roles as nodes, trades, gifts and projects
// done together as weighted edges (thicker for more), busier partners as bigger nodes, on a ring in
// seat order: every partner keeps its place while the edges grow, so the room watches one picture
// fill in rather than a graph that jumps at every move.

const NODE_R = { min: 22, max: 40 };
const STRETCH = 1.6;

/** The roles on a ring in seat order, clockwise from the top (any radius: the drawing is fitted to its box). */
function layout(roles: readonly RoleId[]): Map<RoleId, { x: number; y: number }> {
  return new Map(ring(roles.length, 300).map((p, i) => [roles[i], p]));
}

/** How big the network is drawn; `marks` rings the partners at the centre and dims the ones outside. */
export interface NetworkLook {
  r: { min: number; max: number };
  labelSize: number;
  /** The widest a role's name may be (longer ones are cut). */
  labelW: number;
  marks: boolean;
}
const TABLE_LOOK: NetworkLook = { r: NODE_R, labelSize: SIZE.min, labelW: 210, marks: false };

/** The network as it grows from the public log, drawn inside `box` (the table and the result screen). */
export function networkModel(roles: readonly RoleId[], log: readonly LogEntry[], box: Rect, title: string, locale: ProjectorLocale): NetworkModel {
  return snapshotModel(roles, networkFromLog(roles, log).end, box, title, locale, TABLE_LOOK);
}

/** One snapshot of the network (the debrief's, at the end of the game) drawn inside `box`. */
export function snapshotModel(roles: readonly RoleId[], snap: NetworkSnapshot, box: Rect, title: string, locale: ProjectorLocale, look: NetworkLook): NetworkModel {
  const edges = snap.edges.map((e) => ({ a: e.a, b: e.b, weight: e.weight }));
  const pos = layout(roles);
  const xs = roles.map((r) => pos.get(r)!.x);
  const ys = roles.map((r) => pos.get(r)!.y);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  // Room kept around the drawing for the role names above and under the nodes.
  const nameH = Math.round(look.labelSize * 1.2);
  const pad = { x: look.labelW / 2 + 5, top: look.r.max + nameH + 22, bottom: look.r.max + nameH + 2 };
  const innerW = box.w - 2 * pad.x;
  const innerH = box.h - pad.top - pad.bottom - SIZE.head;
  // Stretched to the panel, but never more than STRETCH times wider than high (or the reverse).
  const fitX = innerW / Math.max(1, maxX - minX);
  const fitY = innerH / Math.max(1, maxY - minY);
  const sx = Math.min(fitX, fitY * STRETCH);
  const sy = Math.min(fitY, fitX * STRETCH);
  const cx = box.x + box.w / 2;
  const cyMid = box.y + SIZE.head + pad.top + innerH / 2;
  const maxDegree = Math.max(1, ...roles.map((r) => snap.degree[r] ?? 0));
  const maxWeight = Math.max(1, ...edges.map((e) => e.weight));
  return {
    ...box,
    title: label(title, SIZE.body, true),
    nodes: roles.map((role) => {
      const p = pos.get(role)!;
      const degree = snap.degree[role] ?? 0;
      const y = Math.round(cyMid + (p.y - (minY + maxY) / 2) * sy);
      return {
        role,
        x: Math.round(cx + (p.x - (minX + maxX) / 2) * sx),
        y,
        // Names point away from the middle, so two near nodes do not write over each other.
        below: y >= cyMid,
        r: Math.round(look.r.min + ((look.r.max - look.r.min) * degree) / maxDegree),
        color: roleColor(role),
        label: label(shortRole(role, locale), look.labelSize, true, look.labelW),
        mark: !look.marks ? null : snap.centre.includes(role) ? 'centre' : snap.outside.includes(role) ? 'outside' : null,
      };
    }),
    edges: edges.map((e) => ({ ...e, width: Math.round(3 + (15 * e.weight) / maxWeight) })),
  };
}
