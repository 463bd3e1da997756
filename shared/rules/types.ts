import type { Bag, DomainId, PhaseId, ResourceId, RoleId } from '../model/ids';

// The whole state of one game. Plain JSON (no classes, no Maps) so it can be cloned, stored,
// compared and sent; the PRNG state lives in it, so the same seed and actions give the same game.

export interface GameConfig {
  /** The role each seat plays at the start: seat i plays roles[i]. 3–8 distinct roles. */
  roles: readonly RoleId[];
  /** Number of rounds (default 4). */
  rounds: number;
  /** Secret interest cards dealt to every partner (default 2). */
  interestsPerSeat: number;
  /** After this round every seat moves on to the next partner (null: no swap). */
  roleSwapAfterRound: number | null;
  /** Personas on board the team needs at the end; null picks the default for the number of seats. */
  target: number | null;
  /** Projects lying open on the table at once (default 6). */
  tableSize: number;
  /** Cards on the table: every interest is disclosed to everyone from the start (absent: false). */
  openInterests?: boolean;
  /** The edition whose cards the game plays, by its hash (shared/edition); absent: the standard edition. */
  edition?: string;
}

/** Who acts: a seat number, or the host (the facilitator, or the server's phase timer). */
export type Actor = number | 'host';

export type Action =
  | { type: 'proposeTrade'; to: RoleId; give: Bag; get: Bag }
  | { type: 'acceptTrade'; offerId: string }
  | { type: 'declineTrade'; offerId: string }
  | { type: 'counterTrade'; offerId: string; give: Bag; get: Bag }
  | { type: 'withdrawTrade'; offerId: string }
  | { type: 'gift'; to: RoleId; resources: Bag }
  | { type: 'pledge'; projectId: string; resources: Bag }
  | { type: 'unpledge'; projectId: string; resources: Bag }
  | { type: 'disclose'; interestId: string; to: RoleId | 'all' }
  | { type: 'guess'; target: RoleId; interestIds: readonly string[] }
  | { type: 'hold'; personaId: string; resource: HoldResource }
  | { type: 'refer'; personaId: string; to: RoleId }
  | { type: 'takeUp'; personaId: string; resource: HoldResource }
  | { type: 'advancePhase' }
  | { type: 'endGame' };

export type ActionType = Action['type'];
export type HoldResource = Extract<ResourceId, 'bereik' | 'vrijwilligers'>;
export const HOLD_RESOURCES: readonly HoldResource[] = ['bereik', 'vrijwilligers'];

export interface PartnerState {
  role: RoleId;
  hand: Bag;
  /** Interest card ids dealt to this partner. Secret until disclosed. */
  interests: string[];
  /** Resources received from partners and handed to partners, by trades and gifts. */
  received: Bag;
  gave: Bag;
  /** Help received: gifts, and what a trade brought beyond the cards paid for it (an even swap is no help). */
  helped: Bag;
  /** Resources given away as gifts. */
  gifted: Bag;
}

export interface Offer {
  id: string;
  from: RoleId;
  to: RoleId;
  /** What `from` gives. */
  give: Bag;
  /** What `from` asks in return. */
  get: Bag;
  round: number;
  /** The offer this one answers, when it is a counter-offer. */
  counterOf: string | null;
}

export type OfferOutcome = 'accepted' | 'declined' | 'countered' | 'withdrawn' | 'expired';

export interface CompletedProject {
  id: string;
  round: number;
  /** What each partner put in. */
  contributions: Partial<Record<RoleId, Bag>>;
  personas: readonly string[];
}

export type PersonaStatus = 'waiting' | 'reached' | 'held' | 'dropped';

export interface PersonaState {
  id: string;
  status: PersonaStatus;
  /** Round in which the persona was reached, and by which project. */
  reachedRound: number | null;
  reachedBy: string | null;
  /** Round in which the persona dropped out, if it did. */
  droppedRound: number | null;
  /**
   * A referral waiting to be taken up (rules/referral.ts): public, like the resident. Gone when the
   * phase ends, or when the resident is held or drops out.
   */
  referral?: { from: RoleId; to: RoleId };
}

export interface Disclosure {
  role: RoleId;
  interestId: string;
  to: RoleId | 'all';
  round: number;
}

export interface Modifiers {
  /** Resources that cannot change hands this round. */
  frozen: ResourceId[];
  /** Extra personas reached by projects of a domain completed this round. */
  bonusReach: Partial<Record<DomainId, number>>;
}

export interface InterestResult {
  id: string;
  met: boolean;
  points: number;
}

export interface GameResult {
  onBoard: number;
  target: number;
  won: boolean;
  /** Per partner: each interest it held at the end and whether it was met. */
  interests: Partial<Record<RoleId, readonly InterestResult[]>>;
  /** Interest points per seat (the partner the seat plays at the end). */
  seatScores: readonly number[];
  endedEarly: boolean;
}

/** Who kept hold of a resident: a partner with a card (a referral it took up names who referred), or a follow-up project. */
export type HeldBy = { role: RoleId; resource: HoldResource; referredBy?: RoleId } | { projectId: string };

/** What happened, in order. Views filter it per viewer; the debrief reads it whole. */
export type LogEntry = { round: number; phase: PhaseId } & (
  | { t: 'phase' }
  | { t: 'event'; eventId: string }
  | { t: 'income'; role: RoleId; resources: Bag }
  | { t: 'lapsed'; role: RoleId; resources: Bag }
  | { t: 'missed'; personaIds: readonly string[] }
  | { t: 'support'; role: RoleId; projectId: string; resources: Bag }
  | { t: 'gain'; role: RoleId; resources: Bag; eventId: string }
  | { t: 'lose'; role: RoleId; resources: Bag; eventId: string }
  | { t: 'offer'; offer: Offer }
  | { t: 'offerClosed'; offerId: string; from: RoleId; to: RoleId; outcome: OfferOutcome }
  | { t: 'trade'; offerId: string; from: RoleId; to: RoleId; give: Bag; get: Bag }
  | { t: 'gift'; from: RoleId; to: RoleId; resources: Bag }
  | { t: 'pledge'; role: RoleId; projectId: string; resources: Bag }
  | { t: 'unpledge'; role: RoleId; projectId: string; resources: Bag }
  | { t: 'disclose'; role: RoleId; interestId: string; to: RoleId | 'all' }
  | { t: 'guess'; seat: number; target: RoleId; interestIds: readonly string[] }
  | { t: 'completed'; projectId: string; partners: readonly RoleId[]; personas: readonly string[] }
  | { t: 'projectOpened'; projectId: string }
  | { t: 'reached'; personaId: string; projectId: string }
  | { t: 'held'; personaId: string; by: HeldBy }
  | { t: 'referred'; personaId: string; from: RoleId; to: RoleId }
  | { t: 'referralLapsed'; personaId: string; from: RoleId; to: RoleId }
  | { t: 'dropped'; personaId: string; eventId: string | null }
  | { t: 'comeback'; personaId: string; eventId: string }
  | { t: 'swap'; roles: readonly RoleId[] }
  | { t: 'ended'; early: boolean }
);

/** Deeply read-only: what the engine hands out (states, views) cannot be changed in place. */
export type DeepReadonly<T> = T extends (...args: never[]) => unknown
  ? T
  : T extends readonly (infer U)[]
    ? readonly DeepReadonly<U>[]
    : T extends object
      ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
      : T;

/** A game as the reducer changes it: only ever a copy it made (clone.ts), never a state it was given. */
export interface GameDraft {
  version: 1;
  config: GameConfig;
  seed: number;
  /** PRNG state (mulberry32). */
  rng: number;
  status: 'playing' | 'ended';
  round: number;
  phase: PhaseId;
  /** The role each seat plays now (changes on a role swap). */
  seats: RoleId[];
  partners: Partial<Record<RoleId, PartnerState>>;
  projects: {
    deck: string[];
    table: string[];
    completed: CompletedProject[];
  };
  /** Pledges on open projects: project → partner → bag. */
  pledges: Record<string, Partial<Record<RoleId, Bag>>>;
  offers: Offer[];
  nextOfferId: number;
  personas: Record<string, PersonaState>;
  personaDeck: string[];
  events: { deck: string[]; current: string | null; history: string[] };
  /** The lesson whose question is asked in each round's Terugblik. */
  reflections: string[];
  modifiers: Modifiers;
  disclosures: Disclosure[];
  /** seat → target role → guessed interest ids. */
  guesses: Record<number, Partial<Record<RoleId, string[]>>>;
  log: LogEntry[];
  result: GameResult | null;
}

/** A game's state: never changed in place (the reducer copies what it changes: clone.ts). */
export type GameState = DeepReadonly<GameDraft>;

/**
 * A game as a seat's move changes it (clone.ts `cloneForMove`): its own top level, log, offers and
 * disclosures; everything else is the state's own, read-only here, and a move that changes a
 * partner, a project's pledges, a seat's guesses or a resident replaces it (and the record holding
 * it), never changes it in place.
 */
export type MoveDraft = { -readonly [K in Exclude<keyof GameState, 'log' | 'offers' | 'disclosures'>]: GameState[K] } & {
  log: LogEntry[];
  offers: Offer[];
  disclosures: Disclosure[];
};

export type ErrorCode =
  | 'game_over'
  | 'not_a_seat'
  | 'host_only'
  | 'wrong_phase'
  | 'unknown_role'
  | 'role_not_in_game'
  | 'self_target'
  | 'bad_amount'
  | 'empty_offer'
  | 'empty_bag'
  | 'too_many_offers'
  | 'insufficient_resources'
  | 'partner_lacks_resources'
  | 'resource_frozen'
  | 'unknown_offer'
  | 'not_offer_recipient'
  | 'not_offer_sender'
  | 'unknown_project'
  | 'project_not_open'
  | 'exceeds_need'
  | 'not_pledged'
  | 'project_locked'
  | 'unknown_interest'
  | 'not_your_interest'
  | 'already_disclosed'
  | 'bad_guess'
  | 'unknown_persona'
  | 'persona_not_at_risk'
  | 'bad_hold_resource'
  | 'not_your_resident'
  | 'wrong_domain'
  | 'already_referred'
  | 'not_referred_to_you'
  | 'unknown_action';

export interface GameError {
  code: ErrorCode;
  params: Record<string, string | number>;
}

export type ApplyResult =
  | { ok: true; state: GameState; events: LogEntry[] }
  | { ok: false; error: GameError };

/** A finished or running game as data: replaying it gives the same state. */
export interface GameRecord {
  config: GameConfig;
  seed: number;
  actions: { actor: Actor; action: Action }[];
}
