import { describe, expect, it } from 'vitest';
import { RESOURCES, type Bag, type ResourceId, type RoleId } from '../../shared/model/ids';
import { applyAction, legalActions, type Action, type GameState } from '../../shared/rules';
import { playerView } from '../../shared/view';
import { freshMoves, seatMoves } from '../../shared/rules/moves';
import { move } from '../../client/src/state/controls';
import { randomGame } from '../helpers/random-game';

// The table offers a control enabled exactly when the engine accepts its move, and shows the
// engine's own refusal beside a disabled one. Table-driven over recorded states of random games of
// every size: for every seat and every control its view lists, the move that control sends is
// applied to the real state — accepted iff the control is enabled, refused with the code shown.
// And no move the engine lists as legal is missing its control.

const one = (r: string): Bag => ({ [r]: 1 }) as Bag;

/** The move a control sends when pressed (what the buttons in client/src/ui send). */
function actionOf(s: GameState, seat: number, key: string): Action {
  const [kind, a, b] = key.split(':');
  const me = s.seats[seat];
  const offer = () => s.offers.find((o) => o.id === a)!;
  switch (kind) {
    case 'pledge':
      return { type: 'pledge', projectId: a, resources: one(b) };
    case 'unpledge':
      return { type: 'unpledge', projectId: a, resources: one(b) };
    case 'hold':
      return { type: 'hold', personaId: a, resource: b as 'bereik' | 'vrijwilligers' };
    case 'accept':
      return { type: 'acceptTrade', offerId: a };
    case 'decline':
      return { type: 'declineTrade', offerId: a };
    case 'withdraw':
      return { type: 'withdrawTrade', offerId: a };
    case 'counter': {
      // The counter-offer's control stands for countering with what I hold of what the offer asks.
      const hand = s.partners[me]!.hand;
      const give = Object.fromEntries(RESOURCES.map((r) => [r, Math.min(offer().get[r] ?? 0, hand[r] ?? 0)]).filter(([, n]) => (n as number) > 0));
      return { type: 'counterTrade', offerId: a, give, get: offer().give };
    }
    case 'disclose':
      return { type: 'disclose', interestId: a, to: 'all' };
    case 'trade': {
      const free = RESOURCES.find((r) => !s.modifiers.frozen.includes(r))!;
      return { type: 'proposeTrade', to: s.config.roles.find((r) => r !== me)!, give: {}, get: one(free) };
    }
    case 'gift': {
      const hand = s.partners[me]!.hand;
      const r = RESOURCES.find((x) => (hand[x] ?? 0) > 0 && !s.modifiers.frozen.includes(x)) ?? RESOURCES.find((x) => (hand[x] ?? 0) > 0) ?? RESOURCES.find((x) => !s.modifiers.frozen.includes(x))!;
      return { type: 'gift', to: s.config.roles.find((x) => x !== me)!, resources: one(r) };
    }
    case 'give':
      return { type: 'gift', to: s.config.roles.find((r) => r !== me)!, resources: one(a) };
    case 'get':
      return { type: 'proposeTrade', to: s.config.roles.find((r) => r !== me)!, give: {}, get: one(a) };
    default:
      throw new Error(`a control the test does not know: ${key}`);
  }
}

/** The control a legal action of these kinds must have, enabled. */
function keyOf(a: Action): string | null {
  switch (a.type) {
    case 'pledge':
    case 'unpledge': {
      const [r] = Object.keys(a.resources) as ResourceId[];
      return `${a.type}:${a.projectId}:${r}`;
    }
    case 'hold':
      return `hold:${a.personaId}:${a.resource}`;
    case 'acceptTrade':
      return `accept:${a.offerId}`;
    case 'declineTrade':
      return `decline:${a.offerId}`;
    case 'withdrawTrade':
      return `withdraw:${a.offerId}`;
    case 'disclose':
      return a.to === 'all' ? `disclose:${a.interestId}` : null;
    case 'proposeTrade':
      return 'trade';
    case 'gift':
      return 'gift';
    default:
      return null;
  }
}

describe('controls follow the engine', () => {
  it('offers enabled exactly the moves the engine accepts, with its refusal beside the others, at 3–8 seats', () => {
    const seen = new Map<string, { ok: number; no: number }>();
    const codes = new Set<string>();
    let states = 0;
    let counteredWithout = 0;
    for (let seats = 3; seats <= 8; seats++) {
      for (let g = 0; g < 3; g++) {
        let step = 0;
        randomGame(1000 * seats + g, {
          seats,
          onStep: ({ before }) => {
            // At every step: the answers reused from the step before are the answers computed afresh.
            for (let seat = 0; seat < before.seats.length; seat++) expect(seatMoves(before, seat)).toEqual(freshMoves(before, seat));
            if (step++ % 4 !== 0 || before.status !== 'playing') return;
            states += 1;
            for (let seat = 0; seat < before.seats.length; seat++) {
              const v = playerView(before, seat);
              const keys = [...v.moves.ok, ...Object.values(v.moves.no).flat()];
              for (const key of keys) {
                const kind = key.split(':')[0];
                const stat = seen.get(kind) ?? { ok: 0, no: 0 };
                seen.set(kind, stat);
                const result = applyAction(before, seat, actionOf(before, seat, key));
                const shown = move(v, { key, action: null })!;
                expect(shown, key).not.toBeNull();
                expect(result.ok, `${key} in ${before.phase}: shown ${JSON.stringify(shown)}`).toBe(shown.ok);
                if (!result.ok && !shown.ok) {
                  expect(shown.code, key).toBe(result.error.code);
                  expect(shown.code, 'a control refused only for the phase is not shown').not.toBe('wrong_phase');
                  codes.add(result.error.code);
                  stat.no += 1;
                } else stat.ok += 1;
                // An offer asking cards I lack can still be countered (with what I have).
                if (kind === 'counter' && shown.ok) {
                  const o = before.offers.find((x) => x.id === key.split(':')[1])!;
                  const hand = before.partners[before.seats[seat]]!.hand;
                  if (RESOURCES.some((r) => (o.get[r] ?? 0) > (hand[r] ?? 0))) counteredWithout += 1;
                }
              }
              // Every legal move of these kinds has its control, enabled.
              for (const a of legalActions(before, seat)) {
                const key = keyOf(a);
                if (key && (a.type !== 'pledge' && a.type !== 'unpledge' ? true : Object.keys(a.resources).length === 1)) {
                  expect(v.moves.ok, `${a.type} legal but not offered`).toContain(key);
                }
              }
            }
          },
        });
      }
    }
    // The test covered every kind of control, enabled and disabled, and the refusals players meet.
    expect(states).toBeGreaterThan(200);
    // (Declining and withdrawing are never refused: open offers close when Overleg ends; trading and
    // giving are refused only for the phase — then not shown — or at the open-offer limit, rarely.)
    for (const kind of ['pledge', 'unpledge', 'hold', 'accept', 'decline', 'withdraw', 'counter', 'disclose', 'trade', 'gift', 'give', 'get']) {
      expect(seen.get(kind)?.ok ?? 0, `${kind} enabled somewhere`).toBeGreaterThan(0);
      // A counter-offer is made with what one holds, so it is refused only in rare cases (a frozen kind).
      if (!['decline', 'withdraw', 'trade', 'gift', 'counter'].includes(kind)) expect(seen.get(kind)?.no ?? 0, `${kind} disabled somewhere`).toBeGreaterThan(0);
    }
    expect(counteredWithout, 'a counter-offer to an offer asking cards I lack').toBeGreaterThan(0);
    for (const code of ['insufficient_resources', 'partner_lacks_resources', 'resource_frozen', 'already_disclosed']) expect([...codes]).toContain(code);
  });
});
