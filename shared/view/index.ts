import { closedIn } from '../rules/apply';
import { byKey, tableControls } from '../rules/options';
import type { GameState } from '../rules/types';
import { ViewCache } from './view-cache';
import { ownInterests } from './parts';
import { tableView } from './table';
import type { PlayerView } from './types';

export * from './types';
export { ViewCache } from './view-cache';
export { TableCache } from './cache';
export { projectorView } from './table';
export { ownPart, publicPart } from './parts';
export { composeView } from './compose';

// The only way game state leaves the server. Everything a view holds is either public or the
// viewer's own; until the game ends, nobody else's interests, guesses or private offers are in it.

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
  const interests = ownInterests(s, role);
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
    controls: opts.moves === false ? NO_CONTROLS : shownNow(s, tableControls(s, seat, cache.optionsOf(seat))).sort(byKey),
  };
}

/** The controls of the kinds the phase allows (a table hides the others: `closedIn`), as a new array. */
function shownNow(s: GameState, controls: readonly PlayerView['controls'][number][]): PlayerView['controls'][number][] {
  const closed = closedIn(s.phase);
  return closed.length === 0 ? controls.slice() : controls.filter((c) => !closed.includes(c.action.type));
}
