import { applyViewDelta, type ViewDelta } from './delta';
import { composeView } from './compose';
import type { GameView, OwnPart, PublicPart } from './types';

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
  ack?: { ref?: string };
}

export class ViewReader {
  private pub: PublicPart | null = null;
  private own: OwnPart | null = null;
  private pubVersion = 0;
  private ownVersion = 0;
  /** The view as it stands (null before the first whole view, or after a delta that did not follow). */
  view: GameView | null = null;

  /** A whole view: the counts start again. */
  whole(m: WholeView): GameView {
    this.pub = m.p;
    this.own = m.o;
    this.pubVersion = 0;
    this.ownVersion = 0;
    return (this.view = composeView(m.p, m.o));
  }

  /** A change to the public part only; null when it does not follow what this reader holds (come back for a whole view). */
  public(d: ViewDelta): GameView | null {
    return this.delta({ p: d });
  }

  /** A change to either part; null when a part does not follow what this reader holds. */
  delta(m: PartsDelta): GameView | null {
    if (!this.pub || (m.p && m.p.from !== this.pubVersion) || (m.o && (!this.own || m.o.from !== this.ownVersion))) {
      this.view = null;
      return null;
    }
    if (m.p) {
      this.pub = applyViewDelta(this.pub, m.p);
      this.pubVersion = m.p.to;
    }
    if (m.o) {
      this.own = applyViewDelta(this.own!, m.o);
      this.ownVersion = m.o.to;
    }
    return (this.view = composeView(this.pub, this.own));
  }

  /** The counts of the two parts (for tests that check a connection followed every change). */
  get versions(): { pub: number; own: number } {
    return { pub: this.pubVersion, own: this.ownVersion };
  }
}
