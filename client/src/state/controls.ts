import { RESOURCES, type Bag, type ResourceId, type RoleId } from '../../../shared/model/ids';
import type { Action } from '../../../shared/rules/types';
import type { GameView } from '../../../shared/view/types';
import { cleanBag } from '../model/bag';
import type { Dialog } from './state';

// The controls on a player's table and the moves they send, in one place: every read of the
// engine's answers that come with the view (`view.moves`, shared/rules/moves.ts) and every move a
// control or a dialog builds. The client never decides what is legal: it shows what it was told,
// and sends the move for the engine to answer.

export type Move = { ok: true } | { ok: false; code: string; params: Record<string, string | number> };

/** One control: its key in the engine's answers, and the move it sends (none for one that opens a dialog). */
export interface Control {
  key: string;
  action: Action | null;
}

/**
 * The engine's answer for one control, or null when the table should not show that control now (no
 * such move, or not in this phase). The words of a refusal name the resource in the key.
 */
export function move(v: GameView | null, ctl: Control): Move | null {
  const key = ctl.key;
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

const one = (r: ResourceId): Bag => ({ [r]: 1 });

export const control = {
  pledge: (projectId: string, r: ResourceId): Control => ({ key: `pledge:${projectId}:${r}`, action: { type: 'pledge', projectId, resources: one(r) } }),
  unpledge: (projectId: string, r: ResourceId): Control => ({ key: `unpledge:${projectId}:${r}`, action: { type: 'unpledge', projectId, resources: one(r) } }),
  hold: (personaId: string, r: ResourceId): Control => ({ key: `hold:${personaId}:${r}`, action: { type: 'hold', personaId, resource: r } as Action }),
  accept: (offerId: string): Control => ({ key: `accept:${offerId}`, action: { type: 'acceptTrade', offerId } }),
  decline: (offerId: string): Control => ({ key: `decline:${offerId}`, action: { type: 'declineTrade', offerId } }),
  withdraw: (offerId: string): Control => ({ key: `withdraw:${offerId}`, action: { type: 'withdrawTrade', offerId } }),
  // These open a dialog; its move is built when it is sent (dialogMove).
  counter: (offerId: string): Control => ({ key: `counter:${offerId}`, action: null }),
  disclose: (interestId: string): Control => ({ key: `disclose:${interestId}`, action: null }),
  trade: (): Control => ({ key: 'trade', action: null }),
  gift: (): Control => ({ key: 'gift', action: null }),
  /** One card more on the giving (a gift, one's side of a trade) or the asking side of a dialog. */
  give: (r: ResourceId): Control => ({ key: `give:${r}`, action: null }),
  get: (r: ResourceId): Control => ({ key: `get:${r}`, action: null }),
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
