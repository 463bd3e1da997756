import type { RoleId } from '../../../shared/model/ids';
import type { LogEntry } from '../../../shared/rules/types';
import type { GameView } from '../../../shared/view/types';
import { t } from '../i18n';
import { announcements, lastMinuteKey } from '../model/announce';
import { currentHint, loadHints, saveHints, type HintId } from '../model/hints';
import { remainingMs } from '../model/timer';
import type { AppState, Toast } from './state';

// What helps a player along without being asked: the first-round hints (which ones were read, and
// off for good after a finished game or "no more tips"), and what a screen reader is told — a new
// phase, the last minute of a timed phase, offers that lapsed when Overleg ended (these also as a
// toast, so nobody loses an offer silently).

type Store = Pick<Storage, 'getItem' | 'setItem'>;

export interface AidsHost {
  readonly state: AppState;
  render(): void;
  toast(text: string, iconUrl: string, kind: Toast['kind']): void;
}

export class Aids {
  private saidMinute: string | null = null;

  constructor(
    private readonly app: AidsHost,
    private readonly store: Store | null,
  ) {
    app.state.hints = loadHints(store);
  }

  hint(): HintId | null {
    const v = this.app.state.view;
    return currentHint(v && v.kind === 'player' ? v : null, this.app.state.hints);
  }

  /** "Begrepen": this hint is not shown again on this device. */
  seen(id: HintId): void {
    const h = this.app.state.hints;
    this.app.state.hints = { ...h, seen: [...new Set([...h.seen, id])] };
    saveHints(this.store, this.app.state.hints);
    this.app.render();
  }

  /** "Geen tips meer". */
  off(): void {
    this.app.state.hints = { ...this.app.state.hints, off: true };
    saveHints(this.store, this.app.state.hints);
    this.app.render();
  }

  /** A new view arrived: say what changed, and after a finished game no hints on this device. */
  viewed(prev: GameView | null, v: GameView, fresh: LogEntry[], me: RoleId | null): void {
    if (v.status === 'ended' && v.kind === 'player' && !this.app.state.hints.off) {
      this.app.state.hints = { ...this.app.state.hints, off: true };
      saveHints(this.store, this.app.state.hints);
    }
    for (const a of announcements(prev, v, fresh, me)) {
      if (a.kind === 'phase') this.say(t('announcePhase', { phase: t(`phase_${a.phase}` as 'phase_overleg'), round: a.round, rounds: a.rounds }));
      else this.app.toast(a.count === 1 ? t('announceOffersClosed', { n: a.count }) : t('announceOffersClosedN', { n: a.count }), '', 'info');
    }
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

  private say(text: string): void {
    const region = document.getElementById('announce');
    if (!region) return;
    // A fresh text node each time, so the same words said twice are still announced.
    region.textContent = '';
    setTimeout(() => (region.textContent = text), 50);
  }
}
