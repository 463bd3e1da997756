import { describe, expect, it } from 'vitest';
import { createGame, defaultConfig } from '../../shared/rules';
import { endVM } from '../../client/src/model/end';
import { swapRound } from '../../client/src/components/swap-banner';
import { advance, ROLES3, seats, view } from './fixtures';

// After a role swap the end screen says whose points a seat got: the partner played at the end,
// and which one it played first (README, the role swap).

describe('the end after a role swap', () => {
  it('names the partner scored and the one played first', () => {
    let s = createGame(defaultConfig(ROLES3, { rounds: 2, roleSwapAfterRound: 1 }), 7);
    s = advance(s, 4);
    expect(swapRound(view(s, 0))).toBe(2);
    while (s.status === 'playing') s = advance(s);
    const nl = endVM(view(s, 0), seats(), 0, 'nl')!;
    // Seat 0 played the Bibliotheek first and the gemeente at the end.
    expect(nl.scores[0].role).toBe('gemeente');
    expect(nl.scores[0].roleName).toBe('Gemeente (beleid & wethouder), eerst Bibliotheek (Taalhuis)');
    expect(endVM(view(s, 0), seats(), 0, 'en')!.scores[2].roleName).toMatch(/, first /);
    // Without a swap nothing is added.
    let t = createGame(defaultConfig(ROLES3, { rounds: 1 }), 7);
    while (t.status === 'playing') t = advance(t);
    expect(endVM(view(t, 0), seats(), 0, 'nl')!.scores[0].roleName).toBe('Bibliotheek (Taalhuis)');
  });
});
