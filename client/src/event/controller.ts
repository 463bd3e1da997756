import { saveFile } from '../components/save-file';
import type { Locale, RoleId } from '../../../shared/model/ids';
import type { EventCommand, EventSettings } from '../../../shared/protocol/event';
import { loadLocale, saveLocale, setLocale } from '../i18n';
import { eventTranslate, hasEventWord, type EventKey } from '../i18n/event';
import { loadName, saveName, saveSession } from '../net/session';
import { clockSkew } from '../model/timer';
import { refusalText } from '../state/state';
import { EventNet, FOLLOW_KEY, JoinRefused, loadCredentials, saveCredentials } from './net';
import { createEventStore, initialEventState, type EventMode, type EventState, type EventStore } from './state';

// The training day's controller: the event room's connection and the intents of its pages. The
// pages read the store (state.ts) and call these; refusals come back as sentences next to the controls.

type Storage_ = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** The page an address asks for: `?event=new` the settings, `?event=CODE&projector=1#key=…` the wall, else console or phone. */
export function eventRoute(url: { search: string; hash: string }, store: Storage_ | null): { mode: EventMode; code: string | null; projectorKey: string | null } {
  const q = new URLSearchParams(url.search);
  const raw = (q.get('event') ?? '').trim().toUpperCase().replace(/[\s-]+/g, '');
  if (!raw || raw === 'NEW') return { mode: 'setup', code: null, projectorKey: null };
  const key = new URLSearchParams(url.hash.replace(/^#/, '')).get('key');
  if (q.has('projector')) return { mode: 'wall', code: raw, projectorKey: key };
  return { mode: loadCredentials(store, raw).hostKey ? 'console' : 'phone', code: raw, projectorKey: null };
}

export class EventApp {
  readonly store: EventStore;
  private readonly net: EventNet;
  private projectorKey: string | null = null;
  private pending = new Map<string, string>();

  constructor(private readonly storage: Storage_ | null, readonly endpoint: string, private readonly go: (url: string) => void = (u) => location.assign(u)) {
    const locale = loadLocale(storage);
    setLocale(locale);
    const route = eventRoute(location, storage);
    // The wall's key leaves the address bar (it may be on the big screen) and is kept on this device for a reload.
    const wallKey = route.code ? `kot.eventWall.${route.code}` : '';
    if (route.mode === 'wall' && route.projectorKey) {
      try {
        storage?.setItem(wallKey, route.projectorKey);
      } catch {
        /* storage blocked: the key lasts for this page only */
      }
      history.replaceState(null, '', `/${location.search}`);
    }
    this.projectorKey = route.mode === 'wall' ? (route.projectorKey ?? storage?.getItem(wallKey) ?? null) : null;
    this.store = createEventStore(initialEventState(route.mode, locale, route.code, loadName(storage)));
    this.net = new EventNet(endpoint, {
      eventWelcome: (w) => {
        saveCredentials(this.storage, w.code, { participantToken: w.participantToken ?? undefined, hostKey: w.hostKey ?? undefined });
        this.act('welcomed', w, clockSkew(w.serverTime, Date.now()));
        if (this.state.mode !== 'wall') history.replaceState(null, '', `/?event=${w.code}`);
        if (this.state.mode !== 'phone') void this.makeQr(w.joinUrl);
      },
      placed: (m) => {
        this.act('placed', m);
        this.followTable();
      },
      overview: (m) => this.act('overview', m),
      eventSay: (m) => this.act('said', m),
      ack: (m) => {
        const note = m.ref ? this.pending.get(m.ref) : undefined;
        if (m.ref) this.pending.delete(m.ref);
        if (note) this.act('noted', note);
      },
      error: (e) => this.act('failed', this.refusal(e.code, e.params ?? {})),
      status: (s) => this.act('status', s),
    });
  }

  get state(): EventState {
    return this.store.state.peek();
  }

  private act: EventStore['act'] = (...a) => this.store.act(...a);

  start(): void {
    const { mode, code } = this.state;
    if (!code) return;
    const creds = loadCredentials(this.storage, code);
    if (mode === 'wall') void this.enter(code, { projectorKey: this.projectorKey ?? undefined }, () => ({ projectorKey: this.projectorKey ?? undefined }));
    else if (mode === 'console') void this.enter(code, { hostKey: creds.hostKey }, () => ({ hostKey: loadCredentials(this.storage, code).hostKey }));
    else if (creds.participantToken) void this.enter(code, { participantToken: creds.participantToken }, () => this.again(code));
  }

  setLocale(locale: Locale): void {
    saveLocale(this.storage as Storage | null, locale);
    setLocale(locale);
    this.act('localeChosen', locale);
  }

  typed(field: 'name' | 'sayDraft' | 'noteDraft', value: string): void {
    this.act('typed', field, value);
  }

  draft(change: Partial<EventSettings>): void {
    this.act('drafted', change);
  }

  /** The facilitator makes the day with the settings chosen. */
  async create(): Promise<void> {
    // The server checks the settings in full; the one choice a person can get wrong here is the roles.
    const draft = this.state.draft;
    if (draft.roles.length < 3) return this.act('failed', this.word('evBadSettings'));
    this.act('busy', true);
    try {
      this.store.act('status', 'connecting');
      await this.net.create(draft);
      this.act('noted', null);
      this.store.act('busy', false);
      // From now on this page is the console (the key is stored with the event's code).
      this.act('modeChanged', 'console');
    } catch (e) {
      this.act('failed', this.refusal(e instanceof JoinRefused ? e.code : 'server_error', {}));
    }
  }

  /** A participant gives their name and is placed. */
  async join(): Promise<void> {
    const code = this.state.code;
    const name = this.state.name.trim();
    if (!code) return;
    if (!name) return this.act('failed', this.word('evNameNeeded'));
    saveName(this.storage as Storage | null, name);
    this.act('busy', true);
    await this.enter(code, { name }, () => this.again(code));
  }

  private again(code: string) {
    return { participantToken: loadCredentials(this.storage, code).participantToken };
  }

  private async enter(code: string, options: Record<string, unknown>, again: () => Record<string, unknown>): Promise<void> {
    try {
      await this.net.join(code, options, again);
    } catch (e) {
      this.act('failed', this.refusal(e instanceof JoinRefused ? e.code : 'server_error', {}));
    }
  }

  host(command: EventCommand, note: EventKey = 'evDone'): void {
    this.pending.set(this.net.send('host', { command }), this.word(note));
  }

  /** A command for the tables the console chose: all, or one. */
  forTables(kind: 'advance' | 'pause' | 'resume' | 'end', seconds?: number): void {
    const t = this.state.target;
    const tables = t === 'all' ? (this.state.overview?.phasesTogether ? undefined : this.state.overview?.tables.map((x) => x.index)) : [t];
    this.host(seconds ? { kind: 'extend', seconds, tables } : { kind, tables });
  }

  target(t: 'all' | number): void {
    this.act('targetChosen', t);
  }

  chooseMover(person: string | null): void {
    this.act('movingChosen', person);
  }

  move(table: number, role?: RoleId, share = false): void {
    const person = this.state.moving;
    if (!person) return;
    this.host({ kind: 'move', person, table, ...(role ? { role } : {}), ...(share ? { share } : {}) }, 'evMoved');
    this.act('movingChosen', null);
  }

  say(): void {
    const text = this.state.sayDraft.trim();
    if (!text) return;
    this.pending.set(this.net.send('say', { text }), this.word('evSent'));
    this.act('typed', 'sayDraft', '');
  }

  note(): void {
    const text = this.state.noteDraft.trim();
    if (!text) return;
    this.pending.set(this.net.send('note', { text }), this.word('evNoteKept'));
    this.act('typed', 'noteDraft', '');
  }

  /** The debrief across tables (the event's key), with its exports. */
  async loadDebrief(): Promise<void> {
    const code = this.state.code;
    const hostKey = code ? loadCredentials(this.storage, code).hostKey : undefined;
    if (!code || !hostKey) return;
    this.act('debrief', { phase: 'loading', data: null });
    try {
      const res = await fetch(`${this.endpoint}/api/events/${code}/debrief`, { headers: { authorization: `Bearer ${hostKey}` } });
      if (!res.ok) throw new Error(String(res.status));
      this.act('debrief', { phase: 'ready', data: await res.json() });
    } catch {
      this.act('debrief', { phase: 'error', data: null });
    }
  }

  /** The days made on this device ("past sessions"): listed by their stored keys. */
  async loadDays(): Promise<void> {
    const keys: string[] = [];
    try {
      const store = this.storage as Storage | null;
      const n = store?.length ?? 0;
      for (let i = 0; i < n; i++) {
        const k = store!.key(i);
        if (k?.startsWith('kot.event.') && k !== FOLLOW_KEY) {
          const key = loadCredentials(this.storage, k.slice('kot.event.'.length)).hostKey;
          if (key) keys.push(key);
        }
      }
      if (!keys.length) return this.act('daysLoaded', []);
      const res = await fetch(`${this.endpoint}/api/events`, { headers: { authorization: `Bearer ${keys.slice(0, 100).join(' ')}` } });
      if (!res.ok) throw new Error(String(res.status));
      this.act('daysLoaded', ((await res.json()) as { events: NonNullable<EventState['days']> }).events);
    } catch {
      this.act('daysLoaded', []);
    }
  }

  /** One file of the export, downloaded with the event's key (a link cannot carry it). */
  async download(kind: 'report' | 'tables' | 'players' | 'json'): Promise<void> {
    const d = this.state.debrief?.data;
    const code = this.state.code;
    if (!d || !code) return;
    const l = this.state.locale;
    const [text, type, ext] =
      kind === 'report' ? [d.report[l].join('\n'), 'text/plain', 'txt'] : kind === 'json' ? [JSON.stringify(d, null, 1), 'application/json', 'json'] : [d.csv[kind][l], 'text/csv', 'csv'];
    saveFile(`kaarten-op-tafel-${code}-${kind}.${ext}`, text, type);
  }

  /** A seat at a table: this phone goes to it as a player (seat token), and keeps following the event. */
  private followTable(): void {
    const p = this.state.placed;
    const code = this.state.code;
    if (!p || !code || !p.tableCode || !p.seatToken) return;
    saveSession(this.storage, { code: p.tableCode, seatToken: p.seatToken, hostKey: null });
    try {
      this.storage?.setItem(FOLLOW_KEY, JSON.stringify({ event: code, table: p.tableCode }));
    } catch {
      /* storage blocked */
    }
    this.net.leave();
    this.go(`/?room=${encodeURIComponent(p.tableCode)}`);
  }

  private async makeQr(link: string): Promise<void> {
    const { qrDataUrl } = await import('../qr');
    this.act('qrMade', qrDataUrl(link));
  }

  word(key: EventKey, params?: Record<string, string | number>): string {
    return eventTranslate(this.state.locale, key, params);
  }

  private refusal(code: string, params: Record<string, string | number>): string {
    const own = `evErr_${code}`;
    return hasEventWord(own) ? this.word(own as EventKey, params) : refusalText(this.state.locale, code, params);
  }
}
