import { cardsFor } from '../content';
import type { InterestCard } from '../content/schema';
import { normalize } from '../model/bag';
import type { RoleId } from '../model/ids';
import { seedState, shuffled, type Rng } from '../rng';
import { assertValidConfig, personasInPlay } from './config';
import { log, startRound } from './phases';
import type { GameConfig, GameDraft, GameState, PartnerState } from './types';

/** A role's interest cards that can be dealt at this table: a card about a partner only when that partner plays. */
export function dealableInterests(role: RoleId, roles: readonly RoleId[], edition?: string | null): readonly InterestCard[] {
  return cardsFor(edition).interestDeck(role).filter((i) => i.rule.kind !== 'projectWith' || roles.includes(i.rule.role));
}

/** A new game from its config and seed: roles dealt, decks shuffled, round 1's event revealed. */
export function createGame(config: GameConfig, seed: number): GameState {
  assertValidConfig(config);
  const cards = cardsFor(config.edition);
  const rng: Rng = { state: seedState(seed) };
  const partners: GameDraft['partners'] = {};
  for (const role of config.roles) {
    const deck = shuffled(rng, dealableInterests(role, config.roles, config.edition).map((i) => i.id));
    const partner: PartnerState = {
      role,
      hand: normalize(cards.roleCard(role).hand),
      interests: deck.slice(0, config.interestsPerSeat),
      received: {},
      gave: {},
      helped: {},
      gifted: {},
    };
    partners[role] = partner;
  }
  const projectDeck = shuffled(rng, cards.content.projects.map((p) => p.id));
  const table = projectDeck.slice(0, config.tableSize);
  const personaDeck = shuffled(rng, cards.content.personas.map((p) => p.id)).slice(0, personasInPlay(config));
  const personas: GameDraft['personas'] = {};
  for (const id of personaDeck) {
    personas[id] = { id, status: 'waiting', reachedRound: null, reachedBy: null, droppedRound: null };
  }
  const state: GameDraft = {
    version: 1,
    config,
    seed,
    rng: 0,
    status: 'playing',
    round: 0,
    phase: 'gebeurtenis',
    seats: config.roles.slice(),
    partners,
    projects: { deck: projectDeck.slice(config.tableSize), table, completed: [] },
    pledges: Object.fromEntries(table.map((id) => [id, {}])),
    offers: [],
    nextOfferId: 1,
    personas,
    personaDeck,
    events: { deck: shuffled(rng, cards.content.events.map((e) => e.id)), current: null, history: [] },
    reflections: shuffled(rng, cards.content.lessons.map((l) => l.id)).slice(0, config.rounds),
    modifiers: { frozen: [], bonusReach: {} },
    disclosures: [],
    guesses: {},
    log: [],
    result: null,
  };
  state.rng = rng.state;
  startRound(state, 1);
  if (config.openInterests) openAllInterests(state);
  return state;
}

/** Cards on the table: every dealt interest disclosed to everyone at the start, as if each partner had shown it. */
function openAllInterests(s: GameDraft): void {
  for (const role of s.config.roles) {
    for (const interestId of s.partners[role]!.interests) {
      s.disclosures.push({ role, interestId, to: 'all', round: s.round });
      log(s, { t: 'disclose', role, interestId, to: 'all' });
    }
  }
}
