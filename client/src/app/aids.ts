import type { RoleId } from '../../../shared/model/ids';
import type { LogEntry } from '../../../shared/rules/types';
import type { GameView } from '../../../shared/view/types';
import { getLocale, t, translate } from '../i18n';
import type { Locale } from '../../../shared/model/ids';
import type { RoomInfo } from '../../../shared/protocol/room';
import * as cards from '../model/cards';
import { formatBag } from '../model/bag';
import { announcements, lastMinuteKey, type Announcement } from '../model/announce';
import { currentHint, loadHints, saveHints, type HintId } from '../model/hints';
import { remainingMs } from '../model/timer';
import type { AppState, Toast } from '../state/state';
import type { Store as AppStore } from '../state/store';

// What helps a player along without being asked: the first-round hints (which ones were read, and
// off for good after a finished game or "no more tips"), and what a screen reader is told — a new
// phase, the last minute of a timed phase, offers that lapsed when Overleg ended (these also as a
// toast, so nobody loses an offer silently).

type Store = Pick<Storage, 'getItem' | 'setItem'>;

export interface AidsHost {
  readonly state: AppState;
  readonly act: AppStore['act'];
  toast(text: string | Toast['text'], iconUrl: string, kind: Toast['kind']): void;
}

export class Aids {
  private saidMinute: string | null = null;

  constructor(
    private readonly app: AidsHost,
    private readonly store: Store | null,
  ) {
    app.act('hintsChanged', loadHints(store));
  }

  hint(): HintId | null {
    const v = this.app.state.view;
    return currentHint(v && v.kind === 'player' ? v : null, this.app.state.hints);
  }

  /** "Begrepen": this hint is not shown again on this device. */
  seen(id: HintId): void {
    const h = this.app.state.hints;
    this.app.act('hintsChanged', { ...h, seen: [...new Set([...h.seen, id])] });
    saveHints(this.store, this.app.state.hints);
  }

  /** "Geen tips meer". */
  off(): void {
    this.app.act('hintsChanged', { ...this.app.state.hints, off: true });
    saveHints(this.store, this.app.state.hints);
  }

  /** A new view arrived: say what changed, and after a finished game no hints on this device. */
  viewed(prev: GameView | null, v: GameView, fresh: readonly LogEntry[], me: RoleId | null): void {
    if (v.status === 'ended' && v.kind === 'player' && !this.app.state.hints.off) {
      this.app.act('hintsChanged', { ...this.app.state.hints, off: true });
      saveHints(this.store, this.app.state.hints);
    }
    for (const a of announcements(prev, v, fresh, me)) {
      const said = spoken(a);
      // What is about me is also a toast (seen and heard once); the rest only heard.
      if (a.kind === 'lapsed' || a.kind === 'declined' || a.kind === 'withdrawn' || a.kind === 'shown') this.app.toast(said, '', 'info');
      else this.say(said(getLocale()));
    }
  }

  /** The room's info changed: the facilitator paused or resumed the game. */
  infoChanged(prev: RoomInfo | null, next: RoomInfo): void {
    if (!prev || next.status !== 'playing' || prev.status !== 'playing' || prev.paused === next.paused) return;
    this.say(t(next.paused ? 'announcePaused' : 'announceResumed'));
  }

  /** Every clock tick: the last minute of a timed phase is said once. */
  tick(): void {
    const { view, info, skew } = this.app.state;
    const key = lastMinuteKey(view, info && !info.paused ? remainingMs(info, Date.now(), skew) : null);
    if (key && key !== this.saidMinute) {
      this.saidMinute = key;
      this.say(t('announceLastMinute'));
    }
  }

  private queued: string[] = [];

  private say(text: string): void {
    const region = document.getElementById('announce');
    if (!region) return;
    // A fresh text each time, so the same words said twice are still announced; what is said in
    // the same moment is said together, not one over the other.
    this.queued.push(text);
    if (this.queued.length > 1) return;
    region.textContent = '';
    setTimeout(() => {
      region.lang = getLocale();
      region.textContent = this.queued.join(' ');
      this.queued = [];
    }, 50);
  }
}

/** An announcement in words, in the language on screen when it is drawn or said. */
function spoken(a: Announcement): (l: Locale) => string {
  const role = (r: RoleId, l: Locale) => cards.roleName(r, l);
  switch (a.kind) {
    case 'phase':
      return (l) => translate(l, 'announcePhase', { phase: translate(l, `phase_${a.phase}` as 'phase_overleg'), round: a.round, rounds: a.rounds });
    case 'lapsed':
      return (l) => translate(l, a.count === 1 ? 'announceOffersClosed' : 'announceOffersClosedN', { n: a.count });
    case 'declined':
      return (l) => translate(l, 'announceDeclined', { role: role(a.by, l) });
    case 'withdrawn':
      return (l) => translate(l, 'announceWithdrawn', { role: role(a.by, l) });
    case 'shown':
      return (l) => translate(l, 'announceShown', { role: role(a.by, l), interest: cards.interestTitle(a.interestId, l) });
    case 'pledge':
      return (l) => translate(l, 'announcePledge', { role: role(a.by, l), resources: formatBag(a.resources, l), project: cards.projectName(a.projectId, l) });
    case 'result':
      return (l) => translate(l, a.won ? 'teamWon' : 'teamLost', { n: a.onBoard, target: a.target });
  }
}
