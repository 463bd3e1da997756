import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allowed } from '../helpers/allowed';
import { HOLD_RESOURCES, replay, type Action, type GameState } from '../../shared/rules';
import type { RoleId } from '../../shared/model/ids';
import { FOUR_ROLES, settings, startTestServer, table, type Player, type TestServer } from './helpers';

// Doorverwijzen over real sockets: four clients complete projects until a partner may refer a
// resident it helped reach; it refers from its own client, the receiving partner's client gets the
// take-up control in its view and takes the resident up; every client reads it in the log, and the
// stored record replays it.

let srv: TestServer;
beforeAll(async () => {
  srv = await startTestServer({}, { flood: { burst: 10_000, perSecond: 10_000, maxStrikes: 10_000, strikesDrainPerSecond: 1 } });
});
afterAll(async () => {
  await srv?.stop();
});

/** A pledge to the project with the most partners in it that `seat` can pledge to, and the action. */
function bestPledge(s: GameState, seat: number): Action | null {
  const pledges = allowed(s, seat).filter((a) => a.type === 'pledge');
  const partnersIn = (id: string) => Object.values(s.pledges[id] ?? {}).length;
  pledges.sort((a, b) => (a.type === 'pledge' && b.type === 'pledge' ? partnersIn(b.projectId) - partnersIn(a.projectId) : 0));
  return pledges[0] ?? null;
}

const canPay = (s: GameState, role: RoleId) => HOLD_RESOURCES.some((r) => (s.partners[role]!.hand[r] ?? 0) > 0);

/** A referral a seat may make now (to a partner that can pay for the take-up, unless `any`). */
function firstReferral(s: GameState, any: boolean): { seat: number; action: Action } | null {
  for (let seat = 0; seat < s.seats.length; seat++) {
    const a = allowed(s, seat).find((x) => x.type === 'refer' && (any || canPay(s, x.to)));
    if (a) return { seat, action: a };
  }
  return null;
}

/** A gift of a Bereik or Vrijwilligers card to `to` that some seat may make now. */
function giftTo(s: GameState, to: RoleId): { seat: number; action: Action } | null {
  for (let seat = 0; seat < s.seats.length; seat++) {
    if (s.seats[seat] === to) continue;
    const r = HOLD_RESOURCES.find((x) => (s.partners[s.seats[seat]]!.hand[x] ?? 0) > 0);
    if (r && !s.modifiers.frozen.includes(r)) return { seat, action: { type: 'gift', to, resources: { [r]: 1 } } };
  }
  return null;
}

/**
 * Four players complete projects (everyone pledges, to the project with most partners first) until a
 * partner may refer a resident it helped reach: in Overleg a partner may hand the receiver a card to
 * take them up with. Null when the game ended first.
 */
async function untilReferral(srv: TestServer) {
  const { code, players, host } = await table(srv, FOUR_ROLES, { settings: settings({ rounds: 4 }) });
  const room = srv.room(code);
  // The next phase, once every player's view shows it (frames come in order, so a view that shows it
  // holds every change before it too; the next view message could be an earlier pledge's, still on its way).
  const advance = async () => {
    await host.host({ kind: 'advance' });
    const s = room.table.game!;
    const shows = (p: Player) => p.view !== null && p.view.status === s.status && p.view.round === s.round && p.view.phase === s.phase;
    await Promise.all(players.map((p) => p.until(() => shows(p), `the view of round ${s.round}, ${s.phase}`)));
  };
  while (room.table.game!.status === 'playing') {
    const s = room.table.game!;
    if (s.phase === 'overleg') {
      const any = firstReferral(s, true);
      if (any && any.action.type === 'refer' && !canPay(s, any.action.to)) {
        const gift = giftTo(s, any.action.to);
        if (gift) await players[gift.seat].ok('action', { action: gift.action });
      }
      const found = firstReferral(room.table.game!, false);
      if (found) return { code, players, host, room, ...found };
      // Everyone pledges, fullest projects first, until nobody can.
      for (let moved = true; moved; ) {
        moved = false;
        for (let seat = 0; seat < players.length; seat++) {
          const a = bestPledge(room.table.game!, seat);
          if (!a) continue;
          await players[seat].ok('action', { action: a });
          moved = true;
        }
      }
    }
    if (s.phase === 'terugblik') {
      const found = firstReferral(s, false);
      if (found) return { code, players, host, room, ...found };
    }
    await advance();
  }
  return null;
}

describe('a referral between two players', () => {
  it('one player refers a resident, the other takes them up, everyone sees it, and the record replays it', async () => {
    // A table of people need not get there: a resident reached, and a partner whose work fits. Three tables at most.
    let found: Awaited<ReturnType<typeof untilReferral>> = null;
    for (let t = 0; t < 3 && !found; t++) found = await untilReferral(srv);
    expect(found, 'a resident that can be referred was reached').not.toBeNull();
    const { code, players, host, room, seat, action } = found!;
    if (action.type !== 'refer') throw new Error('not a referral');
    const to = FOUR_ROLES.indexOf(action.to);
    const referrer = players[seat];
    const receiver: Player = players[to];

    // The referring player's table offers the move; it sends it from its own client.
    await referrer.until(() => referrer.playerView.controls.some((c) => c.key === `refer:${action.personaId}:${action.to}` && c.no === null), 'the referral on its table');
    await referrer.ok('action', { action });
    await receiver.until(() => receiver.playerView.controls.some((c) => c.key.startsWith(`takeUp:${action.personaId}:`) && c.no === null), 'the take-up request');

    // The receiving player sees the request and takes the resident up with a card from its own view.
    const up = receiver.playerView.controls.find((c) => c.key.startsWith(`takeUp:${action.personaId}:`) && c.no === null)!;
    expect(receiver.playerView.personas.find((p) => p.id === action.personaId)?.referral).toEqual({ from: FOUR_ROLES[seat], to: action.to });
    await receiver.ok('action', { action: up.action });
    for (const p of players) {
      await p.until(() => p.playerView.personas.find((x) => x.id === action.personaId)?.status === 'held', 'held everywhere');
      const log = p.playerView.log;
      expect(log.some((e) => e.t === 'referred' && e.personaId === action.personaId && e.to === action.to)).toBe(true);
      expect(log.some((e) => e.t === 'held' && e.personaId === action.personaId && 'referredBy' in e.by && e.by.referredBy === FOUR_ROLES[seat])).toBe(true);
    }
    // A second take-up is refused with the engine's answer.
    expect((await receiver.refused('action', { action: up.action })).code).toBe('persona_not_at_risk');

    await host.host({ kind: 'end' });
    await host.until(() => host.info().status === 'ended');
    const stored = srv.sqlite.loadRoom(code)!;
    expect(stored.record!.actions.some((a) => a.action.type === 'takeUp')).toBe(true);
    expect(replay(stored.record!)).toEqual(room.table.game);
  });
});
