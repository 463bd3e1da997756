import { goToEventPage } from '../net/event-code';
import type { Locale, RoleId } from '../../../shared/model/ids';
import type { Action, LogEntry } from '../../../shared/rules/types';
import type { GameView } from '../../../shared/view/types';
import { loadLocale, saveLocale, setLocale, t, translate } from '../i18n';
import { draftFrom, hostKeyFromHash, seatFromHash, settingsFrom, type ConsoleDraft } from '../model/console';
import { cuesFrom } from '../model/cues';
import type { TabId } from '../model/layout';
import { newEntries } from '../model/log';
import { codeFromUrl, isValidCode, normalizeCode } from '../model/route';
import { lastCode, loadName, loadSession, saveName, saveSession } from '../net/session';
import { clockSkew } from '../model/timer';
import { JoinFailure, Net } from '../net/connection';
import type { ClientHostCommand, Personality } from '../net/protocol';
import type { App as AppPort } from '../state/port';
import { initialState, SLOT, type AppState, type Dialog, type Toast } from '../state/state';
import { createStore, type Store } from '../state/store';
import { Aids } from './aids';
import { DebriefFlow } from './debrief';
import { EffectsLayer } from './effects';
import { Messages } from './messages';
import { cueToast } from './notify';
import { PastFlow } from './past';
import { SoloFlow } from './solo';
import { tellWallLocale } from './wall-locale';

// The controller: the connection and the flows. It changes the store only through its named
// actions (state/actions.ts); the screens read the store and call these intents, and never decide
// what is legal — they send, and show the engine's answer next to the control.

type Storage_ = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export class App implements AppPort {
  readonly store: Store;
  readonly act: Store['act'];
  private readonly net: Net;
  private readonly messages: Messages;
  /** A seat the facilitator invited this browser to (`#seat=…`), until the guest has typed a name. */
  private invitation: { code: string; seatToken: string } | null = null;
  private prevLog: readonly LogEntry[] | null = null;
  readonly effects = new EffectsLayer();
  readonly solo: SoloFlow;
  readonly debrief: DebriefFlow;
  readonly past: PastFlow;
  readonly aids: Aids;

  constructor(
    private readonly storage: Storage_ | null,
    endpoint: string,
  ) {
    const locale = loadLocale(storage);
    setLocale(locale);
    const urlCode = codeFromUrl(location);
    this.store = createStore(initialState(locale, loadName(storage), urlCode, urlCode ?? lastCode(storage)));
    this.act = this.store.act;
    this.net = new Net(endpoint, storage, {
      welcome: (w) => {
        this.act('welcomed', w, clockSkew(w.serverTime, Date.now()));
        history.replaceState(null, '', `/?room=${encodeURIComponent(w.code)}`);
        this.solo.welcomed(w);
        tellWallLocale(this.state, this);
      },
      info: (info) => {
        this.aids?.infoChanged(this.state.info, info);
        this.act('infoReceived', info);
      },
      view: (v) => this.receiveView(v),
      ack: (ref) => this.messages.acked(ref),
      error: (e) => this.messages.refused(e.code, e.params ?? {}, e.ref),
      notice: (kind) => {
        if (kind === 'throttled') this.toast((l) => translate(l, 'throttled'), '', 'info');
        if (kind === 'shutdown') this.toast((l) => translate(l, 'shutdown'), '', 'info');
      },
      status: (s, reason) => this.messages.status(s, reason ?? null),
      botSaid: (m) => this.solo.botSaid(m),
      signals: (items) => this.act('signalsReceived', items),
      invite: (m) => this.act('invitationMade', this.state.info?.code ?? '', m.seat, m.url, t('inviteMade')),
      reflections: (items) => this.act('reflectionsReceived', items),
      eventSay: (m) => this.toast((l) => translate(l, 'evSayToast', { text: m.text }), '', 'info'),
    });
    this.messages = new Messages(this.store, this.net);
    this.aids = new Aids(this, storage);
    this.solo = new SoloFlow(this, this.net, storage);
    this.debrief = new DebriefFlow(this, this.net, storage, endpoint);
    this.past = new PastFlow(this, endpoint);
    addEventListener('resize', () => this.act('resized', innerWidth, innerHeight));
  }

  get state(): AppState {
    return this.store.state.peek();
  }

  /** A join link or a reload with a stored seat goes straight back into the room. */
  start(): void {
    const code = codeFromUrl(location);
    // A facilitator link (`#host=…`) opens the console on this device: keep the key, drop it from the address bar.
    const hostKey = hostKeyFromHash(location.hash);
    if (code && hostKey) {
      saveSession(this.storage, { code, seatToken: null, hostKey });
      history.replaceState(null, '', `/?room=${encodeURIComponent(code)}`);
    }
    // The facilitator's invitation for a seat (`#seat=…`): kept until the guest has typed a name.
    const invited = seatFromHash(location.hash);
    if (code && invited) {
      this.invitation = { code, seatToken: invited };
      history.replaceState(null, '', `/?room=${encodeURIComponent(code)}`);
    } else if (code && loadSession(this.storage, code)) void this.join(code);
  }

  // ---- start screen and lobby ---------------------------------------------------------------

  setLocale(locale: Locale): void {
    saveLocale(this.storage as Storage | null, locale);
    setLocale(locale);
    this.act('localeChosen', locale);
    tellWallLocale(this.state, this);
  }

  input(field: 'name' | 'codeInput', value: string): void {
    this.act('typed', field, value);
  }

  playerName(): string | null {
    const name = this.state.name.trim().replace(/\s+/g, ' ');
    return name.length >= 1 && name.length <= 24 ? name : null;
  }

  /** "Ik speel mee": the creator plays (a name is needed) and has the host controls. */
  async create(): Promise<void> {
    const name = this.playerName();
    if (!name) return this.messages.fail(SLOT.home, t('nameInvalid'));
    saveName(this.storage, name);
    await this.enterRoom(() => this.net.create(name));
  }

  /** "Ik begeleid": the creator leads the game without a seat (untimed phases by default). */
  async facilitate(): Promise<void> {
    await this.enterRoom(() => this.net.create(undefined));
  }

  async join(rawCode?: string): Promise<void> {
    const code = normalizeCode(rawCode ?? this.state.codeInput);
    if (!isValidCode(code)) return this.messages.fail(SLOT.home, t('codeInvalid'));
    const returning = !!loadSession(this.storage, code);
    const name = this.playerName();
    if (!name && !returning) return this.messages.fail(SLOT.home, t('nameInvalid'));
    if (name) saveName(this.storage, name);
    // An invited guest takes the seat with its token and their name.
    if (name && this.invitation?.code === code) saveSession(this.storage, { code, seatToken: this.invitation.seatToken, hostKey: null });
    await this.enterRoom(() => this.net.join(code, name ?? undefined));
  }

  async enterRoom(connect: () => Promise<void>): Promise<void> {
    this.act('entering');
    try {
      await connect();
      this.prevLog = null;
    } catch (e) {
      const code = e instanceof JoinFailure ? e.code : 'unreachable';
      // The code of a training day typed into the join box: go to the day's page, where one is placed.
      if (code === 'not_found' && (await goToEventPage(import.meta.env.VITE_SERVER_URL || location.origin, normalizeCode(this.state.codeInput)))) return;
      const msg =
        code === 'unreachable' ? t('cannotConnect') : code === 'not_found' ? t('notFound', { code: normalizeCode(this.state.codeInput) }) : this.messages.message(code, {});
      this.act('statusChanged', 'idle', null);
      this.messages.fail(SLOT.home, msg);
    } finally {
      this.act('entered');
    }
  }

  claim(role: RoleId): void {
    this.messages.send('claimRole', { role }, SLOT.roles);
  }

  release(): void {
    this.messages.send('releaseRole', {}, SLOT.roles);
  }

  rename(): void {
    const name = this.playerName();
    if (!name) return this.messages.fail(SLOT.name, t('nameInvalid'));
    saveName(this.storage, name);
    this.messages.send('setName', { name }, SLOT.name, t('saved'));
  }

  /** The console's form changed: keep it as the draft and send it at once, so players see it. */
  changeSettings(draft: ConsoleDraft): void {
    if (!this.state.info) return;
    this.act('lobbyDrafted', draft);
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
    this.messages.send('takeBackSeat', {}, SLOT.takeBack);
  }

  async leave(keepSeat = false): Promise<void> {
    await this.net.leave(keepSeat);
    history.replaceState(null, '', '/');
    this.prevLog = null;
    this.act('left', keepSeat);
  }

  // ---- the table ----------------------------------------------------------------------------

  play(action: Action, slot: string): void {
    this.messages.send('action', { action }, slot);
  }

  host(command: ClientHostCommand, slot: string = SLOT.host, note?: string): void {
    this.messages.send('host', { command }, slot, note);
  }

  /** After the game: this device's answer to a debrief question (the draft clears once it is in the list). */
  reflect(questionId: string): void {
    const text = (this.state.reflectDrafts[questionId] ?? '').trim();
    if (text) this.messages.send('reflect', { questionId, text }, SLOT.reflect(questionId));
  }

  draftReflection(questionId: string, text: string): void {
    this.act('reflectionDrafted', questionId, text);
  }

  openDialog(d: Dialog): void {
    this.act('dialogOpened', d);
  }

  updateDialog(d: Dialog): void {
    this.act('dialogChanged', d);
  }

  closeDialog(): void {
    this.act('dialogClosed');
  }

  setTab(tab: TabId): void {
    this.act('tabChosen', tab);
  }

  dismissToast(id: number): void {
    this.act('toastDismissed', id);
  }

  setQr(link: string, dataUrl: string): void {
    this.act('qrMade', link, dataUrl);
  }

  note(slot: string, text: string): void {
    this.act('noted', slot, text);
  }

  toast(text: string | Toast['text'], iconUrl: string, kind: Toast['kind'], offerId?: string): void {
    this.messages.toast(text, iconUrl, kind, offerId);
  }

  /** The clock's tick (main.tsx): the clock on screen, and the last minute said once. */
  tick(now: number): void {
    this.store.tick(now);
    this.aids.tick();
  }

  private receiveView(v: GameView): void {
    const prev = this.state.view;
    this.act('viewReceived', v, Date.now());
    if (v.status === 'ended') {
      this.solo.ended(this.state.info?.code ?? this.net.roomCode);
      this.debrief.ended(this.state.info?.code ?? this.net.roomCode);
    }
    if (v.status === 'playing') this.effects.wanted();
    const me = v.kind === 'player' ? v.role : null;
    const fresh = newEntries(this.prevLog, v.log);
    this.prevLog = v.log;
    const cues = cuesFrom(fresh, me);
    for (const c of cues) {
      const toast = cueToast(c);
      if (toast) this.toast(toast.text, toast.icon, toast.kind, toast.offerId);
    }
    this.aids.viewed(prev, v, fresh, me);
    this.effects.play(cues, me);
  }
}
