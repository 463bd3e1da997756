import { render, type ComponentChild } from 'preact';
import './styles.css';
import './debrief.css';
import './reflect.css';
import { App } from './app/controller';
import { Toasts } from './components/toasts';
import { Root } from './screens/root';
import { AppContext, StoreContext } from './state/context';

// A training day (`/?event=…`: its settings, console, a participant's phone, its projector) is its own page.
const eventPage = new URLSearchParams(location.search).has('event');
if (eventPage) {
  const endpoint = import.meta.env.VITE_SERVER_URL || location.origin;
  void import('./event/page').then((m) => m.startEventPage(document.getElementById('app')!, endpoint, storage()));
}

// The room's projector (`/?room=CODE&projector=1#key=…`) is its own page: a Phaser scene, no DOM app.
const projector = !eventPage && new URLSearchParams(location.search).has('projector');
if (projector) {
  const endpoint = import.meta.env.VITE_SERVER_URL || location.origin;
  void import('./projector/page').then((m) => m.startProjector(document.getElementById('app')!, m.projectorOptions(endpoint)));
}

// Boot: the DOM app (lobby and table) starts at once; the Phaser effects layer loads when a game is
// on the table. The server that serves this page is also the game server.

function storage(): Storage | null {
  try {
    const s = window.localStorage;
    s.getItem('kot.probe');
    return s;
  } catch {
    return null;
  }
}

// The edition editor (`/?editie`, `/?editie=CODE`) is its own page too, in its own chunk.
const editor = !projector && !eventPage && new URLSearchParams(location.search).has('editie');
if (editor) {
  const endpoint = import.meta.env.VITE_SERVER_URL || location.origin;
  const code = new URLSearchParams(location.search).get('editie') || null;
  void import('./editor/editor').then((m) => m.startEditor(document.getElementById('app')!, { storage: storage(), endpoint, code }));
}

if (!projector && !eventPage && !editor) startApp();

function startApp(): void {
  const root = document.getElementById('app')!;
  const app = new App(storage(), import.meta.env.VITE_SERVER_URL || location.origin);
  app.effects.loader = () => import('./fx/board').then((m) => m.createEffects(document.getElementById('fx')!));
  const provide = (child: ComponentChild) => (
    <StoreContext.Provider value={app.store}>
      <AppContext.Provider value={app}>{child}</AppContext.Provider>
    </StoreContext.Provider>
  );
  render(provide(<Root container={root} />), root);
  // Toasts live in their own region outside the app, so a screen reader announces each once.
  const region = document.getElementById('toasts');
  if (region) render(provide(<Toasts />), region);
  app.start();
  // A phone placed by a training day keeps following it (its table in the second game).
  if (storage()?.getItem('kot.eventFollow')) void import('./event/follow').then((m) => m.followEvent(storage(), import.meta.env.VITE_SERVER_URL || location.origin, app.state.info?.code ?? new URLSearchParams(location.search).get('room')));
  // The phase clock ticks on its own (a signal): only the clock's text is drawn again.
  setInterval(() => app.tick(Date.now()), 500);
}
