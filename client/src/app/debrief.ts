import { saveFile } from '../components/save-file';
import { toCsv } from '../../../shared/debrief/csv';
import { parseSettings } from '../../../shared/protocol/room';
import { translate } from '../i18n';
import { seatLabel } from '../model/bots';
import { exportName, recordJson, type DebriefPayload } from '../model/debrief';
import { loadSession } from '../net/session';
import type { Net } from '../net/connection';
import type { AppState } from '../state/state';
import type { DebriefUi } from '../state/port';
import type { Store as AppStore } from '../state/store';
import { shownCards } from '../model/cards';

// The debrief for the controller: loads the debrief (its data from the server, its screen code and
// chart libraries on demand), the downloads, and the way on ("Nog een keer", "Terug naar start").

type Store = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;


export interface DebriefHost {
  readonly state: AppState;
  readonly act: AppStore['act'];
  enterRoom(connect: () => Promise<void>): Promise<void>;
  join(code: string): Promise<void>;
  leave(keepSeat?: boolean): Promise<void>;
  playerName(): string | null;
}


export class DebriefFlow {
  ui: DebriefUi | null = null;
  private timer: ReturnType<typeof setInterval> | null = null;

  constructor(
    private readonly app: DebriefHost,
    private readonly net: Net,
    private readonly store: Store | null,
    private readonly endpoint: string,
  ) {}

  private token(code: string): string | null {
    const s = loadSession(this.store, code);
    return s?.hostKey ?? s?.seatToken ?? null;
  }

  private api(code: string, path: string, init: RequestInit = {}): Promise<Response> {
    const token = this.token(code);
    const headers = { ...(init.headers as Record<string, string>), ...(token ? { Authorization: `Bearer ${token}` } : {}) };
    return fetch(new URL(`/api/games/${encodeURIComponent(code)}/${path}`, this.endpoint), { ...init, headers, cache: 'no-store' });
  }

  /** The game ended: fetch its debrief once (per room), and the screen code for it. */
  ended(code: string | null): void {
    const s = this.app.state;
    if (!code || (s.debrief && s.debrief.code === code && s.debrief.phase !== 'error')) return;
    void this.load(code);
  }

  async load(code: string): Promise<void> {
    this.app.act('debriefSet', { code, phase: 'loading', data: null, agreement: '', next: null, againBusy: false });
    const ui = this.ui ? Promise.resolve(this.ui) : import('../screens/debrief/index');
    try {
      const [res, mod] = await Promise.all([this.token(code) ? this.api(code, 'debrief') : null, ui]);
      this.ui = mod;
      if (this.app.state.debrief?.code !== code) return;
      if (!res || res.status === 404 || res.status === 409) this.app.act('debriefChanged', { phase: 'denied' }, code);
      else if (!res.ok) this.app.act('debriefChanged', { phase: 'error' }, code);
      else {
        const data = (await res.json()) as DebriefPayload;
        const s = this.app.state;
        const agreement = s.locale === 'en' && data.agreementEn ? data.agreementEn : data.agreement;
        this.app.act('debriefChanged', { phase: 'ready', data, agreement, next: data.next }, code);
        if (!data.next && !s.welcome?.host) this.watchNext(code);
      }
    } catch {
      this.app.act('debriefChanged', { phase: 'error' }, code);
    }
  }

  /** Players wait for the host's "Nog een keer": a light poll while the end screen is open. */
  private watchNext(code: string): void {
    this.stopWatching();
    this.timer = setInterval(async () => {
      const d = this.app.state.debrief;
      if (!d || d.code !== code || d.next || this.app.state.screen !== 'room') return this.stopWatching();
      const res = await this.api(code, 'next').catch(() => null);
      const next = res?.ok ? ((await res.json()) as { next: string | null }).next : null;
      if (next && this.app.state.debrief?.code === code) {
        this.app.act('debriefChanged', { next }, code);
        this.stopWatching();
      }
    }, 3000);
  }

  private stopWatching(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  /** The players' figures in the reader's language, with the names they played under. */
  private csv(code: string, data: DebriefPayload): string {
    const { info, locale } = this.app.state;
    const seats = info?.code === code ? info.seats : [];
    const seatName = (seat: number) => {
      const s = seats.find((x) => x.seat === seat);
      return s ? seatLabel(s, locale) : translate(locale, 'seatN', { n: seat + 1 });
    };
    return toCsv(data.debrief.players, { locale, seatName, cards: shownCards() });
  }

  editAgreement(text: string): void {
    this.app.act('debriefChanged', { agreement: text });
  }

  download(kind: 'json' | 'csv' | 'md' | 'txt'): void {
    const d = this.app.state.debrief;
    if (!d?.data) return;
    const [body, type, name] =
      kind === 'json'
        ? [recordJson(d.data), 'application/json', exportName(d.code, '', 'json')]
        : kind === 'csv'
          ? [this.csv(d.code, d.data), 'text/csv', exportName(d.code, translate(this.app.state.locale, 'filePlayers'), 'csv')]
          : [d.agreement, kind === 'md' ? 'text/markdown' : 'text/plain', exportName(d.code, translate(this.app.state.locale, 'fileAgreement'), kind)];
    saveFile(name, body, type);
  }

  /** The host: a new room with the same settings; the players' end screens get its link. */
  async again(): Promise<void> {
    const s = this.app.state;
    const old = s.info?.code;
    const settings = s.info ? parseSettings(s.info) : null;
    const hostKey = old ? loadSession(this.store, old)?.hostKey : null;
    if (!old || !settings || !hostKey || !s.debrief) return;
    this.app.act('debriefChanged', { againBusy: true });
    const name = this.app.playerName() ?? s.name ?? '';
    await this.app.leave(true);
    await this.app.enterRoom(() => this.net.create(name || translate(s.locale, 'hostTitle'), settings));
    const code = this.net.roomCode;
    if (code && code !== old) {
      await fetch(new URL(`/api/games/${encodeURIComponent(old)}/next`, this.endpoint), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${hostKey}` },
        body: JSON.stringify({ code }),
      }).catch(() => undefined);
    }
  }

  /** A player follows the host to the next room. */
  async follow(code: string): Promise<void> {
    this.stopWatching();
    await this.app.leave(true);
    await this.app.join(code);
  }

  async home(): Promise<void> {
    this.stopWatching();
    await this.app.leave(true);
  }
}
