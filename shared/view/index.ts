import { projectCard } from '../content';
import { missing, total } from '../model/bag';
import type { RoleId } from '../model/ids';
import { isReady, pledgedTotal, projectPartners } from '../rules/phases';
import { interestMet, onBoardCount } from '../rules/scoring';
import { targetFor } from '../rules/config';
import type { GameState, LogEntry } from '../rules/types';
import type { OwnInterestView, PartnerView, PlayerView, ProjectorView, TableView } from './types';

export * from './types';

// The only way game state leaves the server. Everything a view holds is either public or the
// viewer's own; until the game ends, nobody else's interests, guesses or private offers are in it.

/**
 * A trade as those not in it see it, made once per entry: every view of it holds the same object,
 * so a view's log is the previous one's plus new entries, comparable by reference (delta.ts).
 */
const maskedTrades = new WeakMap<LogEntry, LogEntry>();

function maskedTrade(e: Extract<LogEntry, { t: 'trade' }>): LogEntry {
  let m = maskedTrades.get(e);
  if (!m) maskedTrades.set(e, (m = { ...e, offerId: '', give: {}, get: {} }));
  return m;
}

/** Can this viewer (a role, or null for the projector) see this log entry, and in what form? */
function visibleEntry(e: LogEntry, viewer: RoleId | null, seat: number | null): LogEntry | null {
  switch (e.t) {
    case 'offer':
      return e.offer.from === viewer || e.offer.to === viewer ? e : null;
    case 'offerClosed':
      return e.from === viewer || e.to === viewer ? e : null;
    case 'trade':
      // Everyone sees that two partners traded; only the two see what.
      return e.from === viewer || e.to === viewer ? e : maskedTrade(e);
    case 'disclose':
      return e.to === 'all' || e.role === viewer || e.to === viewer ? e : null;
    case 'guess':
      return seat !== null && e.seat === seat ? e : null;
    default:
      return e;
  }
}

function copyPledges(byRole: GameState['pledges'][string]): GameState['pledges'][string] {
  const out: GameState['pledges'][string] = {};
  for (const [role, bag] of Object.entries(byRole)) out[role as RoleId] = { ...bag };
  return out;
}

type PublicTable = Omit<TableView, 'partners' | 'log'>;

/**
 * What every viewer of a state sees alike, built once per state: all views of one state share these
 * values (never changed once built, like log entries), so a change costs one build, and comparing
 * them with the previous views' (delta.ts) is done once, not once per viewer.
 */
const publicTables = new WeakMap<GameState, PublicTable>();

function publicTable(s: GameState): PublicTable {
  const known = publicTables.get(s);
  if (known) return known;
  const ended = s.status === 'ended';
  const built: PublicTable = {
    status: s.status,
    round: s.round,
    rounds: s.config.rounds,
    phase: s.phase,
    seats: s.seats.slice(),
    projects: s.projects.table.map((id) => ({
      id,
      pledged: copyPledges(s.pledges[id]),
      missing: missing(pledgedTotal(s, id), projectCard(id).needs),
      partners: projectPartners(s, id),
      ready: isReady(s, id),
    })),
    completed: s.projects.completed.slice(),
    projectsInDeck: s.projects.deck.length,
    event: s.events.current,
    modifiers: { frozen: s.modifiers.frozen.slice(), bonusReach: { ...s.modifiers.bonusReach } },
    personas: Object.values(s.personas).map((p) => ({ ...p })),
    onBoard: onBoardCount(s),
    target: targetFor(s.config),
    reflection: s.phase === 'terugblik' || ended ? (s.reflections[s.round - 1] ?? null) : null,
    roleSwapAfterRound: s.config.roleSwapAfterRound,
    result: ended ? structuredClone(s.result) : null,
    reveal: ended
      ? {
          interests: Object.fromEntries(s.config.roles.map((r) => [r, s.partners[r]!.interests.slice()])),
          guesses: structuredClone(s.guesses),
          hands: Object.fromEntries(s.config.roles.map((r) => [r, { ...s.partners[r]!.hand }])),
        }
      : null,
  };
  publicTables.set(s, built);
  return built;
}

function tableView(s: GameState, viewer: RoleId | null, seat: number | null): TableView {
  const partners: PartnerView[] = s.seats.map((role, i) => {
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
  return {
    ...publicTable(s),
    partners,
    // Log entries are never changed once written, so views share them instead of copying.
    log: s.status === 'ended' ? s.log.slice() : s.log.map((e) => visibleEntry(e, viewer, seat)).filter((e): e is LogEntry => e !== null),
  };
}

export function playerView(s: GameState, seat: number): PlayerView {
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
    ...tableView(s, role, seat),
    kind: 'player',
    seat,
    role,
    hand: { ...partner.hand },
    interests,
    guesses: structuredClone(s.guesses[seat] ?? {}),
    offers: s.offers.filter((o) => o.from === role || o.to === role),
  };
}

export function projectorView(s: GameState): ProjectorView {
  return { ...tableView(s, null, null), kind: 'projector' };
}
