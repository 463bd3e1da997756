import type { Bag, ResourceId, RoleId } from '../../../shared/model/ids';
import type { Action } from '../../../shared/rules/types';
import type { Control as ViewControl, GameView } from '../../../shared/view/types';
import { cleanBag } from '../model/bag';
import type { Dialog } from './state';

// The controls on a player's table and the moves they send, in one place. Each control comes with
// the view (shared/rules/options.ts): its key, the action it sends, and the engine's refusal when
// the engine would refuse it now. The client never decides what is legal and never rebuilds a move
// from a key: a button sends the action its control carries. Only a dialog's moves (a trade, a
// gift, a disclosure, a guess: amounts and partners the player chooses) are built here, and the
// engine checks them as any move.

export type Move = { ok: true; action: Action } | { ok: false; code: string; params: Record<string, string | number>; action: Action };

/** Which control: its key in the view's controls. */
export interface Control {
  key: string;
}

function inView(v: GameView | null, ctl: Control): ViewControl | null {
  if (!v || v.kind !== 'player' || v.status !== 'playing') return null;
  return v.controls.find((c) => c.key === ctl.key) ?? null;
}

/** The engine's answer for one control, or null when the table should not show that control now (no such move, or not in this phase). */
export function move(v: GameView | null, ctl: Control): Move | null {
  const c = inView(v, ctl);
  if (!c) return null;
  return c.no ? { ok: false, code: c.no.code, params: c.no.params, action: c.action as Action } : { ok: true, action: c.action as Action };
}

/** The action a control sends, as the view carries it (null when the control is not shown now). */
export function actionOf(v: GameView | null, ctl: Control): Action | null {
  return (inView(v, ctl)?.action as Action | undefined) ?? null;
}

/** Whether the control is shown at all. */
export function shown(m: Move | null): m is Move {
  return m !== null;
}

export const control = {
  pledge: (projectId: string, r: ResourceId): Control => ({ key: `pledge:${projectId}:${r}` }),
  unpledge: (projectId: string, r: ResourceId): Control => ({ key: `unpledge:${projectId}:${r}` }),
  hold: (personaId: string, r: ResourceId): Control => ({ key: `hold:${personaId}:${r}` }),
  refer: (personaId: string, to: RoleId): Control => ({ key: `refer:${personaId}:${to}` }),
  takeUp: (personaId: string, r: ResourceId): Control => ({ key: `takeUp:${personaId}:${r}` }),
  accept: (offerId: string): Control => ({ key: `accept:${offerId}` }),
  decline: (offerId: string): Control => ({ key: `decline:${offerId}` }),
  withdraw: (offerId: string): Control => ({ key: `withdraw:${offerId}` }),
  // These open a dialog; its move is built when it is sent (dialogMove).
  counter: (offerId: string): Control => ({ key: `counter:${offerId}` }),
  disclose: (interestId: string): Control => ({ key: `disclose:${interestId}` }),
  trade: (): Control => ({ key: 'trade' }),
  gift: (): Control => ({ key: 'gift' }),
  /** One card more on the giving (a gift, one's side of a trade) or the asking side of a dialog. */
  give: (r: ResourceId): Control => ({ key: `give:${r}` }),
  get: (r: ResourceId): Control => ({ key: `get:${r}` }),
};

/** The move an open dialog sends (a disclosure to everyone until someone is chosen). */
export function dialogMove(d: Dialog): Action {
  switch (d.kind) {
    case 'trade':
      return d.counterOf
        ? { type: 'counterTrade', offerId: d.counterOf, give: cleanBag(d.give), get: cleanBag(d.get) }
        : { type: 'proposeTrade', to: d.to, give: cleanBag(d.give), get: cleanBag(d.get) };
    case 'gift':
      return { type: 'gift', to: d.to, resources: cleanBag(d.resources) };
    case 'disclose':
      return { type: 'disclose', interestId: d.interestId, to: (d.to ?? 'all') as RoleId | 'all' } as Action;
    case 'guess':
      return { type: 'guess', target: d.target, interestIds: d.picks };
  }
}
