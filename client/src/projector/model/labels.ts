import type { RoleId } from '../../../../shared/model/ids';
import * as cards from '../../model/cards';
import type { ProjectorLocale } from '../../i18n';
import type { Label } from './types';

// The projector's measures and small helpers shared by every screen's model.

export const DESIGN = { width: 1920, height: 1080 } as const;

/**
 * Text sizes in design pixels; nothing on the wall is smaller than `min`: readable at the back of a
 * room, and still 20 CSS px on a 1024×768 wall drawn 1440 wide (frame.ts).
 */
export const SIZE = { min: 29, body: 32, head: 40, big: 64, code: 180 } as const;

/** The face-up card on a partner: room for "2 open" (the same word in Dutch and English). */
export const OPEN_W = 104;

/** A text to draw; with `max`, the scene keeps it within that width (cut, or wrapped over `lines`). */
export const label = (text: string, size: number, bold = false, max?: number, lines?: number): Label => ({
  text,
  size,
  bold,
  ...(max ? { max } : {}),
  ...(lines && lines > 1 ? { lines } : {}),
});

/**
 * The lines a text will take when wrapped at width `w` (design px): a safe guess from its length,
 * for laying out before drawing (the drawing wraps for real, and cuts what would still not fit).
 */
export function linesFor(text: string, w: number, size: number, bold = false): number {
  // A little over half an em per character (more in bold): what the projector's sans-serif fonts
  // take on Dutch and English text. Words are not split, so wrap them as the browser does.
  const perLine = Math.max(8, Math.floor(w / (size * (bold ? 0.62 : 0.56))));
  let lines = 1;
  let used = 0;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (used === 0) used = word.length;
    else if (used + 1 + word.length <= perLine) used += 1 + word.length;
    else {
      lines++;
      used = word.length;
    }
    for (; used > perLine; used -= perLine) lines++;
  }
  return lines;
}

/**
 * A word wider than the line is split by the drawing wherever it runs out ("Rechtwijzer-spreekuu / r");
 * where such a word has a hyphen, it is broken after the last hyphen that leaves a first part that fits.
 */
export function breakAtHyphens(text: string, max: number, width: (s: string) => number): string {
  return text
    .split(' ')
    .map((word) => {
      if (!word.includes('-') || width(word) <= max) return word;
      for (let i = word.lastIndexOf('-'); i > 0; i = word.lastIndexOf('-', i - 1)) {
        if (width(word.slice(0, i + 1)) <= max) return `${word.slice(0, i + 1)} ${word.slice(i + 1)}`;
      }
      return word;
    })
    .join(' ');
}

/** The one-word name of a role ("Bibliotheek (Taalhuis)" → "Bibliotheek"), for tight places. */
export function shortRole(role: RoleId | string, locale: ProjectorLocale): string {
  return cards.roleName(role, locale).split(/\s+[(/&]/)[0];
}

/** A colour per role, the same on every screen of the projector, told apart by name and icon too. */
const ROLE_COLORS: Record<RoleId, number> = {
  bibliotheek: 0x2563eb,
  gemeente: 0xb91c1c,
  uwv: 0x0f766e,
  roc: 0x7c3aed,
  welzijn: 0xdb2777,
  vrijwilligers: 0xea580c,
  werkgever: 0x4d7c0f,
  ggd: 0x0891b2,
  schuldhulp: 0xa16207,
  taalambassadeur: 0x9333ea,
};
export const roleColor = (role: RoleId | string): number => ROLE_COLORS[role as RoleId] ?? 0x475569;
