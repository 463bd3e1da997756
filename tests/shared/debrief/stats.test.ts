import { describe, expect, it } from 'vitest';
import { CONTENT, interestDeck, projectCard, roleCard } from '../../../shared/content';
import { agreement, debrief, debriefOf, toCsv } from '../../../shared/debrief';
import { applyAction, createGame, defaultConfig, replay, type Action, type Actor, type GameRecord, type GameState } from '../../../shared/rules';
import { FOUR } from './table';
import { parseCsv } from './csv-parse';

// One small game, played move by move with the real engine and counted by hand.
// Seats: 0 bibliotheek, 1 gemeente, 2 uwv, 3 welzijn. Seed 42 opens p-training-uwv and p-filmavond.

function play(): { record: GameRecord; state: GameState } {
  const record: GameRecord = { config: defaultConfig(FOUR), seed: 42, actions: [] };
  let state = createGame(record.config, record.seed);
  const step = (actor: Actor, action: Action) => {
    const r = applyAction(state, actor, action);
    if (!r.ok) throw new Error(`${action.type} by ${actor}: ${r.error.code}`);
    record.actions.push({ actor, action });
    state = r.state;
  };
  const wrongUwv = interestDeck('uwv').find((i) => !state.partners.uwv!.interests.includes(i.id))!.id;
  step('host', { type: 'advancePhase' });
  step(1, { type: 'proposeTrade', to: 'uwv', give: { budget: 1 }, get: { cijfers: 1 } });
  step(2, { type: 'acceptTrade', offerId: 'o1' });
  step(0, { type: 'gift', to: 'welzijn', resources: { vrijwilligers: 1 } });
  step(3, { type: 'proposeTrade', to: 'bibliotheek', give: { bereik: 1 }, get: { locatie: 1 } });
  step(0, { type: 'declineTrade', offerId: 'o2' });
  step(1, { type: 'disclose', interestId: state.partners.gemeente!.interests[0], to: 'all' });
  step(2, { type: 'disclose', interestId: state.partners.uwv!.interests[0], to: 'gemeente' });
  step(0, { type: 'guess', target: 'gemeente', interestIds: [state.partners.gemeente!.interests[0]] });
  step(1, { type: 'guess', target: 'uwv', interestIds: [wrongUwv] });
  step(2, { type: 'pledge', projectId: 'p-training-uwv', resources: { bereik: 1, expertise: 1, budget: 1, cijfers: 1 } });
  step(3, { type: 'pledge', projectId: 'p-training-uwv', resources: { expertise: 1 } });
  step(1, { type: 'pledge', projectId: 'p-filmavond', resources: { draagvlak: 2 } });
  step(0, { type: 'pledge', projectId: 'p-filmavond', resources: { locatie: 1, expertise: 1 } });
  step('host', { type: 'advancePhase' }); // Uitvoering: both projects complete; two people are in view, one for each
  step('host', { type: 'advancePhase' }); // Terugblik
  const held = state.projects.completed.find((c) => c.id === 'p-training-uwv')!.personas[0];
  step(3, { type: 'hold', personaId: held, resource: 'bereik' });
  step('host', { type: 'endGame' });
  return { record, state };
}

describe('debrief of a hand-counted game', () => {
  const { record, state } = play();
  const d = debriefOf(state);
  const p = (role: string) => d.players.find((x) => x.role === role)!;

  it('counts what every partner gave, received, joined and showed', () => {
    expect(p('gemeente')).toMatchObject({
      given: { budget: 1 }, received: { cijfers: 1 }, balance: { budget: -1, cijfers: 1 }, trades: 1,
      gifts: { given: 0, received: 0 }, projectsJoined: ['p-filmavond'], cardsOnTable: 1,
      offers: { made: 1, accepted: 0, declined: 0, mine: { accepted: 1, declined: 0 } },
    });
    expect(p('uwv')).toMatchObject({ given: { cijfers: 1 }, received: { budget: 1 }, trades: 1, projectsJoined: ['p-training-uwv'], cardsOnTable: 1, offers: { made: 0, accepted: 1 } });
    expect(p('bibliotheek')).toMatchObject({ given: { vrijwilligers: 1 }, received: {}, givenTotal: 1, gifts: { given: 1, received: 0 }, trades: 0, projectsJoined: ['p-filmavond'], offers: { made: 0, declined: 1 } });
    expect(p('welzijn')).toMatchObject({ received: { vrijwilligers: 1 }, gifts: { received: 1 }, projectsJoined: ['p-training-uwv'], holds: 1, offers: { made: 1, mine: { declined: 1 } } });
    expect(p('uwv').contributed).toEqual({ budget: 1, expertise: 1, bereik: 1, cijfers: 1 });
  });

  it('reveals who put which card on the table, when and for whom', () => {
    const gem = d.interests.find((x) => x.role === 'gemeente')!;
    expect(gem.seats).toEqual([1]);
    expect(gem.interests[0].disclosures).toEqual([{ round: 1, phase: 'overleg', seat: 1, to: 'all' }]);
    expect(gem.interests[1].disclosures).toEqual([]);
    expect(d.interests.find((x) => x.role === 'uwv')!.interests[0].disclosures).toEqual([{ round: 1, phase: 'overleg', seat: 2, to: 'gemeente' }]);
    for (const partner of d.interests) for (const i of partner.interests) expect(i.met).toBe(state.result!.interests[partner.role]!.find((r) => r.id === i.id)!.met);
  });

  it('draws the network: a trade, a gift and two joint projects', () => {
    expect(d.network.end.edges).toEqual([
      { a: 'bibliotheek', b: 'gemeente', trades: 0, gifts: 0, projects: 1, cards: 0, weight: 1 },
      { a: 'bibliotheek', b: 'welzijn', trades: 0, gifts: 1, projects: 0, cards: 1, weight: 1 },
      { a: 'gemeente', b: 'uwv', trades: 1, gifts: 0, projects: 0, cards: 2, weight: 1 },
      { a: 'uwv', b: 'welzijn', trades: 0, gifts: 0, projects: 1, cards: 0, weight: 1 },
    ]);
    expect(d.network.end.centre).toEqual(FOUR);
    expect(d.network.end.outside).toEqual([]);
    expect(d.network.byRound).toHaveLength(1);
  });

  it('scores the guesses against the truth', () => {
    expect(d.guesses.cells.map((c) => [c.seat, c.target, c.hits])).toEqual([[0, 'gemeente', 1], [1, 'uwv', 0]]);
    expect(d.guesses.totals.map((t) => [t.seat, t.guessed, t.hits])).toEqual([[0, 1, 1], [1, 1, 0], [2, 0, 0], [3, 0, 0]]);
  });

  it('follows the residents: the two in view in round 1 reached, one by each project, one held by welzijn', () => {
    expect(d.personas.chart).toEqual({ target: 6, byRound: [{ round: 1, onBoard: 2 }], final: 2 });
    expect(d.personas.journeys).toHaveLength(2);
    expect(state.projects.completed.map((c) => c.personas.length)).toEqual([1, 1]);
    const held = d.personas.journeys.filter((j) => j.heldBy);
    expect(held).toHaveLength(1);
    expect(held[0]).toMatchObject({ reachedBy: 'p-training-uwv', reachedRound: 1, heldBy: { role: 'welzijn', resource: 'bereik' }, status: 'held', droppedRound: null });
  });

  it('is the same from the record, the replayed state and a JSON copy of the record', () => {
    expect(debrief(record)).toEqual(d);
    expect(debriefOf(replay(record))).toEqual(d);
    expect(debrief(JSON.parse(JSON.stringify(record)))).toEqual(d);
    expect(JSON.parse(JSON.stringify(d))).toEqual(d);
  });

  it('exports the players as CSV and the deals as a draft agreement', () => {
    const names = ['Anouk', 'Bram', 'Chris', 'Dewi'];
    // Dutch: semicolons, Dutch headers, partners, players and projects by name.
    const nl = parseCsv(toCsv(d.players, { locale: 'nl', seatName: (i) => names[i] }), ';');
    const col = (rows: string[][], row: string[], name: string) => row[rows[0].indexOf(name)];
    const gem = nl.find((r) => r[0] === 'Gemeente (beleid & wethouder)')!;
    expect([col(nl, gem, 'Gespeeld door'), col(nl, gem, 'Kaarten gegeven'), col(nl, gem, 'Kaarten gekregen'), col(nl, gem, 'Saldo Budget'), col(nl, gem, 'Projecten'), col(nl, gem, 'Biedingen gedaan')])
      .toEqual(['Bram', '1', '1', '-1', projectCard('p-filmavond').name.nl, '1']);
    // English: commas, English headers and names.
    const en = parseCsv(toCsv(d.players, { locale: 'en', seatName: (i) => names[i] }), ',');
    const gemEn = en.find((r) => r[0] === roleCard('gemeente').name.en)!;
    expect([col(en, gemEn, 'Played by'), col(en, gemEn, 'Cards given'), col(en, gemEn, 'Balance Budget'), col(en, gemEn, 'Projects')]).toEqual(['Bram', '1', '-1', projectCard('p-filmavond').name.en]);
    expect(en[0]).toHaveLength(nl[0].length);
    const text = agreement(state);
    expect(text).toContain('  - Gemeente (beleid & wethouder): 2× Draagvlak');
    expect(text).toContain('- Gemeente (beleid & wethouder) → UWV: 1× Budget');
    expect(text).toContain('- Bibliotheek (Taalhuis) → Welzijn & maatschappelijk werk: 1× Vrijwilligers');
    const english = agreement(state, 'en');
    expect(english).toContain('# Draft: local collaboration agreement on low literacy');
    expect(english).toContain(`  - ${roleCard('gemeente').name.en}: 2× ${CONTENT.resources.find((r) => r.id === 'draagvlak')!.name.en}`);
    expect(english).toContain('## Signatures');
    expect(english).not.toMatch(/Ondertekening|Wie brengt wat/);
  });

  it('works on a game still being played', () => {
    const live = replay({ ...record, actions: record.actions.slice(0, 8) });
    const partial = debriefOf(live);
    expect(partial.ended).toBe(false);
    expect(partial.personas.chart.byRound).toEqual([]);
    expect(partial.players.find((x) => x.role === 'gemeente')!.trades).toBe(1);
  });
});
