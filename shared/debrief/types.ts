import type { Bag, DomainId, PhaseId, ResourceId, RoleId, Text } from '../model/ids';
import type { HoldResource, OfferOutcome, PersonaStatus } from '../rules/types';

// The debrief as plain data (JSON-safe: no Maps, no classes), so it can be sent, stored, printed
// and compared. Rendering (charts, graphs, sentences) is the client's business.

/** A moment in the game: where a log entry was written. */
export interface Moment {
  round: number;
  phase: PhaseId;
}

// ── interests ─────────────────────────────────────────────────────────────

export interface Disclosed extends Moment {
  /** The seat that played the partner at that moment. */
  seat: number;
  to: RoleId | 'all';
}

export interface InterestReveal {
  id: string;
  met: boolean;
  points: number;
  /** Every time the card was put on the table, in order (empty: never disclosed). */
  disclosures: Disclosed[];
}

export interface PartnerInterests {
  role: RoleId;
  /** Seats that played this partner during the game (more than one after a role swap). */
  seats: number[];
  interests: InterestReveal[];
}

// ── personas ──────────────────────────────────────────────────────────────

export interface OnBoardPoint {
  round: number;
  onBoard: number;
}

export interface PersonaChart {
  target: number;
  /** Personas on board after each Uitvoering that has happened. */
  byRound: OnBoardPoint[];
  /** On board now (at the end: after the last referrals). */
  final: number;
}

export type JourneyStep = Moment &
  (
    | { kind: 'reached'; projectId: string }
    | { kind: 'held'; role: RoleId; resource: HoldResource; referredBy?: RoleId }
    | { kind: 'held'; projectId: string }
    | { kind: 'referred'; from: RoleId; to: RoleId }
    | { kind: 'referralLapsed'; from: RoleId; to: RoleId }
    | { kind: 'dropped'; eventId: string | null }
    | { kind: 'comeback'; eventId: string }
  );

export interface PersonaJourney {
  personaId: string;
  domain: DomainId;
  status: PersonaStatus;
  reachedRound: number | null;
  reachedBy: string | null;
  /** Who kept hold: a partner with a card, or a follow-up project (first hold; all holds are in `steps`). */
  heldBy: { role: RoleId; resource: HoldResource; referredBy?: RoleId } | { projectId: string } | null;
  droppedRound: number | null;
  droppedBy: string | null;
  steps: JourneyStep[];
}

export interface PersonasDebrief {
  chart: PersonaChart;
  /** Only personas something happened to, in the order they were first reached. */
  journeys: PersonaJourney[];
}

// ── network ───────────────────────────────────────────────────────────────

export interface Edge {
  /** The two roles, in the order of the game's roles. */
  a: RoleId;
  b: RoleId;
  trades: number;
  gifts: number;
  /** Completed projects both were partners in. */
  projects: number;
  /** Resource cards that changed hands between the two (trades and gifts, both ways). */
  cards: number;
  /** trades + gifts + projects. */
  weight: number;
}

export interface NetworkSnapshot {
  /** Up to and including this round (the last snapshot is the end). */
  round: number;
  edges: Edge[];
  /** Weighted degree per role (sum of its edges' weights). */
  degree: Partial<Record<RoleId, number>>;
  /** Roles with the highest weighted degree (ties share the centre; empty without edges). */
  centre: RoleId[];
  /** Roles with no edge at all. */
  outside: RoleId[];
}

export interface NetworkDebrief {
  nodes: RoleId[];
  end: NetworkSnapshot;
  byRound: NetworkSnapshot[];
}

// ── players ───────────────────────────────────────────────────────────────

export interface OfferStats {
  /** Offers this partner proposed (counter-offers included). */
  made: number;
  /** Incoming offers this partner accepted / declined / countered. */
  accepted: number;
  declined: number;
  countered: number;
  /** What became of this partner's own offers. */
  mine: Record<OfferOutcome, number>;
}

export interface PlayerStats {
  role: RoleId;
  seats: number[];
  /** Handed to partners and received from them (trades and gifts). */
  given: Bag;
  received: Bag;
  /** received − given per resource (negative: gave more than got). */
  balance: Partial<Record<ResourceId, number>>;
  givenTotal: number;
  receivedTotal: number;
  gifts: { given: number; received: number };
  trades: number;
  projectsJoined: string[];
  /** Cards this partner put into completed projects. */
  contributed: Bag;
  interestsMet: number;
  interestsHeld: number;
  points: number;
  /** Disclosures (a card shown to one partner and later to all counts twice). */
  cardsOnTable: number;
  offers: OfferStats;
  /** Persona holds with one of its own cards. */
  holds: number;
}

// ── guesses ───────────────────────────────────────────────────────────────

export interface GuessCell {
  seat: number;
  /** The partner the seat played when it made this guess (another than now after a role swap). */
  as: RoleId;
  target: RoleId;
  guessed: string[];
  truth: string[];
  hits: number;
}

export interface GuessTotals {
  seat: number;
  role: RoleId;
  guessed: number;
  hits: number;
  /** Cells (targets) guessed. */
  targets: number;
}

export interface GuessesDebrief {
  cells: GuessCell[];
  totals: GuessTotals[];
}

// ── lessons ───────────────────────────────────────────────────────────────

/** Numbers, role ids, project ids, persona ids (or lists of them): plain data a sentence is built from. */
export type Figure = number | string | null | readonly (number | string)[];
export type Figures = Record<string, Figure>;

export interface Finding {
  /** The rule that fired. */
  rule: string;
  lessonId: string;
  /** 'good': the table did what the lesson says; 'gap': the lesson names what was missing. */
  tone: 'good' | 'gap';
  /** 0–1: how clearly this game shows the lesson. */
  strength: number;
  figures: Figures;
  /** Sentence with {figure} placeholders; fill with `renderFinding`. */
  template: Text;
}

export interface LessonsDebrief {
  /** The 3–5 best-fitting lessons, strongest first (one finding per lesson). */
  shown: Finding[];
  /** Every finding of every rule that fired, strongest first. */
  all: Finding[];
}

// ── the whole ─────────────────────────────────────────────────────────────

export interface Debrief {
  roles: RoleId[];
  rounds: number;
  /** Rounds actually begun. */
  roundsPlayed: number;
  ended: boolean;
  won: boolean;
  interests: PartnerInterests[];
  personas: PersonasDebrief;
  network: NetworkDebrief;
  players: PlayerStats[];
  guesses: GuessesDebrief;
  lessons: LessonsDebrief;
}
