import type { ClientHostCommand } from '../net/protocol';
import type { AppState } from '../state/state';

/** The facilitator's language goes to the projector, which follows it (nothing to show on this screen). */
export function tellWallLocale(state: AppState, app: { host(command: ClientHostCommand, slot?: string): void }): void {
  if (state.welcome?.host && state.screen === 'room') app.host({ kind: 'wallLocale', locale: state.locale }, 'wall-locale');
}
