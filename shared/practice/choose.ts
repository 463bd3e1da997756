import { PERSONALITIES, type Personality } from '../bots/types';
import { eventCard, roleCard } from '../content';
import { ROLES, type Locale, type RoleId, type Text } from '../model/ids';
import type { RoomSettings } from '../protocol/messages';
import { UNTIMED_TIMERS, defaultRoomSettings } from '../protocol/settings';
import { seedState, shuffled } from '../rng';
import { createGame, defaultConfig } from '../rules';
import type { CoachRuleId } from '../coach/types';
import type { History } from './history';
import type { Focus, GameSummary } from './summary';

// The next solo game, chosen to practise a weak spot in the recent games, with the reason shown.
// One rule per weak spot, checked in this order; the first that holds picks the set-up.

/** Games looked at: the last few, so a habit the player has left behind stops counting. */
export const RECENT = 3;

export interface PracticeSetup {
  focus: Focus;
  /** Why this game, in the player's words (filled in). */
  reason: Text;
  role: RoleId;
  seats: number;
  rounds: number;
  bots: Personality | 'mixed';
  /** The table: the player's role first, then the bots' roles. */
  roles: RoleId[];
  /** Ready to create the solo room with. */
  settings: RoomSettings;
  /** A game seed whose events suit the practice (for a room that takes a seed), and those events. */
  seed: number;
  events: string[];
}

/** "In 2 of your last 3 games" / "In your last game". */
function inGames(n: number, m: number, l: Locale): string {
  if (l === 'nl') return m === 1 ? 'In je laatste spel' : `In ${n} van je laatste ${m} spellen`;
  return m === 1 ? 'In your last game' : `In ${n} of your last ${m} games`;
}

const withTheme = (games: GameSummary[], ...themes: CoachRuleId[]) => games.filter((g) => g.themes.some((t) => themes.includes(t))).length;

interface Pick {
  focus: Focus;
  reason: Text;
  role?: RoleId;
  seats?: number;
  rounds?: number;
  bots: Personality | 'mixed';
}

function weakSpot(games: GameSummary[], last: RoleId): Pick | null {
  const m = games.length;
  const enough = Math.min(2, m);
  const held = withTheme(games, 'let-go');
  if (held >= enough) {
    return {
      focus: 'hold',
      role: last === 'gemeente' ? 'welzijn' : last,
      rounds: 5,
      bots: 'verbinder',
      reason: {
        nl: `${inGames(held, m, 'nl')} haakten inwoners af die je had kunnen vasthouden. In dit spel laten gebeurtenissen mensen afhaken. Oefen het vasthouden.`,
        en: `${inGames(held, m, 'en')} residents dropped out whom you could have held on to. In this game, events make people drop out. Practise holding on.`,
      },
    };
  }
  const shown = games.reduce((n, g) => n + g.shown, 0);
  const cards = games.reduce((n, g) => n + g.interests, 0);
  const hidden = withTheme(games, 'hidden-interest');
  if (hidden >= enough || (cards > 0 && shown / cards <= 0.25)) {
    return {
      focus: 'disclose',
      bots: 'verbinder',
      reason: {
        nl: `${m === 1 ? 'In je laatste spel' : `In je laatste ${m} spellen`} legde je ${shown} van je ${cards} belangen op tafel. Aan deze tafel zitten verbinders: zij helpen wie laat zien wat hij nodig heeft.`,
        en: `${m === 1 ? 'In your last game' : `In your last ${m} games`} you put ${shown} of your ${cards} interests on the table. This table has connectors: they help whoever shows what they need.`,
      },
    };
  }
  const stranded = withTheme(games, 'stranded-pledge', 'withdrawn-pledge');
  if (stranded >= enough) {
    return {
      focus: 'finish',
      seats: 3,
      bots: 'verbinder',
      reason: {
        nl: `${inGames(stranded, m, 'nl')} bleven kaarten van jou liggen op projecten die niet af kwamen. Aan een kleine tafel oefen je om samen één project af te maken.`,
        en: `${inGames(stranded, m, 'en')} your cards stayed on projects that were never finished. At a small table you practise finishing one project together.`,
      },
    };
  }
  const offers = withTheme(games, 'unanswerable-offer', 'declined-offer');
  if (offers >= enough) {
    return {
      focus: 'offers',
      bots: 'eigenbelang',
      reason: {
        nl: `${inGames(offers, m, 'nl')} ging een ruil niet door die had gekund. Aan deze tafel denken partners vooral aan zichzelf: doe een aanbod waar zij ook iets aan hebben.`,
        en: `${inGames(offers, m, 'en')} a trade that could have happened did not. At this table partners think of themselves first: make an offer that is good for them too.`,
      },
    };
  }
  const lost = games.filter((g) => !g.won).length;
  if (lost >= enough) {
    return {
      focus: 'team',
      role: last === 'gemeente' ? 'bibliotheek' : 'gemeente',
      bots: 'mixed',
      reason: {
        nl: `${inGames(lost, m, 'nl')} haalde je team het doel niet. Speel nu ${last === 'gemeente' ? 'de Bibliotheek: de partner waar het spel om draait' : 'de gemeente: de partner die het meest nodig is'}.`,
        en: `${inGames(lost, m, 'en')} your team missed its target. Now play ${last === 'gemeente' ? 'the library: the partner the game is about' : 'the municipality: the partner most needed'}.`,
      },
    };
  }
  return null;
}

function otherwise(all: GameSummary[], recent: GameSummary[]): Pick {
  if (all.length === 0) {
    return {
      focus: 'first',
      role: 'bibliotheek',
      bots: 'mixed',
      reason: {
        nl: 'Je eerste oefenspel. Je speelt de Bibliotheek met drie partners. Daarna kijkt de coach met je terug.',
        en: 'Your first practice game. You play the library with three partners. Afterwards the coach looks back with you.',
      },
    };
  }
  if (recent.length >= RECENT && recent.every((g) => g.won)) {
    return {
      focus: 'harder',
      seats: 6,
      bots: 'eigenbelang',
      reason: {
        nl: `Je won je laatste ${recent.length} spellen. Nu een grotere tafel, met partners die vooral aan zichzelf denken.`,
        en: `You won your last ${recent.length} games. Now a bigger table, with partners who think of themselves first.`,
      },
    };
  }
  const fresh = ROLES.find((r) => !all.some((g) => g.role === r)) ?? ROLES[all.length % ROLES.length];
  return {
    focus: 'new-role',
    role: fresh,
    bots: 'mixed',
    reason: {
      nl: `Geen zwakke plek in je laatste spellen. Speel eens een partner die je nog niet speelde: ${roleCard(fresh).name.nl}.`,
      en: `No weak spot in your recent games. Try a partner you have not played yet: ${roleCard(fresh).name.en}.`,
    },
  };
}

/** The gemeente and the Bibliotheek always at the table (as at a training day), the rest drawn with the seed. */
function tableFor(role: RoleId, seats: number, seed: number): RoleId[] {
  const core = (['gemeente', 'bibliotheek'] as RoleId[]).filter((r) => r !== role);
  const rest = shuffled({ state: seedState(seed) }, ROLES.filter((r) => r !== role && !core.includes(r)));
  return [role, ...core, ...rest].slice(0, seats);
}

/** Events that make unheld residents drop out, in a round after the first: a game that tests holding. */
function testsHolding(events: string[]): boolean {
  return events.slice(1).some((id) => eventCard(id).effects.some((e) => e.kind === 'dropout'));
}

export function nextPractice(h: History): PracticeSetup {
  const recent = h.games.slice(-RECENT);
  const last = recent.length > 0 ? recent[recent.length - 1].role : 'bibliotheek';
  const pick = (recent.length > 0 ? weakSpot(recent, last) : null) ?? otherwise(h.games, recent);
  const role = pick.role ?? last;
  const seats = pick.seats ?? 4;
  const rounds = pick.rounds ?? 4;
  const base = 1 + h.games.length * 101;
  const roles = tableFor(role, seats, base);
  let seed = base;
  const eventsOf = (sd: number) => createGame(defaultConfig(roles, { rounds }), sd).events.deck.slice(0, rounds);
  if (pick.focus === 'hold') for (let k = 0; k < 500 && !testsHolding(eventsOf(seed)); k++) seed++;
  const bots = roles.slice(1).map((r, i) => ({ role: r, personality: pick.bots === 'mixed' ? PERSONALITIES[i % PERSONALITIES.length] : pick.bots }));
  const settings: RoomSettings = { ...defaultRoomSettings(true), rounds, timers: { ...UNTIMED_TIMERS }, roles, bots };
  return { focus: pick.focus, reason: pick.reason, role, seats, rounds, bots: pick.bots, roles, settings, seed, events: eventsOf(seed) };
}
