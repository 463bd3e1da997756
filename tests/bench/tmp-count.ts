import { ownPart, publicPart, ViewCache } from '../../shared/view';
import { options } from '../../shared/rules/options';
import type { GameState } from '../../shared/rules/types';
import { randomGame } from '../helpers/random-game';
const states: GameState[][] = [];
for (let g = 0; g < 40; g++) { const st: GameState[] = []; randomGame(2000 + g, { seats: 6, onStep: ({ before, after }) => st.push(...(st.length ? [after] : [before, after])) }); states.push(st); }
let relisted = 0, groups = 0, changes = 0, opts = 0;
const byName = new Map<string, number>();
for (const st of states) {
  const cache = new ViewCache();
  for (const s of st) {
    changes++;
    publicPart(s, cache);
    for (let seat = 0; seat < 6; seat++) {
      const memo = cache.optionsOf(seat);
      const before = new Map([...memo.groups].map(([k, g]) => [k, g.out]));
      ownPart(s, seat, cache);
      for (const [k, g] of memo.groups) { groups++; if (before.get(k) !== g.out) { relisted++; opts += g.out.length; const n = k.replace(/:.*/, ''); byName.set(n, (byName.get(n) ?? 0) + g.out.length); } }
    }
  }
}
console.log({ changes, groupsPerChange: groups / changes, relistedPerChange: relisted / changes, optionsAskedPerChange: opts / changes }, [...byName].map(([k, v]) => [k, +(v / changes).toFixed(1)]));
