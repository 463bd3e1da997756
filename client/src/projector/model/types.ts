import type { Debrief } from '../../../../shared/debrief/types';
import type { ResourceId, RoleId } from '../../../../shared/model/ids';
import type { ReflectionItem } from '../../../../shared/protocol/reflections';
import type { ProjectorScreen, RoomInfo } from '../../../../shared/protocol/room';
import type { ProjectorView } from '../../../../shared/view/types';
import type { ProjectorLocale } from '../../i18n';

// What the projector draws, as plain data in design pixels (1920×1080). Every text carries its
// size, so readability can be checked without a browser.

export interface ProjectorInput {
  info: RoomInfo;
  view: ProjectorView | null;
  joinUrl: string;
  locale: ProjectorLocale;
  serverNow: () => number;
  /** After the game: its debrief (GET /api/games/<code>/debrief); absent until it has arrived. */
  debrief?: Debrief | null;
  /** Fetching the debrief gave up for now (the screens that need it say so). */
  debriefFailed?: boolean;
  /** The players' answers to the discussion questions, as the server sends them to the projector. */
  reflections?: readonly ReflectionItem[];
  /** The wall's design width (frame.ts, designWidth); 1920 when not given. */
  width?: number;
}

export interface Label {
  text: string;
  size: number;
  bold?: boolean;
  /** The width it may take (design px): one line is cut with an ellipsis, several lines wrap. */
  max?: number;
  /** Lines it may wrap to (default one). */
  lines?: number;
}

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface LobbySeat extends Rect {
  name: Label;
  role: Label;
  icon: RoleId | null;
  color: number;
  bot: boolean;
  /** The "weg" mark for a player whose device lost the connection. */
  offline: Label | null;
}

export interface LobbyModel {
  title: Label;
  goTo: Label;
  url: Label;
  typeCode: Label;
  code: Label;
  codeBox: Rect;
  qr: Rect & { rows: string[]; caption: Label };
  seatsTitle: Label;
  seats: LobbySeat[];
  empty: Label | null;
  openTitle: Label;
  open: { label: Label; bot: boolean; role: RoleId | null }[];
  howTo: { box: Rect; title: Label; lines: Label[] };
}

export interface PartnerNode extends Rect {
  role: RoleId;
  color: number;
  name: Label;
  player: Label;
  hand: Label;
  /** The partner's name took two lines: player and hand share the last line. */
  compact: boolean;
  /** Interests this partner put on the table for everyone: only how many, never which. */
  openCards: number;
  bot: Label | null;
  offline: Label | null;
}

export interface Slot {
  resource: ResourceId;
  /** The partner whose pledge fills this slot, or null while it is still needed. */
  by: RoleId | null;
}

export interface ProjectBox extends Rect {
  id: string;
  name: Label;
  /** Where the row of slots starts below the box's top (under a name of two or three lines). */
  slotTop: number;
  /** The slots' side and the gap between them: smaller in a narrow box, so up to seven fit on one row. */
  slot: { size: number; gap: number };
  slots: Slot[];
  status: Label;
  ready: boolean;
  /** The partners that pledged, by colour. */
  pledgers: { role: RoleId; color: number }[];
}

export interface TrackToken extends Rect {
  id: string;
  name: Label;
  /** Kept on board by a warm handover: safe from dropping out. */
  held: boolean;
}

export interface TrackModel extends Rect {
  title: Label;
  /** Places on the track; `goal` for the ones the team needs filled. */
  slots: (Rect & { goal: boolean })[];
  tokens: TrackToken[];
  dropped: Label;
}

export interface NetNode {
  role: RoleId;
  x: number;
  y: number;
  r: number;
  color: number;
  label: Label;
  /** The name goes under the node (else above it). */
  below: boolean;
  /** At the centre of the network, or outside it (only where the screen says so). */
  mark: 'centre' | 'outside' | null;
}

export interface NetEdge {
  a: RoleId;
  b: RoleId;
  weight: number;
  width: number;
}

export interface NetworkModel extends Rect {
  title: Label;
  nodes: NetNode[];
  edges: NetEdge[];
}

export interface PlayModel {
  round: Label;
  /** The wall's design width (frame.ts): 1920 on a 16:9 wall, down to 1440 on a 4:3 one. */
  width: number;
  phases: { label: Label; current: boolean; x: number; w: number }[];
  clock: Label & { urgent: boolean };
  table: Rect;
  partners: PartnerNode[];
  projects: ProjectBox[];
  completed: Label;
  event: { box: Rect; heading: Label; title: Label; text: Label };
  track: TrackModel;
  network: NetworkModel;
  feed: { box: Rect; title: Label; lines: Label[] };
  /** The Terugblik over the table (null in other phases). */
  review: ReviewModel | null;
  /** A pause, told across the whole screen, not only by the clock. */
  pause: { title: Label; hint: Label } | null;
  /** Partners that have not moved yet in this Overleg (null in other phases or when all did). */
  quiet: Label | null;
}

export interface ReviewModel {
  box: Rect;
  title: Label;
  questionHeading: Label;
  question: Label;
  score: Label;
  /** The goal is on board now (the score is drawn green, and says so in words). */
  met: boolean;
  round: Label;
  /** The last round: the final drop-out warning (or that everyone is held); else the next round. */
  warning: Label;
  urgent: boolean;
}

export interface EndModel {
  won: boolean;
  headline: Label;
  score: Label;
  projects: Label;
  completed: Label[];
  early: Label | null;
  debrief: Label;
  track: TrackModel;
  network: NetworkModel;
}

export interface LessonCard extends Rect {
  tone: 'good' | 'gap';
  /** ✓ or !, in the tone's colour, with a word beside it: the tone is never colour alone. */
  mark: Label;
  toneWord: Label;
  heading: Label;
  sentence: Label;
  /** The lesson's question for the group ("Vraag: …"). */
  question: Label;
}

export interface LessonsModel {
  title: Label;
  cards: LessonCard[];
  empty: Label | null;
}

/** The personas chart, drawn into a canvas of this size (design px). */
export interface ChartSpec extends Rect {
  labels: string[];
  onBoard: number[];
  target: number;
  onBoardName: string;
  targetName: string;
  /** The chart's font size (design px). */
  font: number;
  /** Every text the chart writes, for measuring like any other label. */
  texts: Label[];
}

export interface JourneyLine {
  status: 'held' | 'reached' | 'dropped' | 'waiting';
  x: number;
  y: number;
  name: Label;
  story: Label;
}

export interface PersonasScreenModel {
  title: Label;
  chart: ChartSpec;
  final: Label;
  panel: Rect;
  journeysTitle: Label;
  journeys: JourneyLine[];
  more: (Label & { x: number; y: number }) | null;
}

export interface NetworkScreenModel {
  title: Label;
  /** Where the words beside the network start. */
  sideX: number;
  network: NetworkModel;
  centre: Label;
  outside: Label;
  tiesTitle: Label;
  ties: { pair: Label; what: Label }[];
  legend: Label;
}

export interface AnswerCard extends Rect {
  id: string;
  text: Label;
  author: Label | null;
}

export interface QuestionColumn extends Rect {
  id: string;
  /** The lesson a question comes from (none for the main question). */
  caption: Label | null;
  question: Label;
  answers: AnswerCard[];
  /** Older answers that did not fit any more. */
  more: Label | null;
  empty: Label | null;
  /** Where the cards start below the column's top (under the caption and the question). */
  headH: number;
}

export interface ReflectionsModel {
  title: Label;
  columns: QuestionColumn[];
}

/** After the game: the part of the debrief the facilitator put on the wall. */
export type EndScreenModel =
  | { screen: 'result'; result: EndModel }
  | { screen: 'lessons'; lessons: LessonsModel }
  | { screen: 'personas'; personas: PersonasScreenModel }
  | { screen: 'network'; network: NetworkScreenModel }
  | { screen: 'reflections'; reflections: ReflectionsModel }
  /** A screen that needs the debrief, before it has arrived (or after fetching it failed). */
  | { screen: 'waiting'; wanted: ProjectorScreen; message: Label };

export type ProjectorModel =
  | { state: 'connecting'; message: Label }
  | { state: 'lobby'; lobby: LobbyModel }
  | { state: 'play'; play: PlayModel }
  | { state: 'end'; end: EndScreenModel };

export type ProjectorState = ProjectorModel['state'];

/** Something that moved between two updates, for the scene to animate. */
export type Move =
  | { kind: 'card'; from: Anchor; to: Anchor; resource: ResourceId | null; count: number }
  | { kind: 'completed'; projectId: string };

export type Anchor = { partner: RoleId } | { project: string };
