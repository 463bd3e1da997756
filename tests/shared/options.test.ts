import { describe, expect, it } from 'vitest';
import { interestDeck } from '../../shared/content';
import { isNormal, normalBag } from '../../shared/model/bag';
import { PHASES, RESOURCES, type Bag, type RoleId } from '../../shared/model/ids';
import { applyAction, closedIn, HOLD_RESOURCES, options, type HoldResource, type Action, type ActionType, type Actor, type GameState, type Option } from '../../shared/rules';
import { OptionsMemo, tableControls } from '../../shared/rules/options';
import { playerView } from '../../shared/view';
import { move } from '../../client/src/state/controls';
import { deepFreeze, randomGame } from '../helpers/random-game';
import { simulate } from '../../shared/bots/simulate';
import { createGame } from '../../shared/rules/setup';

// One answer to "what may this seat do": the engine's options. Table-driven against the reducer
// itself, over recorded states of random games at 3–8 seats: every option listed as allowed is an
// action applyAction accepts, every refused option names the refusal applyAction gives (code and
// params), the partners an option says it may go to instead get the same answer, and every action
// of a broad list of single-card moves that applyAction accepts is covered by an allowed option.

const one = (r: string): Bag => ({ [r]: 1 }) as Bag;

/** Every single-card move of every kind at every target, whatever the state: what a player could send. */
function candidates(s: GameState, seat: number): Action[] {
  const me = s.seats[seat];
  const others = s.config.roles.filter((r) => r !== me);
  const out: Action[] = [];
  for (const projectId of s.projects.table) {
    for (const r of RESOURCES) out.push({ type: 'pledge', projectId, resources: one(r) }, { type: 'unpledge', projectId, resources: one(r) });
  }
  for (const personaId of Object.keys(s.personas)) for (const resource of HOLD_RESOURCES) out.push({ type: 'hold', personaId, resource });
  for (const personaId of Object.keys(s.personas)) {
    for (const to of others) out.push({ type: 'refer', personaId, to });
    for (const resource of RESOURCES) out.push({ type: 'takeUp', personaId, resource: resource as HoldResource });
  }
  for (const to of others) {
    for (const r of RESOURCES) {
      out.push({ type: 'gift', to, resources: one(r) });
      for (const w of RESOURCES) if (w !== r) out.push({ type: 'proposeTrade', to, give: one(r), get: one(w) });
    }
    out.push({ type: 'guess', target: to, interestIds: [interestDeck(to)[0].id] });
  }
  for (const o of s.offers) {
    out.push({ type: 'acceptTrade', offerId: o.id }, { type: 'declineTrade', offerId: o.id }, { type: 'withdrawTrade', offerId: o.id });
    out.push({ type: 'counterTrade', offerId: o.id, give: o.get, get: o.give });
  }
  for (const interestId of s.partners[me]!.interests) for (const to of ['all' as const, ...others]) out.push({ type: 'disclose', interestId, to });
  return out;
}

/** Whether an allowed option stands for `a`: the same action but for what the option says may vary. */
function covers(o: Option, a: Action): boolean {
  if (o.no || o.action.type !== a.type) return false;
  const mine = o.action as Record<string, unknown>;
  return Object.entries(a).every(([field, value]) => {
    if ((o.vary?.amounts as readonly string[] | undefined)?.includes(field)) return true;
    if (field === 'to' && o.vary?.to?.includes(value as RoleId)) return true;
    return JSON.stringify(mine[field]) === JSON.stringify(value);
  });
}

function answer(s: GameState, actor: Actor, action: Action) {
  const r = applyAction(s, actor, action);
  return r.ok ? null : r.error;
}

describe('options are the reducer\'s own answers', () => {
  it('allowed exactly when applyAction accepts, refused with its refusal, complete, at 3–8 seats', () => {
    const seen = new Map<ActionType, { ok: number; no: number }>();
    const codes = new Set<string>();
    let states = 0;
    for (let seats = 3; seats <= 8; seats++) {
      for (let g = 0; g < 3; g++) {
        let step = 0;
        randomGame(1000 * seats + g, {
          seats,
          onStep: ({ before }) => {
            if (step++ % 4 !== 0 || before.status !== 'playing') return;
            states += 1;
            for (const actor of ['host', ...before.seats.keys()] as Actor[]) {
              const list = options(before, actor);
              expect(new Set(list.map((o) => o.key)).size, 'keys are unique').toBe(list.length);
              for (const o of list) {
                const stat = seen.get(o.action.type) ?? { ok: 0, no: 0 };
                seen.set(o.action.type, stat);
                expect(answer(before, actor, o.action), `${o.key} in ${before.phase}`).toEqual(o.no);
                for (const to of o.vary?.to ?? []) expect(answer(before, actor, { ...o.action, to } as Action), `${o.key} to ${to}`).toEqual(o.no);
                if (o.no) {
                  stat.no += 1;
                  codes.add(o.no.code);
                } else stat.ok += 1;
              }
              if (actor === 'host' || states % 2 === 0) continue;
              for (const a of candidates(before, actor)) {
                if (answer(before, actor, a) !== null) continue;
                expect(list.some((o) => covers(o, a)), `${JSON.stringify(a)} accepted but no option stands for it`).toBe(true);
              }
            }
          },
        });
      }
    }
    expect(states).toBeGreaterThan(200);
    // Every kind of move was listed allowed somewhere, and refused somewhere (declining and
    // withdrawing are refused only for the phase: open offers close when Overleg ends).
    const kinds: ActionType[] = ['pledge', 'unpledge', 'hold', 'refer', 'takeUp', 'acceptTrade', 'declineTrade', 'withdrawTrade', 'counterTrade', 'proposeTrade', 'gift', 'disclose', 'guess', 'advancePhase', 'endGame'];
    for (const kind of kinds) expect(seen.get(kind)?.ok ?? 0, `${kind} allowed somewhere`).toBeGreaterThan(0);
    for (const kind of ['pledge', 'unpledge', 'hold', 'refer', 'takeUp', 'acceptTrade', 'counterTrade', 'proposeTrade', 'gift', 'disclose'] as ActionType[]) {
      expect(seen.get(kind)?.no ?? 0, `${kind} refused somewhere`).toBeGreaterThan(0);
    }
    for (const code of ['wrong_phase', 'insufficient_resources', 'partner_lacks_resources', 'resource_frozen', 'already_disclosed', 'project_locked', 'already_referred']) expect([...codes]).toContain(code);
  });

  it('the table shows every option but those refused for the phase, each with its action and answer', () => {
    let checked = 0;
    for (const seats of [3, 5, 8]) {
      let step = 0;
      randomGame(77 + seats, {
        seats,
        onStep: ({ before }) => {
          if (step++ % 5 !== 0 || before.status !== 'playing') return;
          for (let seat = 0; seat < before.seats.length; seat++) {
            const v = playerView(before, seat);
            const shownKeys = options(before, seat).filter((o) => o.no?.code !== 'wrong_phase').map((o) => o.key).sort();
            expect(v.controls.map((c) => c.key)).toEqual(shownKeys);
            for (const c of v.controls) {
              // What the client reads (client/src/model/moves.ts) is what the engine answers to the action sent back.
              const m = move(v, { key: c.key })!;
              const no = answer(before, seat, m.action);
              expect(m.ok).toBe(no === null);
              if (!m.ok) expect({ code: m.code, params: m.params }).toEqual(no);
              checked += 1;
            }
          }
        },
      });
    }
    expect(checked).toBeGreaterThan(1000);
  });

  it('a table\'s controls carry the answer applyAction gives in a phase that allows them, whatever the phase now, and the phase refuses exactly the kinds it names', () => {
    // A control's answer apart from the phase (rules/apply.ts refusalApartFromPhase) is the
    // reducer's answer to the same move in the same state with the phase set to one that allows
    // it; a phase refuses a move for the phase exactly when `closedIn` names its kind.
    let checked = 0;
    const phasesChecked = new Set<string>();
    for (const seats of [3, 6, 8]) {
      let step = 0;
      randomGame(4100 + seats, {
        seats,
        freeze: true,
        onStep: ({ before }) => {
          if (step++ % 4 !== 0 || before.status !== 'playing') return;
          for (let seat = 0; seat < before.seats.length; seat++) {
            for (const c of tableControls(before, seat)) {
              const closed = closedIn(before.phase).includes(c.action.type);
              const now = applyAction(before, seat, c.action);
              expect(!now.ok && now.error.code === 'wrong_phase', `${c.key} in ${before.phase}`).toBe(closed);
              const open = PHASES.find((p) => !closedIn(p).includes(c.action.type))!;
              const r = applyAction({ ...before, phase: open }, seat, c.action);
              expect(r.ok ? null : r.error, `${c.key} as in ${open}`).toEqual(c.no);
              phasesChecked.add(before.phase);
              checked += 1;
            }
          }
        },
      });
    }
    expect(checked).toBeGreaterThan(2000);
    expect([...phasesChecked].sort()).toEqual([...PHASES].sort());
  });

  it('a seat\'s memo reuses only what did not change: the same options as asked afresh, at every step', () => {
    let reused = 0;
    for (let seats = 3; seats <= 8; seats++) {
      const memos = Array.from({ length: seats }, () => new OptionsMemo());
      const shown = Array.from({ length: seats }, () => new OptionsMemo());
      const last: Option[][] = Array.from({ length: seats }, () => []);
      randomGame(500 + seats, {
        seats,
        freeze: true,
        onStep: ({ after }) => {
          for (let seat = 0; seat < seats; seat++) {
            const list = options(after, seat, memos[seat]);
            expect(list).toEqual(options(after, seat));
            reused += list.filter((o) => last[seat].includes(o)).length;
            last[seat] = list;
            const before = shown[seat].controls;
            const controls = tableControls(after, seat, shown[seat]);
            expect(controls).toEqual(tableControls(after, seat));
            if (before && controls === before) reused += 1;
          }
        },
      });
    }
    expect(reused).toBeGreaterThan(1000);
  });

  it('across phases and rounds of bot-played games, a memo answers as afresh, and keeps a group its inputs left as it was', () => {
    // Bots play the way the balance is tested (every personality, at 3–8 seats): a group listed in
    // an Overleg is the same listing in the next one when what it reads is the same, nothing asked.
    let acrossPhases = 0;
    // Phase changes that left a seat's controls the same array (its controls are listed apart from the phase).
    let unchangedByPhase = 0;
    for (let seats = 3; seats <= 8; seats++) {
      const players = (['verbinder', 'eigenbelang', 'voorzichtig'] as const).flatMap((p) => [p, p, p]).slice(0, seats);
      const game = simulate([...players], 900 + seats);
      const memos = Array.from({ length: seats }, () => new OptionsMemo());
      // A table's controls (each with the engine's answer apart from the phase), and a memo the
      // controls and the options both use.
      const shown = Array.from({ length: seats }, () => new OptionsMemo());
      const mixed = Array.from({ length: seats }, () => new OptionsMemo());
      const lastOverleg: Option[][] = Array.from({ length: seats }, () => []);
      let s = deepFreeze(createGame(game.state.config, 900 + seats));
      let phase = s.phase;
      const lastControls: unknown[] = [];
      for (const { actor, action } of game.actions) {
        const r = applyAction(s, actor, action);
        if (!r.ok) throw new Error(r.error.code);
        s = deepFreeze(r.state);
        const entered = s.phase !== phase && s.phase === 'overleg';
        const phaseChanged = s.phase !== phase;
        phase = s.phase;
        for (let seat = 0; seat < seats; seat++) {
          const list = options(s, seat, memos[seat]);
          expect(list).toEqual(options(s, seat));
          const controls = tableControls(s, seat, shown[seat]);
          expect(controls).toEqual(tableControls(s, seat));
          // No control carries the phase's refusal: a table hides the kinds the phase refuses.
          expect(controls.filter((c) => c.no?.code === 'wrong_phase')).toEqual([]);
          if (phaseChanged && controls === lastControls[seat]) unchangedByPhase++;
          lastControls[seat] = controls;
          expect(tableControls(s, seat, mixed[seat])).toEqual(controls);
          expect(options(s, seat, mixed[seat])).toEqual(list);
          if (entered) acrossPhases += list.filter((o) => !o.no && lastOverleg[seat].includes(o)).length;
          if (s.phase === 'overleg') lastOverleg[seat] = list;
        }
      }
    }
    expect(acrossPhases).toBeGreaterThan(100);
    expect(unchangedByPhase).toBeGreaterThan(100);
  });
});

describe('a seat\'s memo, where an answer reads more than the hand', () => {
  it('offers stop being allowed at the most open offers, memo or not, and come back when one closes', () => {
    // A state in Overleg where seat 0 holds a card (so offering one is otherwise allowed).
    let start: GameState | null = null;
    randomGame(77, { seats: 4, onStep: ({ after }) => void (start ??= after.phase === 'overleg' && Object.values(after.partners[after.seats[0]]!.hand).some((n) => (n ?? 0) > 0) ? after : null) });
    expect(start).not.toBeNull();
    let s = start!;
    const memo = new OptionsMemo();
    const to = s.config.roles.find((r) => r !== s.seats[0])!;
    const offerKeys = (list: Option[]) => list.filter((o) => o.key.startsWith('offer:')).map((o) => o.no?.code ?? 'ok');
    let refusedAt = -1;
    for (let k = 0; k < 20 && refusedAt < 0; k++) {
      expect(options(s, 0, memo)).toEqual(options(s, 0));
      if (offerKeys(options(s, 0, memo)).includes('too_many_offers')) refusedAt = k;
      // Ask for a card each time: it needs nothing in hand, so only the count of open offers grows.
      const r = applyAction(s, 0, { type: 'proposeTrade', to, give: {}, get: { [RESOURCES[k % RESOURCES.length]]: 1 } as Bag });
      if (!r.ok) break;
      s = r.state;
    }
    expect(refusedAt).toBeGreaterThan(0);
    expect(offerKeys(options(s, 0, memo))).not.toContain('ok');
    expect(offerKeys(options(s, 0, memo))).toContain('too_many_offers');
    // One withdrawn: offering is allowed again for the kinds in hand, memo or not.
    const mine = s.offers.find((o) => o.from === s.seats[0])!;
    const r = applyAction(s, 0, { type: 'withdrawTrade', offerId: mine.id });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(options(r.state, 0, memo)).toEqual(options(r.state, 0));
    expect(offerKeys(options(r.state, 0, memo))).toContain('ok');
  });
});

describe('bags the engine made once', () => {
  it('an action with the engine\'s own bags gets the answer the same action gets from the wire', () => {
    let checked = 0;
    for (const seats of [4, 6]) {
      randomGame(900 + seats, {
        seats,
        onStep: ({ after }) => {
          for (let seat = 0; seat < seats; seat++) {
            for (const o of options(after, seat)) {
              const wire = JSON.parse(JSON.stringify(o.action)) as Action;
              const a = applyAction(after, seat, o.action);
              const b = applyAction(after, seat, wire);
              expect(b.ok).toBe(a.ok);
              if (!a.ok && !b.ok) expect(b.error).toEqual(a.error);
              checked++;
            }
          }
        },
      });
    }
    expect(checked).toBeGreaterThan(1000);
  });

  it('only a well-formed, normalised bag is taken as made once', () => {
    expect(() => normalBag({ budget: 0 } as Bag)).toThrow();
    expect(() => normalBag({ budget: -1 } as Bag)).toThrow();
    expect(() => normalBag({ tijd: 1 } as unknown as Bag)).toThrow();
    expect(() => normalBag({ locatie: 1, budget: 1 })).toThrow();
    expect(isNormal(normalBag({ budget: 2 }))).toBe(true);
    expect(isNormal({ budget: 2 })).toBe(false);
  });
});
