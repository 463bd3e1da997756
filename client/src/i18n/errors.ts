import type { JoinErrorCode, RoomErrorCode } from '../../../shared/protocol/errors';
import type { ErrorCode } from '../../../shared/rules/types';
import { REFERRAL_ERRORS } from './referral';

// A message for every refusal a player can meet: the engine's codes (typed against ErrorCode, so a
// new code fails the typecheck until it has a message) and the lobby/server codes.

type Messages = { nl: string; en: string };

export const ENGINE_ERRORS: Record<ErrorCode, Messages> = {
  game_over: { nl: 'Het spel is al afgelopen.', en: 'The game is already over.' },
  not_a_seat: { nl: 'Je speelt geen rol in dit spel.', en: 'You do not play a role in this game.' },
  host_only: { nl: 'Alleen de spelleider kan dat doen.', en: 'Only the host can do that.' },
  wrong_phase: {
    nl: 'Dat kan nu niet: het is de fase {phase}.',
    en: 'You cannot do that now: it is the {phase} phase.',
  },
  unknown_role: { nl: 'Die partner bestaat niet.', en: 'That partner does not exist.' },
  role_not_in_game: { nl: 'Die partner speelt niet mee.', en: 'That partner is not in the game.' },
  self_target: { nl: 'Dat kun je niet met jezelf doen.', en: 'You cannot do that with yourself.' },
  bad_amount: { nl: 'Kies een geldig aantal.', en: 'Choose a valid amount.' },
  empty_offer: { nl: 'Kies eerst wat je geeft of vraagt.', en: 'First choose what you give or ask.' },
  empty_bag: { nl: 'Kies eerst minstens één middel.', en: 'First choose at least one resource.' },
  too_many_offers: {
    nl: 'Je hebt al te veel open biedingen. Trek er eerst een in.',
    en: 'You already have too many open offers. Withdraw one first.',
  },
  insufficient_resources: {
    nl: 'Zoveel heb je niet{detail}.',
    en: 'You do not have that much{detail}.',
  },
  partner_lacks_resources: {
    nl: 'De andere partner heeft niet genoeg{detail}.',
    en: 'The other partner does not have enough{detail}.',
  },
  resource_frozen: {
    nl: 'Deze ronde kan {resource} niet van eigenaar wisselen.',
    en: 'This round {resource} cannot change hands.',
  },
  unknown_offer: { nl: 'Dat bod bestaat niet meer.', en: 'That offer no longer exists.' },
  not_offer_recipient: { nl: 'Dat bod is niet voor jou.', en: 'That offer is not for you.' },
  not_offer_sender: { nl: 'Alleen wie het bod deed, kan het intrekken.', en: 'Only the sender can withdraw it.' },
  unknown_project: { nl: 'Dat project bestaat niet.', en: 'That project does not exist.' },
  project_not_open: { nl: 'Dat project ligt niet (meer) op tafel.', en: 'That project is not on the table (any more).' },
  exceeds_need: {
    nl: 'Het project heeft niet zoveel nodig{detail}.',
    en: 'The project does not need that much{detail}.',
  },
  not_pledged: { nl: 'Zoveel heb je daar niet toegezegd.', en: 'You did not pledge that much there.' },
  project_locked: {
    nl: 'Dit project is rond: een toezegging is nu een afspraak.',
    en: 'This project is complete: a pledge is now a promise.',
  },
  unknown_interest: { nl: 'Dat belang bestaat niet.', en: 'That interest does not exist.' },
  not_your_interest: { nl: 'Dat is niet jouw belang.', en: 'That is not your interest.' },
  already_disclosed: { nl: 'Die kaart ligt al op tafel.', en: 'That card is already on the table.' },
  bad_guess: { nl: 'Kies belangen uit de lijst van die partner.', en: "Pick interests from that partner's list." },
  unknown_persona: { nl: 'Die inwoner bestaat niet.', en: 'That resident does not exist.' },
  persona_not_at_risk: { nl: 'Die inwoner hoeft niet vastgehouden te worden.', en: 'That resident does not need holding.' },
  bad_hold_resource: { nl: 'Vasthouden kan alleen met Bereik of Vrijwilligers.', en: 'Holding takes Reach or Volunteers.' },
  unknown_action: { nl: 'Die actie bestaat niet.', en: 'That action does not exist.' },
  ...REFERRAL_ERRORS,
};

/**
 * The few words shown beside a control the engine would refuse now, before anyone tries (the full
 * message above is what a refused attempt says).
 */
export const WHY_NOT: Partial<Record<ErrorCode, Messages>> = {
  wrong_phase: { nl: 'Kan in {phase} niet.', en: 'Not during {phase}.' },
  insufficient_resources: { nl: 'Niet in je hand.', en: 'Not in your hand.' },
  resource_frozen: { nl: '{resource} ligt vast deze ronde.', en: '{resource} is locked this round.' },
  too_many_offers: { nl: 'Te veel open biedingen.', en: 'Too many open offers.' },
  partner_lacks_resources: { nl: 'De ander heeft het niet meer.', en: 'They no longer have it.' },
  exceeds_need: { nl: 'Genoeg {resource}.', en: 'Enough {resource}.' },
  project_locked: { nl: 'Project is rond.', en: 'Project is complete.' },
  already_disclosed: { nl: 'Ligt al op tafel.', en: 'Already on the table.' },
};

/** Codes from the lobby, the room and joining (shared/protocol/errors), typed so none is missing. */
/** Refusals of the bots protocol (the shared code list may or may not name them yet). */
type BotErrorCode = 'not_a_bot_seat' | 'bot_plays_seat';

export const SERVER_ERRORS: Record<Exclude<RoomErrorCode, BotErrorCode> | JoinErrorCode | 'unknown', Messages> & Record<BotErrorCode, Messages> = {
  not_a_bot_seat: { nl: 'Op die plaats speelt geen bot.', en: 'No bot plays that seat.' },
  bot_plays_seat: {
    nl: 'Een bot speelt nu voor jou. Kies eerst "Zelf verder spelen".',
    en: 'A bot is playing for you now. Choose "Play on myself" first.',
  },
  bad_message: { nl: 'Dat bericht klopt niet. Probeer het opnieuw.', en: 'That message was not valid. Please try again.' },
  throttled: { nl: 'Even rustig aan: te veel berichten.', en: 'Slow down: too many messages.' },
  not_host: { nl: 'Alleen de spelleider kan dat doen.', en: 'Only the host can do that.' },
  not_a_seat: { nl: 'Je speelt geen rol in dit spel.', en: 'You do not play a role in this game.' },
  role_taken: { nl: 'Die rol is al gekozen door iemand anders.', en: 'Someone else already chose that role.' },
  role_not_offered: { nl: 'Die rol doet in dit spel niet mee.', en: 'That role is not in this game.' },
  room_full: { nl: 'Dit spel zit vol.', en: 'This game is full.' },
  game_started: { nl: 'Het spel is al begonnen.', en: 'The game has already started.' },
  game_not_started: { nl: 'Het spel is nog niet begonnen.', en: 'The game has not started yet.' },
  game_over: { nl: 'Het spel is al afgelopen.', en: 'The game is already over.' },
  unknown_edition: {
    nl: 'Er is geen editie met deze code. Kijk de code na, of laat het veld leeg voor de standaardkaarten.',
    en: 'There is no edition with this code. Check the code, or leave the field empty for the standard cards.',
  },
  not_enough_players: {
    nl: 'Er zijn {min} tot {max} spelers met een rol nodig.',
    en: '{min} to {max} players with a role are needed.',
  },
  seat_without_role: { nl: 'Nog niet iedere speler heeft een rol.', en: 'Not every player has a role yet.' },
  unknown_seat: { nl: 'Die plaats bestaat niet.', en: 'That seat does not exist.' },
  paused: { nl: 'Het spel is gepauzeerd.', en: 'The game is paused.' },
  not_paused: { nl: 'Het spel is niet gepauzeerd.', en: 'The game is not paused.' },
  untimed: { nl: 'Deze fase heeft geen klok.', en: 'This phase has no clock.' },
  game_not_over: { nl: 'Dat kan pas als het spel is afgelopen.', en: 'That is possible once the game is over.' },
  unknown_question: { nl: 'Die vraag hoort niet bij deze nabespreking.', en: 'That question is not part of this debrief.' },
  too_many_reflections: { nl: 'Er zijn al {max} antwoorden gegeven; meer kan niet.', en: '{max} answers have been given already; no more are possible.' },
  unknown_reflection: { nl: 'Dat antwoord bestaat niet (meer).', en: 'That answer does not exist (any more).' },
  name_taken: { nl: 'Die naam is al in gebruik. Kies een andere.', en: 'That name is already taken. Choose another.' },
  seat_taken: { nl: 'Op die plaats zit nog iemand.', en: 'Someone still has that seat.' },
  proof_needed: { nl: 'Even geduld: je browser rekent een toegangsbewijs uit.', en: 'One moment: your browser is working out an entry proof.' },
  server_error: {
    nl: 'De server kon dit niet opslaan. Er is niets veranderd.',
    en: 'The server could not record this. Nothing changed.',
  },
  bad_options: {
    nl: 'Deze pagina is verouderd. Laad de pagina opnieuw.',
    en: 'This page is out of date. Please reload it.',
  },
  not_found: { nl: 'Dat spel bestaat niet (meer).', en: 'That game does not exist (any more).' },
  bad_token: { nl: 'Je oude plaats is niet meer geldig.', en: 'Your old seat is no longer valid.' },
  too_many_attempts: {
    nl: 'Te veel pogingen. Wacht {retryAfter} seconden.',
    en: 'Too many attempts. Wait {retryAfter} seconds.',
  },
  shutting_down: { nl: 'De server stopt even. Probeer het zo opnieuw.', en: 'The server is stopping. Try again shortly.' },
  unknown: { nl: 'Dat lukte niet ({code}).', en: 'That did not work ({code}).' },
};
