import { byKey } from '../model/keys';
import { applyViewDelta, keyPlace, withAnswer, type ViewDelta } from './delta';
import { composeView, type ComposeMemo } from './compose';
import type { GameView, OwnControl, OwnPart, PublicPart } from './types';

// How a client reads the views a room sends (shared/protocol/messages.ts `view`, `pub`, `delta`):
// the public part and its own part, each brought up to date by its deltas and put together into
// the view (parts.ts `composeView`). The browser and the tests read views only through this.

/** A whole view: the public part and the seat's own (null: a projector's, or a spectator's). */
export interface WholeView {
  p: PublicPart;
  o: OwnPart | null;
}

/** A change to both parts for one connection; either may be absent when it did not change. */
export interface PartsDelta {
  p?: ViewDelta;
  o?: ViewDelta;
  /** The seat's own part whole, its count starting again (it plays another role now: an event swapped them). */
  w?: OwnPart;
  ack?: { ref?: string };
}

export class ViewReader {
  private pub: PublicPart | null = null;
  private own: OwnPart | null = null;
  private pubVersion = 0;
  private ownVersion = 0;
  /** The own controls the room said went away, by key: one may come back as its key and answer (dormant.ts). */
  private dormant = new Map<string, OwnControl>();
  /** What the last view was made of, so the next redoes only what changed. */
  private memo: ComposeMemo = { sorted: true };
  /** The view as it stands (null before the first whole view, or after a delta that did not follow). */
  view: GameView | null = null;

  /** A whole view: the counts start again. */
  whole(m: WholeView): GameView {
    // Keyed lists kept sorted by key (the room sends a seat's in the engine's order), so a change to one is one pass.
    this.pub = { ...m.p, acts: m.p.acts.slice().sort(byKey) };
    this.own = m.o && sortedOwn(m.o);
    this.pubVersion = 0;
    this.ownVersion = 0;
    this.dormant = new Map();
    return (this.view = composeView(this.pub, this.own, (this.memo = { sorted: true })));
  }

  /** A change to the public part only; null when it does not follow what this reader holds (come back for a whole view). */
  public(d: ViewDelta): GameView | null {
    return this.delta({ p: d });
  }

  /** A change to either part; null when a part does not follow what this reader holds. */
  delta(m: PartsDelta): GameView | null {
    const o = m.o && this.own && this.comeBacks(this.own, m.o);
    if (!this.pub || (m.p && m.p.from !== this.pubVersion) || (m.o && (!o || o.from !== this.ownVersion)) || (m.w && (m.o || !this.own))) {
      this.view = null;
      return null;
    }
    if (m.p) {
      this.pub = applyViewDelta(this.pub, m.p);
      this.pubVersion = m.p.to;
    }
    if (o) {
      this.own = applyViewDelta(this.own!, o);
      this.ownVersion = o.to;
    }
    if (m.w) {
      this.own = sortedOwn(m.w);
      this.ownVersion = 0;
      this.dormant = new Map();
    }
    return (this.view = composeView(this.pub, this.own, this.memo));
  }

  /** `d` with the controls that come back spelled out whole (null: one the room never sent away, so a change was missed). */
  private comeBacks(own: OwnPart, d: ViewDelta): ViewDelta | null {
    const c = d.controls;
    if (!c) return d;
    for (const key of c.del) {
      const x = own.controls[keyPlace(own.controls, key)];
      if (x?.key === key) this.dormant.set(key, x);
    }
    const back = c.back ?? [];
    const set = c.set.slice();
    for (let i = 0; i < back.length; i += 2) {
      const x = this.dormant.get(back[i] as string);
      if (!x) return null;
      this.dormant.delete(x.key);
      set.push(withAnswer(x, back[i + 1] === 0 ? x.no : back[i + 1]));
    }
    return { ...d, controls: { ...c, set } };
  }

  /** The counts of the two parts (for tests that check a connection followed every change). */
  get versions(): { pub: number; own: number } {
    return { pub: this.pubVersion, own: this.ownVersion };
  }
}

/** An own part as a reader keeps it: its controls sorted by key (the room sends them in the engine's order). */
const sortedOwn = (o: OwnPart): OwnPart => ({ ...o, controls: o.controls.slice().sort(byKey) });
