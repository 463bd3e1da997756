import { total } from '../model/bag';
import type { RoleId } from '../model/ids';
import type { GameState, LogEntry } from '../rules/types';
import type { Edge, NetworkDebrief, NetworkSnapshot } from './types';
import { roundsPlayed } from './walk';

// The collaboration network: partners as nodes; trades, gifts and projects completed together as
// weighted edges. One snapshot per round (cumulative), the last one being the end.

interface Link {
  round: number;
  a: RoleId;
  b: RoleId;
  kind: 'trades' | 'gifts' | 'projects';
  cards: number;
}

function links(log: readonly LogEntry[]): Link[] {
  const out: Link[] = [];
  for (const e of log) {
    if (e.t === 'trade') out.push({ round: e.round, a: e.from, b: e.to, kind: 'trades', cards: total(e.give) + total(e.get) });
    if (e.t === 'gift') out.push({ round: e.round, a: e.from, b: e.to, kind: 'gifts', cards: total(e.resources) });
    if (e.t === 'completed') {
      e.partners.forEach((a, i) => e.partners.slice(i + 1).forEach((b) => out.push({ round: e.round, a, b, kind: 'projects', cards: 0 })));
    }
  }
  return out;
}

/** The edges so far, by pair (each counted from the links of every round up to now). */
type Edges = Map<string, Edge>;

function addLink(edges: Edges, order: (r: RoleId) => number, l: Link): void {
  const [a, b] = order(l.a) <= order(l.b) ? [l.a, l.b] : [l.b, l.a];
  const key = `${a}|${b}`;
  let edge = edges.get(key);
  if (!edge) edges.set(key, (edge = { a, b, trades: 0, gifts: 0, projects: 0, cards: 0, weight: 0 }));
  edge[l.kind] += 1;
  edge.cards += l.cards;
  edge.weight += 1;
}

/** The network as `edges` stand after `round` (the edges copied: the next round counts on). */
function snapshot(nodes: RoleId[], edges: Edges, round: number): NetworkSnapshot {
  const order = (r: RoleId) => nodes.indexOf(r);
  const list = [...edges.values()].map((e) => ({ ...e })).sort((x, y) => order(x.a) - order(y.a) || order(x.b) - order(y.b));
  const degree: Partial<Record<RoleId, number>> = {};
  for (const r of nodes) degree[r] = 0;
  for (const e of list) {
    degree[e.a]! += e.weight;
    degree[e.b]! += e.weight;
  }
  const top = Math.max(0, ...nodes.map((r) => degree[r]!));
  return {
    round,
    edges: list,
    degree,
    centre: top > 0 ? nodes.filter((r) => degree[r] === top) : [],
    outside: nodes.filter((r) => degree[r] === 0),
  };
}

export function networkOf(s: GameState): NetworkDebrief {
  return networkFromLog(s.config.roles, s.log, roundsPlayed(s));
}

/**
 * The same network from a log as a view holds it (the projector's, during play): a public trade
 * entry names the two partners but not the cards, so its edge counts the trade with 0 cards.
 */
export function networkFromLog(roles: readonly RoleId[], log: readonly LogEntry[], rounds = log.reduce((m, e) => Math.max(m, e.round), 0)): NetworkDebrief {
  const nodes = roles.slice();
  const order = (r: RoleId) => nodes.indexOf(r);
  // Each round's links once, counted on from round to round (not every link again for every round).
  const byItsRound: Link[][] = Array.from({ length: rounds + 1 }, () => []);
  for (const l of links(log)) if (l.round <= rounds) byItsRound[Math.max(0, l.round)].push(l);
  const edges: Edges = new Map();
  for (const l of byItsRound[0]) addLink(edges, order, l);
  const byRound: NetworkSnapshot[] = [];
  for (let round = 1; round <= rounds; round++) {
    for (const l of byItsRound[round]) addLink(edges, order, l);
    byRound.push(snapshot(nodes, edges, round));
  }
  return { nodes, end: byRound[byRound.length - 1] ?? snapshot(nodes, edges, 0), byRound };
}
