import { cardsOf } from '../content';
import { missing, total } from '../model/bag';
import type { RoleId } from '../model/ids';
import { isReady, pledgedTotal, projectPartners } from '../rules/phases';
import { interestMet, onBoardCount } from '../rules/scoring';
import { targetFor } from '../rules/config';
import { inViewNow } from '../rules/phases';
import { tableControls } from '../rules/options';
import type { GameState, LogEntry } from '../rules/types';
import { ViewCache, type PublicTable } from './cache';
import type { OwnInterestView, PartnerView, PlayerView, ProjectorView, ProjectView, TableView } from './types';

export * from './types';
export { ViewCache } from './cache';

// The only way game state leaves the server. Everything a view holds is either public or the
// viewer's own; until the game ends, nobody else's interests, guesses or private offers are in it.

/**
 * A trade as those not in it see it, made once per entry: every view of it holds the same object,
 * so a view's log is the previous one's plus new entries, comparable by reference (delta.ts).
 */
function maskedTrade(e: Extract<LogEntry, { t: 'trade' }>, cache: ViewCache): LogEntry {
  let m = cache.maskedTrades.get(e);
  if (!m) cache.maskedTrades.set(e, (m = { ...e, offerId: '', give: {}, get: {} }));
  return m;
}

/** Can this viewer (a role, or null for the projector) see this log entry, and in what form? */
function visibleEntry(e: LogEntry, viewer: RoleId | null, seat: number | null, cache: ViewCache): LogEntry | null {
  switch (e.t) {
    case 'offer':
      return e.offer.from === viewer || e.offer.to === viewer ? e : null;
    case 'offerClosed':
      return e.from === viewer || e.to === viewer ? e : null;
    case 'trade':
      // Everyone sees that two partners traded; only the two see what.
      return e.from === viewer || e.to === viewer ? e : maskedTrade(e, cache);
    case 'disclose':
      return e.to === 'all' || e.role === viewer || e.to === viewer ? e : null;
    case 'guess':
      return seat !== null && e.seat === seat ? e : null;
    default:
      return e;
  }
}

/**
 * Viewers' filtered logs by game (its first entry) and viewer. The engine only appends entries, and
 * never changes one, while a game runs (rules/phases.ts `log`, rules/clone.ts), so after a change only
 * the new entries are filtered, not the whole log once per viewer.
 */
function filteredLog(log: LogEntry[], viewer: RoleId | null, seat: number | null, cache: ViewCache): LogEntry[] {
  if (log.length === 0) return [];
  let byViewer = cache.filteredLogs.get(log[0]);
  if (!byViewer) cache.filteredLogs.set(log[0], (byViewer = new Map()));
  const key = `${seat}:${viewer}`;
  let known = byViewer.get(key);
  // An earlier state of the game, or another branch of it (tests build those): filter from the start.
  if (!known || log.length < known.covered || (known.last !== null && log[known.covered - 1] !== known.last)) {
    byViewer.set(key, (known = { covered: 0, last: null, entries: [] }));
  }
  for (let i = known.covered; i < log.length; i++) {
    const e = visibleEntry(log[i], viewer, seat, cache);
    if (e) known.entries.push(e);
  }
  known.covered = log.length;
  known.last = log[log.length - 1];
  // Each view gets its own array: views are never changed once built (delta.ts).
  return known.entries.slice();
}

function copyPledges(byRole: GameState['pledges'][string]): GameState['pledges'][string] {
  const out: GameState['pledges'][string] = {};
  for (const [role, bag] of Object.entries(byRole)) out[role as RoleId] = { ...bag };
  return out;
}

/**
 * A project's view by game (its config) and project, with the pledges it was built from. A project
 * view follows from its pledges alone, and pledged bags are replaced, never changed in place
 * (rules/clone.ts): while they are the same bags the view is reused, so a change rebuilds (and
 * delta.ts compares) only the projects it touched.
 */
function samePledges(a: GameState['pledges'][string], b: GameState['pledges'][string]): boolean {
  const roles = Object.keys(a) as RoleId[];
  return roles.length === Object.keys(b).length && roles.every((r) => a[r] === b[r]);
}

function projectView(s: GameState, id: string, cache: ViewCache): ProjectView {
  let byId = cache.projectViews.get(s.config);
  if (!byId) cache.projectViews.set(s.config, (byId = new Map()));
  const pledges = s.pledges[id] ?? {};
  const known = byId.get(id);
  if (known && samePledges(known.pledges, pledges)) return known.view;
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
function publicTable(s: GameState, cache: ViewCache): PublicTable {
  const known = cache.publicTables.get(s);
  if (known) return known;
  const ended = s.status === 'ended';
  const built: PublicTable = {
    status: s.status,
    round: s.round,
    rounds: s.config.rounds,
    phase: s.phase,
    seats: s.seats.slice(),
    projects: s.projects.table.map((id) => projectView(s, id, cache)),
    completed: s.projects.completed.slice(),
    projectsInDeck: s.projects.deck.length,
    event: s.events.current,
    modifiers: { frozen: s.modifiers.frozen.slice(), bonusReach: { ...s.modifiers.bonusReach } },
    personas: Object.values(s.personas).map((p) => ({ ...p })),
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
  return built;
}

function partnersSeenBy(s: GameState, viewer: RoleId | null): PartnerView[] {
  return s.seats.map((role, i) => {
    const seen = new Map<string, 'all' | 'you'>();
    for (const d of s.disclosures) {
      if (d.role !== role) continue;
      if (d.to === 'all') seen.set(d.interestId, 'all');
      else if (d.to === viewer && !seen.has(d.interestId)) seen.set(d.interestId, 'you');
    }
    return {
      role,
      seat: i,
      handCount: total(s.partners[role]!.hand),
      disclosed: [...seen].map(([interestId, to]) => ({ interestId, to })),
    };
  });
}

/** The partners as a viewer nothing was shown to in private sees them: one per state, like the public table. */
function partnersView(s: GameState, viewer: RoleId | null, cache: ViewCache): PartnerView[] {
  if (viewer !== null && s.disclosures.some((d) => d.to === viewer)) return partnersSeenBy(s, viewer);
  let shared = cache.publicPartners.get(s);
  if (!shared) cache.publicPartners.set(s, (shared = partnersSeenBy(s, null)));
  return shared;
}

function tableView(s: GameState, viewer: RoleId | null, seat: number | null, cache: ViewCache): TableView {
  return {
    ...publicTable(s, cache),
    partners: partnersView(s, viewer, cache),
    // Log entries are never changed once written, so views share them instead of copying.
    log: s.status === 'ended' ? s.log.slice() : filteredLog(s.log, viewer, seat, cache),
  };
}

/** `moves: false` for a bot, which decides from the engine's options and never shows a control. */
const NO_CONTROLS = Object.freeze([]) as unknown as PlayerView['controls'];

export interface ViewOptions {
  /** false for a bot, which decides from the engine's options and never shows a control. */
  moves?: boolean;
  /**
   * What views of this game remember between changes (cache.ts), owned by the caller: a room, a
   * simulation. Without one, the view is built from scratch.
   */
  cache?: ViewCache;
}

export function playerView(s: GameState, seat: number, opts: ViewOptions = {}): PlayerView {
  const cache = opts.cache ?? new ViewCache();
  const role = s.seats[seat];
  if (role === undefined) throw new Error(`no seat ${seat}`);
  const partner = s.partners[role]!;
  const interests: OwnInterestView[] = partner.interests.map((id) => {
    const shown = s.disclosures.filter((d) => d.role === role && d.interestId === id);
    const disclosedTo: OwnInterestView['disclosedTo'] = shown.some((d) => d.to === 'all')
      ? 'all'
      : shown.map((d) => d.to as RoleId);
    return { id, disclosedTo, met: interestMet(s, role, id) };
  });
  return {
    ...tableView(s, role, seat, cache),
    kind: 'player',
    seat,
    role,
    // Bags and guessed id lists are replaced, never changed in place (rules/clone.ts), so the view
    // shares them: unchanged, they are the same objects as in the previous view (cheap to compare).
    hand: partner.hand,
    interests,
    guesses: { ...s.guesses[seat] },
    offers: s.offers.filter((o) => o.from === role || o.to === role),
    controls: opts.moves === false ? NO_CONTROLS : tableControls(s, seat, cache.optionsOf(seat)),
  };
}

export function projectorView(s: GameState, opts: Pick<ViewOptions, 'cache'> = {}): ProjectorView {
  return { ...tableView(s, null, null, opts.cache ?? new ViewCache()), kind: 'projector' };
}
