import type { Locale } from '../../../shared/model/ids';
import type { Signal } from '../../../shared/debrief/signals';
import type { ReflectionItem } from '../../../shared/protocol/reflections';
import type { RoomInfo } from '../../../shared/protocol/room';
import type { GameView } from '../../../shared/view/types';
import type { ConsoleDraft } from '../model/console';
import type { HintPrefs } from '../model/hints';
import type { TabId } from '../model/layout';
import { draftsAfter } from '../model/reflections';
import type { SoloChoice } from '../model/solo';
import type { NetStatus, Welcome } from '../net/connection';
import type { BotSaid } from '../model/bots';
import type { AppState, DebriefState, Dialog, PastState, Toast } from './state';

// Every change of the client's state, by name: each takes the state and says which fields change
// (new objects, never the old ones changed in place). The store (store.ts) applies them.

type Change = Partial<AppState> | null;
type Notes = Record<string, string>;

const without = (r: Notes, key: string): Notes => {
  if (!(key in r)) return r;
  const out = { ...r };
  delete out[key];
  return out;
};

export const actions = {
  localeChosen: (_s: AppState, locale: Locale): Change => ({ locale }),
  resized: (_s: AppState, width: number, height: number): Change => ({ width, height }),
  typed: (_s: AppState, field: 'name' | 'codeInput', value: string): Change => ({ [field]: value }),
  hintsChanged: (_s: AppState, hints: HintPrefs): Change => ({ hints }),

  // ---- entering and leaving a room ----
  entering: (s: AppState): Change => ({ busy: true, errors: without(s.errors, 'home') }),
  entered: (): Change => ({ busy: false }),
  welcomed: (_s: AppState, welcome: Welcome, skew: number): Change => ({ welcome, skew, screen: 'room' }),
  left: (s: AppState, keepSeat: boolean): Change => ({
    screen: 'home',
    welcome: null,
    info: null,
    view: null,
    dialog: null,
    status: 'idle',
    qr: null,
    soloOpen: false,
    botNotes: {},
    botFeed: [],
    lobbyDraft: null,
    signals: null,
    reflections: null,
    reflectDrafts: {},
    errors: {},
    // Paused to continue later: the start screen offers "Verder oefenen", not the join form of the link.
    codeInput: keepSeat ? '' : s.codeInput,
  }),
  statusChanged: (s: AppState, status: NetStatus | 'idle', reason: string | null, globalError?: string): Change => ({
    status,
    statusReason: reason,
    errors: globalError ? { ...s.errors, global: globalError } : s.errors,
  }),

  // ---- what the server sent ----
  infoReceived: (_s: AppState, info: RoomInfo): Change => ({ info }),
  viewReceived: (s: AppState, view: GameView, now: number): Change => {
    const prev = s.view;
    // A refusal belongs to the moment it happened: a new phase starts with a clean table.
    const fresh = !!prev && (prev.phase !== view.phase || prev.round !== view.round || prev.status !== view.status);
    let offerSeen = s.offerSeen;
    let toasts = s.toasts;
    if (view.kind === 'player') {
      const unseen = view.offers.filter((o) => !(o.id in offerSeen));
      if (unseen.length) offerSeen = { ...offerSeen, ...Object.fromEntries(unseen.map((o) => [o.id, now])) };
      // A toast about an offer goes when the offer is no longer open.
      const open = toasts.filter((x) => !x.offerId || view.offers.some((o) => o.id === x.offerId));
      if (open.length !== toasts.length) toasts = open;
    }
    return { view, offerSeen, toasts, errors: fresh ? {} : s.errors, notes: fresh ? {} : s.notes };
  },
  signalsReceived: (_s: AppState, signals: Signal[]): Change => ({ signals }),
  reflectionsReceived: (s: AppState, reflections: ReflectionItem[]): Change => ({ reflections, reflectDrafts: draftsAfter(s.reflectDrafts, reflections) }),
  botSaid: (s: AppState, m: BotSaid): Change => ({
    botNotes: m.offerId ? { ...s.botNotes, [m.offerId]: m } : s.botNotes,
    botFeed: [...s.botFeed.slice(-39), { after: s.view?.log.length ?? 0, said: m }],
  }),
  invitationMade: (s: AppState, code: string, seat: number, url: string, note: string): Change => ({
    invitations: { ...s.invitations, [`${code}:${seat}`]: url },
    notes: { ...s.notes, [`seat:${seat}`]: note },
  }),

  // ---- messages and their answers, by the slot on screen they belong to ----
  sent: (s: AppState, slot: string): Change => ({ errors: without(s.errors, slot), notes: without(s.notes, slot) }),
  answered: (s: AppState, slot: string, note: string | undefined): Change => ({
    errors: without(s.errors, slot),
    notes: note ? { ...s.notes, [slot]: note } : s.notes,
  }),
  failed: (s: AppState, slot: string, message: string): Change => ({ errors: { ...s.errors, [slot]: message } }),
  noted: (s: AppState, slot: string, note: string): Change => ({ notes: { ...s.notes, [slot]: note } }),
  toastShown: (s: AppState, toast: Toast): Change => ({ toasts: [...s.toasts.slice(-3), toast] }),
  toastDismissed: (s: AppState, id: number): Change => (s.toasts.some((x) => x.id === id) ? { toasts: s.toasts.filter((x) => x.id !== id) } : null),

  // ---- the screens' own choices ----
  dialogOpened: (s: AppState, dialog: Dialog): Change => ({ dialog, errors: without(s.errors, 'dialog') }),
  dialogChanged: (_s: AppState, dialog: Dialog): Change => ({ dialog }),
  dialogClosed: (s: AppState): Change => ({ dialog: null, errors: without(s.errors, 'dialog') }),
  tabChosen: (_s: AppState, tab: TabId): Change => ({ tab }),
  qrMade: (_s: AppState, link: string, dataUrl: string): Change => ({ qr: { link, dataUrl } }),
  lobbyDrafted: (_s: AppState, lobbyDraft: ConsoleDraft): Change => ({ lobbyDraft }),
  reflectionDrafted: (s: AppState, questionId: string, text: string): Change => ({ reflectDrafts: { ...s.reflectDrafts, [questionId]: text } }),
  soloOpened: (_s: AppState, soloOpen: boolean, prefs?: SoloChoice): Change => (prefs ? { soloOpen, solo: prefs } : { soloOpen }),
  soloChosen: (s: AppState, choice: Partial<SoloChoice>): Change => ({ solo: { ...s.solo, ...choice } }),

  // ---- the debrief and past games ----
  debriefSet: (_s: AppState, debrief: DebriefState | null): Change => ({ debrief }),
  debriefChanged: (s: AppState, change: Partial<DebriefState>, code?: string): Change =>
    s.debrief && (code === undefined || s.debrief.code === code) ? { debrief: { ...s.debrief, ...change } } : null,
  pastSet: (_s: AppState, past: PastState | null): Change => ({ past }),
  pastOpenChanged: (s: AppState, change: Partial<NonNullable<PastState['open']>> | null): Change =>
    s.past ? { past: { ...s.past, open: change && s.past.open ? { ...s.past.open, ...change } : null } } : null,
};

export type Actions = typeof actions;
export type ActionName = keyof Actions;
type Rest<F> = F extends (s: AppState, ...args: infer A) => Change ? A : never;
export type ActionArgs<K extends ActionName> = Rest<Actions[K]>;
