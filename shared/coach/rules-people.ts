import { cardsOf, type InterestRule } from '../content';
import type { RoleId } from '../model/ids';
import { interestMet } from '../rules';
import type { Action, HoldResource } from '../rules/types';
import { actionWriting, allowed, clamp, resourceFigure, type CoachContext } from './context';
import type { CoachRule, Found } from './rule';

// Rules about people: an interest kept hidden that partners could have helped with, and a resident
// the player could have held on to and let go.

/** The first moment of the game's first Overleg: where a card is first shown. */
function firstOverleg(c: CoachContext): number | null {
  const i = c.states.findIndex((s, k) => k < c.record.actions.length && s.phase === 'overleg');
  return i < 0 ? null : i;
}

/** Interests whose coming true depends on what partners do for you. */
const PARTNER_KINDS = new Set(['received', 'projectWith', 'team', 'personas']);

export const hiddenInterest: CoachRule = {
  id: 'hidden-interest',
  find(c) {
    const role = c.end.seats[c.seat];
    const i = firstOverleg(c);
    if (i === null || c.states[i].seats[c.seat] !== role) return [];
    const out: Found[] = [];
    for (const id of c.end.partners[role]!.interests) {
      if (c.end.disclosures.some((d) => d.role === role && d.interestId === id)) continue;
      if (interestMet(c.end, role, id)) continue;
      const instead: Action = { type: 'disclose', interestId: id, to: 'all' };
      if (!allowed(c, i, instead)) continue;
      const card = cardsOf(c.end).interestCard(id);
      const partner = helperFor(c, i, role, card.rule);
      // One point or more (the card's points, 1–3).
      const pts = card.points === 1 ? { nl: '{points} punt', en: '{points} point' } : { nl: '{points} punten', en: '{points} points' };
      out.push({
        rule: 'hidden-interest',
        at: i,
        mode: 'insert',
        instead,
        round: c.states[i].round,
        phase: c.states[i].phase,
        strength: clamp(0.4 + 0.1 * card.points + (PARTNER_KINDS.has(card.rule.kind) ? 0.1 : 0)),
        figures: { interest: id, points: card.points, partner },
        texts: {
          choice: { nl: 'Je hield je belang "{interest}" het hele spel voor jezelf.', en: 'You kept your interest "{interest}" to yourself all game.' },
          next: partner
            ? { nl: `Het kwam niet uit. Je miste ${pts.nl}. {partner} had je kunnen helpen, maar wist het niet.`, en: `It did not come true. You missed ${pts.en}. {partner} could have helped, but did not know.` }
            : { nl: `Het kwam niet uit. Je miste ${pts.nl}.`, en: `It did not come true. You missed ${pts.en}.` },
          instead: {
            nl: 'Leg die kaart in ronde 1 op tafel, voor iedereen. Dan weten je partners wat je nodig hebt.',
            en: 'Put that card on the table in round 1, for everyone. Then your partners know what you need.',
          },
        },
      });
    }
    return out;
  },
};

/** The partner who could have helped with this interest: the one it names, or who held most of what it asks. */
function helperFor(c: CoachContext, i: number, role: RoleId, rule: InterestRule): RoleId | null {
  if (rule.kind === 'projectWith') return rule.role;
  if (rule.kind !== 'received') return null;
  const s = c.states[i];
  const others = s.seats.filter((r) => r !== role && (s.partners[r]!.hand[rule.resource] ?? 0) > 0);
  others.sort((a, b) => (s.partners[b]!.hand[rule.resource] ?? 0) - (s.partners[a]!.hand[rule.resource] ?? 0));
  return others[0] ?? null;
}

const HOLDS: readonly HoldResource[] = ['bereik', 'vrijwilligers'];

export const letGo: CoachRule = {
  id: 'let-go',
  find(c) {
    const out: Found[] = [];
    c.end.log.forEach((e, logIndex) => {
      if (e.t !== 'dropped') return;
      const k = actionWriting(c, logIndex);
      const block = c.states[k];
      if (block.phase !== 'overleg' && block.phase !== 'terugblik') return;
      // The last moment in that phase at which the player could still pay for a hold.
      for (let j = k; j >= 0 && c.states[j].round === block.round && c.states[j].phase === block.phase; j--) {
        const resource = HOLDS.find((r) => allowed(c, j, { type: 'hold', personaId: e.personaId, resource: r }));
        if (!resource) continue;
        const reachedBy = c.states[j].personas[e.personaId]?.reachedBy ?? null;
        const role = c.states[j].seats[c.seat];
        const mineToo = !!c.end.projects.completed.find((p) => p.id === reachedBy && (p.contributions[role] ?? null));
        out.push({
          rule: 'let-go',
          at: j,
          mode: 'insert',
          instead: { type: 'hold', personaId: e.personaId, resource },
          round: c.states[j].round,
          phase: c.states[j].phase,
          strength: mineToo ? 0.8 : 0.65,
          figures: { persona: e.personaId, resource: resourceFigure(resource), round: c.states[j].round, dropped: e.round, project: reachedBy },
          texts: {
            choice: {
              nl: 'In ronde {round} had je een kaart {resource} in je hand. Je hield {persona} niet vast.',
              en: 'In round {round} you had a {resource} card in hand. You did not hold on to {persona}.',
            },
            next: { nl: '{persona} haakte af in ronde {dropped}.', en: '{persona} dropped out in round {dropped}.' },
            instead: {
              nl: 'Betaal 1 kaart {resource} om {persona} vast te houden: een warme overdracht.',
              en: 'Pay 1 {resource} card to hold on to {persona}: a warm handover.',
            },
          },
        });
        return;
      }
    });
    return out;
  },
};
