import type { Bag, Locale, RoleId } from '../../../shared/model/ids';
import { errorMessage, translate, type Key } from '../i18n';
import * as cards from '../model/cards';
import type { RoomInfo } from '../../../shared/protocol/room';
import type { GameView } from '../../../shared/view/types';
import type { TabId } from '../model/layout';
import type { NetStatus, Welcome } from '../net/connection';
import type { BotSaid } from '../model/bots';
import { SOLO_DEFAULTS, type SoloChoice } from '../model/solo';
import type { ConsoleDraft } from '../model/console';
import type { HintPrefs } from '../model/hints';
import type { Signal } from '../../../shared/debrief/signals';
import type { DebriefPayload } from '../model/debrief';
import type { PastGame } from '../model/past';
import type { ProjectorView } from '../../../shared/view/types';
import type { ReflectionItem } from '../../../shared/protocol/reflections';

// Everything the screens draw from, kept in the store (store.ts) and changed only by its named actions (actions.ts).

export type Dialog =
  | { kind: 'trade'; to: RoleId; give: Bag; get: Bag; counterOf: string | null }
  | { kind: 'gift'; to: RoleId; resources: Bag }
  | { kind: 'disclose'; interestId: string; to: RoleId | 'all' | null }
  | { kind: 'guess'; target: RoleId; picks: string[] };

export interface Toast {
  id: number;
  /** Words made in the language on screen when drawn, so switching language changes them too. */
  text: (locale: Locale) => string;
  icon: string;
  kind: 'offer' | 'project' | 'trade' | 'gift' | 'info' | 'bot';
  /** A toast about an offer goes when the offer is no longer open (withdrawn, answered, lapsed). */
  offerId?: string;
}

export interface AppState {
  locale: Locale;
  /** First-round hints on this device (model/hints.ts). */
  hints: HintPrefs;
  screen: 'home' | 'room';
  busy: boolean;
  name: string;
  codeInput: string;
  /** The code in the URL or the last room, offered on the start screen. */
  suggestedCode: string | null;
  welcome: Welcome | null;
  /** serverNow − Date.now(), from the welcome message. */
  skew: number;
  info: RoomInfo | null;
  view: GameView | null;
  status: NetStatus | 'idle';
  statusReason: string | null;
  /** Error messages by slot: the place on screen next to the control that caused them. */
  errors: Record<string, string>;
  /** Short confirmations by slot ("Opgeslagen"). */
  notes: Record<string, string>;
  dialog: Dialog | null;
  tab: TabId;
  /** Offer ids the player has already been told about, and when they first arrived. */
  offerSeen: Record<string, number>;
  toasts: Toast[];
  qr: { link: string; dataUrl: string } | null;
  /** The start screen's practice form: open or not, and what is chosen in it. */
  soloOpen: boolean;
  solo: SoloChoice;
  /** The host's unsaved lobby settings (rounds, Overleg clock, bots for empty roles). */
  lobbyDraft: ConsoleDraft | null;
  /** During play, for a facilitator without a seat: the console's signals. */
  signals: Signal[] | null;
  /** What bots said, by the offer it concerns (answers to my offers, their own offers to me). */
  botNotes: Record<string, BotSaid>;
  /** Bot lines for the feed, with the log length at the moment they arrived. */
  botFeed: { after: number; said: BotSaid }[];
  /** The debrief of the game that ended (its room code, data, the edited agreement, the next room). */
  debrief: DebriefState | null;
  /** After the game: the answers to the debrief's questions (null until the server sent them). */
  reflections: ReflectionItem[] | null;
  /** What this device is typing, by question id. */
  reflectDrafts: Record<string, string>;
  /** The start screen's "Eerdere spellen": the facilitator's finished games, a report, a replay. */
  past: PastState | null;
  /** The facilitator's last invitation link per room and seat (`code:seat`), kept past phase changes. */
  invitations: Record<string, string>;
  width: number;
  height: number;
}

export const SLOT = {
  home: 'home',
  lobby: 'lobby',
  name: 'name',
  roles: 'roles',
  host: 'host',
  dialog: 'dialog',
  global: 'global',
  takeBack: 'takeBack',
  seat: (n: number) => `seat:${n}`,
  project: (id: string) => `project:${id}`,
  offer: (id: string) => `offer:${id}`,
  interest: (id: string) => `interest:${id}`,
  persona: (id: string) => `persona:${id}`,
  reflect: (questionId: string) => `reflect:${questionId}`,
  reflection: (id: string) => `reflection:${id}`,
} as const;

export function initialState(locale: Locale, name: string, urlCode: string | null, suggestedCode: string | null): AppState {
  return {
    locale,
    hints: { off: false, seen: [] },
    screen: 'home',
    busy: false,
    name,
    codeInput: urlCode ?? '',
    suggestedCode,
    welcome: null,
    skew: 0,
    info: null,
    view: null,
    status: 'idle',
    statusReason: null,
    errors: {},
    notes: {},
    dialog: null,
    tab: 'me',
    offerSeen: {},
    toasts: [],
    qr: null,
    soloOpen: false,
    solo: { ...SOLO_DEFAULTS },
    lobbyDraft: null,
    signals: null,
    botNotes: {},
    botFeed: [],
    debrief: null,
    reflections: null,
    reflectDrafts: {},
    past: null,
    invitations: {},
    width: innerWidth,
    height: innerHeight,
  };
}

/** A refusal (engine, room or join code) as a sentence in the player's language. */
export function refusalText(locale: Locale, code: string, params: Record<string, string | number>, short = false): string {
  return errorMessage(
    locale,
    code,
    params,
    {
      resource: (id) => cards.resourceName(id, locale),
      phase: (id) => translate(locale, `phase_${id}` as Key),
    },
    short,
  );
}

/** The debrief of the game just played (app/debrief.ts). */
export interface DebriefState {
  code: string;
  phase: 'loading' | 'ready' | 'denied' | 'error';
  data: DebriefPayload | null;
  /** The draft agreement as edited in the textarea. */
  agreement: string;
  /** Where the group plays again (the host's new room). */
  next: string | null;
  againBusy: boolean;
}

/** "Eerdere spellen" (app/past.ts). */
export interface PastState {
  phase: 'loading' | 'ready' | 'error';
  games: PastGame[];
  /** The game whose report is open. */
  open: {
    game: PastGame;
    phase: 'loading' | 'ready' | 'error';
    data: (DebriefPayload & { reflections?: ReflectionItem[] }) | null;
    /** Actions of the record shown in the replay (0: the start). */
    step: number;
    view: ProjectorView | null;
    /** The table at the end (the report's sections read it). */
    final: ProjectorView | null;
  } | null;
}
