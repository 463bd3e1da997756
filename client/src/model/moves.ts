import type { Action } from '../../../shared/rules/types';
import type { Control, GameView } from '../../../shared/view/types';

// The engine's answer to each control on a player's table, as the server sent it with the view
// (shared/rules/options.ts): the client never decides what is legal, it only shows what it was
// told, and a control sends back the action it carries.

export type Move = { ok: true; action: Action } | { ok: false; code: string; params: Record<string, string | number>; action: Action };

function control(v: GameView | null, key: string): Control | null {
  if (!v || v.kind !== 'player' || v.status !== 'playing') return null;
  return v.controls.find((c) => c.key === key) ?? null;
}

/**
 * The engine's answer for one control, or null when the table should not show that control now (no
 * such move, or not in this phase).
 */
export function move(v: GameView | null, key: string): Move | null {
  const c = control(v, key);
  if (!c) return null;
  return c.no ? { ok: false, code: c.no.code, params: c.no.params, action: c.action } : { ok: true, action: c.action };
}

/** The action a control sends, as the server gave it (null when the control is not shown). */
export function actionOf(v: GameView | null, key: string): Action | null {
  return control(v, key)?.action ?? null;
}

/** Whether the control is shown at all. */
export function shown(m: Move | null): m is Move {
  return m !== null;
}
