import { ViewCache } from '../../shared/view';
import { tableControls } from '../../shared/rules/options';
import type { GameState } from '../../shared/rules/types';
import { randomGame } from '../helpers/random-game';
const states: GameState[][] = [];
for (let g = 0; g < 40; g++) { const st: GameState[] = []; randomGame(2000 + g, { seats: 6, onStep: ({ before, after }) => st.push(...(st.length ? [after] : [before, after])) }); states.push(st); }
const t0 = performance.now();
for (let k = 0; k < 5; k++) for (const st of states) { const c = new ViewCache(); for (const s of st) for (let i = 0; i < 6; i++) tableControls(s, i, c.optionsOf(i)); }
console.log(((performance.now() - t0) * 1000 / 2719 / 5).toFixed(1), 'µs/change');
