import type { Bag, PhaseId, RoleId } from '../model/ids';
import type { SharedAct, TableControl } from '../rules/options';
import type { Action, GameError } from '../rules/types';
import type { CompletedProject, DeepReadonly, GameResult, LogEntry, Modifiers, Offer, PersonaState } from '../rules/types';

// What a client may know. Built only by playerView/projectorView; these shapes are all that
// ever leaves the server about a game in progress.

interface OwnInterestViewData {
  id: string;
  /** Who it was put on the table for: 'all', or the roles it was shown to. */
  disclosedTo: 'all' | RoleId[];
  /** Whether the interest is met in the game as it stands now. */
  met: boolean;
}

interface PartnerViewData {
  role: RoleId;
  /** Seats currently playing this partner (one, or none for a partner nobody plays). */
  seat: number;
  /** How many resource cards the partner holds (the cards themselves are private). */
  handCount: number;
  /** Interests this partner put on the table that the viewer may see. */
  disclosed: { interestId: string; to: 'all' | 'you' }[];
}

interface ProjectViewData {
  id: string;
  /** Pledges so far, per partner. */
  pledged: Partial<Record<RoleId, Bag>>;
  /** What the project still needs. */
  missing: Bag;
  /** Distinct partners that pledged something. */
  partners: RoleId[];
  /** True when the needs are met and enough partners joined: it completes at the next Uitvoering. */
  ready: boolean;
}

interface TableViewData {
  status: 'playing' | 'ended';
  round: number;
  rounds: number;
  phase: PhaseId;
  seats: RoleId[];
  partners: PartnerViewData[];
  projects: ProjectViewData[];
  completed: CompletedProject[];
  projectsInDeck: number;
  event: string | null;
  modifiers: Modifiers;
  personas: PersonaState[];
  onBoard: number;
  target: number;
  /** Residents in view this round: projects reach no more, and whoever is in view and not reached is missed. */
  inView: number;
  /** The lesson whose question is asked in this round's Terugblik. */
  reflection: string | null;
  /** The edition whose cards the game plays (its hash); null: the standard edition. */
  edition?: string | null;
  roleSwapAfterRound: number | null;
  /** What happened, filtered for this viewer. */
  log: LogEntry[];
  /** Present once the game has ended; everything is revealed then. */
  result: GameResult | null;
  /** At the end: every partner's interests, every seat's guesses and final hand (the debrief's material). */
  reveal: {
    interests: Partial<Record<RoleId, string[]>>;
    guesses: Record<number, Partial<Record<RoleId, string[]>>>;
    /** What every partner still held in hand when the game ended. */
    hands: Partial<Record<RoleId, Bag>>;
  } | null;
}

interface PlayerViewData extends TableViewData {
  kind: 'player';
  seat: number;
  role: RoleId;
  hand: Bag;
  interests: OwnInterestViewData[];
  /** My private guesses: target role → interest ids. */
  guesses: Partial<Record<RoleId, string[]>>;
  /** Open offers I sent or received. */
  offers: Offer[];
  /**
   * The controls my table shows: the engine's options for my seat (rules/options.ts) of the kinds
   * the phase allows (the others are not shown in that phase at all), sorted by key. Each carries
   * the action it sends and the engine's refusal, if any.
   */
  controls: Control[];
}

/** One control of a player's table: an engine option, as the room's boundary translated it. */
export type Control = TableControl;

interface ProjectorViewData extends TableViewData {
  kind: 'projector';
}

export type GameView = PlayerView | ProjectorView;

// A view travels as two parts (parts.ts): the public part, the same for every connection of a room
// (built, compared and encoded once per change), and each seat's own part. A client puts them
// together (`composeView`) into the view above.

/** An interest a partner showed this viewer, but not everyone. */
interface ShownData {
  role: RoleId;
  interestId: string;
}

/** A log entry a seat sees besides the public log: before public entry `at`, or in its place (`swap`). */
interface LogOverlayData {
  at: number;
  e: LogEntry;
  swap?: true;
}

/** A control as a seat's own part carries it: without its action when the public part's `acts` holds it. */
interface OwnControlData {
  key: string;
  action?: Control['action'];
  no: Control['no'];
}

/** What every viewer of a table sees alike: the projector's view, and the actions every seat's controls share. */
interface PublicPartData extends TableViewData {
  kind: 'public';
  /** The actions of the controls every seat may show alike (a pledge, taking it back, a hold). */
  acts: SharedAct[];
  /**
   * The kinds of moves the phase refuses (rules/apply.ts `closedIn`): a seat's controls of these
   * kinds are not shown. Own parts carry every control with its answer apart from the phase, so
   * the end of a phase changes the public part only.
   */
  closed: Action['type'][];
}

/** What only one seat sees: the player's own fields of its view, and the rest of its view apart from the public part. */
interface OwnPartData extends Pick<PlayerViewData, 'seat' | 'role' | 'hand' | 'interests' | 'guesses' | 'offers'> {
  kind: 'own';
  controls: OwnControlData[];
  /** The log entries this seat sees besides the public log, or in full where it is masked. */
  log: LogOverlayData[];
  /** What partners showed this seat, and not everyone. */
  shown: ShownData[];
}

export type ViewPart = PublicPart | OwnPart;

// What leaves the engine is never changed in place: views, like states, are deeply read-only.
export type OwnInterestView = DeepReadonly<OwnInterestViewData>;
export type PartnerView = DeepReadonly<PartnerViewData>;
export type ProjectView = DeepReadonly<ProjectViewData>;
export type TableView = DeepReadonly<TableViewData>;
export type PlayerView = DeepReadonly<PlayerViewData>;
export type ProjectorView = DeepReadonly<ProjectorViewData>;
export type Shown = DeepReadonly<ShownData>;
export type LogOverlay = DeepReadonly<LogOverlayData>;
export type OwnControl = DeepReadonly<OwnControlData>;
export type PublicPart = DeepReadonly<PublicPartData>;
export type OwnPart = DeepReadonly<OwnPartData>;
