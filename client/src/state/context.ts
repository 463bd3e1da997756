import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { App } from './port';
import type { AppState } from './state';
import type { Store } from './store';

// How a component reaches the store and the intents: from the tree (main.tsx provides them; a
// component test provides a fixed store and a recording stand-in), never from a module variable.

export const StoreContext = createContext<Store | null>(null);
export const AppContext = createContext<App | null>(null);

export function useStore(): Store {
  const store = useContext(StoreContext);
  if (!store) throw new Error('no store above this component');
  return store;
}

/** The state, read while drawing: the component is drawn again when it changes. */
export function useAppState(): AppState {
  return useStore().state.value;
}

export function useApp(): App {
  const app = useContext(AppContext);
  if (!app) throw new Error('no app above this component');
  return app;
}
