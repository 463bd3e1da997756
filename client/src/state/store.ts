import { signal, type ReadonlySignal } from '@preact/signals';
import { actions, type ActionName, type ActionArgs } from './actions';
import type { AppState } from './state';

// The client's one store. Its state is a signal: a component that reads `state.value` while it
// draws is drawn again when the state changes, and nothing else is. The state changes only through
// the named actions of actions.ts (`store.act('viewReceived', v)`), each a plain function from the
// state to the fields it changes, so every change has a name and a place.
//
// The clock is its own signal (`now`): the clock on screen reads it, so the tick every half second
// redraws that text and nothing else.
//
// Why signals (@preact/signals) and not a reducer store of our own: Preact's own small package,
// components subscribe by reading and redraw alone (the clock), and no provider plumbing of
// selectors is needed; the writes are still kept to named actions.

export interface Store {
  readonly state: ReadonlySignal<AppState>;
  readonly now: ReadonlySignal<number>;
  /** The only way to change the state. */
  act<K extends ActionName>(name: K, ...args: ActionArgs<K>): void;
  /** The clock's tick. */
  tick(now: number): void;
}

export function createStore(initial: AppState, now = Date.now()): Store {
  const state = signal(initial);
  const clock = signal(now);
  return {
    state,
    now: clock,
    act(name, ...args) {
      const change = (actions[name] as (s: AppState, ...a: unknown[]) => Partial<AppState> | null)(state.peek(), ...args);
      if (change) state.value = { ...state.peek(), ...change };
    },
    tick(t) {
      clock.value = t;
    },
  };
}
