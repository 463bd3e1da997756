import { RESOURCES, type ResourceId } from '../model/ids';
import { HOLD_RESOURCES, type HoldResource } from '../rules/types';
import type { Action } from '../rules/types';
import type { PlayerView } from '../view/types';
import { selfValue, spare, type Wants } from './assess';
import type { reasonsFor } from './reasons';
import type { BotChoice, Personality } from './types';

// Doorverwijzen for bots (rules/referral.ts). A referral costs the referrer nothing: a partner that
// cannot hold a resident it helped reach itself (bots/decide.ts tries a hold first) refers them to a
// partner whose work fits; Voorzichtig refers too, Eigen belang only when residents on board count
// for it. Taking up costs what a hold costs: a Verbinder takes up every referral it can pay for,
// Voorzichtig only with a card none of its own projects needs, Eigen belang only when residents on
// board count for it and it has a card to spare.

export interface ReferCtx {
  view: PlayerView;
  legal: readonly Action[];
  p: Personality;
  w: Wants;
  say: ReturnType<typeof reasonsFor>;
}

/** A take-up of a resident referred to me, with the card I can miss most easily. */
export function takeUp(ctx: ReferCtx): BotChoice | null {
  const { view, p, w } = ctx;
  if (p === 'eigenbelang' && !w.personas) return null;
  for (const persona of view.personas) {
    if (persona.status !== 'reached' || persona.referral?.to !== view.role) continue;
    const r = cheapest(ctx, persona.id);
    if (!r) continue;
    return { action: { type: 'takeUp', personaId: persona.id, resource: r }, reason: ctx.say.takeUp(persona.referral.from), audience: 'all' };
  }
  return null;
}

function cheapest(ctx: ReferCtx, personaId: string): HoldResource | null {
  const { view, p, w } = ctx;
  let best: ResourceId | null = null;
  let room = 0;
  for (const r of RESOURCES) {
    if (!(HOLD_RESOURCES as readonly string[]).includes(r)) continue;
    if (!ctx.legal.some((a) => a.type === 'takeUp' && a.personaId === personaId && a.resource === r)) continue;
    const left = (p === 'verbinder' ? (view.hand[r] ?? 0) : spare(view, w, r)) - (p === 'verbinder' ? 0 : ownDemand(view, w, r));
    if (left > room) [best, room] = [r, left];
  }
  return best as HoldResource | null;
}

/** A referral of a resident I helped reach, at risk and not yet referred, to the first partner whose work fits. */
export function refer(ctx: ReferCtx): BotChoice | null {
  const { view, p, w } = ctx;
  if (p === 'eigenbelang' && !w.personas) return null;
  for (const persona of view.personas) {
    if (persona.status !== 'reached' || persona.referral) continue;
    const a = ctx.legal.find((x) => x.type === 'refer' && x.personaId === persona.id);
    if (a?.type === 'refer') return { action: a, reason: ctx.say.refer(a.to), audience: 'all' };
  }
  return null;
}

/** Cards of `r` my own favoured projects still need. */
function ownDemand(view: PlayerView, w: Wants, r: ResourceId): number {
  return view.projects.filter((pr) => selfValue(view, w, pr) > 0).reduce((n, pr) => n + (pr.missing[r] ?? 0), 0);
}
