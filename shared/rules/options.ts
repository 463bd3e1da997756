import { kindBits, normalBag } from '../model/bag';
import { RESOURCES, type Bag, type RoleId } from '../model/ids';
import { HOLD_RESOURCES, type Action, type Actor, type GameState } from './types';
import { StateFacts, UNIT } from './option-facts';
import { Lister, OptionsMemo, type Kept, type Option, type TableControl, type Vary } from './option-list';
import { inputsIn } from './option-memo';
import { referralMoves } from './referral';

export { byKey, sharedOptions, StateFacts, UNIT, type SharedAct } from './option-facts';
export { OptionsMemo, type Option, type TableControl, type Vary } from './option-list';

// What a seat may do now: the one answer the engine gives to bots, the table's controls, the tests
// and the simulation. Each option is a concrete action with the reducer's own answer to it
// (`refusalOf`, apply.ts: the same checks, nothing changed), so no rule is written twice. Where the
// player chooses amounts (a trade of 2 for 3) or the partner, the option says what may vary, and
// the engine checks the final action when it is sent.
//
// Keys name an option while it stands (a table finds its control by it; deltas send changed ones):
// `pledge|unpledge:<project>:<resource>`, `hold:<persona>:<resource>`, `give|get|offer:<resource>`
// (one card given, asked, offered), `trade`, `gift`, `accept|counter|decline|withdraw:<offer id>`,
// `disclose:<interest>` (to all), `disclose:<interest>:<role>`, `guess:<role>`, `refer:<persona>:<role>`,
// `takeUp:<persona>:<resource>`.

const NOTHING: Bag = normalBag({});
/** The kinds a hold is paid with, a bit each (kindBits' order). */
const HOLD_KINDS = /* @__PURE__ */ kindBits(Object.fromEntries(HOLD_RESOURCES.map((r) => [r, 1])) as Bag);
const NO_IDS = Object.freeze([]) as unknown as string[];
const TRADE: Vary = Object.freeze({ amounts: Object.freeze(['give', 'get'] as const) });
const GIFT: Vary = Object.freeze({ amounts: Object.freeze(['resources'] as const) });
const GUESS: Vary = Object.freeze({ amounts: Object.freeze(['interestIds'] as const) });

/**
 * What `actor` may do now, each option with the engine's answer; none once the game has ended.
 * With a memo (one per seat, owned by the caller), groups whose inputs did not change are reused.
 */
export function options(s: GameState, actor: Actor, memo?: OptionsMemo): Option[] {
  return walk(s, actor, memo)?.list() ?? [];
}

/**
 * The partners a seat's trades and gifts may go to, and the actions of its single cards (one of each
 * kind given, asked, offered): the same for a whole game, so an option listed again holds the same
 * action object (compared in no time).
 */
interface Partners {
  readonly others: readonly RoleId[];
  readonly to: RoleId | undefined;
  readonly trade: Vary;
  readonly gift: Vary;
  /** Per kind (in the order of RESOURCES): one card given, asked for, offered. */
  readonly give: readonly Action[];
  readonly get: readonly Action[];
  readonly offer: readonly Action[];
}

function partnersOf(s: GameState, me: RoleId): Partners {
  const others = s.config.roles.filter((r) => r !== me);
  const to = others[0];
  const toVary: Vary | undefined = others.length > 1 ? { to: others.slice(1) } : undefined;
  return {
    others,
    to,
    trade: toVary ? { ...toVary, ...TRADE } : TRADE,
    gift: toVary ? { ...toVary, ...GIFT } : GIFT,
    give: RESOURCES.map((r) => ({ type: 'gift', to: to!, resources: UNIT[r] })),
    get: RESOURCES.map((r) => ({ type: 'proposeTrade', to: to!, give: NOTHING, get: UNIT[r] })),
    offer: RESOURCES.map((r) => ({ type: 'proposeTrade', to: to!, give: UNIT[r], get: NOTHING })),
  };
}

/** Lists what `actor` may do now, group by group (null once the game has ended or for no seat). */
function walk(s: GameState, actor: Actor, memo?: OptionsMemo, apartFromPhase = false): Lister | null {
  if (s.status !== 'playing') return null;
  if (actor === 'host') {
    const l = new Lister(s, actor, null, []);
    l.add('advance', { type: 'advancePhase' });
    l.add('end', { type: 'endGame' });
    return l.done();
  }
  const me = s.seats[actor];
  if (me === undefined) return null;
  const partner = s.partners[me]!;
  const hand = partner.hand;
  // What every group's checks read: the game, whether it runs, and who this seat plays. (Not the phase
  // or the round: a group keeps what each phase answers it, option-list.ts.)
  const l = new Lister(s, actor, memo ?? null, inputsIn(memo, 3, s.config, s.status, me), apartFromPhase);
  let seat = memo?.partners as Partners | undefined;
  // The Lister starts changed when the game or the seat's role did (or anything else every group reads).
  if (seat === undefined || l.changed) seat = partnersOf(s, me);
  if (memo) memo.partners = seat;
  const { others, to, trade, gift, give, get, offer } = seat;
  const frozen = s.modifiers.frozen;
  const frozenKey = frozen.join();
  // The checks of single cards read of a hand only which kinds it holds (a bit each).
  const facts = memo?.facts ?? new StateFacts();
  const mineOpen = facts.openOffers(s, me);
  const held = kindBits(hand);

  for (const projectId of s.projects.table) {
    // A pledge's check reads whether I hold the kind and whether the project still needs it; taking
    // one back, my pledge and whether the project is ready. Another partner's pledge that fills no
    // need asks nothing again here.
    const { open, ready } = facts.project(s, projectId);
    const mine = s.pledges[projectId]?.[me] ?? NOTHING;
    // (Of my hand, only the kinds it still needs.)
    if (!l.group(facts.name('p:', projectId), inputsIn(memo, 4, held & open, open, mine, ready))) continue;
    const acts = facts.projectActs(projectId);
    const locked = ready ? 2 : 0;
    const mineKinds = kindBits(mine);
    for (let i = 0; i < RESOURCES.length; i++) {
      // A pledge of one kind reads whether I hold it; taking it back, whether the project is ready.
      if (open & (1 << i)) l.add(acts.pledge[i].key, acts.pledge[i].action, undefined, ((held >> i) & 1) | locked);
      if (mineKinds & (1 << i)) l.add(acts.unpledge[i].key, acts.unpledge[i].action, undefined, locked);
    }
  }
  // Only a resident still at risk can be held: the records of those (replaced when they change). A
  // hold and a take-up read of my hand only whether I hold the kinds a hold is paid with.
  const atRisk = facts.atRisk(s);
  // (The list of those is the same array while they are the same records: StateFacts.atRisk.)
  if (l.group('holds', inputsIn(memo, 2, held & HOLD_KINDS, atRisk))) {
    for (const p of atRisk) for (const a of facts.personaActs(p.id)) l.add(a.key, a.action);
  }
  // Referrals read the same: the residents at risk (who reached them, who they are referred to) and my hand.
  if (l.group('referrals', inputsIn(memo, 2, held & HOLD_KINDS, atRisk))) for (const [key, action] of referralMoves(s, me, atRisk)) l.add(key, action);
  if (to !== undefined && l.group('cards', inputsIn(memo, 3, held, frozenKey, mineOpen))) {
    const free = RESOURCES.findIndex((r) => !frozen.includes(r));
    // Asking for a card reads no hand (the engine checks what one gives, not what one asks): while
    // the frozen kinds and my open offers stand, those options stay as they were.
    const asks = l.sub('asks', [frozenKey, mineOpen]);
    RESOURCES.forEach((r, i) => {
      // Giving one card reads whether I hold that kind and whether it is frozen; offering one, my open offers too.
      const card = ((held >> i) & 1) | (frozen.includes(r) ? 2 : 0);
      l.add(`give:${r}`, give[i], gift, card);
      asks.add(`get:${r}`, get[i], trade);
      l.add(`offer:${r}`, offer[i], trade, card | (mineOpen << 2));
    });
    // Asking for a kind that is not frozen (a trade's dialog starts there).
    asks.add('trade', get[Math.max(free, 0)], trade);
    // Giving a kind I hold that is not frozen, else one I hold, else one not frozen (the gift's dialog starts there).
    let some = RESOURCES.findIndex((r) => (hand[r] ?? 0) > 0 && !frozen.includes(r));
    if (some < 0) some = RESOURCES.findIndex((r) => (hand[r] ?? 0) > 0);
    if (some < 0) some = Math.max(free, 0);
    l.add('gift', give[some], gift);
  }
  for (const o of s.offers) {
    if (o.to === me) {
      if (!l.group(facts.name('o:', o.id), inputsIn(memo, 5, o, hand, s.partners[o.from]!.hand, frozenKey, mineOpen))) continue;
      l.add(`accept:${o.id}`, { type: 'acceptTrade', offerId: o.id });
      // A counter-offer is possible with what I hold: what the offer asks, as far as my hand goes.
      l.add(`counter:${o.id}`, { type: 'counterTrade', offerId: o.id, give: capped(o.get, hand), get: o.give }, TRADE);
      l.add(`decline:${o.id}`, { type: 'declineTrade', offerId: o.id });
    } else if (o.from === me) {
      if (!l.group(facts.name('o:', o.id), inputsIn(memo, 1, o))) continue;
      l.add(`withdraw:${o.id}`, { type: 'withdrawTrade', offerId: o.id });
    }
  }
  // A disclosure's check reads only this partner's own disclosures, which are only ever added: their count says whether any came.
  const mineShown = facts.disclosed(s, me);
  for (const interestId of partner.interests) {
    if (!l.group(facts.name('d:', interestId), inputsIn(memo, 1, mineShown))) continue;
    l.add(`disclose:${interestId}`, { type: 'disclose', interestId, to: 'all' });
    for (const r of others) l.add(`disclose:${interestId}:${r}`, { type: 'disclose', interestId, to: r });
  }
  // A guess's cards are the player's to pick (an empty list takes a guess back): the option names none,
  // so no interest id is in a view that the seat was not shown.
  if (l.group('guess', inputsIn(memo, 0))) for (const target of others) l.add(`guess:${target}`, { type: 'guess', target, interestIds: NO_IDS }, GUESS);
  return l.done();
}

/**
 * The actions of the options the engine accepts, each partner an option may go to spelled out.
 * With the seat's memo (the one `list` came from), made once per list and once per option.
 */
export function allowedActions(list: readonly Option[], memo?: OptionsMemo): Action[] {
  if (memo?.allowed?.list === list) return memo.allowed.actions;
  const out: Action[] = [];
  for (const o of list) {
    if (o.no) continue;
    out.push(o.action);
    if (!o.vary?.to) continue;
    let more = memo?.spelled.get(o);
    if (!more) {
      more = o.vary.to.map((to) => ({ ...o.action, to }) as Action);
      memo?.spelled.set(o, more);
    }
    for (const a of more) out.push(a);
  }
  if (memo) memo.allowed = { list, actions: out };
  return out;
}

/** `bag` as far as `hand` covers it. */
function capped(bag: Bag, hand: Bag): Bag {
  const out: Bag = {};
  for (const r of RESOURCES) {
    const n = Math.min(bag[r] ?? 0, hand[r] ?? 0);
    if (n > 0) out[r] = n;
  }
  return out;
}

/**
 * A seat's table controls: its options, each with the engine's answer apart from the phase (apply.ts
 * `refusalApartFromPhase`), in the order the options are listed (a view sorts them by key:
 * view/index.ts, view/parts.ts). A table shows those whose kind the phase allows (`closedIn`), so
 * the end of a phase changes none of them. With the seat's memo, the same array as last time while
 * no group changed (the view deltas compare it in no time).
 */
export function tableControls(s: GameState, seat: number, memo?: OptionsMemo): TableControl[] {
  const l = walk(s, seat, memo, true);
  if (!l) return [];
  if (memo?.controls) return memo.controls;
  // Group by group: a group listed as it was has the controls it had.
  const parts: (readonly TableControl[])[] = [];
  l.forEachPart((part, kept) => parts.push(controlsOf(part, kept)));
  const out = joined(parts);
  if (memo) memo.controls = out;
  return out;
}

/**
 * The same controls, each as `shape` makes it (a seat's own part: view/parts.ts), made once per
 * group's listing, so a group listed as it was costs nothing; the same array as last time while no
 * group changed. `shape` gives the same answer for the same control every time, and a memo is
 * shaped by one `shape` only (its listings keep what it made).
 */
export function shapedControls<T>(s: GameState, seat: number, memo: OptionsMemo, shape: (c: TableControl) => T): readonly T[] {
  const l = walk(s, seat, memo, true);
  if (!l) return NO_SHAPES as readonly T[];
  // (The last walk's parts serve only the walk right after it: another walk may have listed anew.)
  const last = memo.shapedWalk === memo.walk - 1 ? memo.shapedParts : null;
  memo.shapedWalk = memo.walk;
  if (memo.shaped) return memo.shaped as readonly T[];
  // Kept as long as the listing: made at its size; from its table controls when they were made,
  // else from its options, keeping no list of controls beside it.
  const parts = l.shapedParts(last, (part, kept) => (kept.shaped ??= kept.controls ? kept.controls.map((c) => shape(c)) : part.map((o) => shape(controlOf(o)))));
  memo.shapedParts = parts;
  const out = joined(parts as (readonly T[])[]);
  memo.shaped = out;
  return out;
}

/** The lists one after the other, in one array made at its size (pushed one by one, it grew four or five times). */
function joined<T>(parts: readonly (readonly T[])[]): T[] {
  let n = 0;
  for (let i = 0; i < parts.length; i++) n += parts[i].length;
  const out = new Array<T>(n);
  let k = 0;
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    for (let j = 0; j < part.length; j++) out[k++] = part[j];
  }
  return out;
}

const NO_SHAPES: readonly unknown[] = Object.freeze([]);

/** A listing's controls, made once and kept with it. */
function controlsOf(part: readonly Option[], kept: Kept): TableControl[] {
  if (kept.controls) return kept.controls;
  // Kept as long as the listing: made at its size (an array grown by push holds room for 17 or more).
  const controls = part.length === 0 ? NO_CONTROLS : part.map(controlOf);
  kept.controls = controls;
  return controls;
}

/** An option as a table's control: one with nothing to vary is its own control. */
const controlOf = (o: Option): TableControl => (o.vary ? { key: o.key, action: o.action, no: o.no } : o);
const NO_CONTROLS = Object.freeze([]) as unknown as TableControl[];
