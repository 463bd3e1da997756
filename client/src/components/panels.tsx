import type { GameView } from '../../../shared/view/types';
import type { Panel as PanelName } from '../model/layout';
import { useApp, useAppState } from '../state/context';
import type { UiNode } from './dom';
import { handPanel, interestsPanel, offersPanel } from './panels-me';
import { logPanel, partnersPanel } from './panels-partners';
import { eventPanel, personasPanel, projectsPanel, reflectionPanel } from './panels-table';

// One panel of the table as a component that reads the store: the player's table places them in
// columns or tabs (model/layout.ts), the console and a watcher's screen show the public ones. The
// player's own panels (hand, interests, offers, partners) need a player's view.

export function Panel({ name, v }: { name: PanelName; v: GameView }): UiNode | null {
  const state = useAppState();
  const app = useApp();
  switch (name) {
    case 'event':
      return eventPanel(state, v);
    case 'reflection':
      return reflectionPanel(state, v);
    case 'projects':
      return projectsPanel(state, app, v);
    case 'personas':
      return personasPanel(state, app, v);
    case 'log':
      return logPanel(state, v);
  }
  if (v.kind !== 'player') return null;
  switch (name) {
    case 'hand':
      return handPanel(state, v);
    case 'interests':
      return interestsPanel(state, app, v);
    case 'offers':
      return offersPanel(state, app, v);
    case 'partners':
      return partnersPanel(state, app, v);
  }
}

/** Several panels of one view, each its own component. */
export function panels(names: PanelName[], v: GameView): UiNode[] {
  return names.map((name) => <Panel key={name} name={name} v={v} />);
}
