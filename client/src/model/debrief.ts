import type { Debrief, JourneyStep } from '../../../shared/debrief/types';
import type { StrengthsView } from '../../../shared/debrief/strengths-text';
import type { LessonPractice } from '../../../shared/content/practices';
import type { Locale, PhaseId, RoleId } from '../../../shared/model/ids';
import type { GameRecord, GameResult } from '../../../shared/rules/types';
import { translate as tr } from '../i18n';
import * as cards from './cards';

// The debrief as the end screen shows it: plain rows and series built from shared/debrief's data
// (which the server computes from the game's record), in the player's language. Pure, for tests.

/** What GET /api/games/<code>/debrief answers. */
export interface DebriefPayload {
  code: string;
  status: string;
  createdAt: number;
  endedAt: number | null;
  record: GameRecord;
  result: GameResult | null;
  debrief: Debrief;
  /** The draft agreement in Dutch, and in English (absent from older servers). */
  agreement: string;
  agreementEn?: string;
  /** The krachtenanalyse and afwegingstabel as markdown and as text to lay out, in each language (absent from older servers). */
  strengths?: string;
  strengthsEn?: string;
  strengthsView?: { nl: StrengthsView; en: StrengthsView };
  /** Where each lesson shown was done for real (absent from older servers). */
  practices?: LessonPractice[];
  next: string | null;
}

/** Seat number → who sat there ("Anna", "Bot · Verbinder"). */
export type SeatNames = (seat: number) => string;

export interface ChartSeries {
  labels: string[];
  onBoard: number[];
  target: number;
}

/** Personas on board after each Uitvoering, then at the end (after the last referrals). */
export function chartSeries(d: Debrief, locale: Locale): ChartSeries {
  const points = d.personas.chart.byRound;
  return {
    labels: [...points.map((p) => tr(locale, 'dbRoundN', { n: p.round })), tr(locale, 'dbEndCol')],
    onBoard: [...points.map((p) => p.onBoard), d.personas.chart.final],
    target: d.personas.chart.target,
  };
}

export interface GraphNode {
  id: RoleId;
  label: string;
  degree: number;
  centre: boolean;
  outside: boolean;
}
export interface GraphEdge {
  id: string;
  source: RoleId;
  target: RoleId;
  weight: number;
  text: string;
}

/** The network at the end, or as it stood after one round (`snap`, from `d.network.byRound`). */
export function networkGraph(d: Debrief, locale: Locale, snap = d.network.end): { nodes: GraphNode[]; edges: GraphEdge[] } {
  const end = snap;
  return {
    nodes: d.network.nodes.map((id) => ({
      id,
      label: cards.roleName(id, locale),
      degree: end.degree[id] ?? 0,
      centre: end.centre.includes(id),
      outside: end.outside.includes(id),
    })),
    edges: end.edges.map((e) => ({
      id: `${e.a}~${e.b}`,
      source: e.a,
      target: e.b,
      weight: e.weight,
      text: edgeText(e.trades, e.gifts, e.projects, locale),
    })),
  };
}

/** "2 ruilen · 1 gezamenlijk project": only what happened. */
export function edgeText(trades: number, gifts: number, projects: number, locale: Locale): string {
  const part = (n: number, one: 'dbTrades1' | 'dbGifts1' | 'dbProjects1', many: 'dbTradesN' | 'dbGiftsN' | 'dbProjectsN') =>
    n === 0 ? null : n === 1 ? tr(locale, one) : tr(locale, many, { n });
  return [part(trades, 'dbTrades1', 'dbTradesN'), part(gifts, 'dbGifts1', 'dbGiftsN'), part(projects, 'dbProjects1', 'dbProjectsN')].filter(Boolean).join(' · ');
}

export const roleList = (roles: readonly RoleId[], locale: Locale): string => roles.map((r) => cards.roleName(r, locale)).join(', ');

export interface PlayerRow {
  role: RoleId;
  roleName: string;
  who: string;
  given: number;
  received: number;
  projects: number;
  projectNames: string;
  interests: string;
  cards: number;
  offers: number;
  accepted: number;
  declined: number;
  points: number;
}

export function playerRows(d: Debrief, names: SeatNames, locale: Locale): PlayerRow[] {
  return d.players.map((p) => ({
    role: p.role,
    roleName: cards.roleName(p.role, locale),
    who: p.seats.map(names).join(', '),
    given: p.givenTotal,
    received: p.receivedTotal,
    projects: p.projectsJoined.length,
    projectNames: p.projectsJoined.map((id) => cards.projectName(id, locale)).join(', '),
    interests: `${p.interestsMet}/${p.interestsHeld}`,
    cards: p.cardsOnTable,
    offers: p.offers.made,
    accepted: p.offers.accepted,
    declined: p.offers.declined,
    points: p.points,
  }));
}

export interface GuessMatrix {
  /** Seats that guessed, each with the role(s) it guessed as. */
  rows: { seat: number; label: string }[];
  cols: { role: RoleId; label: string }[];
  /** rows × cols: null where that seat guessed nothing about that partner. */
  cells: ({ hits: number; guessed: number; truth: number } | null)[][];
}

export function guessMatrix(d: Debrief, names: SeatNames, roleAt: (seat: number) => RoleId | undefined, locale: Locale): GuessMatrix {
  const seats = [...new Set(d.guesses.cells.map((c) => c.seat))].sort((a, b) => a - b);
  const cols = d.roles.map((role) => ({ role, label: cards.roleName(role, locale) }));
  return {
    rows: seats.map((seat) => {
      // Named by the partner(s) the seat played when it guessed: after a role swap the seat plays
      // another partner, and may even be the one it guessed about.
      const first = d.roles[seat];
      const as = [...new Set(d.guesses.cells.filter((c) => c.seat === seat).map((c) => c.as ?? roleAt(seat)))]
        .filter((r): r is RoleId => !!r)
        .sort((a, b) => (a === first ? -1 : b === first ? 1 : 0));
      const role = as.length ? as : [roleAt(seat)].filter((r): r is RoleId => !!r);
      return { seat, label: role.length ? `${names(seat)} · ${tr(locale, 'dbGuessedAs', { roles: role.map((r) => cards.roleName(r, locale)).join(' → ') })}` : names(seat) };
    }),
    cols,
    cells: seats.map((seat) =>
      cols.map(({ role }) => {
        const c = d.guesses.cells.find((x) => x.seat === seat && x.target === role);
        return c ? { hits: c.hits, guessed: c.guessed.length, truth: c.truth.length } : null;
      }),
    ),
  };
}

export interface InterestLine {
  id: string;
  title: string;
  text: string;
  met: boolean;
  points: number;
  disclosures: string[];
}

export function interestLines(d: Debrief, names: SeatNames, locale: Locale, seats: number): { role: RoleId; roleName: string; interests: InterestLine[] }[] {
  return d.interests.map((p) => ({
    role: p.role,
    roleName: cards.roleName(p.role, locale),
    interests: p.interests.map((i) => ({
      id: i.id,
      title: cards.interestTitle(i.id, locale),
      text: cards.interestText(i.id, locale, seats),
      met: i.met,
      points: i.points,
      // Who played the partner matters only when more than one seat did (a role swap).
      disclosures: i.disclosures.map((x) =>
        tr(locale, p.seats.length > 1 ? 'dbShownBy' : 'dbShown', {
          round: x.round,
          phase: tr(locale, `phase_${x.phase as PhaseId}`),
          who: names(x.seat),
          to: x.to === 'all' ? tr(locale, 'dbToAll') : cards.roleName(x.to, locale),
        }),
      ),
    })),
  }));
}

function stepText(s: JourneyStep, locale: Locale): string {
  switch (s.kind) {
    case 'reached':
      return tr(locale, 'dbStepReached', { project: cards.projectName(s.projectId, locale) });
    case 'held':
      if ('projectId' in s) return tr(locale, 'dbStepHeldProject', { project: cards.projectName(s.projectId, locale) });
      return tr(locale, s.referredBy ? 'dbStepHeldReferral' : 'dbStepHeldRole', {
        role: cards.roleName(s.role, locale),
        resource: cards.resourceName(s.resource, locale),
        from: s.referredBy ? cards.roleName(s.referredBy, locale) : '',
      });
    case 'referred':
    case 'referralLapsed':
      return tr(locale, s.kind === 'referred' ? 'dbStepReferred' : 'dbStepReferralLapsed', { from: cards.roleName(s.from, locale), to: cards.roleName(s.to, locale) });
    case 'dropped':
      return s.eventId ? tr(locale, 'dbStepDroppedBy', { event: cards.eventTitle(s.eventId, locale) }) : tr(locale, 'dbStepDropped');
    case 'comeback':
      return tr(locale, 'dbStepComeback', { event: cards.eventTitle(s.eventId, locale) });
  }
}

export interface JourneyLine {
  personaId: string;
  name: string;
  domain: string;
  status: string;
  steps: { round: number; kind: JourneyStep['kind']; text: string }[];
}

export function journeyLines(d: Debrief, locale: Locale): JourneyLine[] {
  return d.personas.journeys.map((j) => ({
    personaId: j.personaId,
    name: cards.personaName(j.personaId),
    domain: cards.domainName(j.domain, locale),
    status: tr(locale, `status_${j.status}`),
    steps: j.steps.map((s) => ({ round: s.round, kind: s.kind, text: stepText(s, locale) })),
  }));
}

/** kaarten-op-tafel-ABC234.csv */
export const exportName = (code: string, what: string, ext: string): string => `kaarten-op-tafel-${code}${what ? `-${what}` : ''}.${ext}`;

/** The JSON download: the game record as the server keeps it (replays with shared/rules `replay`). */
export function recordJson(p: DebriefPayload): string {
  return JSON.stringify({ code: p.code, status: p.status, createdAt: p.createdAt, endedAt: p.endedAt, record: p.record, result: p.result }, null, 2);
}
