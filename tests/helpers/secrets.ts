import type { RoleId } from '../../shared/model/ids';
import type { GameState } from '../../shared/rules/types';

// What a viewer of a game may not see, for the tests that look for secrets in what is sent.

/** A projector's (or a spectator's) connection: no seat. */
export const PROJECTOR = -1;

/** Interest ids the viewer may not see in `s` (another partner's, or another seat's guess), undisclosed to it. */
export function secretsFor(s: GameState, seat: number): Set<string> {
  const role: RoleId | null = seat === PROJECTOR ? null : s.seats[seat];
  const allowed = new Set<string>(role ? s.partners[role]!.interests : []);
  for (const d of s.disclosures) if (d.to === 'all' || d.to === role) allowed.add(d.interestId);
  for (const ids of Object.values(s.guesses[seat] ?? {})) for (const id of ids ?? []) allowed.add(id);
  const secrets = new Set<string>();
  for (const r of s.config.roles) if (r !== role) for (const id of s.partners[r]!.interests) secrets.add(id);
  for (const [other, byTarget] of Object.entries(s.guesses)) {
    if (Number(other) === seat) continue;
    for (const ids of Object.values(byTarget)) for (const id of ids ?? []) secrets.add(id);
  }
  for (const id of allowed) secrets.delete(id);
  return secrets;
}
