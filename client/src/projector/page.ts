import { Net } from '../net/connection';
import type { Debrief } from '../../../shared/debrief/types';
import { roomCodeFromUrl } from '../../../shared/protocol/codes';
import type { ReflectionItem } from '../../../shared/protocol/reflections';
import type { RoomInfo } from '../../../shared/protocol/room';
import type { ProjectorView } from '../../../shared/view/types';
import { fetchDebrief } from './debrief-fetch';
import { mountProjectorScene, type ProjectorHandle } from './draw/scene';
import type { ProjectorLocale } from '../i18n';
import type { ProjectorInput } from './model/types';
import { describePage } from './model/page-text';

// The projector page: joins the room read-only (as its projector, with the key from the
// facilitator's link) and draws whatever public state arrives. It keeps trying to connect, since
// nobody stands next to a wall to press "retry".

export interface ProjectorOptions {
  endpoint: string;
  code: string;
  key: string | null;
  locale: ProjectorLocale;
}

declare global {
  interface Window {
    __kotProjector?: Pick<ProjectorHandle, 'state' | 'screen' | 'measure'>;
  }
}

const RETRY_MS = 4000;

/** A room not heard from yet: the model shows "connecting" for it. */
const unknownRoom = (): RoomInfo => ({ code: '', status: 'playing', seats: [], settings: '', phaseEndsAt: 0, pausedRemainingMs: 0, paused: false, hostConnected: false, spectators: 0 });

function fillWindow(root: HTMLElement): void {
  for (const el of [document.documentElement, document.body]) {
    el.style.margin = '0';
    el.style.height = '100%';
    el.style.overflow = 'hidden';
    el.style.background = '#0d1b2a';
  }
  root.replaceChildren();
  root.style.cssText = 'position:fixed;inset:0;overflow:hidden;';
}

/**
 * What the projector link says: the room, the key from its fragment (which is then taken out of the
 * address bar, so it is not left on the wall or in the history), and the language.
 */
export function projectorOptions(endpoint: string): ProjectorOptions {
  const key = new URLSearchParams(location.hash.slice(1)).get('key');
  if (location.hash) history.replaceState(null, '', location.pathname + location.search);
  const lang = new URLSearchParams(location.search).get('lang') ?? navigator.language;
  return { endpoint, code: roomCodeFromUrl(location.href) ?? '', key, locale: lang.toLowerCase().startsWith('en') ? 'en' : 'nl' };
}

/**
 * The page around the canvas: a main landmark (the skip link's #main), a heading, and a short text
 * of what the wall shows for screen readers (the canvas itself is a picture).
 */
function pageFrame(root: HTMLElement): { main: HTMLElement; heading: HTMLElement; summary: HTMLElement; stage: HTMLElement } {
  const main = document.createElement('main');
  main.id = 'main';
  main.tabIndex = -1;
  main.style.cssText = 'position:fixed;inset:0;overflow:hidden;';
  const heading = document.createElement('h1');
  heading.className = 'sr-only';
  const summary = document.createElement('p');
  summary.className = 'sr-only';
  summary.setAttribute('aria-live', 'polite');
  summary.dataset.testid = 'wall-text';
  const stage = document.createElement('div');
  stage.style.cssText = 'position:absolute;inset:0;';
  stage.setAttribute('aria-hidden', 'true');
  main.append(heading, summary, stage);
  root.append(main);
  return { main, heading, summary, stage };
}

export function startProjector(root: HTMLElement, opts: ProjectorOptions): void {
  fillWindow(root);
  const frame = pageFrame(root);
  let skew = 0;
  let joinUrl = `${location.origin}/?room=${opts.code}`;
  let info = unknownRoom();
  let view: ProjectorView | null = null;
  let debrief: Debrief | null = null;
  let debriefFailed = false;
  let fetching = false;
  let reflections: ReflectionItem[] = [];
  // The facilitator's language once the room tells it; until then the link's (or the browser's).
  const locale = (): ProjectorLocale => info.projectorLocale || opts.locale;
  const input = (): ProjectorInput => ({ info, view, joinUrl, locale: locale(), serverNow: () => Date.now() + skew, debrief, debriefFailed, reflections });
  const screen = mountProjectorScene(frame.stage, input());
  window.__kotProjector = { state: () => screen.state(), screen: () => screen.screen(), measure: () => screen.measure() };
  const redraw = () => {
    const now = input();
    screen.update(now);
    describePage(frame, now, opts.code);
  };
  describePage(frame, input(), opts.code);

  // Once the game has ended, its debrief is fetched; after a failure, the next word from the room
  // (the facilitator choosing a screen again) tries anew.
  const wantDebrief = () => {
    if (debrief || fetching || view?.status !== 'ended') return;
    fetching = true;
    fetchDebrief(opts.endpoint, opts.code, opts.key)
      .then(
        (d) => {
          debrief = d;
          debriefFailed = false;
        },
        () => {
          debriefFailed = true;
        },
      )
      .finally(() => {
        fetching = false;
        redraw();
      });
  };

  const net = new Net(opts.endpoint, null, {
    welcome(w) {
      skew = w.serverTime - Date.now();
      if (w.joinUrl) joinUrl = w.joinUrl;
      redraw();
    },
    info(next) {
      info = next;
      wantDebrief();
      redraw();
    },
    view(v) {
      if (v.kind !== 'projector') return;
      view = v;
      wantDebrief();
      redraw();
    },
    reflections(items) {
      reflections = items;
      redraw();
    },
    ack: () => undefined,
    error: () => undefined,
    notice: () => undefined,
    botSaid: () => undefined,
    status(s, reason) {
      // The Net rejoins by itself after a drop; only a connection it gave up on starts over here.
      // Removed by the facilitator, or taken over by another projector: that is meant, so stay off.
      if (s === 'closed' && reason !== 'removed' && reason !== 'replaced') setTimeout(connect, RETRY_MS);
    },
  });
  const connect = () => {
    net.watch(opts.code, opts.key).catch(() => setTimeout(connect, RETRY_MS));
  };
  connect();
}
