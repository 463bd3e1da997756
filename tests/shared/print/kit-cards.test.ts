import { describe, expect, it } from 'vitest';
import { CONTENT, interestCard } from '../../../shared/content';
import { fillText } from '../../../shared/content/scale';
import { RESOURCES, type Bag, type ResourceId } from '../../../shared/model/ids';
import { pickRoles, playGame } from '../../../shared/bots/simulate';
import { kitDecks, type KitDeck } from '../../../shared/print/cards';
import { resourceSupply } from '../../../shared/print/supply';
import { createGame, defaultConfig } from '../../../shared/rules';

// What the engine deals at a table of each size is in the kit for that size, with the same numbers:
// partners' hands and income, the interest cards (their {n} filled in as at the table), the
// projects, residents, events and lessons, and enough resource cards for what a whole game hands out.

const ROUNDS = defaultConfig([]).rounds;

function deck(decks: KitDeck[], kind: KitDeck['kind']): KitDeck {
  return decks.find((d) => d.kind === kind)!;
}

function bagText(b: Bag): string {
  const name = (r: ResourceId) => CONTENT.resources.find((x) => x.id === r)!.name.nl;
  return RESOURCES.filter((r) => b[r])
    .map((r) => `${b[r]} ${name(r)}`)
    .join(' · ');
}

describe('the kit holds what the engine deals', () => {
  for (const seats of [3, 4, 5, 6, 7, 8]) {
    it(`${seats} seats`, () => {
      const decks = kitDecks(CONTENT, { seats, lang: 'nl', rounds: ROUNDS });
      const ids = (kind: KitDeck['kind']) => new Set(deck(decks, kind).cards.map((c) => c.id));
      for (let seed = 1; seed <= 40; seed++) {
        const roles = pickRoles(seats, seed, [], [], seed % 2 === 0);
        const s = createGame(defaultConfig(roles), seed);
        for (const role of roles) {
          const card = deck(decks, 'role').cards.find((c) => c.id === role)!;
          const text = card.lines.map((l) => l.text);
          // The partner card's "Begin met" is the hand the engine deals, its "Elke ronde" the income.
          // (Round 1's event has already been applied: take its gains and losses back out.)
          const dealt: Bag = { ...s.partners[role]!.hand };
          for (const e of s.log) {
            if ((e.t !== 'gain' && e.t !== 'lose') || e.role !== role) continue;
            for (const r of RESOURCES) dealt[r] = (dealt[r] ?? 0) + (e.t === 'gain' ? -1 : 1) * (e.resources[r] ?? 0);
          }
          expect(text[text.indexOf('Begin met') + 1]).toBe(bagText(dealt));
          expect(text[text.indexOf('Elke ronde (vanaf ronde 2)') + 1]).toBe(bagText(CONTENT.roles.find((r) => r.id === role)!.income));
          for (const id of s.partners[role]!.interests) {
            const printed = deck(decks, 'interest').cards.find((c) => c.id === id);
            expect(printed, id).toBeDefined();
            expect(printed!.lines[0].text).toBe(fillText(interestCard(id).text.nl, interestCard(id).rule, seats));
            expect(printed!.lines[0].text).not.toContain('{n}');
          }
        }
        for (const id of [...s.projects.table, ...s.projects.deck]) expect(ids('project').has(id)).toBe(true);
        for (const id of s.personaDeck) expect(ids('persona').has(id)).toBe(true);
        for (const id of [...s.events.deck, ...s.events.history]) expect(ids('event').has(id)).toBe(true);
        for (const id of s.reflections) expect(ids('lesson').has(id)).toBe(true);
      }
      // Every card of each deck is printed once (resources apart).
      expect(deck(decks, 'project').cards).toHaveLength(CONTENT.projects.length);
      expect(deck(decks, 'interest').cards).toHaveLength(CONTENT.interests.length);
      expect(deck(decks, 'persona').cards).toHaveLength(CONTENT.personas.length);
    });
  }

  it('resource cards: never fewer than what whole games hand out (hands, income, events)', () => {
    for (const seats of [4, 8]) {
      const supply = resourceSupply(CONTENT, seats, ROUNDS);
      const printed = deck(kitDecks(CONTENT, { seats, lang: 'en', rounds: ROUNDS }), 'resource').cards;
      for (const r of RESOURCES) expect(printed.filter((c) => c.id === r).length).toBe(supply[r]);
      for (let seed = 1; seed <= 3; seed++) {
        const roles = pickRoles(seats, seed);
        const game = playGame(defaultConfig(roles), seed, roles.map(() => 'verbinder'));
        const entered: Bag = {};
        const add = (b: Bag) => RESOURCES.forEach((r) => (entered[r] = (entered[r] ?? 0) + (b[r] ?? 0)));
        for (const role of roles) add(CONTENT.roles.find((x) => x.id === role)!.hand);
        for (const e of game.state.log) if (e.t === 'income' || e.t === 'gain') add(e.resources);
        for (const r of RESOURCES) expect(entered[r] ?? 0, `${r} at ${seats} seats`).toBeLessThanOrEqual(supply[r]);
      }
    }
  });
});
