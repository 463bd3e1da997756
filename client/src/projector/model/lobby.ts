import { create as createQr } from 'qrcode/lib/core/qrcode';
import type { RoleId } from '../../../../shared/model/ids';
import { parseSettings, type RoomInfo } from '../../../../shared/protocol/room';
import { lobbyColumns } from './frame';
import { label, roleColor, shortRole, SIZE } from './labels';
import { translate, type ProjectorLocale } from '../../i18n';
import type { LobbyModel, LobbySeat } from './types';

// The lobby on the wall: the code and QR as big as possible, who sits where, and which roles are
// still free (or will be played by a bot).

/** Three columns of seats leave the right column for the QR code and the short rules. */
const SEAT = { h: 92, gap: 14, cols: 3, x: 80, y: 700 };

/** Where the lobby's parts go on a wall `width` design px wide. */
export function lobbyFrame(width: number) {
  const c = lobbyColumns(width);
  // The short rules start under the QR's caption; the seats and open-role chips stop short of them.
  const howTo = { x: c.howToX, y: 30 + c.qr + 76, w: c.howToW, h: 0 };
  howTo.h = 1066 - howTo.y;
  const seatW = Math.floor((howTo.x - 40 - SEAT.x - (SEAT.cols - 1) * SEAT.gap) / SEAT.cols);
  return { ...c, howTo, seatW: Math.min(400, seatW), chipsEnd: howTo.x - 40 };
}

/** The code as large as its box allows, up to 180: each letter about 0.75 em plus the spacing of 28 it is drawn with. */
export const codeSize = (code: string, boxW: number): number => Math.min(SIZE.code, Math.floor((boxW - 80) / Math.max(4, code.length) / 0.75 - 28 / 0.75));

/** The QR code's modules as rows of '1' (dark) and '0', drawn by the scene as filled squares. */
export function qrRows(text: string): string[] {
  const { size, data } = createQr(text, { errorCorrectionLevel: 'M' }).modules;
  return Array.from({ length: size }, (_, r) => Array.from(data.subarray(r * size, (r + 1) * size), (d) => (d ? '1' : '0')).join(''));
}

/** The address people type: no scheme, no query (the code is typed separately). */
export function typedAddress(joinUrl: string): string {
  try {
    const u = new URL(joinUrl);
    return `${u.host}${u.pathname === '/' ? '' : u.pathname}`;
  } catch {
    return joinUrl;
  }
}

function seatCards(info: RoomInfo, locale: ProjectorLocale, seatW: number): LobbySeat[] {
  const SEATW = { ...SEAT, w: seatW };
  return info.seats.map((s, i) => {
    const col = i % SEAT.cols;
    const row = Math.floor(i / SEAT.cols);
    const textW = SEATW.w - 120;
    const role = s.role ? shortRole(s.role, locale) : translate(locale, 'choosing');
    return {
      x: SEAT.x + col * (SEATW.w + SEAT.gap),
      y: SEAT.y + row * (SEAT.h + SEAT.gap),
      w: SEATW.w,
      h: SEAT.h,
      name: label(s.name || '?', 36, true, textW),
      role: label(s.bot ? `${role} · ${translate(locale, 'botTag')}` : role, SIZE.min, false, textW),
      icon: s.role || null,
      color: s.role ? roleColor(s.role) : 0x64748b,
      bot: s.bot !== '',
      offline: s.connected ? null : label(translate(locale, 'away'), SIZE.min, true),
    };
  });
}

function openRoles(info: RoomInfo, locale: ProjectorLocale, chipsEnd: number): LobbyModel['open'] {
  const settings = parseSettings(info);
  if (!settings) return [];
  const claimed = new Set(info.seats.map((s) => s.role).filter(Boolean));
  const bots = new Set(settings.bots.map((b) => b.role));
  const free = settings.roles.filter((r) => !claimed.has(r));
  // Chips flow along one line after the heading; what does not fit is counted in a last chip.
  const out: LobbyModel['open'] = [];
  let x = 360;
  for (const [i, r] of free.entries()) {
    const text = bots.has(r) ? `${shortRole(r, locale)} · ${translate(locale, 'botTag')}` : shortRole(r, locale);
    const w = chipWidth(text);
    if (x + w > chipsEnd - (i < free.length - 1 ? chipWidth('+10') : 0)) {
      out.push({ label: label(`+${free.length - i}`, SIZE.min, true), bot: false, role: null });
      break;
    }
    out.push({ label: label(text, SIZE.min, true), bot: bots.has(r), role: r as RoleId });
    x += w + 16;
  }
  return out;
}

/** A chip's width for a label at the minimum size: text plus padding. */
export const chipWidth = (text: string): number => Math.ceil(text.length * SIZE.min * 0.61) + 40;

export function lobbyModel(info: RoomInfo, joinUrl: string, locale: ProjectorLocale, width = 1920): LobbyModel {
  const f = lobbyFrame(width);
  const HOWTO = f.howTo;
  const seats = seatCards(info, locale, f.seatW);
  const open = openRoles(info, locale, f.chipsEnd);
  return {
    title: label(translate(locale, 'title'), 56, true),
    goTo: label(translate(locale, 'goTo'), SIZE.head),
    url: label(typedAddress(joinUrl), 60, true, f.codeW),
    typeCode: label(translate(locale, 'typeCode'), SIZE.head),
    code: label(info.code, codeSize(info.code, f.codeW), true),
    codeBox: { x: 80, y: 370, w: f.codeW, h: 250 },
    qr: { x: f.qrX, y: 30, w: f.qr, h: f.qr, rows: qrRows(joinUrl), caption: label(translate(locale, 'scan'), SIZE.body) },
    seatsTitle: label(translate(locale, 'atTable', { n: info.seats.length }), SIZE.head, true),
    seats,
    empty: seats.length === 0 ? label(translate(locale, 'nobodyYet'), SIZE.head) : null,
    openTitle: label(translate(locale, 'open'), SIZE.body, true),
    // How to play, in four short lines, for the room to read while people join.
    howTo: {
      box: HOWTO,
      title: label(translate(locale, 'howToTitle'), SIZE.body, true, HOWTO.w - 40),
      lines: (['howTo1', 'howTo2', 'howTo3', 'howTo4'] as const).map((k) => label(translate(locale, k), SIZE.min, false, HOWTO.w - 40, 3)),
    },
    open: open.length ? open : [{ label: label(translate(locale, 'noneOpen'), SIZE.min), bot: false, role: null }],
  };
}
