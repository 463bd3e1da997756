import { cardsOf } from '../content';
import { missing, total } from '../model/bag';
import type { Bag } from '../model/ids';
import type { RoleId } from '../model/ids';
import { targetFor } from '../rules/config';
import { inViewNow, isReady, pledgedTotal, projectPartners } from '../rules/phases';
import { onBoardCount } from '../rules/scoring';
import type { GameState } from '../rules/types';
import { TableCache, type PublicTable } from './cache';
import { filteredLog } from './log';
import type { PartnerView, ProjectorView, ProjectView, Shown, TableView } from './types';

// What every viewer of a game sees alike (the table), built once per state and shared by all views
// of it, and the partners' row as a viewer sees it.

function copyPledges(byRole: GameState['pledges'][string]): ProjectView['pledged'] {
  const out: Partial<Record<RoleId, Bag>> = {};
  for (const [role, bag] of Object.entries(byRole)) out[role as RoleId] = { ...bag };
  return out;
}

/**
 * A project's view by game (its config) and project, with the pledges it was built from. A project
 * view follows from its pledges alone, and pledged bags are replaced, never changed in place
 * (rules/clone.ts): while they are the same bags the view is reused, so a change rebuilds (and
 * delta.ts compares) only the projects it touched.
 */
/**
 * The same keys with the same values, by reference: a project's pledges, a seat's guesses (records
 * the reducer replaces, never changes in place). Here, not in model/same.ts: the projector's
 * download holds this file, and from same.ts the later screens' script went 90 bytes over its budget.
 */
export function sameEntries(a: object, b: object): boolean {
  let n = 0;
  for (const k in a) {
    if ((a as Record<string, unknown>)[k] !== (b as Record<string, unknown>)[k]) return false;
    n++;
  }
  for (const _ in b) n--;
  return n === 0;
}

function projectView(s: GameState, id: string, cache: TableCache): ProjectView {
  let byId = cache.projectViews.get(s.config);
  if (!byId) cache.projectViews.set(s.config, (byId = new Map()));
  const pledges = s.pledges[id] ?? {};
  const known = byId.get(id);
  if (known && (known.pledges === pledges || sameEntries(known.pledges, pledges))) return known.view;
  const view: ProjectView = {
    id,
    pledged: copyPledges(pledges),
    missing: missing(pledgedTotal(s, id), cardsOf(s).projectCard(id).needs),
    partners: projectPartners(s, id),
    ready: isReady(s, id),
  };
  byId.set(id, { pledges, view });
  return view;
}

/**
 * What every viewer of a state sees alike, built once per state: all views of one state share these
 * values (never changed once built, like log entries), so a change costs one build, and comparing
 * them with the previous views' (delta.ts) is done once, not once per viewer.
 */
export function publicTable(s: GameState, cache: TableCache): PublicTable {
  const known = cache.publicTables.get(s);
  if (known) return known;
  const ended = s.status === 'ended';
  // The values of the table built before, where they are the same (most of them after a move).
  const last = cache.lastTable?.config === s.config ? cache.lastTable : null;
  const built: PublicTable = {
    status: s.status,
    round: s.round,
    rounds: s.config.rounds,
    phase: s.phase,
    seats: s.seats.slice(),
    // The same projects with the same pledges (a move copies neither unless it changes them: rules/clone.ts).
    projects: last && last.pledges === s.pledges && last.table === s.projects.table ? last.built.projects : s.projects.table.map((id) => projectView(s, id, cache)),
    completed: s.projects.completed.slice(),
    projectsInDeck: s.projects.deck.length,
    event: s.events.current,
    modifiers: { frozen: s.modifiers.frozen.slice(), bonusReach: { ...s.modifiers.bonusReach } },
    // The same residents (a move copies them only when it changes one: rules/clone.ts).
    personas: last?.personas === s.personas ? last.built.personas : Object.values(s.personas).map((p) => ({ ...p })),
    onBoard: onBoardCount(s),
    target: targetFor(s.config),
    inView: ended ? 0 : inViewNow(s),
    reflection: s.phase === 'terugblik' || ended ? (s.reflections[s.round - 1] ?? null) : null,
    roleSwapAfterRound: s.config.roleSwapAfterRound,
    edition: s.config.edition ?? null,
    result: ended ? structuredClone(s.result) : null,
    reveal: ended
      ? {
          interests: Object.fromEntries(s.config.roles.map((r) => [r, s.partners[r]!.interests.slice()])),
          guesses: structuredClone(s.guesses),
          hands: Object.fromEntries(s.config.roles.map((r) => [r, { ...s.partners[r]!.hand }])),
        }
      : null,
  };
  cache.publicTables.set(s, built);
  cache.lastTable = { config: s.config, personas: s.personas, pledges: s.pledges, table: s.projects.table, built };
  return built;
}

function partnersSeenBy(s: GameState, viewer: RoleId | null): PartnerView[] {
  const mine = viewer === null ? [] : shownTo(s, viewer);
  return s.seats.map((role, i) => {
    const disclosed: { interestId: string; to: 'all' | 'you' }[] = [];
    for (const d of s.disclosures) if (d.role === role && d.to === 'all' && !disclosed.some((x) => x.interestId === d.interestId)) disclosed.push({ interestId: d.interestId, to: 'all' });
    for (const d of mine) if (d.role === role) disclosed.push({ interestId: d.interestId, to: 'you' });
    return { role, seat: i, handCount: total(s.partners[role]!.hand), disclosed };
  });
}

/**
 * What partners showed `viewer` alone (or with others, but not with everyone), each interest once,
 * in the order shown: the part of the partners' row that is the viewer's own (parts.ts). In a view
 * they come after what the partner put on the table for all.
 */
export function shownTo(s: GameState, viewer: RoleId): Shown[] {
  const out: Shown[] = [];
  for (const d of s.disclosures) {
    if (d.to !== viewer) continue;
    if (out.some((x) => x.role === d.role && x.interestId === d.interestId)) continue;
    if (s.disclosures.some((x) => x.role === d.role && x.interestId === d.interestId && x.to === 'all')) continue;
    out.push({ role: d.role, interestId: d.interestId });
  }
  return out;
}

/** The partners as a viewer nothing was shown to in private sees them: one per state, like the public table. */
export function partnersView(s: GameState, viewer: RoleId | null, cache: TableCache): PartnerView[] {
  if (viewer !== null && s.disclosures.some((d) => d.to === viewer)) return partnersSeenBy(s, viewer);
  let shared = cache.publicPartners.get(s);
  if (!shared) cache.publicPartners.set(s, (shared = partnersSeenBy(s, null)));
  return shared;
}

export function tableView(s: GameState, viewer: RoleId | null, seat: number | null, cache: TableCache): TableView {
  return {
    ...publicTable(s, cache),
    partners: partnersView(s, viewer, cache),
    // Log entries are never changed once written, so views share them instead of copying.
    log: s.status === 'ended' ? s.log.slice() : filteredLog(s.log, viewer, seat, cache),
  };
}


/** The projector's view: the table as everyone sees it (with a cache of the table's own, or from scratch). */
export function projectorView(s: GameState, opts: { cache?: TableCache } = {}): ProjectorView {
  return { ...tableView(s, null, null, opts.cache ?? new TableCache()), kind: 'projector' };
}
