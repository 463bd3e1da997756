import { createHmac } from 'node:crypto';
import type { RoleId } from '../../shared/model/ids';
import type { Action, GameState, LogEntry, Offer } from '../../shared/rules/types';
import type { LogOverlay, OwnControl, OwnPart, PublicPart } from '../../shared/view/types';
import type { PartsSource } from './views';

// Offer ids at the room's boundary. The engine numbers offers (o1, o2, …), which would tell every
// player how many offers others made; clients see an id that reveals nothing instead: an HMAC of
// the engine's id under a key only the server knows (the room's stored host-key hash), so the ids
// stay the same after a restart. An offer id a seat sends back is used only for an open offer that
// is that seat's own or made to it: anything else, someone else's offer included, is answered
// exactly like an unknown offer (the engine's `unknown_offer`, after the same phase check).
// The engine's own ids (o1, o2, …) are not accepted, not even for one's own offer: answering one
// differently from an unknown id would tell a seat how many offers others made.

/** An engine offer id that never exists: the engine answers it as an unknown offer. */
const NO_SUCH_OFFER = '\u0000';

type OfferAction = Extract<Action, { offerId: string }>;

export class OfferIds {
  private readonly opaque = new Map<string, string>();
  /** Log entries with their ids translated, once per entry: views share them (shared/view/delta.ts). */
  private readonly entries = new WeakMap<LogEntry, LogEntry>();
  private readonly offers = new WeakMap<Offer, Offer>();
  /** Each viewer's (seat, or null: the projector) last log and its translation. */
  private readonly logs = new Map<number | null, { from: readonly LogEntry[]; to: LogEntry[] }>();

  constructor(private readonly key: string) {}

  /** The id clients see for an engine offer id ('' stays ''). */
  out(id: string): string {
    if (!id) return id;
    let o = this.opaque.get(id);
    if (o === undefined) {
      o = `of_${createHmac('sha256', this.key).update(id).digest('base64url').slice(0, 16)}`;
      this.opaque.set(id, o);
    }
    return o;
  }

  /** A seat's action with the engine's id of an open offer of its own (or one that does not exist). */
  in(action: Action, game: GameState | null, role: RoleId | undefined): Action {
    if (!('offerId' in action)) return action;
    const sent = action.offerId;
    const mine = game?.offers.find((o) => (o.from === role || o.to === role) && this.out(o.id) === sent);
    return { ...(action as OfferAction), offerId: mine ? mine.id : NO_SUCH_OFFER } as Action;
  }

  /** Refusal params as the seat may see them: the offer id it sent, or the offer's public id. */
  params(params: Record<string, string | number>, sent: Action): Record<string, string | number> {
    if (typeof params.offerId !== 'string') return params;
    const offerId = params.offerId === NO_SUCH_OFFER && 'offerId' in sent ? sent.offerId : this.out(params.offerId);
    return { ...params, offerId };
  }

  /** The parts `source` builds, with offer ids as clients see them. */
  parts(source: PartsSource): PartsSource {
    return {
      pub: () => {
        const part = source.pub();
        return part && this.pub(part);
      },
      own: (seat) => {
        const part = source.own(seat);
        return part && this.own(part);
      },
    };
  }

  /**
   * The last part translated, by viewer (null: the public part), and its own fields' translations:
   * a part the view cache gave again (unchanged) is the same translated object, so a room sees an
   * unchanged part at a glance (server/room/views.ts) and compares nothing.
   */
  private readonly lastParts = new Map<number | null, { from: PublicPart | OwnPart; to: PublicPart | OwnPart }>();
  private readonly lastOffers = new Map<number, { from: OwnPart['offers']; to: OwnPart['offers'] }>();
  private readonly lastOverlays = new Map<number, { from: OwnPart['log']; to: OwnPart['log'] }>();

  /** The public part with offer ids as clients see them (its log: at the end, every offer). */
  pub(part: PublicPart): PublicPart {
    const last = this.lastParts.get(null);
    if (last?.from === part) return last.to as PublicPart;
    const to: PublicPart = { ...part, log: this.log(null, part.log) };
    this.lastParts.set(null, { from: part, to });
    return to;
  }

  /** A seat's own part with offer ids as it sees them: its offers, its controls, its log entries. */
  own(part: OwnPart): OwnPart {
    const seat = part.seat;
    const last = this.lastParts.get(seat);
    if (last?.from === part) return last.to as OwnPart;
    const to: OwnPart = {
      ...part,
      offers: mapped(this.lastOffers, seat, part.offers, (o) => this.offer(o)),
      controls: this.controls(seat, part.controls),
      log: mapped(this.lastOverlays, seat, part.log, (o) => this.overlay(o)),
    };
    this.lastParts.set(seat, { from: part, to });
    return to;
  }

  private readonly overlays = new WeakMap<LogOverlay, LogOverlay>();

  /** Once per item, so an unchanged own log is the same items as before (cheap to compare). */
  private overlay(o: LogOverlay): LogOverlay {
    let out = this.overlays.get(o);
    if (!out) {
      const e = this.entry(o.e);
      this.overlays.set(o, (out = e === o.e ? o : { ...o, e }));
    }
    return out;
  }

  /** Each seat's last controls and their translation (unchanged controls are the same array). */
  private readonly lastControls = new Map<number, { from: readonly OwnControl[]; to: OwnControl[] }>();

  /** A seat's controls with offer ids as the seat sees them: in the key, the action and the refusal. */
  private controls(seat: number, list: readonly OwnControl[]): OwnControl[] {
    const last = this.lastControls.get(seat);
    if (last?.from === list) return last.to;
    // The list itself while none of its controls names an offer (most lists, most of the time).
    let to: OwnControl[] | null = null;
    for (let i = 0; i < list.length; i++) {
      const c = list[i];
      if (!c.action || !('offerId' in c.action)) {
        if (to) to[i] = c;
        continue;
      }
      to ??= list.slice(0, i);
      to[i] = this.control(c);
    }
    const out = to ?? (list as OwnControl[]);
    this.lastControls.set(seat, { from: list, to: out });
    return out;
  }

  private readonly translatedControls = new WeakMap<OwnControl, OwnControl>();

  /**
   * A control of an offer with the offer's id as clients see it (in its key, action and refusal),
   * once per control: the engine lists an unchanged control as the same object, and so it stays the
   * same translated object (a seat's controls delta steps over it at a glance).
   */
  private control(c: OwnControl): OwnControl {
    let out = this.translatedControls.get(c);
    if (!out) {
      const action = { ...(c.action as OfferAction), offerId: this.out((c.action as OfferAction).offerId) };
      const key = `${c.key.slice(0, c.key.indexOf(':'))}:${action.offerId}`;
      const no = c.no && { ...c.no, params: this.params(c.no.params, action) };
      this.translatedControls.set(c, (out = { ...c, key, action, no }));
    }
    return out;
  }

  /**
   * A viewer's log translated: its log only grows while a game runs, so only the entries appended
   * since its last view are looked up. The prefix is checked by reference (cheap), since a role
   * swap or the end changes which entries a viewer's log holds.
   */
  private log(viewer: number | null, log: readonly LogEntry[]): LogEntry[] {
    const last = this.logs.get(viewer);
    if (last?.from === log) return last.to;
    const grown = last !== undefined && last.from.length <= log.length && last.from.every((e, i) => e === log[i]);
    const to = grown ? last.to.slice() : [];
    for (let i = to.length; i < log.length; i++) to.push(this.entry(log[i]));
    this.logs.set(viewer, { from: log, to });
    return to;
  }

  /** Once per offer (offers are replaced, never changed): unchanged offers stay the same objects in every view. */
  private offer(o: Offer): Offer {
    let out = this.offers.get(o);
    if (!out) this.offers.set(o, (out = { ...o, id: this.out(o.id), counterOf: o.counterOf === null ? null : this.out(o.counterOf) }));
    return out;
  }

  private entry(e: LogEntry): LogEntry {
    let out = this.entries.get(e);
    if (!out) this.entries.set(e, (out = this.translated(e)));
    return out;
  }

  private translated(e: LogEntry): LogEntry {
    switch (e.t) {
      case 'offer':
        return { ...e, offer: this.offer(e.offer) };
      case 'offerClosed':
      case 'trade':
        return e.offerId ? { ...e, offerId: this.out(e.offerId) } : e;
      default:
        return e;
    }
  }
}

/** `list` with `f` applied to each item, the last translation for `key` while `list` is the same array. */
function mapped<T>(cache: Map<number, { from: readonly T[]; to: readonly T[] }>, key: number, list: readonly T[], f: (x: T) => T): T[] {
  const last = cache.get(key);
  if (last?.from === list) return last.to as T[];
  const to = list.map(f);
  cache.set(key, { from: list, to });
  return to;
}
