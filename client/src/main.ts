import './styles.css';
import './debrief.css';
import './reflect.css';
import { App } from './app/controller';
import { clockText } from './screens/table';

// The room's projector (`/?room=CODE&projector=1#key=…`) is its own page: a Phaser scene, no DOM app.
const projector = new URLSearchParams(location.search).has('projector');
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

if (!projector) startApp();

function startApp(): void {
  const root = document.getElementById('app')!;
  const app = new App(root, storage(), import.meta.env.VITE_SERVER_URL || location.origin);
  app.effectsLoader = () => import('./fx/board').then((m) => m.createEffects(document.getElementById('fx')!));
  app.start();

  // The phase clock ticks on its own; nothing else needs redrawing every second.
  setInterval(() => {
    const text = clockText(app.state);
    // The text node Preact drew is changed in place (not replaced), so Preact's next redraw of
    // the clock still reaches the node on screen.
    document.querySelectorAll<HTMLElement>('[data-clock]').forEach((el) => {
      const node = el.firstChild;
      if (node && node.nodeType === Node.TEXT_NODE && !node.nextSibling) {
        if (node.nodeValue !== text) node.nodeValue = text;
      } else if (el.textContent !== text) el.textContent = text;
    });
    app.aids.tick();
  }, 500);
}
