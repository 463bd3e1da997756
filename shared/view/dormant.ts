import { sameValue } from '../model/same';
import type { ControlsDelta } from './delta';
import type { OwnControl } from './types';

// A seat's controls that go away and come back: a pledge goes when its project's need of that kind
// is met and comes back when a pledge is taken back, a card's controls while it is frozen. (A phase's
// end takes none away: a seat's controls are listed apart from the phase, and a table hides the
// kinds the phase refuses: rules/options.ts `tableControls`.) A connection's reader keeps the controls it was told went away
// (reader.ts), so one that comes back with the same action travels as its key and answer (`back`),
// not whole, and as its key and 0 when its answer is the one it went with too. What a
// connection was told is its own (one that came in later never saw those controls go), so the room
// keeps this per connection, from its whole view on (server/room/views.ts).

/** The controls one connection was told went away and has not seen come back, by key. */
export type Dormant = Map<string, OwnControl>;

/**
 * `d` (the change from `prev`, the seat's controls the connection holds) with its controls that
 * come back as they went moved from `set` to `back`; `dormant` kept up to date with what it tells.
 */
export function withComeBacks(d: ControlsDelta, prev: readonly OwnControl[], dormant: Dormant): void {
  // The keys gone come in the order of `prev` (delta.ts walks it in order): one walk finds them. (One
  // not found would only come back whole.)
  for (let i = 0, j = 0; i < prev.length && j < d.del.length; i++) if (prev[i].key === d.del[j]) dormant.set(d.del[j++], prev[i]);
  if (d.set.length === 0 || dormant.size === 0) return;
  let kept = 0;
  for (const c of d.set) {
    const was = dormant.get(c.key);
    if (was !== undefined) dormant.delete(c.key);
    // Its answer too, when that is the one it went with (most: what a hand cannot pay stays so): 0.
    if (was !== undefined && (was.action === c.action || sameValue(was.action, c.action))) (d.back ??= []).push(c.key, was.no === c.no || sameValue(was.no, c.no) ? 0 : c.no);
    else d.set[kept++] = c;
  }
  d.set.length = kept;
}
