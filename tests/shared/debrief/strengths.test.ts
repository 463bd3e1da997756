import { describe, expect, it } from 'vitest';
import { CONTENT, roleCard } from '../../../shared/content';
import { strengthsMarkdown, strengthsOf } from '../../../shared/debrief';
import { applyAction, createGame, defaultConfig, type Action, type Actor, type GameState } from '../../../shared/rules';
import { FOUR } from './table';

// The krachtenanalyse of one small game, played move by move and counted by hand.
// Seats: 0 bibliotheek, 1 gemeente, 2 uwv, 3 welzijn. Seed 42 opens p-training-uwv and p-filmavond.

function play(): GameState {
  let state = createGame(defaultConfig(FOUR), 42);
  const step = (actor: Actor, action: Action) => {
    const r = applyAction(state, actor, action);
    if (!r.ok) throw new Error(`${action.type} by ${actor}: ${r.error.code}`);
    state = r.state;
  };
  step('host', { type: 'advancePhase' });
  step(1, { type: 'proposeTrade', to: 'uwv', give: { budget: 1 }, get: { cijfers: 1 } });
  step(2, { type: 'acceptTrade', offerId: 'o1' });
  step(0, { type: 'gift', to: 'welzijn', resources: { vrijwilligers: 1 } });
  step(1, { type: 'disclose', interestId: state.partners.gemeente!.interests[0], to: 'all' });
  step(2, { type: 'disclose', interestId: state.partners.uwv!.interests[0], to: 'gemeente' });
  step(2, { type: 'pledge', projectId: 'p-training-uwv', resources: { bereik: 1, expertise: 1, budget: 1, cijfers: 1 } });
  step(3, { type: 'pledge', projectId: 'p-training-uwv', resources: { expertise: 1 } });
  step(1, { type: 'pledge', projectId: 'p-filmavond', resources: { draagvlak: 2 } });
  step(0, { type: 'pledge', projectId: 'p-filmavond', resources: { locatie: 1, expertise: 1 } });
  step('host', { type: 'advancePhase' });
  step('host', { type: 'advancePhase' });
  const held = state.projects.completed.find((c) => c.id === 'p-training-uwv')!.personas[0];
  step(3, { type: 'hold', personaId: held, resource: 'bereik' });
  step('host', { type: 'endGame' });
  return state;
}

const res = (id: string, l: 'nl' | 'en' = 'nl') => CONTENT.resources.find((r) => r.id === id)!.name[l];

describe('krachtenanalyse of a hand-counted game', () => {
  const state = play();
  const k = strengthsOf(state);
  const row = (role: string) => k.rows.find((r) => r.role === role)!;

  it('says per partner what it brought, got and depended on', () => {
    expect(row('uwv')).toMatchObject({
      functions: ['vindplaats', 'trainer', 'geldgever'],
      brings: { projects: { budget: 1, expertise: 1, bereik: 1, cijfers: 1 }, partners: { cijfers: 1 }, holds: 0, referrals: 0 },
      gets: { partners: { budget: 1 }, projects: ['p-training-uwv'], reached: 1 },
      dependsOn: [
        { role: 'gemeente', cards: 1, resources: ['budget'] },
        { role: 'welzijn', cards: 1, resources: ['expertise'] },
      ],
    });
    expect(row('welzijn')).toMatchObject({ functions: ['doorverwijzer', 'trainer'], brings: { holds: 1 }, gets: { partners: { vrijwilligers: 1 } } });
    expect(row('welzijn').dependsOn.map((d) => [d.role, d.cards])).toEqual([['uwv', 4], ['bibliotheek', 1]]);
    expect(row('gemeente')).toMatchObject({ functions: ['geldgever'], gets: { projects: ['p-filmavond'] } });
    expect(row('bibliotheek')).toMatchObject({ functions: ['trainer'], brings: { partners: { vrijwilligers: 1 } } });
    for (const r of k.rows) expect(r.gets.interests).toBe(2);
  });

  it('gathers what the afwegingstabel shows of the game', () => {
    expect(k.preconditions).toEqual({
      onBoard: 2, target: 6, shown: 2, interests: 8, shownToOne: 1, active: 4, partners: 4,
      budgetUsed: 1, budgetLeft: FOUR.reduce((n, r) => n + (state.partners[r]!.hand.budget ?? 0), 0),
      gemeenteProjects: 1, held: 1, dropped: 0, byRound: [2], figuresUsed: 1,
    });
  });

  it('writes the analysis, the form for the team\'s own partners and the weighing table, in Dutch', () => {
    const md = strengthsMarkdown(state, 'nl');
    expect(md).toContain('# Krachtenanalyse en afwegingstabel');
    expect(md).toContain(`| UWV | vindplaats, trainer, geldgever | in projecten: 1× ${res('budget')}, 1× ${res('expertise')}, 1× ${res('bereik')}, 1× ${res('cijfers')}; aan partners: 1× ${res('cijfers')} |`);
    expect(md).toContain(`${roleCard('welzijn').name.nl} | doorverwijzer, trainer | in projecten: 1× ${res('expertise')}; 1 inwoner vastgehouden |`);
    // The empty form: every role played, prefilled with its function, the real partner left to fill in.
    for (const r of FOUR) expect(md).toMatch(new RegExp(`\\| ${roleCard(r).name.nl.replace(/[()&]/g, '.')} \\| \\| [a-z, ]* \\| \\| \\| \\|`));
    expect(md).toContain('| Samen een doel | Weten we welk probleem we samen aanpakken, en voor wie? | 2 van 6 inwoners aan boord | | |');
    expect(md).toContain('1 keer vastgehouden, 0 inwoners afgehaakt');
    expect(md.split('\n').filter((l) => l.startsWith('| ')).length).toBe((2 + 4) + (2 + 4 + 2) + (2 + 9));
  });

  it('and in English, with no Dutch left in the frame', () => {
    const md = strengthsMarkdown(state, 'en');
    expect(md).toContain('# Strengths analysis and weighing table');
    expect(md).toContain(`| ${roleCard('uwv').name.en} | finder, trainer, funder |`);
    expect(md).toContain('| A shared goal | Do we know which problem we tackle together, and for whom? | 2 of 6 residents on board | | |');
    expect(md).not.toMatch(/Krachtenanalyse|in projecten|vastgehouden|Randvoorwaarde|Bij ons/);
  });
});
