import { describe, expect, it } from 'vitest';
import { botDecide } from '../../shared/bots';
import { simulate, type SimPlayer } from '../../shared/bots/simulate';
import { PERSONALITIES } from '../../shared/bots/types';
import { applyAction, createGame, defaultConfig, legalActions } from '../../shared/rules';
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
  const input = (seed: number) => ({ view: playerView(s.state, 1), legal: legalActions(s.state, 1), personality: 'verbinder' as const, seed });

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
      const choice = botDecide({ view: playerView(offered.state, 1), legal: legalActions(offered.state, 1), personality: p, seed: 5 })!;
      expect(['acceptTrade', 'declineTrade']).toContain(choice.action.type);
      expect(choice.audience).toBe('bibliotheek');
      expect(applyAction(offered.state, 1, choice.action).ok).toBe(true);
    }
  });

  it('does nothing outside Overleg and Terugblik, and nothing once the game is over', () => {
    expect(botDecide({ view: playerView(s0, 1), legal: legalActions(s0, 1), personality: 'verbinder', seed: 1 })).toBeNull();
    const ended = applyAction(s.state, 'host', { type: 'endGame' });
    if (!ended.ok) throw new Error('end');
    expect(botDecide({ view: playerView(ended.state, 1), legal: legalActions(ended.state, 1), personality: 'verbinder', seed: 1 })).toBeNull();
  });
});
