import { addInto, total } from '../model/bag';
import type { Bag, RoleId } from '../model/ids';
import type { GameConfig, GameState, LogEntry, PersonaStatus } from '../rules/types';
import { linksIn, snapshot, type Link } from './network';
import type { JourneyStep, NetworkDebrief, NetworkSnapshot, OfferStats, OnBoardPoint } from './types';
import { noteSeats, transfersIn, type Completion, type Transfer } from './walk';

// The log read once for what the debrief counts from it: who played which role, the rounds, the
// transfers, the completed projects, the network's links, each partner's tally, each resident's
// journey, the cards taken back and how many projects held cards at once. The final debrief reads
// a game's log once for all of these (index.ts). A room keeps its fold (room/signals.ts) and
// hands it the game each time: it reads only the entries added since, so the console's signals
// cost the same every second of a long game (they read the whole log several times over).

/** What the log counts for a partner: cards given and received added up in place (put in order by the reader). */
export interface Tally {
  given: Bag;
  received: Bag;
  gifts: { given: number; received: number };
  /** Cards given away as gifts. */
  giftCards: number;
  trades: number;
  projectsJoined: string[];
  cardsOnTable: number;
  offers: OfferStats;
  holds: number;
}

const tally = (): Tally => ({
  given: {},
  received: {},
  gifts: { given: 0, received: 0 },
  giftCards: 0,
  trades: 0,
  projectsJoined: [],
  cardsOnTable: 0,
  offers: { made: 0, accepted: 0, declined: 0, countered: 0, mine: { accepted: 0, declined: 0, countered: 0, withdrawn: 0, expired: 0 } },
  holds: 0,
});

const ON_BOARD: readonly PersonaStatus[] = ['reached', 'held'];

export class LogFold {
  /** The game folded (its config), and how far its log was read: the last entry read and the count. */
  private config: GameConfig | null = null;
  private last: LogEntry | undefined = undefined;
  private n = 0;
  /** The seats each role was played from. */
  seats = new Map<RoleId, Set<number>>();
  /** The highest round the log reached. */
  rounds = 0;
  transfers: Transfer[] = [];
  completions: Completion[] = [];
  /** The network's links, in the log's order. */
  links: Link[] = [];
  /** Every entry so far came in round order (as the engine writes them): so did the links. */
  private inOrder = true;
  /** The network's snapshots of the rounds the log has gone past (network.ts): no link comes for them any more. */
  private snapshots: NetworkSnapshot[] = [];
  tallies = new Map<RoleId, Tally>();
  /** Each resident's status and journey so far, and those on board after each Uitvoering. */
  status = new Map<string, PersonaStatus>();
  steps = new Map<string, JourneyStep[]>();
  byRound: OnBoardPoint[] = [];
  /** Cards taken back from projects. */
  unpledged = 0;
  /** The open projects holding cards now, and the most that did at once. */
  private pledged = new Map<string, number>();
  spreadMax = 0;

  /** The fold of `s`'s whole log: a log that goes on from the one read last is read from where that one ended. */
  of(s: GameState): this {
    const log = s.log;
    if (s.config !== this.config || log.length < this.n || (this.n > 0 && log[this.n - 1] !== this.last)) this.reset(s.config);
    try {
      for (let i = this.n; i < log.length; i++) this.read(log[i]);
    } catch (e) {
      // An entry read in part: the next call reads the log from its start.
      this.config = null;
      throw e;
    }
    this.n = log.length;
    this.last = log[log.length - 1];
    return this;
  }

  /** The links sorted by round. */
  private linksByRound(): readonly Link[] {
    return this.inOrder ? this.links : this.links.slice().sort((x, y) => x.round - y.round);
  }

  /**
   * The network of the game (network.ts `networkOf`): a round before the last one the log reached
   * gets no more links, so its snapshot is kept and not worked out again (while the entries come in
   * round order, as the engine writes them).
   */
  network(): NetworkDebrief {
    const nodes = (this.config?.roles ?? []).slice();
    const all = this.linksByRound();
    const kept = this.inOrder ? this.snapshots : [];
    const byRound = Array.from({ length: this.rounds }, (_, i) => kept[i] ?? snapshot(nodes, all, i + 1));
    for (let i = kept.length; i < this.rounds - 1; i++) kept[i] = byRound[i];
    return { nodes, end: byRound[byRound.length - 1] ?? snapshot(nodes, all, 0), byRound };
  }

  private reset(config: GameConfig): void {
    this.config = config;
    this.last = undefined;
    this.n = 0;
    this.seats = new Map();
    noteSeats(this.seats, config.roles);
    this.rounds = 0;
    this.transfers = [];
    this.completions = [];
    this.links = [];
    this.inOrder = true;
    this.snapshots = [];
    this.tallies = new Map(config.roles.map((r) => [r, tally()]));
    this.status = new Map();
    this.steps = new Map();
    this.byRound = [];
    this.unpledged = 0;
    this.pledged = new Map();
    this.spreadMax = 0;
  }

  private read(e: LogEntry): void {
    if (e.round > this.rounds) this.rounds = e.round;
    else if (e.round < this.rounds) this.inOrder = false;
    const from = this.transfers.length;
    transfersIn(e, this.transfers);
    for (let i = from; i < this.transfers.length; i++) this.transfer(this.transfers[i]);
    linksIn(e, this.links);
    this.tallyEntry(e);
    this.persona(e);
    switch (e.t) {
      case 'swap':
        noteSeats(this.seats, e.roles);
        break;
      case 'completed':
        this.completions.push({ projectId: e.projectId, round: e.round, partners: e.partners });
        this.pledged.delete(e.projectId);
        break;
      case 'pledge':
      case 'unpledge': {
        if (e.t === 'unpledge') this.unpledged += total(e.resources);
        const n = (this.pledged.get(e.projectId) ?? 0) + (e.t === 'pledge' ? 1 : -1) * total(e.resources);
        if (n > 0) this.pledged.set(e.projectId, n);
        else this.pledged.delete(e.projectId);
        this.spreadMax = Math.max(this.spreadMax, this.pledged.size);
        break;
      }
      default:
        break;
    }
  }

  private transfer(t: Transfer): void {
    const a = this.tallies.get(t.from);
    const b = this.tallies.get(t.to);
    if (a) addInto(a.given, t.bag);
    if (b) addInto(b.received, t.bag);
    if (t.kind === 'gift') {
      if (a) {
        a.gifts.given += 1;
        a.giftCards += total(t.bag);
      }
      if (b) b.gifts.received += 1;
      // A trade is a transfer in each direction: counting the one a partner gave in counts it once.
    } else if (a) a.trades += 1;
  }

  private tallyEntry(e: LogEntry): void {
    const out = this.tallies;
    switch (e.t) {
      case 'completed':
        for (const r of e.partners) out.get(r)?.projectsJoined.push(e.projectId);
        break;
      case 'disclose':
        if (out.has(e.role)) out.get(e.role)!.cardsOnTable += 1;
        break;
      case 'held':
        if ('role' in e.by && out.has(e.by.role)) out.get(e.by.role)!.holds += 1;
        break;
      case 'offer':
        if (out.has(e.offer.from)) out.get(e.offer.from)!.offers.made += 1;
        break;
      case 'offerClosed': {
        const from = out.get(e.from);
        if (from) from.offers.mine[e.outcome] += 1;
        const to = out.get(e.to);
        if (to && (e.outcome === 'accepted' || e.outcome === 'declined' || e.outcome === 'countered')) to.offers[e.outcome] += 1;
        break;
      }
      default:
        break;
    }
  }

  private step(id: string, st: JourneyStep): void {
    const list = this.steps.get(id);
    if (list) list.push(st);
    else this.steps.set(id, [st]);
  }

  private persona(e: LogEntry): void {
    const status = this.status;
    const at = { round: e.round, phase: e.phase };
    switch (e.t) {
      case 'reached':
        status.set(e.personaId, 'reached');
        this.step(e.personaId, { ...at, kind: 'reached', projectId: e.projectId });
        break;
      case 'held':
        status.set(e.personaId, 'held');
        if (!('role' in e.by)) this.step(e.personaId, { ...at, kind: 'held', projectId: e.by.projectId });
        else if (e.by.referredBy) this.step(e.personaId, { ...at, kind: 'held', role: e.by.role, resource: e.by.resource, referredBy: e.by.referredBy });
        else this.step(e.personaId, { ...at, kind: 'held', role: e.by.role, resource: e.by.resource });
        break;
      case 'referred':
      case 'referralLapsed':
        this.step(e.personaId, { ...at, kind: e.t, from: e.from, to: e.to });
        break;
      case 'dropped':
        status.set(e.personaId, 'dropped');
        this.step(e.personaId, { ...at, kind: 'dropped', eventId: e.eventId });
        break;
      case 'comeback':
        status.set(e.personaId, 'held');
        this.step(e.personaId, { ...at, kind: 'comeback', eventId: e.eventId });
        break;
      case 'phase':
        // The Terugblik opens right after the Uitvoering resolved: the round's count.
        if (e.phase === 'terugblik') {
          let onBoard = 0;
          for (const v of status.values()) if (ON_BOARD.includes(v)) onBoard++;
          this.byRound.push({ round: e.round, onBoard });
        }
        break;
      default:
        break;
    }
  }
}

/** The fold of a game's whole log, read once. */
export const foldOf = (s: GameState): LogFold => new LogFold().of(s);
