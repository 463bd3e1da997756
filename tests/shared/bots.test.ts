import { allowed } from '../helpers/allowed';
import { describe, expect, it } from 'vitest';
import { botDecide } from '../../shared/bots';
import { simulate, type SimPlayer } from '../../shared/bots/simulate';
import { PERSONALITIES } from '../../shared/bots/types';
import { applyAction, createGame, defaultConfig } from '../../shared/rules';
import { playerView } from '../../shared/view';

// Bots play through the engine's own moves: across many games of every size and mix, none of
// their moves is refused (simulate throws on a refusal) and every game ends.

const MIXES = PERSONALITIES.length;

describe('bots at every table size and mix', () => {
  for (let seats = 3; seats <= 8; seats++) {
    it(`${seats} seats: 200 games, no refused move, every game ends`, () => {
      let moves = 0;
      for (let g = 0; g < 200; g++) {
        const team: SimPlayer[] = Array.from({ length: seats }, (_, i) => PERSONALITIES[(g * 7 + i * (g % 5 + 1)) % MIXES]);
        const game = simulate(team, 50_000 + seats * 1000 + g);
        expect(game.state.status).toBe('ended');
        expect(game.state.result!.endedEarly).toBe(false);
        moves += game.moves;
      }
      expect(moves / 200).toBeGreaterThan(seats * 8);
    });
  }
});

describe('a bot', () => {
  const s0 = createGame(defaultConfig(['bibliotheek', 'gemeente', 'uwv', 'welzijn']), 7);
  const s = applyAction(s0, 'host', { type: 'advancePhase' });
  if (!s.ok) throw new Error('setup');
  const input = (seed: number) => ({ view: playerView(s.state, 1), legal: allowed(s.state, 1), personality: 'verbinder' as const, seed });

  it('is deterministic: the same view, moves and seed give the same choice', () => {
    expect(botDecide(input(3))).toEqual(botDecide(input(3)));
  });

  it('explains every choice in Dutch and English, to the partner it concerns or to all', () => {
    for (const p of PERSONALITIES) {
      const choice = botDecide({ ...input(1), personality: p });
      if (!choice) continue;
      expect(choice.reason.nl.length).toBeGreaterThan(10);
      expect(choice.reason.en.length).toBeGreaterThan(10);
      expect(choice.reason.nl).not.toEqual(choice.reason.en);
    }
  });

  it('answers an offer made to it, and says why to the one who made it', () => {
    const offered = applyAction(s.state, 0, { type: 'proposeTrade', to: 'gemeente', give: { locatie: 1 }, get: { draagvlak: 1 } });
    if (!offered.ok) throw new Error(offered.error.code);
    for (const p of PERSONALITIES) {
      const choice = botDecide({ view: playerView(offered.state, 1), legal: allowed(offered.state, 1), personality: p, seed: 5 })!;
      expect(['acceptTrade', 'declineTrade']).toContain(choice.action.type);
      expect(choice.audience).toBe('bibliotheek');
      expect(applyAction(offered.state, 1, choice.action).ok).toBe(true);
    }
  });

  it('does nothing outside Overleg and Terugblik, and nothing once the game is over', () => {
    expect(botDecide({ view: playerView(s0, 1), legal: allowed(s0, 1), personality: 'verbinder', seed: 1 })).toBeNull();
    const ended = applyAction(s.state, 'host', { type: 'endGame' });
    if (!ended.ok) throw new Error('end');
    expect(botDecide({ view: playerView(ended.state, 1), legal: allowed(ended.state, 1), personality: 'verbinder', seed: 1 })).toBeNull();
  });
});

describe('an Eigen belang bot asking two for one', () => {
  it('asks only a partner whose hand can hold it, and not again this round after a refusal', () => {
    let asks = 0;
    for (let seed = 1; seed <= 40; seed++) {
      const roles = ['bibliotheek', 'gemeente', 'uwv', 'welzijn'] as const;
      const first = applyAction(createGame(defaultConfig([...roles]), seed), 'host', { type: 'advancePhase' });
      if (!first.ok) throw new Error('setup');
      let state = first.state;
      const refused = new Set<string>();
      for (let step = 0; step < 30 && state.phase === 'overleg'; step++) {
        const view = playerView(state, 1);
        const choice = botDecide({ view, legal: allowed(state, 1), personality: 'eigenbelang', seed: seed * 100 + step });
        if (!choice) break;
        const a = choice.action;
        if (a.type === 'proposeTrade') {
          const want = Object.keys(a.get)[0];
          expect(refused.has(`${a.to}|${want}`), `asked ${a.to} for ${want} again after a refusal`).toBe(false);
          expect(view.partners.find((p) => p.role === a.to)!.handCount).toBeGreaterThanOrEqual(a.get[want as keyof typeof a.get]!);
          asks += 1;
        }
        const next = applyAction(state, 1, a);
        if (!next.ok) throw new Error(next.error.code);
        state = next.state;
        // Every ask is turned down by the partner it went to.
        for (const o of state.offers.filter((x) => x.from === state.seats[1])) {
          const to = state.seats.indexOf(o.to);
          const no = applyAction(state, to, { type: 'declineTrade', offerId: o.id });
          if (!no.ok) throw new Error(no.error.code);
          state = no.state;
          for (const w of Object.keys(o.get)) refused.add(`${o.to}|${w}`);
        }
      }
    }
    expect(asks, 'the bot did ask').toBeGreaterThan(5);
  });
});
