import { total } from '../model/bag';
import type { RoleId } from '../model/ids';
import type { GameState, LogEntry } from '../rules/types';
import type { Edge, NetworkDebrief, NetworkSnapshot } from './types';
import { roundsPlayed } from './walk';

// The collaboration network: partners as nodes; trades, gifts and projects completed together as
// weighted edges. One snapshot per round (cumulative), the last one being the end.

export interface Link {
  round: number;
  a: RoleId;
  b: RoleId;
  kind: 'trades' | 'gifts' | 'projects';
  cards: number;
}

/** The links one log entry makes (a trade, a gift, a pair of partners in a completed project), added to `out`. */
export function linksIn(e: LogEntry, out: Link[]): void {
  if (e.t === 'trade') out.push({ round: e.round, a: e.from, b: e.to, kind: 'trades', cards: total(e.give) + total(e.get) });
  if (e.t === 'gift') out.push({ round: e.round, a: e.from, b: e.to, kind: 'gifts', cards: total(e.resources) });
  if (e.t === 'completed') {
    e.partners.forEach((a, i) => e.partners.slice(i + 1).forEach((b) => out.push({ round: e.round, a, b, kind: 'projects', cards: 0 })));
  }
}

/** The network of the links up to `round` (`all` sorted by round). */
export function snapshot(nodes: RoleId[], all: readonly Link[], round: number): NetworkSnapshot {
  const order = (r: RoleId) => nodes.indexOf(r);
  const edges = new Map<string, Edge>();
  // (The links come by round: a snapshot reads those up to its round, not every link.)
  for (const l of all) {
    if (l.round > round) break;
    const [a, b] = order(l.a) <= order(l.b) ? [l.a, l.b] : [l.b, l.a];
    const key = `${a}|${b}`;
    const edge = edges.get(key) ?? { a, b, trades: 0, gifts: 0, projects: 0, cards: 0, weight: 0 };
    edge[l.kind] += 1;
    edge.cards += l.cards;
    edge.weight += 1;
    edges.set(key, edge);
  }
  const list = [...edges.values()].sort((x, y) => order(x.a) - order(y.a) || order(x.b) - order(y.b));
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
  const all: Link[] = [];
  for (const e of log) linksIn(e, all);
  all.sort((x, y) => x.round - y.round);
  const byRound = Array.from({ length: rounds }, (_, i) => snapshot(nodes, all, i + 1));
  return { nodes, end: byRound[byRound.length - 1] ?? snapshot(nodes, all, 0), byRound };
}
