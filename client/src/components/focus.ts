import { useLayoutEffect } from 'preact/hooks';

// Where focus goes when the control that had it is redrawn away (a pledge that filled the need, an
// accepted offer, a stepper at 0): measured just before the screen is drawn again, put right just
// after, so a keyboard user stays where they were. Most controls keep their node (keys), and then
// nothing happens here. A dialog hands focus back itself (components/dom.ts modal).

/** Before drawing `screen` into `root` again: where focus is; after drawing: put it right. */
export function useKeptFocus(root: HTMLElement | null, screen: string): void {
  const plan = root ? focusPlan(root, screen) : null;
  useLayoutEffect(() => {
    if (root && plan) keepFocus(root, plan, screen);
  });
}

interface FocusPlan {
  el: HTMLElement;
  /** The screen it was on: a new screen starts afresh. */
  screen: string;
  /** The focused control's key, then the keys of the controls after it, then those before it. */
  keys: string[];
  /** The test ids of the boxes around it, nearest first (a project card, a panel). */
  scopes: string[];
}

const usable = (el: HTMLElement) => !el.matches(':disabled') && !el.closest('[hidden], [inert]');
/** Controls focus never falls back to: the language switch (the next Enter would switch) and the tip's buttons. */
const aside = (el: HTMLElement) => !!el.closest('.lang, .hint-card, .tabs');

/** The boxes focus stays in when its control goes: a need row, a card (project, resident, offer), a panel. */
const BOX = /^(need|project|persona|offer)-/;

/** Before a redraw: where focus is, and where it should go if that control goes away. */
export function focusPlan(root: HTMLElement, screen: string): FocusPlan | null {
  const active = document.activeElement as HTMLElement | null;
  if (!active || active === document.body || !root.contains(active)) return null;
  const scope = active.closest<HTMLElement>('dialog') ?? root;
  const all = [...scope.querySelectorAll<HTMLElement>('[data-key]')].filter((e) => e === active || (usable(e) && !aside(e)));
  const i = all.indexOf(active);
  const around = i < 0 ? [] : [...all.slice(i + 1, i + 8), ...all.slice(Math.max(0, i - 4), i).reverse()];
  const keys = [active.dataset.key, ...around.map((e) => e.dataset.key)].filter((k): k is string => !!k);
  const scopes: string[] = [];
  for (let e = active.parentElement; e && e !== scope; e = e.parentElement) if (BOX.test(e.dataset.testid ?? '') || e.dataset.panel) scopes.push(e.dataset.panel ? `[data-panel="${CSS.escape(e.dataset.panel)}"]` : `[data-testid="${CSS.escape(e.dataset.testid!)}"]`);
  return { el: active, screen, keys, scopes };
}

/** Focus and bring into view (only as far as needed): a keyboard user sees where they are. */
function focusInView(el: HTMLElement): void {
  el.focus({ preventScroll: true });
  el.scrollIntoView({ block: 'nearest' });
}

/**
 * After a redraw: the focused control usually stays the same node (Preact keeps it). When it was
 * removed or disabled — a pledge that filled the need, an accepted offer, a stepper at 0 — focus
 * goes to the same control if it is back, else to the one that followed it (or preceded it) in the
 * same box; a box left without controls (a completed project, a held resident) takes focus itself,
 * so the next Tab continues from there and not from the top or the far end of the page.
 */
export function keepFocus(root: HTMLElement, plan: FocusPlan, screen: string): void {
  if (plan.el.isConnected && usable(plan.el) && document.activeElement === plan.el) return;
  if (document.activeElement && document.activeElement !== document.body && document.activeElement !== plan.el) return;
  if (plan.screen !== screen) return newScreenFocus(root);
  for (const box of [...plan.scopes.map((s) => root.querySelector<HTMLElement>(s)), root]) {
    if (!box) continue;
    for (const key of plan.keys) {
      const el = box.querySelector<HTMLElement>(`[data-key="${CSS.escape(key)}"]`);
      if (el && usable(el) && !aside(el)) return focusInView(el);
    }
    if (box === root) break;
    // Nothing known is left in this box, but it has a control now (the "−" that appears once the
    // last card is pledged): that one.
    const fresh = [...box.querySelectorAll<HTMLElement>('[data-key]')].find((e) => usable(e) && !aside(e));
    if (fresh) return focusInView(fresh);
    // A card or panel left without controls (a project now complete, a resident held, the last
    // offer answered) takes focus itself; a need row does not (its project card does).
    if (!box.dataset.testid?.startsWith('need-')) {
      box.tabIndex = -1;
      return focusInView(box);
    }
  }
  newScreenFocus(root);
}

/** A new screen (joined, game over): its first control in view in the main part, else its heading. */
function newScreenFocus(root: HTMLElement): void {
  const main = root.querySelector<HTMLElement>('main');
  if (!main) return;
  const first = [...main.querySelectorAll<HTMLElement>('button, input, select, textarea, a[href]')].find((e) => {
    if (!usable(e) || aside(e)) return false;
    const r = e.getBoundingClientRect();
    return r.width > 0 && r.top >= 0 && r.bottom <= innerHeight;
  });
  if (first) return focusInView(first);
  const heading = main.querySelector<HTMLElement>('h1, h2');
  if (heading) {
    heading.tabIndex = -1;
    focusInView(heading);
  }
}

