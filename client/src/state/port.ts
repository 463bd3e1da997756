import type { Locale, RoleId } from '../../../shared/model/ids';
import type { Action } from '../../../shared/rules/types';
import type { GameView } from '../../../shared/view/types';
import type { ConsoleDraft } from '../model/console';
import type { DebriefPayload, SeatNames } from '../model/debrief';
import type { HintId } from '../model/hints';
import type { TabId } from '../model/layout';
import type { PastGame } from '../model/past';
import type { PracticeSetup } from '../../../shared/practice/choose';
import type { SoloChoice } from '../model/solo';
import type { ClientHostCommand, Personality } from '../net/protocol';
import type { VNode } from 'preact';
import type { AppState, Dialog, Toast } from './state';

// What the screens may ask of the controller (app/controller.ts implements it): its intents. The
// screens read the state from the store and depend on this port, not on the controller, so a
// component test gives them a stand-in.

/** The debrief's sections, loaded on demand (screens/debrief/index.ts). */
export interface DebriefUi {
  debriefSections(state: AppState, app: App, view: GameView, data: DebriefPayload, seatNames?: SeatNames): VNode[];
}

export interface App {
  setLocale(locale: Locale): void;
  input(field: 'name' | 'codeInput', value: string): void;
  playerName(): string | null;
  create(): Promise<void>;
  facilitate(): Promise<void>;
  join(rawCode?: string): Promise<void>;
  enterRoom(connect: () => Promise<void>): Promise<void>;
  claim(role: RoleId): void;
  release(): void;
  rename(): void;
  changeSettings(draft: ConsoleDraft): void;
  startGame(): void;
  botSeat(seat: number, personality: Personality): void;
  humanSeat(seat: number): void;
  takeBack(): void;
  leave(keepSeat?: boolean): Promise<void>;
  play(action: Action, slot: string): void;
  /** A short note by a slot ("Gekopieerd"). */
  note(slot: string, text: string): void;
  host(command: ClientHostCommand, slot?: string, note?: string): void;
  reflect(questionId: string): void;
  draftReflection(questionId: string, text: string): void;
  openDialog(d: Dialog): void;
  updateDialog(d: Dialog): void;
  closeDialog(): void;
  setTab(tab: TabId): void;
  dismissToast(id: number): void;
  setQr(link: string, dataUrl: string): void;
  toast(text: string, iconUrl: string, kind: Toast['kind'], offerId?: string): void;
  readonly solo: {
    open(open: boolean): void;
    choose(choice: Partial<SoloChoice>): void;
    start(): Promise<void>;
    /** Start the practice chosen for a weak spot (screens/practice). */
    practise(setup: Pick<PracticeSetup, 'role' | 'settings' | 'focus' | 'seed'>): Promise<void>;
    unfinished(hasSession: (code: string) => boolean): string | null;
    resume(code: string): Promise<void>;
    later(): Promise<void>;
  };
  readonly debrief: {
    ui: DebriefUi | null;
    load(code: string): Promise<void>;
    editAgreement(text: string): void;
    download(kind: 'json' | 'csv' | 'md' | 'txt'): void;
    again(): Promise<void>;
    follow(code: string): Promise<void>;
    home(): Promise<void>;
  };
  readonly past: {
    ui: DebriefUi | null;
    open(): Promise<void>;
    close(): void;
    back(): void;
    report(game: PastGame): Promise<void>;
    step(k: number): void;
  };
  readonly aids: {
    hint(): HintId | null;
    seen(id: HintId): void;
    off(): void;
  };
}
