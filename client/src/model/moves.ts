import type { GameView } from '../../../shared/view/types';

// The engine's answer to each control on a player's table, as the server sent it with the view
// (shared/rules/moves.ts): the client never decides what is legal, it only shows what it was told.

export type Move = { ok: true } | { ok: false; code: string; params: Record<string, string | number> };

/** The engine's answer for one control, or null when the table should not show that control now. */
export function move(v: GameView | null, key: string): Move | null {
  if (!v || v.kind !== 'player' || v.status !== 'playing') return null;
  if (v.moves.ok.includes(key)) return { ok: true };
  const no = v.moves.no[key];
  return no ? { ok: false, code: no.code, params: no.params ?? {} } : null;
}

/** Whether the control is shown at all: a move refused only because of the phase is left out. */
export function shown(m: Move | null): m is Move {
  return m !== null && (m.ok || m.code !== 'wrong_phase');
}
