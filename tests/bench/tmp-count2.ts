import { ViewCache, ownPart, publicPart } from '../../shared/view';
import { tableControls } from '../../shared/rules/options';
import type { GameState } from '../../shared/rules/types';
import { randomGame } from '../helpers/random-game';
import * as apply from '../../shared/rules/apply';
const states: GameState[][] = [];
for (let g = 0; g < 40; g++) { const st: GameState[] = []; randomGame(2000 + g, { seats: 6, onStep: ({ before, after }) => st.push(...(st.length ? [after] : [before, after])) }); states.push(st); }
let n = 0;
const time = (label: string, f: (s: GameState, c: ViewCache) => void) => {
  const t0 = performance.now(); n = 0;
  for (const st of states) { const c = new ViewCache(); for (const s of st) f(s, c); }
  console.log(label, ((performance.now() - t0) * 1000 / 2719).toFixed(1), 'µs/change');
};
for (let k = 0; k < 2; k++) {
time('controls 6 seats', (s, c) => { for (let i = 0; i < 6; i++) tableControls(s, i, c.optionsOf(i)); });
time('ownPart 6 seats', (s, c) => { for (let i = 0; i < 6; i++) ownPart(s, i, c); });
time('publicPart', (s, c) => { publicPart(s, c); });
}
