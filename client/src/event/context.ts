import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { EventApp } from './controller';
import type { EventState } from './state';

// How the training day's components reach its store and intents: from the tree, never a module variable.

export const EventContext = createContext<EventApp | null>(null);

export function useEventApp(): EventApp {
  const app = useContext(EventContext);
  if (!app) throw new Error('no event app above this component');
  return app;
}

/** The state, read while drawing: the component is drawn again when it changes. */
export function useEventState(): EventState {
  return useEventApp().store.state.value;
}

/** Seconds left of a table's phase on the server's clock (null: no clock running). */
export function useSecondsLeft(phaseEndsAt: number, paused: boolean): number | null {
  const app = useEventApp();
  const now = app.store.now.value + app.store.state.value.skew;
  if (!phaseEndsAt || paused) return null;
  return Math.max(0, Math.round((phaseEndsAt - now) / 1000));
}
