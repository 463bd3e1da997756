import { cardsOf } from '../content';
import { covers, normalize, subtract, isEmpty } from '../model/bag';
import { ROLES, type DomainId, type RoleId } from '../model/ids';
import { refusal, refused, type Refusal } from './errors';
import { setPartner } from './clone';
import { HOLD_RESOURCES, type Action, type GameDraft, type GameState, type HoldResource, type LogEntry, type MoveDraft, type PersonaState } from './types';

// Doorverwijzen, a warm handover. A partner that helped reach a resident may refer them to a partner
// whose work is the resident's domain (UWV for work, GGD for health...). The referral costs the
// referrer nothing, but it keeps the resident only when the receiving partner takes them up in the
// same phase, paying what a hold costs (1 Bereik or 1 Vrijwilligers: someone who makes time for
// them); when the phase ends without that, the referral lapses and the resident stays at risk. So a
// partner without those cards can still keep a resident, if the right partner is at the table and
// makes time. (A take-up with any card made the table so strong that a lone Eigen belang hardly
// cost it anything: `npm run simulate`, docs/RULES.md.)

/**
 * The domains each partner works in: where a referral to them fits. From the partners' missions
 * (shared/content/data/roles.ts): the library's Taalhuis and Digitaal Hulpplein, the UWV and
 * employers for work, the GGD for health, debt counselling, the ROC for learning; the municipality,
 * welfare, volunteers and language ambassadors for taking part.
 */
export const ROLE_DOMAINS: Readonly<Record<RoleId, readonly DomainId[]>> = {
  bibliotheek: ['digitaal', 'onderwijs'],
  gemeente: ['participatie'],
  uwv: ['werk'],
  roc: ['onderwijs'],
  welzijn: ['participatie', 'schulden'],
  vrijwilligers: ['participatie'],
  werkgever: ['werk'],
  ggd: ['gezondheid'],
  schuldhulp: ['schulden'],
  taalambassadeur: ['participatie'],
};

type Checked = Refusal | null;


/** The resident's record without a waiting referral (every change of status ends one). */
export function settled(p: PersonaState, status: PersonaState['status']): PersonaState {
  const { referral: _gone, ...rest } = p;
  return { ...rest, status };
}

/** Whether `role` put something into the project that reached the resident. */
export function helpedReach(s: GameState, role: RoleId, p: PersonaState): boolean {
  const project = s.projects.completed.find((c) => c.id === p.reachedBy);
  const mine = project?.contributions[role];
  return !!mine && !isEmpty(mine);
}

/** The partners in play, other than `self`, whose work is the resident's domain. */
export function referralTargets(s: GameState, self: RoleId, personaId: string): RoleId[] {
  const domain = cardsOf(s).personaCard(personaId).domain;
  return s.config.roles.filter((r) => r !== self && ROLE_DOMAINS[r].includes(domain));
}

function atRisk(s: GameState, personaId: unknown): PersonaState | Refusal {
  if (typeof personaId !== 'string' || !cardsOf(s).hasPersona(personaId)) return refusal('unknown_persona', { personaId: String(personaId) });
  const p = s.personas[personaId];
  return p.status === 'reached' ? p : refusal('persona_not_at_risk', { personaId });
}

function entry(s: Pick<GameDraft, 'log' | 'round' | 'phase'>, e: LogEntry extends infer E ? (E extends LogEntry ? Omit<E, 'round' | 'phase'> : never) : never): void {
  s.log.push({ round: s.round, phase: s.phase, ...e } as LogEntry);
}

export function refer(s: MoveDraft, role: RoleId, personaId: unknown, toRaw: unknown, dry: boolean): Checked {
  const p = atRisk(s, personaId);
  if (refused(p)) return p;
  if (p.referral) return refusal('already_referred', { personaId: p.id, role: p.referral.to });
  if (!helpedReach(s, role, p)) return refusal('not_your_resident', { personaId: p.id });
  if (!(ROLES as readonly unknown[]).includes(toRaw)) return refusal('unknown_role', { role: String(toRaw) });
  const to = toRaw as RoleId;
  if (!s.config.roles.includes(to)) return refusal('role_not_in_game', { role: to });
  if (to === role) return refusal('self_target');
  const domain = cardsOf(s).personaCard(p.id).domain;
  if (!ROLE_DOMAINS[to].includes(domain)) return refusal('wrong_domain', { role: to, domain });
  if (dry) return null;
  s.personas = { ...s.personas, [p.id]: { ...p, referral: { from: role, to } } };
  entry(s, { t: 'referred', personaId: p.id, from: role, to });
  return null;
}

export function takeUp(s: MoveDraft, role: RoleId, personaId: unknown, resource: unknown, dry: boolean): Checked {
  const p = atRisk(s, personaId);
  if (refused(p)) return p;
  if (p.referral?.to !== role) return refusal('not_referred_to_you', { personaId: p.id });
  if (!(HOLD_RESOURCES as readonly unknown[]).includes(resource)) return refusal('bad_hold_resource');
  const cost = normalize({ [resource as string]: 1 });
  const hand = s.partners[role]!.hand;
  if (!covers(hand, cost)) return refusal('insufficient_resources', { role, resource: resource as string });
  if (dry) return null;
  setPartner(s, role, { ...s.partners[role]!, hand: subtract(hand, cost) });
  s.personas = { ...s.personas, [p.id]: settled(p, 'held') };
  entry(s, { t: 'held', personaId: p.id, by: { role, resource: resource as HoldResource, referredBy: p.referral.from } });
  return null;
}

/** When a phase ends, referrals nobody took up lapse: the resident stays at risk. */
export function lapseReferrals(s: GameDraft): void {
  for (const p of Object.values(s.personas)) {
    const id = p.id;
    if (!p.referral) continue;
    s.personas[id] = settled(p, p.status);
    if (p.status === 'reached') entry(s, { t: 'referralLapsed', personaId: id, from: p.referral.from, to: p.referral.to });
  }
}

/**
 * The referral moves a partner's table lists (rules/options.ts), key and action: a referral of each
 * resident at risk it helped reach to each partner whose work fits, and a take-up with each card a
 * hold may be paid with of each resident referred to it. `atRisk`: the residents at risk (reached),
 * as the state's facts list them once for every seat (option-facts.ts).
 */
export function referralMoves(s: GameState, me: RoleId, atRisk: readonly PersonaState[]): [string, Action][] {
  const out: [string, Action][] = [];
  for (const p of atRisk) {
    const id = p.id;
    if (p.referral?.to === me) for (const r of HOLD_RESOURCES) out.push([`takeUp:${id}:${r}`, { type: 'takeUp', personaId: id, resource: r }]);
    if (helpedReach(s, me, p)) for (const to of referralTargets(s, me, id)) out.push([`refer:${id}:${to}`, { type: 'refer', personaId: id, to }]);
  }
  return out;
}
