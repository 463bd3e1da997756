import { RESOURCES } from '../../../shared/model/ids';
import type { GameView } from '../../../shared/view/types';

// The engine's answer to each control on a player's table, as the server sent it with the view
// (shared/rules/moves.ts): the client never decides what is legal, it only shows what it was told.

export type Move = { ok: true } | { ok: false; code: string; params: Record<string, string | number> };

/**
 * The engine's answer for one control, or null when the table should not show that control now (no
 * such move, or not in this phase). The words of a refusal name the resource in the key.
 */
export function move(v: GameView | null, key: string): Move | null {
  if (!v || v.kind !== 'player' || v.status !== 'playing') return null;
  if (v.moves.ok.includes(key)) return { ok: true };
  const code = (Object.keys(v.moves.no) as (keyof typeof v.moves.no)[]).find((c) => v.moves.no[c]!.includes(key));
  if (!code) return null;
  const last = key.split(':').at(-1) ?? '';
  return { ok: false, code, params: (RESOURCES as readonly string[]).includes(last) ? { resource: last } : {} };
}

/** Whether the control is shown at all. */
export function shown(m: Move | null): m is Move {
  return m !== null;
}
