import type { RoleId } from '../model/ids';
import type { GameState } from '../rules/types';
import type { GuessCell, GuessesDebrief, GuessTotals } from './types';
import { walkLog } from './walk';

// Who understood whom: each seat's last guess of a partner's interests against the cards that
// partner really held at the end.

export function guessesOf(s: GameState): GuessesDebrief {
  const cells: GuessCell[] = [];
  // After a role swap a seat plays another partner: a guess belongs to the role it was made as.
  const madeAs = new Map<string, RoleId>();
  walkLog(s, (e, seats) => {
    if (e.t === 'guess') madeAs.set(`${e.seat}/${e.target}`, seats[e.seat]);
  });
  const seats = Object.keys(s.guesses).map(Number).sort((a, b) => a - b);
  for (const seat of seats) {
    const bySeat = s.guesses[seat];
    for (const target of s.config.roles) {
      const guessed = bySeat[target];
      if (!guessed || guessed.length === 0) continue;
      const truth = s.partners[target]!.interests.slice();
      cells.push({ seat, as: madeAs.get(`${seat}/${target}`) ?? s.seats[seat], target, guessed: guessed.slice(), truth, hits: guessed.filter((id) => truth.includes(id)).length });
    }
  }
  const totals: GuessTotals[] = s.seats.map((role: RoleId, seat) => {
    const mine = cells.filter((c) => c.seat === seat);
    return {
      seat,
      role,
      guessed: mine.reduce((n, c) => n + c.guessed.length, 0),
      hits: mine.reduce((n, c) => n + c.hits, 0),
      targets: mine.length,
    };
  });
  return { cells, totals };
}
