import { editable } from '../helpers/editable';
import { describe, expect, it } from 'vitest';
import { playGame, pickRoles } from '../../shared/bots/simulate';
import { CONTENT, interestCard } from '../../shared/content';
import { debriefOf } from '../../shared/debrief';
import { defaultConfig, interestMet } from '../../shared/rules';
import type { GameState } from '../../shared/rules/types';
import { act, finish, FOUR, inOverleg, nextRound, pledgeProject } from './debrief/table';

// The role swap and the score (README, "The role swap"): the interest cards belong to the partner;
// whoever plays the partner at the end scores them, counted over the whole game.

/** A card met by one project on digital skills, for good (a card of the volunteers, lent to the Bibliotheek). */
const CARD = 'i-vrijwilligers-computerles';

/** Round 1's Overleg with one project on digital skills on the table. */
function withDigitalProject(s0: GameState): GameState {
  const s = editable(s0);
  const id = CONTENT.projects.find((p) => p.domains.includes('digitaal') && p.minPartners <= 2)!.id;
  s.projects.table = [id];
  s.pledges = { [id]: {} };
  return s;
}

describe('role swap and interests', () => {
  it('the person who plays a partner at the end scores its cards, with what it did before the swap', () => {
    // Round 1: the Bibliotheek (seat 0) and the gemeente complete a project; the swap follows.
    const d = editable(withDigitalProject(inOverleg(FOUR, 42, { rounds: 2, roleSwapAfterRound: 1 })));
    // The Bibliotheek holds one card: take part in a project on digital skills (a tweak of the state).
    d.partners.bibliotheek!.interests = [CARD];
    let s = pledgeProject(d, ['bibliotheek', 'gemeente']).s;
    s = nextRound(s);
    expect(s.seats).toEqual(['gemeente', 'uwv', 'welzijn', 'bibliotheek']);
    const id = CARD;
    expect(interestMet(s, 'bibliotheek', id)).toBe(true);
    s = finish(s);
    const r = s.result!;
    expect(r.interests.bibliotheek).toEqual([{ id, met: true, points: interestCard(id).points }]);
    // Seat 3 plays the Bibliotheek at the end: its points are the Bibliotheek's.
    expect(r.seatScores[3]).toBe(interestCard(id).points);
    // Seat 0 played the Bibliotheek before the swap: it scores the gemeente's cards now.
    const gemeente = r.interests.gemeente!.reduce((n, i) => n + (i.met ? i.points : 0), 0);
    expect(r.seatScores[0]).toBe(gemeente);
  });

  it('a project joined after the swap counts for the partner, played by the new person', () => {
    let s = inOverleg(FOUR, 7, { rounds: 2, roleSwapAfterRound: 1 });
    s = nextRound(s);
    // Seat 3 now plays the Bibliotheek and joins a project for it.
    s = pledgeProject(s, ['bibliotheek', 'welzijn']).s;
    s = finish(s);
    const d = debriefOf(s);
    const bib = d.players.find((p) => p.role === 'bibliotheek')!;
    expect(bib.projectsJoined).toHaveLength(1);
    expect(bib.seats).toEqual([0, 3]);
    expect(s.result!.seatScores[3]).toBe(bib.points);
  });

  it('a guess stays with the person who made it, named by the partner they played then', () => {
    let s = inOverleg(FOUR, 42, { rounds: 2, roleSwapAfterRound: 1 });
    // Seat 0 (Bibliotheek) guesses the gemeente's cards; after the swap seat 0 plays the gemeente.
    const guess = s.partners.gemeente!.interests.slice(0, 1);
    s = act(s, 'bibliotheek', { type: 'guess', target: 'gemeente', interestIds: guess });
    s = nextRound(s);
    s = act(s, 'gemeente', { type: 'guess', target: 'uwv', interestIds: s.partners.uwv!.interests.slice(0, 1) });
    s = finish(s);
    const cells = debriefOf(s).guesses.cells.filter((c) => c.seat === 0);
    expect(cells.map((c) => [c.as, c.target, c.hits])).toEqual([
      ['bibliotheek', 'gemeente', 1],
      ['gemeente', 'uwv', 1],
    ]);
  });

  it('bot tables with a swap still score: every seat scores the partner it plays at the end', () => {
    let total = 0;
    for (let seed = 1; seed <= 12; seed++) {
      const config = { ...defaultConfig(pickRoles(6, seed)), roleSwapAfterRound: 2 };
      const g = playGame(config, seed, ['verbinder', 'verbinder', 'verbinder', 'eigenbelang', 'voorzichtig', 'verbinder']);
      const r = g.state.result!;
      g.state.seats.forEach((role, seat) => expect(r.seatScores[seat]).toBe(r.interests[role]!.reduce((n, i) => n + (i.met ? i.points : 0), 0)));
      total += r.seatScores.reduce((a, b) => a + b, 0);
    }
    // Without a swap these tables average about one point a seat; a swap must not wipe that out.
    expect(total / (12 * 6)).toBeGreaterThan(0.5);
  });
});
