import { signal, type ReadonlySignal } from '@preact/signals';
import type { Locale } from '../../../shared/model/ids';
import type { EventServerMessages, EventSettings } from '../../../shared/protocol/event';
import type { EventExport } from '../../../shared/debrief/event/export';
import { ROLES } from '../../../shared/model/ids';

// A training day's pages (setup, console, phone, wall) draw from this one store, changed only
// through its named actions, like the table's store (state/store.ts).

export type EventWelcome = EventServerMessages['eventWelcome'];
export type EventOverview = EventServerMessages['overview'];
export type Placed = EventServerMessages['placed'];
export type EventMode = 'setup' | 'console' | 'phone' | 'wall';

export interface EventState {
  mode: EventMode;
  locale: Locale;
  code: string | null;
  busy: boolean;
  status: 'idle' | 'connecting' | 'connected' | 'reconnecting' | 'closed';
  /** The last refusal, as a sentence. */
  error: string | null;
  /** A short confirmation ("Verstuurd"). */
  note: string | null;
  name: string;
  draft: EventSettings;
  welcome: EventWelcome | null;
  skew: number;
  overview: EventOverview | null;
  placed: Placed | null;
  say: { text: string; at: number } | null;
  qr: string | null;
  /** Which tables the console's commands are for: all, or one. */
  target: 'all' | number;
  /** Someone chosen to move, before the start. */
  moving: string | null;
  sayDraft: string;
  noteDraft: string;
  debrief: { phase: 'loading' | 'ready' | 'error'; data: EventExport | null } | null;
  /** The days this device made (their keys are stored here), for the settings page. */
  days: { code: string; title: string; status: string; people: number; createdAt: number }[] | null;
}

export const DEFAULT_EVENT: EventSettings = {
  rounds: 4,
  timers: { gebeurtenis: null, overleg: 300, uitvoering: 180, terugblik: null },
  roles: [...ROLES],
  seatsPerTable: 6,
  bots: 'verbinder',
  leftover: 'share',
  anonymousReflections: true,
  secondGame: false,
  phasesTogether: true,
};

export function initialEventState(mode: EventMode, locale: Locale, code: string | null, name: string): EventState {
  return {
    mode, locale, code, name, busy: false, status: 'idle', error: null, note: null,
    draft: { ...DEFAULT_EVENT, timers: { ...DEFAULT_EVENT.timers }, roles: [...DEFAULT_EVENT.roles] },
    welcome: null, skew: 0, overview: null, placed: null, say: null, qr: null, target: 'all', moving: null,
    sayDraft: '', noteDraft: '', debrief: null, days: null,
  };
}

type Change = Partial<EventState> | null;

export const eventActions = {
  localeChosen: (_s: EventState, locale: Locale): Change => ({ locale }),
  modeChanged: (_s: EventState, mode: EventMode): Change => ({ mode }),
  typed: (_s: EventState, field: 'name' | 'sayDraft' | 'noteDraft', value: string): Change => ({ [field]: value }),
  drafted: (s: EventState, change: Partial<EventSettings>): Change => ({ draft: { ...s.draft, ...change } }),
  busy: (_s: EventState, busy: boolean): Change => ({ busy, ...(busy ? { error: null } : {}) }),
  status: (_s: EventState, status: EventState['status']): Change => ({ status }),
  welcomed: (_s: EventState, welcome: EventWelcome, skew: number): Change => ({ welcome, skew, code: welcome.code, busy: false, status: 'connected' }),
  overview: (_s: EventState, overview: EventOverview): Change => ({ overview }),
  placed: (_s: EventState, placed: Placed): Change => ({ placed }),
  said: (_s: EventState, say: { text: string; at: number }): Change => ({ say }),
  failed: (_s: EventState, error: string): Change => ({ error, note: null, busy: false }),
  noted: (_s: EventState, note: string | null): Change => ({ note, error: null }),
  qrMade: (_s: EventState, qr: string): Change => ({ qr }),
  targetChosen: (_s: EventState, target: 'all' | number): Change => ({ target }),
  movingChosen: (_s: EventState, moving: string | null): Change => ({ moving }),
  debrief: (_s: EventState, debrief: EventState['debrief']): Change => ({ debrief }),
  daysLoaded: (_s: EventState, days: EventState['days']): Change => ({ days }),
};

type Actions = typeof eventActions;
export type EventActionName = keyof Actions;
type Rest<F> = F extends (s: EventState, ...args: infer A) => Change ? A : never;

export interface EventStore {
  readonly state: ReadonlySignal<EventState>;
  readonly now: ReadonlySignal<number>;
  act<K extends EventActionName>(name: K, ...args: Rest<Actions[K]>): void;
  tick(now: number): void;
}

export function createEventStore(initial: EventState): EventStore {
  const state = signal(initial);
  const now = signal(Date.now());
  return {
    state,
    now,
    act(name, ...args) {
      const change = (eventActions[name] as (s: EventState, ...a: unknown[]) => Change)(state.peek(), ...args);
      if (change) state.value = { ...state.peek(), ...change };
    },
    tick(t) {
      now.value = t;
    },
  };
}
