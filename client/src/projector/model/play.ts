import { PHASES, RESOURCES, type RoleId } from '../../../../shared/model/ids';
import type { RoomInfo } from '../../../../shared/protocol/room';
import type { ProjectorView, ProjectView } from '../../../../shared/view/types';
import * as cards from '../../model/cards';
import { formatClock, isUrgent, remainingMs } from '../../model/timer';
import { feedLines } from './feed';
import { isNarrow, phasePills, playColumns } from './frame';
import { label, linesFor, OPEN_W, roleColor, shortRole, SIZE } from './labels';
import { personalityName, standsIn } from '../../model/bots';
import { networkModel } from './network';
import { phaseName, translate, type ProjectorLocale } from '../../i18n';
import { trackModel } from './track';
import { quietLabel, reviewModel } from './review';
import type { PartnerNode, PlayModel, ProjectBox, ProjectorInput, Rect, Slot } from './types';

// The table during play: partners seated above and below a table with the open projects on it;
// on the right the event, the network and the latest moves; the "aan boord" track along the bottom.

const PARTNER = { h: 124, gap: 16, topY: 104, bottomY: 756, text: 84 };
/** Room for a "bot" or "weg" mark after a player's name. */
const MARK_W = 96;
/** The table's top and height; its width is that of the left column (frame.ts). */
const TABLE_Y = { y: 238, h: 510 };
export const SLOT = { size: 44, gap: 6 };
export const PLEDGER = { r: 17, step: 38 };
const FEED_LINES = 5;

export function clockLabel(info: Pick<RoomInfo, 'phaseEndsAt' | 'paused' | 'pausedRemainingMs'>, now: number, locale: ProjectorLocale, width = 1920): PlayModel['clock'] {
  const ms = remainingMs(info, now, 0);
  // A narrow header has no room for "Gepauzeerd 4:00" beside the phases: the time alone, the pause
  // is told across the table anyway.
  if (info.paused && ms !== null && isNarrow(width)) return { ...label(formatClock(ms), SIZE.head, true), urgent: false };
  if (info.paused) return { ...label(ms === null ? translate(locale, 'paused') : `${translate(locale, 'paused')} ${formatClock(ms)}`, isNarrow(width) ? SIZE.body : SIZE.head, true), urgent: false };
  if (ms === null) return { ...label(translate(locale, 'untimed'), isNarrow(width) ? SIZE.body : SIZE.head, true), urgent: false };
  return { ...label(formatClock(ms), SIZE.big, true), urgent: isUrgent(ms) };
}

function partnerRow(view: ProjectorView, info: RoomInfo, roles: { role: RoleId; seat: number }[], y: number, locale: ProjectorLocale, LEFT: { x: number; w: number }): PartnerNode[] {
  const w = Math.min(400, Math.floor((LEFT.w - (roles.length - 1) * PARTNER.gap) / Math.max(1, roles.length)));
  const rowW = roles.length * w + (roles.length - 1) * PARTNER.gap;
  const x0 = LEFT.x + (LEFT.w - rowW) / 2;
  const textW = w - PARTNER.text - 12;
  return roles.map(({ role, seat }, i) => {
    const p = view.partners.find((q) => q.role === role)!;
    const s = info.seats.find((q) => q.seat === seat);
    const bot = s?.bot ? label(translate(locale, 'botTag'), SIZE.min, true) : null;
    const offline = s && !s.bot && (!s.connected || s.away) ? label(translate(locale, 'away'), SIZE.min, true) : null;
    const openCards = p.disclosed.filter((d) => d.to === 'all').length;
    // A bot without a name of its own goes by its personality ("Verbinder" + the bot mark, not "Bot bot").
    const who = s?.bot && !standsIn(s) ? personalityName(s.bot, locale) : (s?.name ?? '');
    const hand = p.handCount === 1 ? translate(locale, 'card') : translate(locale, 'cards', { n: p.handCount });
    const role_ = shortRole(role, locale);
    // A long partner name takes two smaller lines rather than being cut; player and hand then share one.
    const wraps = linesFor(role_, textW, SIZE.body, true) > 1;
    const markW = bot || offline ? MARK_W : 0;
    return {
      role,
      x: Math.round(x0 + i * (w + PARTNER.gap)),
      y,
      w,
      h: PARTNER.h,
      color: roleColor(role),
      name: wraps ? label(role_, SIZE.min, true, textW, 2) : label(role_, SIZE.body, true, textW),
      // Room is left after the name for the bot or away mark.
      player: label(wraps ? `${who} · ${hand}` : who, SIZE.min, false, textW - markW - (wraps && openCards ? OPEN_W + 8 : 0)),
      hand: label(wraps ? '' : hand, SIZE.min, false, textW - (openCards ? OPEN_W + 8 : 0)),
      compact: wraps,
      openCards,
      bot,
      offline,
    };
  });
}

function slotsOf(project: ProjectView, order: readonly RoleId[]): Slot[] {
  const needs = cards.project(project.id)?.needs ?? {};
  const slots: Slot[] = [];
  for (const resource of RESOURCES) {
    const need = needs[resource] ?? 0;
    const by: RoleId[] = [];
    for (const role of order) for (let k = 0; k < (project.pledged[role]?.[resource] ?? 0); k++) by.push(role);
    for (let k = 0; k < need; k++) slots.push({ resource, by: by[k] ?? null });
  }
  return slots;
}

function projectBoxes(view: ProjectorView, locale: ProjectorLocale, TABLE: Rect): ProjectBox[] {
  const n = view.projects.length;
  const cols = n <= 6 ? 3 : Math.ceil(n / 2);
  const pad = TABLE.w < 1000 ? 10 : 20;
  const w = Math.floor((TABLE.w - 2 * pad - (cols - 1) * pad) / cols);
  // Names take up to three lines (never cut short); one row of projects gets taller boxes.
  const oneRow = n <= cols;
  const h = oneRow ? 280 : 214;
  const nameLines = 3;
  return view.projects.map((p, i) => {
    const missing = Object.values(p.missing).reduce((a, b) => a + (b ?? 0), 0);
    const minPartners = cards.project(p.id)?.minPartners ?? 1;
    const slots = slotsOf(p, view.seats);
    const status = p.ready
      ? translate(locale, 'ready')
      : missing > 0
        ? translate(locale, 'needsMore', { n: missing })
        : translate(locale, 'needsPartners', { n: Math.max(1, minPartners - p.partners.length) });
    return {
      id: p.id,
      x: TABLE.x + pad + (i % cols) * (w + pad),
      y: TABLE.y + pad + Math.floor(i / cols) * (h + 16),
      w,
      h,
      name: label(cards.projectName(p.id, locale), SIZE.min, true, w - 20, nameLines),
      slotTop: 10 + nameLines * 34 + 8,
      slot: slotFit(slots.length, w - 32),
      slots,
      status: label(status, SIZE.min, true, w - 40 - p.partners.length * PLEDGER.step),
      ready: p.ready,
      pledgers: p.partners.map((role) => ({ role, color: roleColor(role) })),
    };
  });
}

/** Slots of the full size where a row of them fits the box, else as large as fits (gaps shrink first). */
export function slotFit(n: number, inner: number): { size: number; gap: number } {
  if (n * (SLOT.size + SLOT.gap) - SLOT.gap <= inner) return SLOT;
  const gap = 4;
  return { size: Math.min(SLOT.size, Math.floor((inner + gap) / Math.max(1, n)) - gap), gap };
}

function completedLine(view: ProjectorView, locale: ProjectorLocale): string {
  if (view.completed.length === 0) return translate(locale, 'noneCompleted');
  const names = view.completed.map((c) => cards.projectName(c.id, locale)).join(' · ');
  return `${translate(locale, 'completedN', { n: view.completed.length })}: ${names}`;
}

export function playModel(input: ProjectorInput, view: ProjectorView): PlayModel {
  const { info, locale } = input;
  const width = input.width ?? 1920;
  const { left: LEFT, right: RIGHT } = playColumns(width);
  const TABLE: Rect = { x: LEFT.x, y: TABLE_Y.y, w: LEFT.w, h: TABLE_Y.h };
  const seated = view.seats.map((role, seat) => ({ role, seat }));
  const top = Math.ceil(seated.length / 2);
  const eventBox: Rect = { x: RIGHT.x, y: 104, w: RIGHT.w, h: 200 };
  const feedBox: Rect = { x: RIGHT.x, y: 812, w: RIGHT.w, h: 260 };
  const textW = RIGHT.w - 40;
  // A long event title takes two lines in a narrow column rather than being cut; its text one less.
  const eventTitle = view.event ? cards.eventTitle(view.event, locale) : translate(locale, 'wallNoEvent');
  const titleLines = Math.min(2, linesFor(eventTitle, textW, SIZE.body, true));
  // In a narrow header the round and the phases are smaller, and the clock keeps 260 on the right.
  const narrow = isNarrow(width);
  const round = label(translate(locale, 'round', { round: view.round, rounds: view.rounds }), narrow ? SIZE.body : SIZE.head, true);
  const phaseSize = narrow ? SIZE.min : SIZE.body;
  const words = PHASES.map((ph) => phaseName(locale, ph));
  const roundEnd = 30 + Math.ceil(round.text.length * round.size * 0.68) + 24;
  const pills = phasePills(width, words, phaseSize, Math.max(roundEnd, narrow ? 0 : 440), width - (narrow ? 260 : 440));
  return {
    width,
    round,
    phases: PHASES.map((ph, i) => ({ label: label(words[i], phaseSize, ph === view.phase, pills[i].w - 16), current: ph === view.phase, ...pills[i] })),
    clock: clockLabel(info, input.serverNow(), locale, width),
    table: TABLE,
    partners: [
      ...partnerRow(view, info, seated.slice(0, top), PARTNER.topY, locale, LEFT),
      ...partnerRow(view, info, seated.slice(top), PARTNER.bottomY, locale, LEFT),
    ],
    projects: projectBoxes(view, locale, TABLE),
    completed: label(completedLine(view, locale), SIZE.min, true, TABLE.w - 60),
    event: {
      box: eventBox,
      heading: label(translate(locale, 'event'), SIZE.min, true),
      title: label(eventTitle, SIZE.body, true, textW, titleLines),
      text: label(view.event ? cards.eventText(view.event, locale) : '', SIZE.min, false, textW, 4 - titleLines),
    },
    track: trackModel(view, { x: LEFT.x, y: 892, w: LEFT.w, h: 180 }, locale),
    network: networkModel(view.seats, view.log, { x: RIGHT.x, y: 316, w: RIGHT.w, h: 484 }, translate(locale, 'rfMainTitle'), locale),
    review: reviewModel(view, { x: TABLE.x, y: TABLE.y, w: TABLE.w, h: TABLE.h }, locale),
    pause: info.paused ? { title: label(translate(locale, 'pausedBig'), SIZE.big, true), hint: label(translate(locale, 'pausedHint'), SIZE.head) } : null,
    quiet: quietLabel(view, (r) => shortRole(r, locale), TABLE.w - 60, locale),
    feed: {
      box: feedBox,
      title: label(translate(locale, 'feed'), SIZE.body, true),
      lines: (() => {
        const lines = feedLines(view.log, locale, FEED_LINES).map((l) => label(l, SIZE.min, false, textW, 2));
        return lines.length ? lines : [label(translate(locale, 'quiet'), SIZE.min)];
      })(),
    },
  };
}
