import type { ResourceId, RoleId } from '../../../shared/model/ids';
import type { RoomInfo } from '../../../shared/protocol/room';
import type { ProjectorView } from '../../../shared/view/types';
import type { ProjectorLocale } from './strings';

// What the projector draws, as plain data in design pixels (1920×1080). Every text carries its
// size, so readability can be checked without a browser.

export interface ProjectorInput {
  info: RoomInfo;
  view: ProjectorView | null;
  joinUrl: string;
  locale: ProjectorLocale;
  serverNow: () => number;
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
}

export interface PartnerNode extends Rect {
  role: RoleId;
  color: number;
  name: Label;
  player: Label;
  hand: Label;
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
  phases: { label: Label; current: boolean }[];
  clock: Label & { urgent: boolean };
  table: Rect;
  partners: PartnerNode[];
  projects: ProjectBox[];
  completed: Label;
  event: { box: Rect; heading: Label; title: Label; text: Label };
  track: TrackModel;
  network: NetworkModel;
  feed: { box: Rect; title: Label; lines: Label[] };
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

export type ProjectorModel =
  | { state: 'connecting'; message: Label }
  | { state: 'lobby'; lobby: LobbyModel }
  | { state: 'play'; play: PlayModel }
  | { state: 'end'; end: EndModel };

export type ProjectorState = ProjectorModel['state'];

/** Something that moved between two updates, for the scene to animate. */
export type Move =
  | { kind: 'card'; from: Anchor; to: Anchor; resource: ResourceId | null; count: number }
  | { kind: 'completed'; projectId: string };

export type Anchor = { partner: RoleId } | { project: string };
