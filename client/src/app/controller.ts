import type { App as AppPort } from '../state/port';
import { tellWallLocale } from './wall-locale';
import type { Locale, RoleId } from '../../../shared/model/ids';
import type { Action, LogEntry } from '../../../shared/rules/types';
import type { GameView, PlayerView } from '../../../shared/view/types';
import { loadLocale, saveLocale, setLocale, t, translate } from '../i18n';
import { cuesFrom, type Cue } from '../model/cues';
import type { TabId } from '../model/layout';
import { newEntries } from '../model/log';
import { codeFromUrl, isValidCode, normalizeCode } from '../model/route';
import { lastCode, loadName, loadSession, saveName, saveSession } from '../model/session';
import { clockSkew } from '../model/timer';
import { JoinFailure, Net, type NetStatus, type SendType } from '../net/connection';
import type { ClientHostCommand, Personality } from '../net/protocol';
import { draftFrom, hostKeyFromHash, seatFromHash, settingsFrom, type ConsoleDraft } from '../model/console';
import { SoloFlow } from './solo';
import { DebriefFlow } from './debrief';
import { PastFlow } from './past';
import { draftsAfter } from '../model/reflections';
import { renderRoot } from '../screens/root';
import { initialState, refusalText, SLOT, type AppState, type Dialog, type Toast } from '../state/state';
import { rememberInvitation } from '../screens/console';
import { cueToast } from './notify';
import { Aids } from './aids';

// The controller: owns the state, the connection and the pending messages; views call its intents
// and never decide what is legal — they send, and show the engine's answer next to the control.

type Store = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export interface Effects {
  play(cues: Cue[], me: RoleId | null): void;
}

export class App implements AppPort {
  readonly state: AppState;
  private readonly net: Net;
  private readonly pending = new Map<string, string>();
  private scheduled = false;
  /** A seat the facilitator invited this browser to (`#seat=…`), until the guest has typed a name. */
  private invitation: { code: string; seatToken: string } | null = null;
  private prevLog: LogEntry[] | null = null;
  private toastId = 0;
  effects: Effects | null = null;
  /** Loads the Phaser layer on demand, so the lobby never waits for it. */
  effectsLoader: (() => Promise<Effects>) | null = null;
  private effectsLoading = false;
  readonly solo: SoloFlow;
  readonly debrief: DebriefFlow;
  readonly past: PastFlow;
  readonly aids: Aids;

  constructor(
    private readonly root: HTMLElement,
    private readonly store: Store | null,
    endpoint: string,
  ) {
    const locale = loadLocale(store);
    setLocale(locale);
    const urlCode = codeFromUrl(location);
    this.state = initialState(locale, loadName(store), urlCode, urlCode ?? lastCode(store));
    this.net = new Net(endpoint, store, {
      welcome: (w) => {
        this.state.welcome = w;
        this.state.skew = clockSkew(w.serverTime, Date.now());
        this.state.screen = 'room';
        history.replaceState(null, '', `/?room=${encodeURIComponent(w.code)}`);
        this.solo.welcomed(w);
        tellWallLocale(this.state, this);
        this.render();
      },
      info: (info) => {
        this.aids?.infoChanged(this.state.info, info);
        this.state.info = info;
        this.render();
      },
      view: (v) => this.receiveView(v),
      ack: (ref) => this.acked(ref),
      error: (e) => this.refused(e.code, e.params ?? {}, e.ref),
      notice: (kind) => {
        if (kind === 'throttled') this.toast((l) => translate(l, 'throttled'), '', 'info');
        if (kind === 'shutdown') this.toast((l) => translate(l, 'shutdown'), '', 'info');
      },
      status: (s, reason) => this.setStatus(s, reason ?? null),
      botSaid: (m) => this.solo.botSaid(m),
      signals: (items) => {
        this.state.signals = items;
        this.render();
      },
      invite: (m) => {
        rememberInvitation(this.state.info?.code ?? '', m.seat, m.url);
        this.state.notes[SLOT.seat(m.seat)] = t('inviteMade');
        this.render();
      },
      reflections: (items) => {
        this.state.reflections = items;
        this.state.reflectDrafts = draftsAfter(this.state.reflectDrafts, items);
        this.render();
      },
    });
    this.aids = new Aids(this, store);
    this.solo = new SoloFlow(this, this.net, store);
    this.debrief = new DebriefFlow(this, this.net, store, endpoint);
    this.past = new PastFlow(this, endpoint);
    addEventListener('resize', () => {
      this.state.width = innerWidth;
      this.state.height = innerHeight;
      this.render();
    });
  }

  /** A join link or a reload with a stored seat goes straight back into the room. */
  start(): void {
    const code = codeFromUrl(location);
    // A facilitator link (`#host=…`) opens the console on this device: keep the key, drop it from the address bar.
    const hostKey = hostKeyFromHash(location.hash);
    if (code && hostKey) {
      saveSession(this.store, { code, seatToken: null, hostKey });
      history.replaceState(null, '', `/?room=${encodeURIComponent(code)}`);
    }
    // The facilitator's invitation for a seat (`#seat=…`): kept until the guest has typed a name.
    const invited = seatFromHash(location.hash);
    if (code && invited) {
      this.invitation = { code, seatToken: invited };
      history.replaceState(null, '', `/?room=${encodeURIComponent(code)}`);
    } else if (code && loadSession(this.store, code)) void this.join(code);
    this.render();
  }

  render(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    queueMicrotask(() => {
      this.scheduled = false;
      renderRoot(this.root, this.state, this);
    });
  }

  // ---- start screen and lobby ---------------------------------------------------------------

  setLocale(locale: Locale): void {
    this.state.locale = locale;
    saveLocale(this.store as Storage | null, locale);
    setLocale(locale);
    document.documentElement.lang = locale;
    this.render();
  }

  input(field: 'name' | 'codeInput', value: string): void {
    this.state[field] = value;
  }

  playerName(): string | null {
    return this.validName();
  }

  private validName(): string | null {
    const name = this.state.name.trim().replace(/\s+/g, ' ');
    return name.length >= 1 && name.length <= 24 ? name : null;
  }

  /** "Ik speel mee": the creator plays (a name is needed) and has the host controls. */
  async create(): Promise<void> {
    const name = this.validName();
    if (!name) return this.fail(SLOT.home, t('nameInvalid'));
    saveName(this.store, name);
    await this.enter(() => this.net.create(name));
  }

  /** "Ik begeleid": the creator leads the game without a seat (untimed phases by default). */
  async facilitate(): Promise<void> {
    await this.enter(() => this.net.create(undefined));
  }

  async join(rawCode?: string): Promise<void> {
    const code = normalizeCode(rawCode ?? this.state.codeInput);
    if (!isValidCode(code)) return this.fail(SLOT.home, t('codeInvalid'));
    const returning = !!loadSession(this.store, code);
    const name = this.validName();
    if (!name && !returning) return this.fail(SLOT.home, t('nameInvalid'));
    if (name) saveName(this.store, name);
    // An invited guest takes the seat with its token and their name.
    if (name && this.invitation?.code === code) saveSession(this.store, { code, seatToken: this.invitation.seatToken, hostKey: null });
    await this.enter(() => this.net.join(code, name ?? undefined));
  }

  enterRoom(connect: () => Promise<void>): Promise<void> {
    return this.enter(connect);
  }

  private async enter(connect: () => Promise<void>): Promise<void> {
    this.state.busy = true;
    delete this.state.errors[SLOT.home];
    this.render();
    try {
      await connect();
      this.prevLog = null;
    } catch (e) {
      const code = e instanceof JoinFailure ? e.code : 'unreachable';
      const msg =
        code === 'unreachable' ? t('cannotConnect') : code === 'not_found' ? t('notFound', { code: normalizeCode(this.state.codeInput) }) : this.message(code, {});
      this.state.status = 'idle';
      this.fail(SLOT.home, msg);
    } finally {
      this.state.busy = false;
      this.render();
    }
  }

  claim(role: RoleId): void {
    this.send('claimRole', { role }, SLOT.roles);
  }

  release(): void {
    this.send('releaseRole', {}, SLOT.roles);
  }

  rename(): void {
    const name = this.validName();
    if (!name) return this.fail(SLOT.name, t('nameInvalid'));
    saveName(this.store, name);
    this.send('setName', { name }, SLOT.name, t('saved'));
  }

  /** The console's form changed: keep it as the draft and send it at once, so players see it. */
  changeSettings(draft: ConsoleDraft): void {
    if (!this.state.info) return;
    this.state.lobbyDraft = draft;
    this.host({ kind: 'configure', settings: settingsFrom(draft, this.state.info) }, SLOT.host, t('saved'));
  }

  /** Start with what the console shows now (bots for the roles still unclaimed at this moment). */
  startGame(): void {
    const info = this.state.info;
    const draft = this.state.lobbyDraft ?? (info ? draftFrom(info) : null);
    if (!info || !draft) return;
    this.host({ kind: 'start', settings: settingsFrom(draft, info) });
  }

  botSeat(seat: number, personality: Personality): void {
    this.host({ kind: 'botSeat', seat, personality }, SLOT.seat(seat));
  }

  humanSeat(seat: number): void {
    this.host({ kind: 'humanSeat', seat }, SLOT.seat(seat));
  }

  takeBack(): void {
    this.send('takeBackSeat', {}, SLOT.takeBack);
  }

  async leave(keepSeat = false): Promise<void> {
    await this.net.leave(keepSeat);
    history.replaceState(null, '', '/');
    Object.assign(this.state, { screen: 'home', welcome: null, info: null, view: null, dialog: null, status: 'idle', qr: null, soloOpen: false, botNotes: {}, botFeed: [], lobbyDraft: null, signals: null, reflections: null, reflectDrafts: {} });
    this.prevLog = null;
    // Paused to continue later: the start screen offers "Verder oefenen", not the join form of the link.
    if (keepSeat) this.state.codeInput = '';
    this.state.errors = {};
    this.render();
  }

  // ---- the table ----------------------------------------------------------------------------

  act(action: Action, slot: string): void {
    this.send('action', { action }, slot);
  }

  host(command: ClientHostCommand, slot: string = SLOT.host, note?: string): void {
    this.send('host', { command }, slot, note);
  }

  /** After the game: this device's answer to a debrief question (the draft clears once it is in the list). */
  reflect(questionId: string): void {
    const text = (this.state.reflectDrafts[questionId] ?? '').trim();
    if (text) this.send('reflect', { questionId, text }, SLOT.reflect(questionId));
  }

  draftReflection(questionId: string, text: string): void {
    this.state.reflectDrafts[questionId] = text;
    this.render(); // the characters-left counter; only that text changes on screen
  }

  openDialog(d: Dialog): void {
    this.state.dialog = d;
    delete this.state.errors[SLOT.dialog];
    this.render();
  }

  updateDialog(d: Dialog): void {
    this.state.dialog = d;
    this.render();
  }

  closeDialog(): void {
    this.state.dialog = null;
    delete this.state.errors[SLOT.dialog];
    this.render();
  }

  setTab(tab: TabId): void {
    this.state.tab = tab;
    this.render();
  }

  dismissToast(id: number): void {
    this.state.toasts = this.state.toasts.filter((x) => x.id !== id);
    this.render();
  }

  setQr(link: string, dataUrl: string): void {
    this.state.qr = { link, dataUrl };
    this.render();
  }

  // ---- messages -----------------------------------------------------------------------------

  private readonly notesFor = new Map<string, string>();

  private send(type: SendType, payload: Record<string, unknown>, slot: string, note?: string): void {
    delete this.state.errors[slot];
    delete this.state.notes[slot];
    if (!this.net.connected) {
      this.fail(slot, t('connectionLost'));
      return;
    }
    const ref = this.net.send(type, payload);
    this.pending.set(ref, slot);
    if (note) this.notesFor.set(ref, note);
    this.render();
  }

  private acked(ref: string | undefined): void {
    if (!ref) return;
    const slot = this.pending.get(ref);
    this.pending.delete(ref);
    if (slot === undefined) return;
    delete this.state.errors[slot];
    const note = this.notesFor.get(ref);
    this.notesFor.delete(ref);
    if (note) this.state.notes[slot] = note;
    if (slot === SLOT.dialog && this.state.dialog) this.closeDialog();
    this.render();
  }

  private refused(code: string, params: Record<string, string | number>, ref?: string): void {
    const slot = (ref && this.pending.get(ref)) ?? SLOT.global;
    if (ref) this.pending.delete(ref);
    this.fail(slot, this.message(code, params));
  }

  message(code: string, params: Record<string, string | number>): string {
    return refusalText(this.state.locale, code, params);
  }

  private fail(slot: string, message: string): void {
    this.state.errors[slot] = message;
    if (slot === SLOT.global) this.toast(message, '', 'info');
    this.render();
  }

  private setStatus(s: NetStatus, reason: string | null): void {
    const was = this.state.status;
    this.state.status = s;
    this.state.statusReason = reason;
    if (s === 'connected' && was === 'reconnecting') this.toast((l) => translate(l, 'reconnected'), '', 'info');
    if (s === 'closed' && reason) this.state.errors[SLOT.global] = reason === 'removed' ? t('removed') : reason === 'replaced' ? t('replaced') : this.message(reason, {});
    this.render();
  }

  private receiveView(v: GameView): void {
    const prev = this.state.view;
    // A refusal belongs to the moment it happened: a new phase starts with a clean table.
    if (prev && (prev.phase !== v.phase || prev.round !== v.round || prev.status !== v.status)) {
      this.state.errors = {};
      this.state.notes = {};
    }
    this.state.view = v;
    if (v.status === 'ended') {
      this.solo.ended(this.state.info?.code ?? this.net.roomCode);
      this.debrief.ended(this.state.info?.code ?? this.net.roomCode);
    }
    if (!this.effects && !this.effectsLoading && this.effectsLoader && v.status === 'playing') {
      this.effectsLoading = true;
      this.effectsLoader().then(
        (fx) => (this.effects = fx),
        () => undefined,
      );
    }
    const me = v.kind === 'player' ? v.role : null;
    const fresh = newEntries(this.prevLog, v.log);
    this.prevLog = v.log;
    if (v.kind === 'player') this.markOffers(v);
    const cues = cuesFrom(fresh, me);
    for (const c of cues) {
      const toast = cueToast(c);
      if (toast) this.toast(toast.text, toast.icon, toast.kind, toast.offerId);
    }
    if (v.kind === 'player') this.state.toasts = this.state.toasts.filter((x) => !x.offerId || v.offers.some((o) => o.id === x.offerId));
    this.aids.viewed(prev, v, fresh, me);
    this.render();
    if (cues.length) requestAnimationFrame(() => this.effects?.play(cues, me));
  }

  private markOffers(v: PlayerView): void {
    const now = Date.now();
    for (const o of v.offers) if (!(o.id in this.state.offerSeen)) this.state.offerSeen[o.id] = now;
  }

  toast(text: string | Toast['text'], iconUrl: string, kind: Toast['kind'], offerId?: string): void {
    const id = ++this.toastId;
    const say = typeof text === 'string' ? () => text : text;
    this.state.toasts = [...this.state.toasts.slice(-3), { id, text: say, icon: iconUrl, kind, offerId }];
    setTimeout(() => this.dismissToast(id), 7000);
    this.render();
  }
}
