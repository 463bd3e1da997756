import type { Personality } from '../../shared/bots/types';
import type { RoleId } from '../../shared/model/ids';
import type { LogEntry } from '../../shared/rules/types';
import { settings, table, type Player, type TestServer } from './helpers';

// Rooms with bots at the table, and reading what bots did from the views.

/** Bots' pace in tests: fast, but still paced by the same driver. */
export const TEST_PACE = '50,120';

export type BotSpec = { role: RoleId; personality: Personality };

/** Players claim `humans` (seat 0 hosts); bots take `bots`; started unless `start: false`. */
export function botTable(srv: Pick<TestServer, 'sdk'>, humans: RoleId[], bots: BotSpec[], opts: { rounds?: number; start?: boolean; seed?: number } = {}) {
  const roles = [...humans, ...bots.map((b) => b.role)];
  return table(srv, humans, { settings: settings({ roles, bots, rounds: opts.rounds ?? 2, ...(opts.seed ? { seed: opts.seed } : {}) }), start: opts.start });
}

/** The role that made this log entry, when one did. */
export function actorOf(e: LogEntry): RoleId | null {
  switch (e.t) {
    case 'pledge':
    case 'unpledge':
    case 'disclose':
      return e.role;
    case 'offer':
      return e.offer.from;
    case 'gift':
      return e.from;
    case 'held':
      return 'role' in e.by ? e.by.role : null;
    default:
      return null; // not a seat's move, or either side of a trade
  }
}

/** Log entries in a player's view made by one of `roles`. */
export function movesBy(p: Player, roles: RoleId[]): LogEntry[] {
  return p.view ? p.view.log.filter((e) => roles.includes(actorOf(e) as RoleId)) : [];
}
