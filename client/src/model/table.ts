import { RESOURCES, type Bag, type Locale, type ResourceId, type RoleId } from '../../../shared/model/ids';
import type { SeatInfo } from '../../../shared/protocol/room';
import type { Offer, PersonaStatus } from '../../../shared/rules/types';
import { settlesAtEnd } from '../../../shared/rules/scoring';
import type { GameView, PlayerView, ProjectView, TableView } from '../../../shared/view/types';
import { bagEntries, sumBags } from './bag';
import * as cards from './cards';
import { seatBot, seatLabel, standsIn } from './bots';
import type { Personality } from '../../../shared/bots/types';

// View-models of the table: what the DOM panels and the board show, computed from a view alone.
// Needs come from the view (pledged + missing), never from card numbers that are still being tuned.

export interface NeedRow {
  resource: ResourceId;
  need: number;
  pledged: number;
  missing: number;
  mine: number;
  /** How many I could still add: what I hold, capped by what is missing. A hint; the engine decides. */
  canAdd: number;
}

export interface ProjectVM {
  id: string;
  name: string;
  description: string;
  place: string;
  domains: string[];
  reach: number;
  minPartners: number;
  partnerCount: number;
  enoughPartners: boolean;
  rows: NeedRow[];
  pledgers: { role: RoleId; name: string; bag: Bag; isMe: boolean }[];
  myPledge: Bag;
  ready: boolean;
  complete: boolean;
}

export function projectVM(p: ProjectView, hand: Bag, me: RoleId | null, locale: Locale): ProjectVM {
  const card = cards.project(p.id);
  const pledgedTotal = sumBags(Object.values(p.pledged));
  const myPledge = (me && p.pledged[me]) || {};
  const rows: NeedRow[] = RESOURCES.map((r) => {
    const pledged = pledgedTotal[r] ?? 0;
    const missing = p.missing[r] ?? 0;
    const mine = myPledge[r] ?? 0;
    return { resource: r, need: pledged + missing, pledged, missing, mine, canAdd: Math.min(hand[r] ?? 0, missing) };
  }).filter((row) => row.need > 0 || row.mine > 0);
  const minPartners = card?.minPartners ?? 1;
  return {
    id: p.id,
    name: cards.projectName(p.id, locale),
    description: card ? card.description[locale] : '',
    place: card?.place ?? '',
    domains: (card?.domains ?? []).map((d) => cards.domainName(d, locale)),
    reach: card?.reach ?? 0,
    minPartners,
    partnerCount: p.partners.length,
    enoughPartners: p.partners.length >= minPartners,
    rows,
    pledgers: p.partners.map((role) => ({
      role,
      name: cards.roleName(role, locale),
      bag: p.pledged[role] ?? {},
      isMe: role === me,
    })),
    myPledge,
    ready: p.ready,
    complete: rows.every((r) => r.missing === 0),
  };
}

export function projectsVM(view: GameView, locale: Locale): ProjectVM[] {
  const hand = view.kind === 'player' ? view.hand : {};
  const me = view.kind === 'player' ? view.role : null;
  return view.projects.map((p) => projectVM(p, hand, me, locale));
}

export interface OfferVM {
  id: string;
  other: RoleId;
  otherName: string;
  /** From my side: what I would give and what I would get if it goes through. */
  iGive: Bag;
  iGet: Bag;
  incoming: boolean;
  isCounter: boolean;
}

export function offersVM(offers: readonly Offer[], me: RoleId, locale: Locale): { incoming: OfferVM[]; outgoing: OfferVM[] } {
  const vm = (o: Offer): OfferVM => {
    const incoming = o.to === me;
    const other = incoming ? o.from : o.to;
    return {
      id: o.id,
      other,
      otherName: cards.roleName(other, locale),
      iGive: incoming ? o.get : o.give,
      iGet: incoming ? o.give : o.get,
      incoming,
      isCounter: o.counterOf !== null,
    };
  };
  return {
    incoming: offers.filter((o) => o.to === me).map(vm),
    outgoing: offers.filter((o) => o.from === me && o.to !== me).map(vm),
  };
}

export interface PartnerVM {
  role: RoleId;
  roleName: string;
  mission: string;
  playerName: string;
  seat: number;
  played: boolean;
  connected: boolean;
  /** The seat's player is gone (dropped or away): the host may let a bot play it. */
  absent: boolean;
  bot: Personality | null;
  /** A person's seat a bot plays for now (the host can hand it back). */
  botForPerson: boolean;
  handCount: number;
  disclosed: { interestId: string; title: string; text: string; toYou: boolean }[];
  myGuess: readonly string[];
}

export function partnersVM(view: PlayerView, seats: SeatInfo[], locale: Locale): PartnerVM[] {
  return view.partners
    .filter((p) => p.role !== view.role)
    .map((p) => {
      const seat = seats.find((s) => s.seat === p.seat);
      return {
        role: p.role,
        roleName: cards.roleName(p.role, locale),
        mission: cards.roleMission(p.role, locale),
        playerName: seatLabel(seat, locale),
        seat: p.seat,
        played: p.seat >= 0,
        connected: seat ? seat.connected && !seat.away : false,
        absent: seat ? !seatBot(seat) && (!seat.connected || seat.away) : false,
        bot: seatBot(seat),
        botForPerson: standsIn(seat),
        handCount: p.handCount,
        disclosed: p.disclosed.map((d) => ({
          interestId: d.interestId,
          title: cards.interestTitle(d.interestId, locale),
          text: cards.interestText(d.interestId, locale, view.seats.length),
          toYou: d.to === 'you',
        })),
        myGuess: view.guesses[p.role] ?? [],
      };
    });
}

export interface InterestVM {
  id: string;
  title: string;
  text: string;
  points: number;
  met: boolean;
  /** Whether the interest can still be won or lost before the end (so "met" is for now). */
  provisional: boolean;
  disclosedToAll: boolean;
  disclosedTo: RoleId[];
  /** Partners it can still be shown to (everyone it is not yet shown to). */
  canShowTo: RoleId[];
}

export function interestsVM(view: PlayerView, locale: Locale): InterestVM[] {
  const others = view.partners.map((p) => p.role).filter((r) => r !== view.role);
  return view.interests.map((i) => {
    const all = i.disclosedTo === 'all';
    const to = all ? [] : (i.disclosedTo as RoleId[]);
    const card = cards.interest(i.id);
    return {
      id: i.id,
      title: cards.interestTitle(i.id, locale),
      text: cards.interestText(i.id, locale, view.seats.length),
      points: cards.interest(i.id)?.points ?? 0,
      met: i.met,
      // Met for now, but it can still be lost before the end: say so, not "met".
      provisional: view.status === 'playing' && !!card && settlesAtEnd(card.rule),
      disclosedToAll: all,
      disclosedTo: to,
      canShowTo: all ? [] : others.filter((r) => !to.includes(r)),
    };
  });
}

export interface PersonaVM {
  id: string;
  name: string;
  portrait: string;
  status: PersonaStatus;
  onBoard: boolean;
}

export interface PersonaTrackVM {
  onBoard: number;
  target: number;
  /** Residents in view this round (0 once the game has ended). */
  inView: number;
  reachedTarget: boolean;
  personas: PersonaVM[];
  /** One slot per target place: filled by a persona on board or empty. */
  slots: { filled: boolean }[];
}

const ON_BOARD: PersonaStatus[] = ['reached', 'held'];

export function personaTrackVM(view: TableView, locale: Locale): PersonaTrackVM {
  const personas = view.personas
    .filter((p) => p.status !== 'waiting')
    .map((p) => ({
      id: p.id,
      name: cards.personaName(p.id),
      portrait: cards.personaPortrait(p.id, locale),
      status: p.status,
      onBoard: ON_BOARD.includes(p.status),
    }));
  const slotCount = Math.max(view.target, view.onBoard);
  return {
    onBoard: view.onBoard,
    target: view.target,
    inView: view.inView,
    reachedTarget: view.onBoard >= view.target,
    personas,
    slots: Array.from({ length: slotCount }, (_, i) => ({ filled: i < view.onBoard })),
  };
}

export const handEntries = (view: PlayerView) => bagEntries(view.hand);
