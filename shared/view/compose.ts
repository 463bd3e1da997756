import type { LogEntry } from '../rules/types';
import { byKey } from '../model/keys';
import type { Control, GameView, LogOverlay, OwnControl, OwnPart, PartnerView, PlayerView, ProjectorView, PublicPart, Shown } from './types';

// The view two parts make (parts.ts): what a client does with what the room sends (reader.ts).
// Types and the keys' order only besides this file, so the browser's download holds none of the engine.

/**
 * What the last composition made of which parts (a reader's: reader.ts), so the next one redoes only
 * what changed: a frame changes a field or two, and the log only grows.
 */
export interface ComposeMemo {
  /** The parts' keyed lists come sorted by key (a reader keeps them so): the controls need no sorting. */
  readonly sorted?: boolean;
  partners?: [readonly PartnerView[], readonly Shown[], readonly PartnerView[]];
  controls?: [readonly OwnControl[], PublicPart['acts'], PublicPart['closed'], Control[]];
  log?: [readonly LogEntry[], readonly LogOverlay[], LogEntry[]];
}

/** The view the two parts make: the projector's view without an own part, else the seat's. */
export function composeView(pub: PublicPart, own: OwnPart | null, memo: ComposeMemo = {}): GameView {
  const { kind: _kind, acts, closed, ...table } = pub;
  if (!own) return { ...table, kind: 'projector' } satisfies ProjectorView;
  const { kind: _own, log, shown, controls, ...mine } = own;
  const m = memo;
  if (m.partners?.[0] !== table.partners || m.partners[1] !== shown) m.partners = [table.partners, shown, withShown(table.partners, shown)];
  // Sorted by key, as a view's controls are (a reader's parts are already; a room's own part comes in the engine's order).
  // Those of the kinds the phase allows: the own part holds every control, whatever the phase.
  if (m.controls?.[0] !== controls || m.controls[1] !== acts || m.controls[2] !== closed) m.controls = [controls, acts, closed, sortedByKey(withActions(controls, acts, closed), m.sorted)];
  m.log = [table.log, log, grownLog(m.log, table.log, log) ?? composeLog(table.log, log)];
  return { ...table, partners: m.partners[2], log: m.log[2], kind: 'player', ...mine, controls: m.controls[3] } satisfies PlayerView;
}

/**
 * The seat's log when only the public log grew since `last` (the same own entries, all placed before
 * its new entries): the last one with the new public entries after it, else null.
 */
function grownLog(last: ComposeMemo['log'], pub: readonly LogEntry[], own: readonly LogOverlay[]): LogEntry[] | null {
  if (!last || last[1] !== own) return null;
  const was = last[0];
  if (was === pub) return last[2];
  if (pub.length < was.length || (own.length > 0 && own[own.length - 1].at >= was.length)) return null;
  for (let i = was.length - 1; i >= 0; i--) if (pub[i] !== was[i]) return null;
  return last[2].concat(pub.slice(was.length));
}

function withShown(partners: readonly PartnerView[], shown: readonly Shown[]): readonly PartnerView[] {
  if (shown.length === 0) return partners;
  return partners.map((p) => {
    const mine = shown.filter((x) => x.role === p.role);
    return mine.length === 0 ? p : { ...p, disclosed: [...p.disclosed, ...mine.map((x) => ({ interestId: x.interestId, to: 'you' as const }))] };
  });
}

const sortedByKey = (list: Control[], sorted?: boolean): Control[] => (sorted ? list : list.sort(byKey));

/** The controls with their actions, those of kinds the phase refuses (`closed`) left out. */
function withActions(controls: readonly OwnControl[], acts: PublicPart['acts'], closed: PublicPart['closed']): Control[] {
  let byKey: Map<string, Control['action']> | null = null;
  const out: Control[] = [];
  let j = 0;
  for (const c of controls) {
    if (c.action) {
      if (!closed.includes(c.action.type)) out.push(c as Control);
      continue;
    }
    // Both lists come sorted by key from a reader (reader.ts): found walking alongside, else by key.
    while (j < acts.length && acts[j].key < c.key) j++;
    let action = acts[j]?.key === c.key ? acts[j].action : undefined;
    if (!action) action = (byKey ??= new Map(acts.map((a) => [a.key, a.action]))).get(c.key);
    // A control whose action the public part does not hold (a part out of step) is dropped, never guessed.
    if (action && !closed.includes(action.type)) out.push({ key: c.key, action, no: c.no });
  }
  return out;
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
