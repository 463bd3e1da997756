import { describe, expect, it } from 'vitest';
import { candidatesOf } from '../../../shared/coach';
import { contextOf } from '../../../shared/coach/context';
import { interestCard } from '../../../shared/content';
import { covers, total } from '../../../shared/model/bag';
import { applyAction, interestMet, type GameRecord } from '../../../shared/rules';
import { findGame, withMoves } from './games';

// Each coach rule, with a recorded game in which it fires and one in which it does not. What the
// rule claims is checked against the record itself, not against the rule's own reading.

const fired = (r: GameRecord, rule: string) => candidatesOf(r, 0).filter((c) => c.rule === rule);
const mineOf = (r: GameRecord, type: string) => r.actions.filter((a) => a.actor === 0 && a.action.type === type);

describe('stranded-pledge: cards pledged to a project nobody finished', () => {
  it('fires on the player\'s first pledge to a project still open at the end', () => {
    const r = findGame((g) => fired(g, 'stranded-pledge').length > 0);
    const c = contextOf(r, 0);
    for (const f of fired(r, 'stranded-pledge')) {
      const a = r.actions[f.at];
      expect(a.actor).toBe(0);
      expect(a.action.type).toBe('pledge');
      const projectId = (a.action as { projectId: string }).projectId;
      expect(f.figures.project).toBe(projectId);
      expect(c.end.projects.completed.some((p) => p.id === projectId)).toBe(false);
      expect(total(c.end.pledges[projectId][c.end.seats[0]] ?? {})).toBe(f.figures.cards);
      expect(f.mode).toBe('replace');
      expect(f.instead).toBeNull();
    }
  });

  it('does not fire when every project the player pledged to was finished', () => {
    const r = findGame((g) => mineOf(g, 'pledge').length > 0 && fired(g, 'stranded-pledge').length === 0);
    const c = contextOf(r, 0);
    const pledged = new Set(mineOf(r, 'pledge').map((a) => (a.action as { projectId: string }).projectId));
    for (const id of pledged) {
      const done = c.end.projects.completed.some((p) => p.id === id);
      const left = total(c.end.pledges[id]?.[c.end.seats[0]] ?? {});
      expect(done || left === 0).toBe(true);
    }
  });
});

describe('unanswerable-offer: an offer asking what the partner did not have', () => {
  it('fires on an offer the recipient could not cover, and proposes one that can be made', () => {
    const r = findGame((g) => fired(g, 'unanswerable-offer').length > 0);
    const c = contextOf(r, 0);
    for (const f of fired(r, 'unanswerable-offer')) {
      const a = r.actions[f.at].action as { type: string; to: string; get: object };
      expect(a.type).toBe('proposeTrade');
      const before = c.states[f.at];
      expect(covers(before.partners[a.to as 'uwv']!.hand, a.get)).toBe(false);
      const offerId = `o${before.nextOfferId}`;
      expect(c.end.log.some((e) => e.t === 'trade' && e.offerId === offerId)).toBe(false);
      if (f.instead) expect(applyAction(before, 0, f.instead).ok).toBe(true);
    }
  });

  it('does not fire when every offer asked for cards the partner held', () => {
    const r = findGame((g) => mineOf(g, 'proposeTrade').length > 0 && fired(g, 'unanswerable-offer').length === 0);
    const c = contextOf(r, 0);
    r.actions.forEach((a, i) => {
      if (a.actor !== 0 || a.action.type !== 'proposeTrade') return;
      const taken = c.end.log.some((e) => e.t === 'trade' && e.offerId === `o${c.states[i].nextOfferId}`);
      expect(taken || covers(c.states[i].partners[a.action.to]!.hand, a.action.get)).toBe(true);
    });
  });
});

describe('hidden-interest: an interest kept hidden that did not come true', () => {
  it('fires for an interest never shown and not met, with showing it in round 1 as the other choice', () => {
    const r = findGame((g) => fired(g, 'hidden-interest').length > 0, ['selfish', 'hard', 'idle']);
    const c = contextOf(r, 0);
    const role = c.end.seats[0];
    for (const f of fired(r, 'hidden-interest')) {
      const id = f.figures.interest as string;
      expect(c.end.partners[role]!.interests).toContain(id);
      expect(c.end.disclosures.some((d) => d.role === role && d.interestId === id)).toBe(false);
      expect(interestMet(c.end, role, id)).toBe(false);
      expect(f).toMatchObject({ mode: 'insert', round: 1, phase: 'overleg', instead: { type: 'disclose', interestId: id, to: 'all' } });
      // The partner named as one who could have helped: the one the card names, or one holding what it asks.
      const rule = interestCard(id).rule;
      if (rule.kind === 'projectWith') expect(f.figures.partner).toBe(rule.role);
      else if (rule.kind === 'received' && f.figures.partner) expect(c.states[f.at].partners[f.figures.partner as 'uwv']!.hand[rule.resource]).toBeGreaterThan(0);
      else if (rule.kind !== 'received') expect(f.figures.partner).toBeNull();
    }
  });

  it('does not fire when the player put every card on the table', () => {
    const r = findGame((g) => fired(g, 'hidden-interest').length === 0, ['open']);
    const c = contextOf(r, 0);
    const role = c.end.seats[0];
    for (const id of c.end.partners[role]!.interests) {
      const shown = c.end.disclosures.some((d) => d.role === role && d.interestId === id);
      expect(shown || interestMet(c.end, role, id)).toBe(true);
    }
  });
});

describe('let-go: a resident reached and let go', () => {
  it('fires when a resident dropped out while the player could still pay for a hold', () => {
    const r = findGame((g) => fired(g, 'let-go').length > 0);
    const c = contextOf(r, 0);
    for (const f of fired(r, 'let-go')) {
      const persona = f.figures.persona as string;
      expect(c.end.personas[persona].status).toBe('dropped');
      expect(f.mode).toBe('insert');
      const after = applyAction(c.states[f.at], 0, f.instead!);
      expect(after.ok && after.state.personas[persona].status).toBe('held');
    }
  });

  it('does not fire in a game where the player could not have held anyone who dropped out', () => {
    const r = findGame((g) => contextOf(g, 0).end.log.some((e) => e.t === 'dropped') && fired(g, 'let-go').length === 0);
    const c = contextOf(r, 0);
    c.end.log.forEach((e, logIndex) => {
      if (e.t !== 'dropped') return;
      const k = c.states.findIndex((s) => s.log.length > logIndex) - 1;
      const { round, phase } = c.states[k];
      for (let j = k; j >= 0 && c.states[j].round === round && c.states[j].phase === phase; j--) {
        for (const resource of ['bereik', 'vrijwilligers'] as const) {
          expect(applyAction(c.states[j], 0, { type: 'hold', personaId: e.personaId, resource }).ok).toBe(false);
        }
      }
    });
  });
});

describe('declined-offer: an offer the player could have taken and turned down', () => {
  it('fires on a decline where accepting was allowed', () => {
    const r = findGame((g) => fired(g, 'declined-offer').length > 0);
    const c = contextOf(r, 0);
    for (const f of fired(r, 'declined-offer')) {
      expect(r.actions[f.at]).toMatchObject({ actor: 0, action: { type: 'declineTrade' } });
      expect(applyAction(c.states[f.at], 0, f.instead!).ok).toBe(true);
    }
  });

  it('does not fire for a player who took what it was offered', () => {
    // The player takes the first offer it can take; the bots play on.
    const takeable = (s: import('../../../shared/rules').GameState) =>
      s.phase === 'overleg' ? s.offers.find((o) => o.to === s.seats[0] && applyAction(s, 0, { type: 'acceptTrade', offerId: o.id }).ok) : undefined;
    let r: GameRecord | null = null;
    for (const mix of ['open', 'careful', 'idle'] as const) {
      for (let seed = 1; seed <= 8 && !r; seed++) {
        try {
          const g = withMoves(mix, seed, (s) => !!takeable(s), (s) => [{ type: 'acceptTrade', offerId: takeable(s)!.id }]);
          if (fired(g, 'declined-offer').length === 0) r = g;
        } catch {
          // No offer the player could take in this game.
        }
      }
    }
    if (!r) throw new Error('no game in which the player takes an offer');
    expect(r.actions.some((a) => a.actor === 0 && a.action.type === 'acceptTrade')).toBe(true);
    const c = contextOf(r, 0);
    r.actions.forEach((a, i) => {
      if (a.actor === 0 && a.action.type === 'declineTrade') expect(applyAction(c.states[i], 0, { type: 'acceptTrade', offerId: a.action.offerId }).ok).toBe(false);
    });
  });
});

describe('withdrawn-pledge: cards taken back from a project', () => {
  const firstOpen = (s: { phase: string; projects: { table: readonly string[] }; partners: Readonly<Record<string, { hand: object } | undefined>>; seats: readonly string[] }) =>
    s.phase === 'overleg' && Object.keys(s.partners[s.seats[0]]!.hand).length > 0;
  const pledgeOne = (s: import('../../../shared/rules').GameState) => {
    const hand = s.partners[s.seats[0]]!.hand;
    for (const projectId of s.projects.table) {
      for (const [r, n] of Object.entries(hand)) {
        const action = { type: 'pledge' as const, projectId, resources: { [r]: 1 } };
        if (n && applyAction(s, 0, action).ok) return action;
      }
    }
    throw new Error('nothing to pledge');
  };

  it('fires when the player takes back a pledge', () => {
    const r = withMoves('careful', 1, firstOpen, (s) => {
      const p = pledgeOne(s);
      return [p, { type: 'unpledge', projectId: p.projectId, resources: p.resources }];
    });
    const f = fired(r, 'withdrawn-pledge');
    expect(f).toHaveLength(1);
    expect(r.actions[f[0].at].action.type).toBe('unpledge');
    expect(f[0]).toMatchObject({ mode: 'replace', instead: null, figures: { cards: 1 } });
  });

  it('does not fire when the pledge stays', () => {
    const r = withMoves('careful', 1, firstOpen, (s) => [pledgeOne(s)]);
    expect(fired(r, 'withdrawn-pledge')).toHaveLength(0);
  });
});
