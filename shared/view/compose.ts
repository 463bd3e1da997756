import type { LogEntry } from '../rules/types';
import type { Control, GameView, LogOverlay, OwnControl, OwnPart, PartnerView, PlayerView, ProjectorView, PublicPart, Shown } from './types';

// The view two parts make (parts.ts): what a client does with what the room sends (reader.ts).
// Types only besides this file, so the browser's download holds none of the engine.

/** The view the two parts make: the projector's view without an own part, else the seat's. */
export function composeView(pub: PublicPart, own: OwnPart | null): GameView {
  const { kind: _kind, acts, ...table } = pub;
  if (!own) return { ...table, kind: 'projector' } satisfies ProjectorView;
  const { kind: _own, log, shown, controls, ...mine } = own;
  return {
    ...table,
    partners: withShown(table.partners, shown),
    log: composeLog(table.log, log),
    kind: 'player',
    ...mine,
    // Sorted by key, as a view's controls are (the own part's are in the engine's order).
    controls: withActions(controls, acts).sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)),
  } satisfies PlayerView;
}

function withShown(partners: readonly PartnerView[], shown: readonly Shown[]): readonly PartnerView[] {
  if (shown.length === 0) return partners;
  return partners.map((p) => {
    const mine = shown.filter((x) => x.role === p.role);
    return mine.length === 0 ? p : { ...p, disclosed: [...p.disclosed, ...mine.map((x) => ({ interestId: x.interestId, to: 'you' as const }))] };
  });
}

function withActions(controls: readonly OwnControl[], acts: PublicPart['acts']): Control[] {
  let byKey: Map<string, Control['action']> | null = null;
  return controls.map((c) => {
    if (c.action) return c as Control;
    byKey ??= new Map(acts.map((a) => [a.key, a.action]));
    const action = byKey.get(c.key);
    // A control whose action the public part does not hold (a part out of step) is dropped, never guessed.
    return action ? { key: c.key, action, no: c.no } : null;
  }).filter((c): c is Control => c !== null);
}


/** A seat's log from the public log and what it sees besides it (`ownLog`, log.ts). */
export function composeLog(pub: readonly LogEntry[], own: readonly LogOverlay[]): LogEntry[] {
  if (own.length === 0) return pub.slice();
  const out: LogEntry[] = [];
  let j = 0;
  for (let k = 0; k <= pub.length; k++) {
    let swapped = false;
    while (j < own.length && own[j].at === k) {
      const o = own[j++];
      out.push(o.e);
      if (o.swap) swapped = true;
    }
    if (k < pub.length && !swapped) out.push(pub[k]);
  }
  // Items past the public log (a view pair out of step) are kept, not lost.
  while (j < own.length) out.push(own[j++].e);
  return out;
}
