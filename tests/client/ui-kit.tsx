import { render, type RenderResult } from '@testing-library/preact';
import type { ComponentChild } from 'preact';
import type { Welcome } from '../../client/src/net/connection';
import { AppContext, StoreContext } from '../../client/src/state/context';
import type { App } from '../../client/src/state/port';
import { initialState, type AppState } from '../../client/src/state/state';
import { createStore, type Store } from '../../client/src/state/store';

// Component tests without a server: a fixed store, and a stand-in for the intents that records
// every call (`calls`), so a test can say which action a click asked for.

export type Call = [string, ...unknown[]];

export interface Rig {
  store: Store;
  app: App;
  calls: Call[];
  view: RenderResult;
  /** The calls made to one intent, by name ('claim', 'host', 'debrief.download'). */
  called(name: string): unknown[][];
}

function recorder(calls: Call[], prefix = '', fixed: Record<string, unknown> = {}): Record<string, unknown> {
  return new Proxy(fixed, {
    get(target, name) {
      if (typeof name !== 'string') return undefined;
      if (name in target) return target[name];
      return (...args: unknown[]) => {
        calls.push([`${prefix}${name}`, ...args]);
        return undefined;
      };
    },
  });
}

export function welcome(partial: Partial<Welcome> = {}): Welcome {
  return {
    code: 'ABC234',
    seatToken: 'seat-token',
    hostKey: null,
    seat: 0,
    serverTime: 0,
    joinUrl: 'http://localhost/?room=ABC234',
    host: false,
    spectator: false,
    projectorKey: null,
    ...partial,
  } as Welcome;
}

export function fixedState(partial: Partial<AppState>): AppState {
  return { ...initialState('nl', 'Anna', null, null), screen: 'room', status: 'connected', ...partial };
}

/** Draws `ui` with a store holding `state` and a recording app; `debriefUi` is the debrief's screen code, when loaded. */
export function rig(ui: ComponentChild, state: AppState, opts: { debriefUi?: unknown } = {}): Rig {
  const calls: Call[] = [];
  const store = createStore(state, 0);
  const app = recorder(calls, '', {
    state,
    solo: recorder(calls, 'solo.'),
    debrief: recorder(calls, 'debrief.', { ui: opts.debriefUi ?? null }),
    past: recorder(calls, 'past.', { ui: null }),
    aids: recorder(calls, 'aids.', { hint: () => null }),
  }) as unknown as App;
  const view = render(
    <StoreContext.Provider value={store}>
      <AppContext.Provider value={app}>{ui}</AppContext.Provider>
    </StoreContext.Provider>,
  );
  return { store, app, calls, view, called: (name) => calls.filter((c) => c[0] === name).map((c) => c.slice(1)) };
}
