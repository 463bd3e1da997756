import { applyAction, createGame, defaultConfig, type Action, type Actor, type GameState } from '../../shared/rules';
import type { RoleId } from '../../shared/model/ids';
import type { RoomInfo, SeatInfo } from '../../shared/protocol/room';
import { playerView } from '../../shared/view';

// View fixtures for the client's pure tests, made with the real engine so they have the real shape.

export const ROLES3: RoleId[] = ['bibliotheek', 'gemeente', 'welzijn'];

export function game(roles: RoleId[] = ROLES3, seed = 7, rounds = 2): GameState {
  return createGame(defaultConfig(roles, { rounds }), seed);
}

export function act(s: GameState, actor: Actor, action: Action): GameState {
  const r = applyAction(s, actor, action);
  if (!r.ok) throw new Error(`${action.type} refused: ${r.error.code}`);
  return r.state;
}

export const advance = (s: GameState, n = 1): GameState => {
  for (let i = 0; i < n; i++) s = act(s, 'host', { type: 'advancePhase' });
  return s;
};

export const view = (s: GameState, seat: number) => playerView(s, seat);

export function seats(roles: RoleId[] = ROLES3, names = ['Anna', 'Bram', 'Chris']): SeatInfo[] {
  return roles.map((role, seat) => ({ seat, name: names[seat] ?? `P${seat}`, role, connected: true, away: false, bot: '' as const }));
}

export function roomInfo(partial: Partial<RoomInfo> = {}): RoomInfo {
  return {
    code: 'ABC234',
    status: 'lobby',
    seats: seats(),
    settings: JSON.stringify({ rounds: 2, timers: { gebeurtenis: null, overleg: null, uitvoering: null, terugblik: null }, roleSwap: false, roles: ['bibliotheek', 'gemeente', 'welzijn', 'uwv'], anonymousReflections: false }),
    phaseEndsAt: 0,
    pausedRemainingMs: 0,
    paused: false,
    hostConnected: true,
    spectators: 0,
    ...partial,
  };
}

/** A bag the first role can give: one of the first resource it holds. */
export function someOf(s: GameState, role: RoleId) {
  const hand = s.partners[role]!.hand;
  const r = Object.keys(hand)[0] as keyof typeof hand;
  return { [r]: 1 };
}
